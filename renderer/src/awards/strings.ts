/** What the clerk reads on the "Khen thưởng" screen (Vietnamese, full diacritics). */
import { formatNumber } from '../../../shared/text/vietnamese.ts';

export const awardsText = {
  title: 'Khen thưởng',
  count: (shown: number, total: number) =>
    shown === total ? `${formatNumber(total)} dòng` : `${formatNumber(shown)} / ${formatNumber(total)} dòng`,
  searchLabel: 'Tìm trong danh sách khen thưởng',
  searchPlaceholder: 'Tìm tên, chức vụ, đơn vị, hình thức, số quyết định… (không cần dấu)',
  add: 'Thêm',
  paste: 'Dán từ Excel',
  catalogue: 'Danh mục hình thức',
  statistics: 'Thống kê chi tiết',
  hideStatistics: 'Ẩn thống kê chi tiết',
  editHint:
    'Mũi tên để di chuyển, Enter hoặc gõ để sửa ô, Esc để hủy, Dấu cách để chọn dòng, Delete để xóa; bấm đúp để mở cả dòng; bấm tiêu đề Tên, Hình thức, Thành viên để sắp xếp.',
  tableLabel: 'Danh sách khen thưởng',
  selectRow: (name: string) => `Chọn dòng: ${name}`,
  selectAllShown: 'Chọn tất cả các dòng đang hiện',
  editCell: (column: string, name: string) => `${column} của ${name}`,
  noMember: '(không ghi thành viên)',
  selected: (n: number) => `Đã chọn ${formatNumber(n)} dòng`,
  deleteSelected: (n: number) => `Xóa ${formatNumber(n)} dòng đã chọn`,
  deleteConfirm: (n: number) => `Xóa ${formatNumber(n)} dòng khen thưởng? Có thể hoàn tác ngay sau khi xóa.`,
  deleted: (n: number) => `Đã xóa ${formatNumber(n)} dòng khen thưởng.`,
  clearSelection: 'Bỏ chọn',
  empty: 'Hội nghị này chưa có danh sách khen thưởng. Bấm "Thêm" hoặc "Dán từ Excel" để bắt đầu.',
  noMatch: 'Không có dòng nào khớp với nội dung tìm kiếm và bộ lọc.',
  clearFilters: 'Bỏ lọc',
  filters: {
    level: 'Cấp khen',
    kind: 'Đối tượng',
    member: 'Thành viên',
    form: 'Hình thức',
    flag: 'Tập thể nhỏ, NLĐ trực tiếp',
    flagAll: 'TTN, NLĐ: tất cả',
    flagOnly: 'Chỉ TTN, NLĐ trực tiếp',
    flagNot: 'Trừ TTN, NLĐ trực tiếp',
  },
  columns: {
    order: 'STT',
    name: 'Tên tập thể, cá nhân',
    kind: 'Đối tượng',
    position: 'Chức vụ',
    organization: 'Cơ quan, đơn vị',
    form: 'Hình thức khen thưởng',
    level: 'Cấp',
    decision: 'Số quyết định',
    date: 'Ngày QĐ',
    member: 'Thành viên',
    flag: 'TTN',
    flagTitle: 'Tập thể nhỏ, người lao động trực tiếp',
  },
  editRow: (name: string) => `Sửa: ${name}`,
};

export const awardFormText = {
  createTitle: 'Thêm dòng khen thưởng',
  editTitle: 'Sửa dòng khen thưởng',
  created: (name: string) => `Đã thêm "${name}".`,
  updated: 'Đã lưu thay đổi.',
  recipientKind: 'Đối tượng',
  recipientName: 'Tên tập thể, cá nhân',
  recipientNameRequired: 'Chưa nhập tên tập thể, cá nhân.',
  position: 'Chức vụ',
  organization: 'Cơ quan, đơn vị',
  awardForm: 'Hình thức khen thưởng',
  awardFormPlaceholder: 'Gõ để tìm trong danh mục',
  awardFormRequired: 'Chưa chọn hình thức khen thưởng.',
  level: 'Cấp khen',
  levelOfForm: (label: string) => `Theo hình thức (${label})`,
  levelOfFormEmpty: 'Theo hình thức',
  decisionNumber: 'Số quyết định',
  decisionNumberPlaceholder: 'Ví dụ: 1234/QĐ-TTg',
  decisionDate: 'Ngày quyết định',
  datePlaceholder: 'Ngày/tháng/năm',
  member: 'Thành viên đề nghị',
  memberPlaceholder: 'Chọn thành viên của cụm',
  smallOrDirect: 'Tập thể nhỏ, người lao động trực tiếp',
  note: 'Ghi chú',
  keepOpen: 'Lưu và nhập tiếp',
};

export const pasteText = {
  title: 'Dán danh sách khen thưởng từ Excel',
  hint: 'Chọn các dòng trong Excel (có thể kèm dòng tiêu đề), bấm Ctrl+C, rồi bấm vào ô dưới và Ctrl+V.',
  area: 'Nội dung dán từ Excel',
  areaPlaceholder: 'Bấm vào đây rồi Ctrl+V',
  hasHeader: 'Dòng đầu là tiêu đề cột',
  defaultKind: 'Đối tượng khi không có cột',
  defaultMember: 'Thành viên khi không có cột',
  ignore: '(bỏ qua)',
  columnLabel: (i: number) => `Cột ${i + 1}`,
  rows: (n: number) => `${formatNumber(n)} dòng sẽ được thêm`,
  problems: (n: number) =>
    `${formatNumber(n)} lỗi cần sửa trước khi thêm (sửa trong Excel rồi dán lại, hoặc sửa danh mục):`,
  save: (n: number) => `Thêm ${formatNumber(n)} dòng`,
  saved: (n: number) => `Đã thêm ${formatNumber(n)} dòng khen thưởng.`,
  noName: 'Chưa có cột "Tên tập thể, cá nhân": hãy chọn cột đó ở hàng chọn cột phía trên.',
  noForm: 'Chưa có cột "Hình thức khen thưởng": hãy chọn cột đó ở hàng chọn cột phía trên.',
  unknownForm: (row: number, name: string) =>
    `Dòng ${row}: hình thức "${name}" không có trong danh mục; hãy sửa tên cho đúng danh mục hoặc thêm hình thức đó vào danh mục.`,
  unknownKind: (row: number, value: string) =>
    `Dòng ${row}: đối tượng "${value}" không rõ; hãy ghi Tập thể, Cá nhân hoặc Hộ gia đình.`,
  unknownLevel: (row: number, value: string) =>
    `Dòng ${row}: cấp khen "${value}" không rõ; hãy ghi Nhà nước, Chính phủ, Bộ, ngành, tỉnh hoặc Cơ sở.`,
  unknownMember: (row: number, value: string) =>
    `Dòng ${row}: "${value}" không phải thành viên của cụm; hãy ghi tên ngắn hoặc mã thành viên.`,
  badDate: (row: number, value: string) =>
    `Dòng ${row}: ngày quyết định "${value}" không đọc được; hãy ghi dạng 15/7/2024.`,
  more: (n: number) => `… và ${formatNumber(n)} lỗi khác.`,
};

export const statisticsText = {
  title: 'Thống kê (máy tính, không nhập tay)',
  total: (n: number) => `Tổng số: ${formatNumber(n)} dòng khen thưởng`,
  byLevel: 'Theo cấp khen',
  byMember: 'Theo thành viên',
  byKind: 'Theo đối tượng',
  level: 'Cấp khen',
  member: 'Thành viên',
  count: 'Số lượng',
  flagged: 'TTN/NLĐ',
  share: 'Tỷ lệ',
  noMember: '(không ghi thành viên)',
  empty: 'Chưa có dòng khen thưởng nào để thống kê.',
};

export const catalogueText = {
  title: 'Danh mục hình thức khen thưởng',
  hint: 'Danh mục dùng chung cho mọi hội nghị, ban đầu theo Luật Thi đua, khen thưởng năm 2022. Thứ tự trao: số nhỏ trao trước.',
  add: 'Thêm hình thức',
  name: 'Tên hình thức',
  nameRequired: 'Chưa nhập tên hình thức khen thưởng.',
  kind: 'Loại',
  level: 'Cấp',
  precedence: 'Thứ tự trao',
  precedenceRequired: 'Chưa nhập thứ tự trao.',
  entries: 'Đang dùng',
  createTitle: 'Thêm hình thức khen thưởng',
  editTitle: 'Sửa hình thức khen thưởng',
  deleteConfirm: (n: number) =>
    n > 0
      ? `Hình thức này đang có ${formatNumber(n)} dòng khen thưởng; các dòng đó vẫn giữ nguyên. Xóa khỏi danh mục?`
      : 'Xóa hình thức này khỏi danh mục?',
  deleted: (name: string) => `Đã xóa "${name}" khỏi danh mục.`,
  saved: 'Đã lưu danh mục.',
  search: 'Tìm trong danh mục',
};
