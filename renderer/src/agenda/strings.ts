/** What the clerk reads on the "Chương trình" screen (Vietnamese, full diacritics). */

export const agendaText = {
  title: 'Chương trình',
  startTime: 'Giờ bắt đầu',
  plannedEnd: 'Kết thúc dự kiến',
  clockPlaceholder: 'Ví dụ 8h00',
  badClock: (label: string) => `${label}: nhập giờ dạng 8:00, 8h30 hoặc 14h.`,
  summary: (items: number, minutes: string, end: string | null) =>
    `${items} mục · tổng ${minutes}${end ? ` · kết thúc lúc ${end}` : ''}`,
  minutes: (n: number) =>
    n >= 60 ? `${Math.floor(n / 60)} giờ${n % 60 ? ` ${n % 60} phút` : ''}` : `${n} phút`,
  overrun: (minutes: number, planned: string, end: string | null) =>
    `Chương trình vượt quá giờ kết thúc dự kiến ${minutes} phút: kết thúc lúc ${end ?? '?'} thay vì ${planned}. Hãy rút ngắn hoặc bỏ bớt mục.`,
  onTime: (planned: string, spare: number) =>
    spare > 0
      ? `Kết thúc trước giờ dự kiến (${planned}) ${spare} phút.`
      : `Kết thúc đúng giờ dự kiến (${planned}).`,
  timesSaved: 'Đã lưu giờ của hội nghị.',
  empty: 'Chương trình chưa có mục nào. Nhập mục đầu tiên ở dòng "Thêm mục" bên dưới.',
  columns: {
    order: 'STT',
    time: 'Thời gian',
    duration: 'Phút',
    kind: 'Loại',
    content: 'Nội dung',
    presenter: 'Người thực hiện',
  },
  moveUp: 'Chuyển lên',
  moveDown: 'Chuyển xuống',
  deleteItem: 'Xóa mục',
  deleted: (content: string) => `Đã xóa mục "${content}".`,
  overrunItem: 'Mục này kết thúc sau giờ dự kiến',
  add: {
    title: 'Thêm mục',
    content: 'Nội dung mục mới',
    contentPlaceholder: 'Ví dụ: Phát biểu khai mạc hội nghị',
    duration: 'Số phút',
    kind: 'Loại mục',
    presenter: 'Người thực hiện',
    submit: 'Thêm mục (Enter)',
    added: 'Đã thêm mục vào chương trình.',
    contentRequired: 'Chưa nhập nội dung.',
  },
  presenterPlaceholder: 'Chọn đại biểu hoặc gõ tên',
  editLabel: (what: string, order: number) => `${what} mục ${order}`,
  saved: 'Đã lưu.',
};
