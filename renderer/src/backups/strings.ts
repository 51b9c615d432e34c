/** What the clerk reads on the "Sao lưu & chia sẻ" screen (Vietnamese, full diacritics). */
import type { BackupReason, MergeSummary } from '../../../shared/api/methods/backups.ts';
import { formatNumber } from '../../../shared/text/vietnamese.ts';

const importLabels: Record<string, string> = {
  returns: 'số liệu báo cáo',
  delegates: 'danh sách đại biểu',
  awards: 'danh sách khen thưởng',
  conference: 'tệp hội nghị',
};

export const backupsText = {
  title: 'Sao lưu & chia sẻ',
  backupsTitle: 'Bản sao lưu',
  backupsHint: (keep: number, folder: string) =>
    `Ứng dụng tự sao lưu khi mở lần đầu mỗi ngày và trước mỗi lần nhập dữ liệu; giữ ${keep} bản gần nhất trong thư mục ${folder}.`,
  backupNow: 'Sao lưu ngay',
  backedUp: 'Đã sao lưu cơ sở dữ liệu.',
  restore: 'Khôi phục',
  restoreConfirm: 'Khôi phục dữ liệu về thời điểm này?',
  restoreConfirmHint:
    'Mọi thay đổi sau thời điểm đó sẽ không còn. Dữ liệu hiện tại được sao lưu trước, nên có thể khôi phục lại.',
  restoreOk: 'Khôi phục',
  restoreCancel: 'Không',
  restored: (when: string) => `Đã khôi phục dữ liệu về lúc ${when}.`,
  empty: 'Chưa có bản sao lưu nào.',
  columns: { time: 'Thời điểm', reason: 'Lý do', size: 'Dung lượng' },
  reason: (reason: BackupReason, detail: string): string => {
    if (reason === 'manual') return 'Sao lưu thủ công';
    if (reason === 'daily') return 'Tự động hằng ngày';
    if (reason === 'restore') return 'Trước khi khôi phục';
    return `Trước khi nhập ${importLabels[detail] ?? detail}`.trim();
  },
  size: (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`,

  shareTitle: 'Chia sẻ hội nghị với máy khác',
  shareHint:
    'Xuất hội nghị đang chọn ra một tệp .thukyhn để gửi cho thư ký khác; mở tệp người khác gửi để gộp thành viên, đại biểu, chương trình, phát biểu, khen thưởng và số liệu vào dữ liệu của mình (không tạo bản trùng).',
  exportFile: 'Xuất hội nghị ra tệp',
  exportNeedsConference: 'Hãy chọn hội nghị ở ô "Hội nghị" phía trên trước khi xuất.',
  exportedTo: (path: string) => `Đã xuất hội nghị ra tệp ${path}.`,
  downloaded: (name: string) => `Đã tải tệp "${name}".`,
  openFile: 'Mở tệp hội nghị',
  openFileLabel: 'Chọn tệp hội nghị (.thukyhn) để gộp',
  merging: 'Đang gộp tệp hội nghị…',
  mergedTitle: (s: MergeSummary) =>
    s.conferenceCreated
      ? `Đã thêm hội nghị "${s.conferenceTitle}" từ tệp.`
      : `Đã gộp tệp vào hội nghị "${s.conferenceTitle}".`,
  mergedCounts: (s: MergeSummary): string[] => [
    `Thành viên: thêm ${s.members.added}, đã có ${s.members.matched}`,
    `Đại biểu: thêm ${s.delegates.added}, đã có ${s.delegates.matched}`,
    `Chương trình: thêm ${s.agendaItems.added}, đã có ${s.agendaItems.matched}`,
    `Phát biểu: thêm ${s.speeches.added}, đã có ${s.speeches.matched}`,
    `Khen thưởng: thêm ${s.awardEntries.added}, đã có ${s.awardEntries.matched}`,
    `Biểu số liệu: thêm ${s.returns.added}, đã có ${s.returns.matched}`,
  ],
  mergedUndo:
    'Trước khi gộp, dữ liệu đã được sao lưu; có thể khôi phục bản "Trước khi nhập tệp hội nghị" ở trên.',
};
