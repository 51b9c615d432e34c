/** What the print views say, on screen and on paper. */
export const printText = {
  menu: 'In ấn',
  title: 'In danh sách, bảng tên, sơ đồ',
  kinds: {
    list: 'Danh sách đại biểu',
    signIn: 'Danh sách ký tên',
    cards: 'Bảng tên',
    plan: 'Sơ đồ chỗ ngồi',
  },
  order: 'Sắp xếp',
  byDelegation: 'Theo đoàn, thứ tự lễ tân',
  byName: 'Theo tên (A–Z)',
  columns: 'Cột in',
  skipAbsent: 'Bỏ người báo vắng',
  cardsFor: 'In bảng tên cho',
  cardsAll: 'Tất cả đại biểu',
  cardsPresidium: 'Đoàn Chủ tịch (theo sơ đồ)',
  print: 'In…',
  savePdf: 'Lưu PDF…',
  savedPdf: (path: string) => `Đã lưu tệp PDF: ${path}`,
  previewNote:
    'Bản xem trước khổ A4; khi in, mỗi dòng nằm trọn trong một trang và dòng tiêu đề cột lặp lại ở đầu mỗi trang.',
  empty: 'Hội nghị chưa có đại biểu nào để in. Hãy nhập danh sách đại biểu trước.',
  noPresidium: 'Chưa xếp ai vào Đoàn Chủ tịch. Hãy mở "Sơ đồ chỗ ngồi" và bấm "Xếp tự động".',
  pages: (n: number) => `${n} trang`,
  // On paper
  listTitle: 'DANH SÁCH ĐẠI BIỂU',
  signInTitle: 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ',
  signInNote: '(Đại biểu ký xác nhận tham dự)',
  planTitle: 'SƠ ĐỒ CHỖ NGỒI',
  stage: 'SÂN KHẤU',
  presidium: 'ĐOÀN CHỦ TỊCH',
  hallView: 'Sơ đồ nhìn từ phía hội trường; ghế số 1 của Đoàn Chủ tịch ở giữa.',
  row: (n: number) => `Hàng ${n}`,
  total: (n: number) => `Tổng số: ${n} đại biểu.`,
};

export const columnLabels = {
  stt: 'STT',
  fullName: 'Họ và tên',
  position: 'Chức vụ',
  organization: 'Cơ quan, đơn vị',
  delegation: 'Đoàn',
  phone: 'Số điện thoại',
  seat: 'Chỗ ngồi',
  status: 'Xác nhận',
  signature: 'Ký tên',
} as const;
export type ColumnKey = keyof typeof columnLabels;

export { romanNumeral as roman } from '../../../shared/text/vietnamese.ts';
