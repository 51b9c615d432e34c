/** Every string of the "Nhập danh sách" screen (Vietnamese, full diacritics). */
import type { ImportAction, ImportKind } from '../../../shared/api/methods/imports.ts';

export const importsText = {
  title: 'Nhập danh sách',
  intro:
    'Thả các tệp danh sách đại biểu hoặc danh sách khen thưởng mà các tỉnh gửi (.xlsx, .xls, .csv). Mỗi tệp được đọc và kiểm tra trước; chưa có gì được ghi cho đến khi bấm "Nhập".',
  kinds: { delegates: 'Danh sách đại biểu', awards: 'Danh sách khen thưởng' } satisfies Record<
    ImportKind,
    string
  >,
  dropTitle: 'Kéo thả tệp vào đây, hoặc bấm để chọn tệp',
  dropHint: 'Có thể chọn nhiều tệp một lúc.',
  pick: 'Chọn tệp…',
  inputLabel: 'Chọn tệp danh sách',
  reading: (percent: number) => `Đang tải tệp lên… ${percent}%`,
  checking: 'Đang đọc và kiểm tra tệp…',
  committing: (count: number) => `Đang nhập ${count.toLocaleString('vi-VN')} dòng…`,
  member: 'Đoàn / đơn vị gửi',
  memberPlaceholder: 'Chọn tỉnh gửi danh sách',
  noMember: 'Không thuộc tỉnh nào',
  sheetInfo: (sheet: string, headerRow: number) => `Trang "${sheet}", dòng tiêu đề ${headerRow}`,
  encoding: (label: string) => `Đã đổi mã chữ cũ: ${label.toUpperCase().replace('+', ', ')}`,
  mappingSource: {
    detected: 'Các cột được nhận ra tự động',
    remembered: 'Các cột theo lần nhập trước của đơn vị này',
    given: 'Các cột theo lựa chọn của bạn',
  },
  counts: (add: number, update: number, skip: number) =>
    `Thêm mới ${add} · Cập nhật ${update} · Bỏ qua ${skip}`,
  problems: (count: number) => `${count} vấn đề`,
  onlyProblems: 'Chỉ xem dòng có vấn đề hoặc đã có',
  row: 'Dòng',
  status: 'Đối chiếu',
  action: 'Xử lý',
  notImported: 'Không nhập',
  statusNew: 'Mới',
  statusExisting: 'Đã có',
  statusRefused: 'Không nhập được',
  changes: (list: string[]) => `Khác: ${list.join(', ')}`,
  sameAsExisting: 'Giống dòng đã có',
  actions: { add: 'Thêm', update: 'Cập nhật', skip: 'Bỏ qua' } satisfies Record<ImportAction, string>,
  commit: 'Nhập',
  discard: 'Bỏ tệp này',
  closeFile: 'Đóng',
  problemCells: (cells: string[]) => `Xem ô ${cells.join(', ')}`,
  imported: (file: string, added: number, updated: number, skipped: number) =>
    `Đã nhập "${file}": thêm ${added}, cập nhật ${updated}, bỏ qua ${skipped}.`,
  batchesTitle: 'Các lần nhập',
  batchesEmpty: 'Chưa nhập danh sách nào cho hội nghị này.',
  batchFile: 'Tệp',
  batchKind: 'Loại',
  batchOwner: 'Đơn vị',
  batchCounts: 'Kết quả',
  batchTime: 'Lúc',
  batchCountsText: (added: number, updated: number, skipped: number) =>
    `Thêm ${added} · cập nhật ${updated} · bỏ qua ${skipped}`,
  undo: 'Hoàn tác lần nhập này',
  undoConfirm: (added: number, updated: number) =>
    `Xóa ${added} dòng đã thêm và trả lại ${updated} dòng đã cập nhật như trước khi nhập?`,
  undone: 'Đã hoàn tác',
  undoDone: (removed: number, restored: number) =>
    `Đã hoàn tác: xóa ${removed} dòng đã thêm, trả lại ${restored} dòng đã cập nhật.`,
};

/** What each field is called in the column Selects. */
export const fieldLabels: Record<string, string> = {
  index: 'Số thứ tự',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  male: 'Giới tính: ô Nam',
  female: 'Giới tính: ô Nữ',
  position: 'Chức vụ',
  organization: 'Cơ quan, đơn vị',
  phone: 'Điện thoại',
  email: 'Email',
  note: 'Ghi chú',
  recipientName: 'Tên tập thể, cá nhân',
  recipientKind: 'Loại đối tượng',
  awardForm: 'Hình thức khen thưởng',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  decision: 'Số, ngày quyết định',
  smallCollective: 'Tập thể nhỏ, người lao động trực tiếp',
};

export const genderLabels = { nam: 'Nam', nu: 'Nữ' } as const;
