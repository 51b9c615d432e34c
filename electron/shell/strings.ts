/** Every Vietnamese string the Electron shell itself shows (menu, native boxes). Screens keep theirs in renderer/. */
export const productName = 'Thư ký Hội nghị';

export const menuText = {
  file: 'Tệp',
  quit: 'Thoát',
  edit: 'Chỉnh sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Xem',
  reload: 'Tải lại',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  resetZoom: 'Cỡ chữ mặc định',
  fullScreen: 'Toàn màn hình',
  devTools: 'Công cụ phát triển',
  help: 'Trợ giúp',
  about: 'Giới thiệu',
  hide: 'Ẩn',
};

export const aboutText = {
  title: 'Giới thiệu',
  detail: (version: string) =>
    `Phiên bản ${version}\n\nCông cụ cho tổ thư ký Cụm thi đua: chuẩn bị, điều hành và ghi lại hội nghị.`,
  ok: 'Đóng',
};

export const databaseText = {
  title: 'Không mở được cơ sở dữ liệu',
  cannotOpen: (file: string, reason: string) =>
    `Không mở được tệp cơ sở dữ liệu "${file}": ${reason}\n\nỨng dụng sẽ đóng; dữ liệu không bị thay đổi.`,
  notADatabase: 'tệp này không phải cơ sở dữ liệu SQLite, hoặc đã bị hỏng.',
  cannotOpenFile: 'thư mục chứa tệp không tồn tại và không tạo được, hoặc không có quyền truy cập.',
  readOnly: 'không có quyền ghi vào tệp hoặc thư mục này.',
  unexpected: (detail: string) => `lỗi không mong muốn (${detail}).`,
  nativeModule:
    'thư viện SQLite chưa được dựng cho Electron (nhà phát triển: hãy chạy "npm run native:electron" rồi mở lại).',
};

export const dialogText = {
  allFiles: 'Mọi tệp',
};
