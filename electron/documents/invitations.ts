/**
 * Giấy mời (NĐ 30/2020, Mẫu 1.7), one per invited member unit, mail-merged into ONE .docx: each invitation is its
 * own section (page numbers restart, none on its first page), so the clerk prints and signs the whole batch at
 * once, and the file still splits cleanly if one is needed alone. Each carries a QR code for the check-in desk.
 */
import { join } from 'node:path';
import { ImageRun, type Paragraph } from 'docx';
import type { Db } from '../db/connection.ts';
import type { Conference } from '../../shared/api/schemas.ts';
import type { DocumentParticulars } from '../../shared/api/methods/documents.ts';
import { DomainError } from '../../shared/api/result.ts';
import { encodeCheckinCode, type CheckinKind } from '../../shared/checkinCode.ts';
import { formatLongDate } from '../../shared/text/vietnamese.ts';
import { listMembers } from '../clusters/repository.ts';
import { getConference } from '../conferences/repository.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { qrPng } from './checkinQr.ts';
import { body, captionedImage, createDocument, labelled, officialSection, toBuffer } from './layout/index.ts';
import { membersOnDate, particularsFor } from './particulars.ts';
import { getDocumentSettings } from './settings.ts';

export interface Invitee {
  kind: CheckinKind;
  id: number;
  /** Who is invited, as the line after "trân trọng kính mời:" reads. */
  addressee: string;
}

export interface InvitationsData {
  conferenceId: number;
  /** The event as named after "Tới dự:". */
  event: string;
  /** The line under "GIẤY MỜI": "Dự <conference title>". */
  summary: string;
  /** The subject of "… trân trọng kính mời:", written in full ("Ban Thi đua - Khen thưởng tỉnh Cao Bằng"). */
  inviter: string;
  date: string;
  startTime: string | null;
  venue: string;
  chair: string;
  contact: string;
  particulars: DocumentParticulars;
  invitees: Invitee[];
}

const weekdays = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "08 giờ 00 phút, thứ Năm, ngày 01 tháng 8 năm 2024" */
export function invitationTime(isoDate: string, startTime: string | null): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = `${weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${formatLongDate(isoDate)}`;
  if (!startTime) return day;
  const [hours, minutes] = startTime.split(':');
  return `${hours} giờ ${minutes} phút, ${day}`;
}

/** "Hội nghị sơ kết … của Cụm thi đua …", unless the title already names the cluster. */
function eventName(conference: Conference): string {
  const named = conference.title
    .toLocaleLowerCase('vi')
    .includes(conference.clusterName.toLocaleLowerCase('vi'));
  return named ? conference.title : `${conference.title} của ${conference.clusterName}`;
}

/** Everything the invitations need, read from the database; `particulars` replaces the prefilled ones. */
export function loadInvitations(
  db: Db,
  conferenceId: number,
  particulars?: DocumentParticulars,
): InvitationsData {
  const conference = getConference(db, conferenceId);
  if (!conference.date) {
    throw new DomainError(
      'VALIDATION',
      'Hội nghị chưa có ngày họp: hãy nhập ngày họp trước khi in giấy mời.',
    );
  }
  if (!conference.venue) {
    throw new DomainError(
      'VALIDATION',
      'Hội nghị chưa có địa điểm: hãy nhập địa điểm trước khi in giấy mời.',
    );
  }
  const settings = getDocumentSettings(db, conference.clusterId, conference);
  const invitees = membersOnDate(listMembers(db, conference.clusterId), conference.date).map((m) => ({
    kind: 'member' as const,
    id: m.id,
    addressee: `Lãnh đạo ${m.officialName}`,
  }));
  if (invitees.length === 0) {
    throw new DomainError(
      'VALIDATION',
      'Cụm chưa có thành viên nào vào ngày họp: hãy thêm thành viên trước khi in giấy mời.',
    );
  }
  return {
    conferenceId,
    event: eventName(conference),
    summary: `Dự ${conference.title}`,
    inviter: conference.organizingBody || settings.issuingBody,
    date: conference.date,
    startTime: conference.startTime,
    venue: conference.venue,
    chair: '',
    contact: settings.contact,
    particulars: particulars ?? particularsFor(db, conferenceId, 'giay_moi'),
    invitees,
  };
}

// About 2,6 cm square at 96 px per inch: scans from a phone at arm's length.
const qrPixels = 100;

function checkinImage(code: string): ImageRun {
  return new ImageRun({
    type: 'png',
    data: qrPng(code),
    transformation: { width: qrPixels, height: qrPixels },
  });
}

function invitationBody(data: InvitationsData, invitee: Invitee): Paragraph[] {
  const lines = [
    body(`${data.inviter} trân trọng kính mời: `, { text: invitee.addressee, bold: true }),
    labelled('Tới dự:', `${data.event}.`),
    ...(data.chair ? [labelled('Chủ trì:', `${data.chair}.`)] : []),
    labelled('Thời gian:', `${invitationTime(data.date, data.startTime)}.`),
    labelled('Địa điểm:', `${data.venue}.`),
    body('Đề nghị đại biểu mang theo giấy mời này; mã QR in bên dưới dùng để điểm danh khi đến dự hội nghị.'),
  ];
  if (data.contact) lines.push(body(`Thông tin chi tiết xin liên hệ: ${data.contact.replace(/\.$/u, '')}.`));
  lines.push(body('Rất mong được đón tiếp./.'));
  return lines;
}

export async function renderInvitations(data: InvitationsData): Promise<Buffer> {
  const sections = data.invitees.map((invitee, index) => {
    const code = encodeCheckinCode({ conferenceId: data.conferenceId, kind: invitee.kind, id: invitee.id });
    return officialSection({
      particulars: data.particulars,
      type: 'Giấy mời',
      summary: data.summary,
      body: invitationBody(data, invitee),
      belowRecipients: captionedImage(checkinImage(code), `Mã điểm danh: ${code}`),
      restartNumbering: true,
      inheritHeaders: index > 0,
    });
  });
  return toBuffer(createDocument({ title: `Giấy mời - ${data.event}`, sections }));
}

export const invitationsFileName = 'Giấy mời.docx';

/** Builds the invitations of a conference and writes them into `folder`; returns the file's path. */
export async function writeInvitations(
  db: Db,
  conferenceId: number,
  folder: string,
  particulars?: DocumentParticulars,
): Promise<string> {
  const target = join(folder, invitationsFileName);
  writeFileAtomic(target, await renderInvitations(loadInvitations(db, conferenceId, particulars)));
  return target;
}
