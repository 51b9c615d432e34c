/**
 * The particulars of one document — header, number, date, signer, recipients — prefilled from the conference
 * and the secretariat's settings. The clerk edits them before generating; builders take them as given.
 */
import type { Db } from '../db/connection.ts';
import type { Conference, Member } from '../../shared/api/schemas.ts';
import type {
  DocumentKind,
  DocumentParticulars,
  DocumentSettings,
  ListHeading,
  PackDocumentId,
  PackOptions,
  ParticularsField,
} from '../../shared/api/methods/documents.ts';
import { listMembers } from '../clusters/repository.ts';
import { getConference } from '../conferences/repository.ts';
import { getDocumentSettings } from './settings.ts';

/** Members of the cluster on the conference day (a province merged away before it is not invited). */
export function membersOnDate(members: Member[], isoDate: string | null): Member[] {
  if (!isoDate) return members.filter((m) => m.validTo === null);
  return members.filter(
    (m) => (!m.validFrom || m.validFrom <= isoDate) && (!m.validTo || m.validTo >= isoDate),
  );
}

export const centralBoard = 'Ban Thi đua - Khen thưởng Trung ương';

function defaultRecipients(kind: DocumentKind, members: Member[]): string[] {
  // An invitation names its addressee in the body, so "Nơi nhận" says "Như trên".
  if (kind === 'giay_moi') return ['Như trên'];
  return [`${centralBoard} (để báo cáo)`, ...members.map((m) => m.officialName)];
}

export function defaultParticulars(
  kind: DocumentKind,
  conference: Conference,
  settings: DocumentSettings,
  members: Member[],
): DocumentParticulars {
  // Minutes and the notice of conclusions are dated the conference day; the rest are dated when signed.
  const datedOnConference = kind === 'bien_ban' || kind === 'thong_bao';
  const date = datedOnConference ? conference.date : null;
  return {
    kind,
    parentBody: settings.parentBody,
    issuingBody: settings.issuingBody,
    number: '',
    symbol: settings.symbols[kind],
    place: settings.placeName,
    date,
    year: conference.date ? Number(conference.date.slice(0, 4)) : conference.year,
    signerAuthority: settings.signerAuthority,
    signerTitle: settings.signerTitle,
    signerName: settings.signerName,
    recipients: defaultRecipients(kind, membersOnDate(members, conference.date)),
    filingUnits: settings.filingUnits,
  };
}

export function particularsFor(db: Db, conferenceId: number, kind: DocumentKind): DocumentParticulars {
  const conference = getConference(db, conferenceId);
  const settings = getDocumentSettings(db, conference.clusterId, conference);
  return defaultParticulars(kind, conference, settings, listMembers(db, conference.clusterId));
}

const official: ParticularsField[] = ['header', 'number', 'placeDate', 'signer', 'recipients'];
const headingOnly: ParticularsField[] = ['header'];

/**
 * What each document of the pack prints of its particulars, read off the builders: the official documents the
 * whole set; the minutes (Mẫu 1.9) no place-and-date line, and THƯ KÝ and CHỦ TỌA sign them by their role on
 * the delegate list, not the secretariat's signer; lists and the MC script only the issuing body at the top
 * left; name cards nothing.
 */
export const printedParticulars: Record<PackDocumentId, ParticularsField[]> = {
  giay_moi_don_vi: official,
  giay_moi_dai_bieu: official,
  chuong_trinh: official,
  danh_sach_dai_bieu: headingOnly,
  danh_sach_ky_ten: headingOnly,
  kich_ban: headingOnly,
  danh_sach_phat_bieu: headingOnly,
  danh_sach_khen_thuong: headingOnly,
  danh_sach_khen_thuong_excel: headingOnly,
  bao_cao: official,
  bien_ban: ['header', 'number', 'recipients'],
  thong_bao: official,
  bang_ten: [],
};

export function headingDefaults(db: Db, conferenceId: number, document: PackDocumentId): ListHeading {
  const conference = getConference(db, conferenceId);
  const settings = getDocumentSettings(db, conference.clusterId, conference);
  return { document, parentBody: settings.parentBody, issuingBody: settings.issuingBody };
}

/** The data one document is built from, its heading replaced by the clerk's edit of it, if any. */
export function withListHeading<T extends { settings: DocumentSettings; options: PackOptions }>(
  data: T,
  document: PackDocumentId,
): T {
  const edited = data.options.headings.find((h) => h.document === document);
  if (!edited) return data;
  return {
    ...data,
    settings: { ...data.settings, parentBody: edited.parentBody, issuingBody: edited.issuingBody },
  };
}
