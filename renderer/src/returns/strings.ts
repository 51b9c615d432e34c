/** What the clerk reads on the "Số liệu báo cáo" screen (Vietnamese, full diacritics). */
import type { ReturnValueType } from '../../../shared/api/returnSchemas.ts';

export const returnsText = {
  title: 'Số liệu báo cáo',
  tabs: { intake: 'Nhận số liệu', consolidation: 'Tổng hợp', template: 'Biểu mẫu' },
  writeTemplates: 'Tạo mẫu gửi các tỉnh',
  writeTemplatesHint: 'Mỗi đơn vị một tệp Excel, đã điền sẵn tên đơn vị, kỳ báo cáo và hướng dẫn.',
  writingTemplates: 'Đang tạo biểu mẫu…',
  templatesDownloaded: (n: number) =>
    `Đã tạo ${n} tệp biểu mẫu (xem trong thư mục Tải xuống của trình duyệt).`,
  templatesSaved: (n: number, folder: string) => `Đã lưu ${n} tệp biểu mẫu vào thư mục ${folder}.`,
  savedTo: (path: string) => `Đã lưu tệp ${path}.`,
  downloaded: (name: string) => `Đã tải tệp "${name}".`,
};

export const intakeText = {
  dropTitle: 'Kéo thả các tệp Excel các tỉnh gửi về vào đây',
  dropHint: 'Có thể thả nhiều tệp cùng lúc (.xlsx, .xls). Mỗi tệp được nhận hoặc từ chối trọn vẹn.',
  pick: 'Chọn tệp…',
  inputLabel: 'Chọn tệp số liệu để nhập',
  importing: (done: number, total: number) => `Đang nhập ${done}/${total} tệp…`,
  resultsTitle: 'Kết quả nhập lần này',
  clearResults: 'Xóa danh sách',
  outcome: {
    imported: 'Đã nhận',
    replaced: 'Đã nhận, thay bản gửi trước',
    refused: 'Bị từ chối',
  },
  valuesRead: (n: number) => `${n} số liệu`,
  unknownMember: 'Không xác định được đơn vị',
  problemAt: (sheet: string, cell: string) =>
    sheet && cell ? `Trang "${sheet}", ô ${cell}` : sheet ? `Trang "${sheet}"` : cell ? `Ô ${cell}` : '',
  summary: (accepted: number, refused: number) =>
    refused === 0
      ? `Đã nhận ${accepted} tệp.`
      : `Đã nhận ${accepted} tệp, từ chối ${refused} tệp — xem lý do bên dưới.`,
};

export const statusText = {
  title: 'Tình hình gửi số liệu',
  received: (n: number, total: number) => `Đã nhận ${n}/${total}`,
  missing: (names: string) => `Chưa nhận: ${names}`,
  late: (n: number) => `${n} đơn vị gửi muộn hoặc quá hạn`,
  deadline: (date: string) => `Hạn gửi: ${date}`,
  noDeadline: 'Chưa đặt hạn gửi (đặt ở thẻ "Biểu mẫu").',
  states: { received: 'Đã gửi', refused: 'Bị từ chối', missing: 'Chưa gửi' },
  lateReceived: 'Gửi muộn',
  laterRefused: 'Lần gửi sau bị từ chối',
  overdue: 'Quá hạn',
  columns: {
    order: 'STT',
    member: 'Đơn vị',
    state: 'Trạng thái',
    when: 'Thời gian nhận',
    submissions: 'Số lần gửi',
    problems: 'Số lỗi',
    file: 'Tệp',
  },
  downloadOne: 'Tải mẫu',
  downloadOneFor: (name: string) => `Tải biểu mẫu của ${name}`,
  history: 'Lịch sử',
  historyTitle: (name: string) => `Các lần gửi của ${name}`,
  submissionStates: { current: 'Đang dùng', superseded: 'Đã thay', refused: 'Bị từ chối' },
  identifiedBy: { hidden_sheet: 'nhận ra theo trang ẩn của biểu', labels: 'nhận ra theo tên dòng' },
  values: (n: number) => `${n} số liệu`,
};

export const consolidationText = {
  order: 'Sắp xếp các đơn vị',
  byRank: 'Theo thứ hạng',
  byCluster: 'Theo thứ tự cụm',
  export: 'Xuất Excel tổng hợp',
  received: (n: number, total: number) => `Tổng hợp từ ${n}/${total} báo cáo đã nhận`,
  nothingYet: 'Chưa nhận được báo cáo nào, nên chưa có gì để tổng hợp.',
  tableTitle: 'Bảng tổng hợp',
  chartsTitle: 'Biểu đồ và dự thảo câu văn',
  noFigures: 'Các chỉ tiêu chưa có số liệu nên chưa có biểu đồ.',
  item: 'Chỉ tiêu',
  unit: 'ĐVT',
  cluster: 'Toàn cụm',
  rank: (n: number) => `hạng ${n}`,
  sentencesTitle: 'Dự thảo câu văn cho báo cáo',
  copy: 'Sao chép',
  copyAll: 'Sao chép tất cả',
  copied: 'Đã sao chép vào bộ nhớ tạm; dán (Ctrl+V) vào báo cáo.',
  copyFailed: 'Trình duyệt không cho sao chép; hãy bôi đen câu văn rồi bấm Ctrl+C.',
  chartLabel: (name: string) => `Biểu đồ cột: ${name}`,
  lowerIsBetter: 'số nhỏ là tốt hơn',
};

export const templateText = {
  titleField: 'Tên biểu',
  instructions: 'Hướng dẫn điền',
  deadline: 'Hạn gửi số liệu',
  deadlinePlaceholder: 'Ngày/tháng/năm',
  version: (v: number, when: string) => `Phiên bản ${v} · cập nhật ${when}`,
  indicators: 'Chỉ tiêu số liệu',
  criteria: 'Tiêu chí thi đua (điểm tự chấm và minh chứng)',
  addIndicator: 'Thêm chỉ tiêu',
  addCriterion: 'Thêm tiêu chí',
  deleteRow: 'Xóa dòng',
  save: 'Lưu biểu mẫu',
  saved: 'Đã lưu biểu mẫu. Các tệp tạo từ nay mang phiên bản mới.',
  copyFrom: 'Sao chép từ hội nghị trước',
  copyFromPlaceholder: 'Chọn hội nghị để sao chép biểu',
  copyConfirm: 'Thay toàn bộ biểu hiện tại bằng biểu của hội nghị đã chọn?',
  copied: 'Đã sao chép biểu từ hội nghị đã chọn.',
  noOtherConference: 'Cụm chưa có hội nghị nào khác để sao chép.',
  replace: 'Thay',
  reset: 'Dùng lại biểu mặc định',
  resetConfirm: 'Thay toàn bộ biểu hiện tại bằng biểu mặc định của hội nghị sơ kết?',
  resetDone: 'Đã dùng lại biểu mặc định.',
  unsaved: 'Có thay đổi chưa lưu.',
  discard: 'Bỏ thay đổi',
  cellLabel: (column: string, row: number) => `${column}, dòng ${row}`,
  fixErrors: 'Biểu còn ô chưa hợp lệ; hãy sửa các ô được tô đỏ.',
  columns: {
    code: 'Mã',
    name: 'Tên',
    unit: 'Đơn vị tính',
    type: 'Kiểu',
    required: 'Bắt buộc',
    min: 'Nhỏ nhất',
    max: 'Lớn nhất',
    maxPoints: 'Điểm tối đa',
  },
  rules: {
    code: 'Chưa nhập mã.',
    name: 'Chưa nhập tên.',
    title: 'Chưa nhập tên biểu.',
    maxPoints: 'Chưa nhập điểm tối đa.',
  },
};

export const valueTypeLabels: Record<ReturnValueType, string> = {
  number: 'Số',
  percent: 'Tỷ lệ (%)',
  integer: 'Số nguyên',
  text: 'Chữ',
  rank: 'Thứ hạng',
};
