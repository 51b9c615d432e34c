/**
 * The conference pack: every document, what it is called, what it needs, and how it is built. The screen,
 * `thuky pack` and the API all go through this one table.
 */
import type { Document } from 'docx';
import type { Db } from '../../db/connection.ts';
import type { DocumentKind, PackDocumentId } from '../../../shared/api/methods/documents.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { toBuffer } from '../layout/index.ts';
import { loadInvitations, renderInvitations, type Invitee } from '../invitations.ts';
import type { PackData } from './data.ts';
import { buildProgram, programMissing } from './program.ts';
import { buildDelegateList, buildSignInSheet, delegatesMissing } from './delegateList.ts';
import { buildMcScript, scriptMissing } from './mcScript.ts';
import { buildSpeechList, speechesMissing } from './speechList.ts';
import { awardsMissing, buildAwardLists } from './awardList.ts';
import { buildAwardWorkbook } from './awardWorkbook.ts';
import { buildReport } from './report.ts';
import { buildMinutes, minutesMissing } from './minutes.ts';
import { buildNotice, noticeMissing } from './notice.ts';
import { buildNameCards, nameCardsMissing } from './nameCards.ts';
import { comrade, capitalise } from './parts.ts';
import { withListHeading } from '../particulars.ts';

export interface PackFile {
  fileName: string;
  data: Buffer;
}

export interface PackEntry {
  label: string;
  description: string;
  format: 'docx' | 'xlsx';
  particularsKind: DocumentKind | null;
  orientation: 'portrait' | 'landscape';
  missing: (data: PackData) => string | null;
  build: (data: PackData, db: Db) => Promise<PackFile[]>;
}

const one =
  (fileName: string, build: (data: PackData) => Document) =>
  async (data: PackData): Promise<PackFile[]> => [{ fileName, data: await toBuffer(build(data)) }];

const invitationsMissing = (data: PackData) => {
  if (!data.conference.date) return 'Hội nghị chưa có ngày họp: hãy nhập ngày họp trước khi in giấy mời.';
  if (!data.conference.venue) return 'Hội nghị chưa có địa điểm: hãy nhập địa điểm trước khi in giấy mời.';
  return null;
};

/** Who gets a personal invitation: every delegate but the secretariat's own staff. */
export function delegateInvitees(data: PackData): Invitee[] {
  return data.delegates
    .filter((d) => d.role !== 'thu_ky' && d.role !== 'phuc_vu')
    .map((d) => ({ kind: 'delegate' as const, id: d.id, addressee: capitalise(comrade(d)) }));
}

export const pack: Record<PackDocumentId, PackEntry> = {
  giay_moi_don_vi: {
    label: 'Giấy mời (mỗi đơn vị một giấy)',
    description: 'Gửi lãnh đạo từng tỉnh thành viên, có mã QR điểm danh.',
    format: 'docx',
    particularsKind: 'giay_moi',
    orientation: 'portrait',
    missing: invitationsMissing,
    build: async (data, db) => [
      {
        fileName: 'Giấy mời - đơn vị.docx',
        data: await renderInvitations(loadInvitations(db, data.conference.id, data.particulars('giay_moi'))),
      },
    ],
  },
  giay_moi_dai_bieu: {
    label: 'Giấy mời (mỗi đại biểu một giấy)',
    description: 'Trộn thư theo danh sách đại biểu, mỗi giấy một mã QR điểm danh riêng.',
    format: 'docx',
    particularsKind: 'giay_moi',
    orientation: 'portrait',
    missing: (data) =>
      invitationsMissing(data) ??
      (delegateInvitees(data).length === 0
        ? 'Chưa có đại biểu để gửi giấy mời: hãy nhập danh sách đại biểu.'
        : null),
    build: async (data, db) => {
      const base = loadInvitations(db, data.conference.id, data.particulars('giay_moi'));
      return [
        {
          fileName: 'Giấy mời - đại biểu.docx',
          data: await renderInvitations({ ...base, invitees: delegateInvitees(data) }),
        },
      ];
    },
  },
  chuong_trinh: {
    label: 'Chương trình hội nghị',
    description: 'Thời gian | Nội dung | Người thực hiện, giờ tính từ giờ bắt đầu và thời lượng.',
    format: 'docx',
    particularsKind: 'chuong_trinh',
    orientation: 'portrait',
    missing: programMissing,
    build: one('Chương trình hội nghị.docx', buildProgram),
  },
  danh_sach_dai_bieu: {
    label: 'Danh sách đại biểu',
    description: 'Theo đoàn, thứ tự lễ tân; chọn cột cần in.',
    format: 'docx',
    particularsKind: null,
    orientation: 'portrait',
    missing: delegatesMissing,
    build: one('Danh sách đại biểu.docx', buildDelegateList),
  },
  danh_sach_ky_ten: {
    label: 'Danh sách ký tên',
    description: 'Danh sách đại biểu có cột ký tên, dùng ở bàn đón tiếp.',
    format: 'docx',
    particularsKind: null,
    orientation: 'portrait',
    missing: delegatesMissing,
    build: one('Danh sách ký tên.docx', buildSignInSheet),
  },
  kich_ban: {
    label: 'Kịch bản điều hành',
    description: 'Lời dẫn của người dẫn chương trình, giới thiệu đại biểu theo thứ tự lễ tân.',
    format: 'docx',
    particularsKind: null,
    orientation: 'portrait',
    missing: scriptMissing,
    build: one('Kịch bản điều hành.docx', buildMcScript),
  },
  danh_sach_phat_bieu: {
    label: 'Danh sách phát biểu, tham luận',
    description: 'Thứ tự phát biểu, nội dung và thời lượng dự kiến.',
    format: 'docx',
    particularsKind: null,
    orientation: 'portrait',
    missing: speechesMissing,
    build: one('Danh sách phát biểu, tham luận.docx', buildSpeechList),
  },
  danh_sach_khen_thuong: {
    label: 'Danh sách khen thưởng (Word)',
    description:
      'Theo hình thức khen thưởng từ cao xuống thấp, rồi tập thể, cá nhân; danh sách dài chia nhiều tệp.',
    format: 'docx',
    particularsKind: null,
    orientation: 'portrait',
    missing: awardsMissing,
    build: async (data) =>
      Promise.all(
        buildAwardLists(data).map(async (part) => ({
          fileName: `Danh sách khen thưởng${part.suffix}.docx`,
          data: await part.toBuffer(),
        })),
      ),
  },
  danh_sach_khen_thuong_excel: {
    label: 'Danh sách khen thưởng (Excel)',
    description: 'Cùng danh sách, một trang tính in khổ A4, lặp dòng tiêu đề.',
    format: 'xlsx',
    particularsKind: null,
    orientation: 'landscape',
    missing: awardsMissing,
    build: async (data) => [{ fileName: 'Danh sách khen thưởng.xlsx', data: await buildAwardWorkbook(data) }],
  },
  bao_cao: {
    label: 'Dự thảo báo cáo sơ kết',
    description:
      'Kết quả từ số liệu tổng hợp và thống kê khen thưởng; các phần đánh giá, nhiệm vụ để thư ký bổ sung.',
    format: 'docx',
    particularsKind: 'bao_cao',
    orientation: 'portrait',
    missing: () => null,
    build: one('Dự thảo báo cáo.docx', buildReport),
  },
  bien_ban: {
    label: 'Biên bản hội nghị',
    description: 'Thành phần, điểm danh, diễn biến theo từng bài phát biểu, kết luận (Mẫu 1.9).',
    format: 'docx',
    particularsKind: 'bien_ban',
    orientation: 'portrait',
    missing: minutesMissing,
    build: one('Biên bản hội nghị.docx', buildMinutes),
  },
  thong_bao: {
    label: 'Thông báo kết luận',
    description: 'Kết luận của chủ trì hội nghị gửi các đơn vị thành viên.',
    format: 'docx',
    particularsKind: 'thong_bao',
    orientation: 'portrait',
    missing: noticeMissing,
    build: one('Thông báo kết luận.docx', buildNotice),
  },
  bang_ten: {
    label: 'Bảng tên đại biểu',
    description: 'Khổ A4 ngang, gập đôi theo đường gạch, tên cỡ lớn, chức vụ bên dưới.',
    format: 'docx',
    particularsKind: null,
    orientation: 'landscape',
    missing: nameCardsMissing,
    build: one('Bảng tên.docx', buildNameCards),
  },
};

/** Builds one document's files, or says in one sentence what is missing for it. */
export async function buildPackDocument(id: PackDocumentId, data: PackData, db: Db): Promise<PackFile[]> {
  const entry = pack[id];
  const missing = entry.missing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  return entry.build(withListHeading(data, id), db);
}
