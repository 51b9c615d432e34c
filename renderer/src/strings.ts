/** Every string the clerk sees in the renderer, in one place (Vietnamese, full diacritics). */

export const appName = 'Thư ký Hội nghị';

export const common = {
  add: 'Thêm',
  edit: 'Sửa',
  delete: 'Xóa',
  save: 'Lưu',
  cancel: 'Hủy',
  close: 'Đóng',
  undo: 'Hoàn tác',
  actions: 'Thao tác',
  search: 'Tìm kiếm',
  loading: 'Đang tải…',
  saved: 'Đã lưu.',
  undone: 'Đã hoàn tác.',
  confirmDelete: 'Xóa',
  keepIt: 'Không',
  noData: 'Chưa có dữ liệu',
  requestFailed: 'Không thực hiện được. Hãy thử lại.',
  offline:
    'Không kết nối được với máy chủ của ứng dụng. Hãy kiểm tra lệnh thuky serve còn chạy không rồi tải lại trang.',
  keyboardHint: 'Enter: lưu · Esc: đóng',
  newShortcut: 'Alt+N',
};

export const session = {
  title: 'Chưa mở đúng địa chỉ',
  missing:
    'Trang này cần mã phiên làm việc. Hãy mở lại địa chỉ mà lệnh thuky serve in ra (dạng http://127.0.0.1:5757/#token=…).',
  invalid:
    'Mã phiên làm việc không còn hiệu lực (có thể lệnh thuky serve đã được chạy lại). Hãy mở lại địa chỉ mà lệnh thuky serve in ra.',
};

export const nav = {
  conferences: 'Hội nghị',
  clusters: 'Cụm thi đua & thành viên',
  currentCluster: 'Cụm thi đua',
  chooseCluster: 'Chọn cụm thi đua',
  currentConference: 'Hội nghị',
  chooseConference: 'Chọn hội nghị',
  noConference: 'Chưa chọn hội nghị: hãy tạo hoặc chọn một hội nghị ở ô "Hội nghị" phía trên.',
};

export const conferences = {
  title: 'Hội nghị',
  add: 'Thêm hội nghị',
  searchPlaceholder: 'Tìm theo tên, địa điểm, đơn vị đăng cai…',
  createTitle: 'Thêm hội nghị',
  editTitle: 'Sửa hội nghị',
  deleteConfirm: 'Xóa hội nghị này?',
  deleted: (title: string) => `Đã xóa hội nghị "${title}".`,
  created: 'Đã thêm hội nghị.',
  updated: 'Đã lưu thay đổi.',
  empty: 'Cụm này chưa có hội nghị nào. Bấm "Thêm hội nghị" để bắt đầu.',
  /** "01/8/2024 lúc 08:00" in the table. */
  when: (date: string, time: string | null) => (date && time ? `${date} lúc ${time}` : date || time || ''),
  noMatch: 'Không có hội nghị nào khớp với nội dung tìm kiếm.',
  needCluster: 'Chưa có cụm thi đua nào. Hãy tạo cụm thi đua và các thành viên trước khi thêm hội nghị.',
  goToClusters: 'Tạo cụm thi đua',
  columns: {
    title: 'Tên hội nghị',
    kind: 'Loại',
    when: 'Thời gian',
    venue: 'Địa điểm',
    host: 'Đơn vị đăng cai',
  },
  fields: {
    title: 'Tên hội nghị',
    kind: 'Loại hội nghị',
    year: 'Năm',
    period: 'Kỳ',
    periodPlaceholder: 'Ví dụ: 6 tháng đầu năm 2024',
    date: 'Ngày họp',
    datePlaceholder: 'Ngày/tháng/năm',
    startTime: 'Giờ bắt đầu',
    startTimePlaceholder: 'Giờ:phút',
    venue: 'Địa điểm',
    venuePlaceholder: 'Ví dụ: tỉnh Cao Bằng',
    host: 'Đơn vị đăng cai',
    hostPlaceholder: 'Chọn thành viên của cụm',
    organizingBody: 'Cơ quan tổ chức',
    organizingBodyPlaceholder: 'Ví dụ: Ban Thi đua - Khen thưởng tỉnh Cao Bằng',
  },
  rules: {
    titleRequired: 'Chưa nhập tên hội nghị.',
    kindRequired: 'Chưa chọn loại hội nghị.',
    yearRequired: 'Chưa nhập năm.',
  },
};

export const clusters = {
  title: 'Cụm thi đua',
  add: 'Thêm cụm thi đua',
  createTitle: 'Thêm cụm thi đua',
  editTitle: 'Sửa cụm thi đua',
  deleteConfirm: 'Xóa cụm thi đua này cùng danh sách thành viên?',
  deleted: (name: string) => `Đã xóa cụm "${name}".`,
  created: 'Đã thêm cụm thi đua.',
  empty: 'Chưa có cụm thi đua nào. Bấm "Thêm cụm thi đua" để bắt đầu.',
  columns: { name: 'Tên cụm thi đua', shortName: 'Tên viết tắt', members: 'Số thành viên' },
  fields: {
    name: 'Tên cụm thi đua',
    namePlaceholder: 'Ví dụ: Cụm thi đua 7 tỉnh miền núi biên giới phía Bắc',
    shortName: 'Tên viết tắt',
    note: 'Ghi chú',
  },
  rules: { nameRequired: 'Chưa nhập tên cụm thi đua.' },
};

export const members = {
  title: (cluster: string) => `Thành viên của ${cluster}`,
  add: 'Thêm thành viên',
  createTitle: 'Thêm thành viên',
  editTitle: 'Sửa thành viên',
  deleteConfirm: 'Xóa thành viên này khỏi cụm?',
  deleted: (name: string) => `Đã xóa thành viên ${name}.`,
  created: 'Đã thêm thành viên.',
  empty: 'Cụm này chưa có thành viên nào. Bấm "Thêm thành viên" để bắt đầu.',
  pickCluster: 'Chọn một cụm thi đua ở bảng trên để xem các thành viên.',
  moveUp: 'Chuyển lên',
  moveDown: 'Chuyển xuống',
  orderHint: 'Thứ tự này là thứ tự cố định của cụm (dùng trong danh sách, văn bản).',
  columns: {
    order: 'STT',
    code: 'Mã',
    shortName: 'Tên ngắn',
    officialName: 'Tên chính thức',
    validFrom: 'Tham gia từ',
    validTo: 'Đến ngày',
  },
  fields: {
    code: 'Mã thành viên',
    codePlaceholder: 'Ví dụ: CB',
    shortName: 'Tên ngắn',
    shortNamePlaceholder: 'Ví dụ: Cao Bằng',
    officialName: 'Tên chính thức',
    officialNamePlaceholder: 'Ví dụ: UBND tỉnh Cao Bằng',
    validFrom: 'Tham gia từ ngày',
    validTo: 'Đến ngày',
    openEnded: 'Không thời hạn',
  },
  rules: {
    codeRequired: 'Chưa nhập mã thành viên.',
    shortNameRequired: 'Chưa nhập tên ngắn.',
    officialNameRequired: 'Chưa nhập tên chính thức.',
  },
};
