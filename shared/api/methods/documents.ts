/**
 * Official documents: the secretariat's settings (who issues, who signs, the number symbols) and the
 * particulars of one document (Nghị định 30/2020/NĐ-CP), prefilled from them and editable before generating.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { multilineText, requiredText, text } from '../fields.ts';
import { isIsoDate } from '../../text/vietnamese.ts';

/** The numbered kinds of document the pack issues, with their type code in the number ("05/GM-BTĐKT"). */
export const documentKinds = [
  'giay_moi',
  'chuong_trinh',
  'bao_cao',
  'bien_ban',
  'thong_bao',
  'ke_hoach',
] as const;
export const DocumentKind = z.enum(documentKinds, { error: 'Loại văn bản không hợp lệ.' });
export type DocumentKind = z.infer<typeof DocumentKind>;

export const documentTypeCodes: Record<DocumentKind, string> = {
  giay_moi: 'GM',
  chuong_trinh: 'CTr',
  bao_cao: 'BC',
  bien_ban: 'BB',
  thong_bao: 'TB',
  ke_hoach: 'KH',
};

export const documentKindLabels: Record<DocumentKind, string> = {
  giay_moi: 'Giấy mời',
  chuong_trinh: 'Chương trình',
  bao_cao: 'Báo cáo',
  bien_ban: 'Biên bản',
  thong_bao: 'Thông báo',
  ke_hoach: 'Kế hoạch',
};

// "GM-BTĐKT": the part after the slash; no slash or spaces of its own.
const symbol = (label: string) =>
  requiredText(label, 50).pipe(
    z.string().regex(/^[\p{L}\d.-]+$/u, `${label}: chỉ gồm chữ, số, dấu gạch ngang, ví dụ GM-BTĐKT.`),
  );

export const DocumentSettingsInput = z.object({
  clusterId: Id,
  parentBody: text('Cơ quan chủ quản', 200).default(''),
  issuingBody: requiredText('Cơ quan ban hành', 200),
  issuingBodyCode: requiredText('Chữ viết tắt của cơ quan', 30),
  placeName: requiredText('Địa danh', 100),
  signerAuthority: text('Thẩm quyền ký (TM./KT.)', 100).default(''),
  signerTitle: requiredText('Chức vụ người ký', 100),
  signerName: text('Họ tên người ký', 100).default(''),
  filingUnits: requiredText('Nơi lưu', 100).default('VT'),
  contact: text('Thông tin liên hệ', 300).default(''),
  symbols: z.object({
    giay_moi: symbol('Ký hiệu giấy mời'),
    chuong_trinh: symbol('Ký hiệu chương trình'),
    bao_cao: symbol('Ký hiệu báo cáo'),
    bien_ban: symbol('Ký hiệu biên bản'),
    thong_bao: symbol('Ký hiệu thông báo'),
    ke_hoach: symbol('Ký hiệu kế hoạch'),
  }) satisfies z.ZodType<Record<DocumentKind, string>>,
});

export const DocumentSettings = z.object({
  clusterId: Id,
  /** False while nothing has been saved: the values are derived from the cluster's latest conference. */
  saved: z.boolean(),
  parentBody: z.string(),
  issuingBody: z.string(),
  issuingBodyCode: z.string(),
  placeName: z.string(),
  signerAuthority: z.string(),
  signerTitle: z.string(),
  signerName: z.string(),
  filingUnits: z.string(),
  contact: z.string(),
  symbols: z.record(DocumentKind, z.string()),
});
export type DocumentSettings = z.infer<typeof DocumentSettings>;

/** What the header, the number line, the date line, the signature block and "Nơi nhận" of one document say. */
export const DocumentParticulars = z.object({
  kind: DocumentKind,
  parentBody: text('Cơ quan chủ quản', 200),
  issuingBody: requiredText('Cơ quan ban hành', 200),
  /** "" leaves the number blank for the văn thư to fill in when registering the signed document. */
  number: z
    .string()
    .trim()
    .regex(/^\d{0,6}$/u, 'Số văn bản chỉ gồm chữ số, hoặc để trống cho văn thư điền.'),
  symbol: symbol('Ký hiệu'),
  place: requiredText('Địa danh', 100),
  /** null leaves day and month blank, to be written when it is signed. */
  date: z.string().refine(isIsoDate, 'Ngày ban hành không hợp lệ (dạng YYYY-MM-DD).').nullable(),
  year: z.number().int().min(2000).max(2100),
  signerAuthority: text('Thẩm quyền ký', 100),
  signerTitle: text('Chức vụ người ký', 100),
  signerName: text('Họ tên người ký', 100),
  recipients: z.array(requiredText('Nơi nhận', 300)).max(100, 'Nơi nhận: nhiều quá 100 dòng.'),
  filingUnits: requiredText('Nơi lưu', 100),
});
export type DocumentParticulars = z.infer<typeof DocumentParticulars>;

/** Every file of the conference pack, in the order the pack lists them. */
export const packDocumentIds = [
  'giay_moi_don_vi',
  'giay_moi_dai_bieu',
  'chuong_trinh',
  'danh_sach_dai_bieu',
  'danh_sach_ky_ten',
  'kich_ban',
  'danh_sach_phat_bieu',
  'danh_sach_khen_thuong',
  'danh_sach_khen_thuong_excel',
  'bao_cao',
  'bien_ban',
  'thong_bao',
  'bang_ten',
] as const;
export const PackDocumentId = z.enum(packDocumentIds, { error: 'Tài liệu không có trong bộ tài liệu.' });
export type PackDocumentId = z.infer<typeof PackDocumentId>;

/** The columns of the delegate list the clerk may add to STT and Họ và tên. */
export const delegateColumnIds = [
  'position',
  'organization',
  'delegation',
  'phone',
  'seat',
  'status',
  'note',
] as const;
export const DelegateColumnId = z.enum(delegateColumnIds, { error: 'Cột danh sách đại biểu không hợp lệ.' });
export type DelegateColumnId = z.infer<typeof DelegateColumnId>;
export const delegateColumnLabels: Record<DelegateColumnId, string> = {
  position: 'Chức vụ',
  organization: 'Cơ quan, đơn vị',
  delegation: 'Đoàn',
  phone: 'Số điện thoại',
  seat: 'Chỗ ngồi',
  status: 'Xác nhận',
  note: 'Ghi chú',
};

/**
 * What of the particulars a document prints, in the groups the form shows: the issuing body and its parent,
 * the number and symbol, the place and date line, the signature block, "Nơi nhận" with the filing line.
 */
export const particularsFields = ['header', 'number', 'placeDate', 'signer', 'recipients'] as const;
export const ParticularsField = z.enum(particularsFields);
export type ParticularsField = z.infer<typeof ParticularsField>;

/** The heading of an unnumbered document (lists, the MC script): the issuing body and its parent, per document. */
export const ListHeading = z.object({
  document: PackDocumentId,
  parentBody: text('Cơ quan chủ quản', 200),
  issuingBody: requiredText('Cơ quan ban hành', 200),
});
export type ListHeading = z.infer<typeof ListHeading>;

export const PackOptions = z.object({
  delegateColumns: z
    .array(DelegateColumnId)
    .max(delegateColumnIds.length)
    .default(['position', 'organization', 'phone']),
  /** The clerk's edits of numbered documents' particulars; a kind left out uses the prefilled ones. */
  particulars: z.array(DocumentParticulars).max(documentKinds.length).default([]),
  /** The clerk's edits of unnumbered documents' headings; a document left out uses the settings' bodies. */
  headings: z.array(ListHeading).max(packDocumentIds.length).default([]),
});
export type PackOptions = z.output<typeof PackOptions>;

export const PackDocumentInfo = z.object({
  id: PackDocumentId,
  label: z.string(),
  description: z.string(),
  format: z.enum(['docx', 'xlsx']),
  /** The numbered kind whose particulars (header, number, signer) this document prints; null for lists. */
  particularsKind: DocumentKind.nullable(),
  /** Which particulars the document prints (and the form offers); empty for name cards, which print none. */
  printed: z.array(ParticularsField),
  /** Why it cannot be made yet (one sentence saying what to enter first); null when it can. */
  missing: z.string().nullable(),
});
export type PackDocumentInfo = z.infer<typeof PackDocumentInfo>;

export const GeneratedFile = z.object({
  document: PackDocumentId,
  fileName: z.string(),
  path: z.string().nullable(),
  base64: z.string().nullable(),
  bytes: z.number().int(),
});

export const Conclusions = z.object({
  conferenceId: Id,
  /** What the chair concluded, one paragraph per line; printed in the minutes and the notice. */
  conclusions: z.string(),
  /** When the conference actually ended ("HH:MM"); null = the agenda's computed end. */
  endTime: z.string().nullable(),
});
export const ConclusionsInput = z.object({
  conferenceId: Id,
  conclusions: multilineText('Kết luận của hội nghị', 20_000),
  endTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Giờ kết thúc phải có dạng HH:MM, ví dụ 11:30.')
    .nullable(),
});

const PackRequest = z.object({ conferenceId: Id, options: PackOptions.prefault({}) });

export const documentMethods = {
  'documents.settings.get': method(z.object({ clusterId: Id }), DocumentSettings),
  'documents.settings.update': method(DocumentSettingsInput, DocumentSettings),
  'documents.particulars.defaults': method(
    z.object({ conferenceId: Id, kind: DocumentKind }),
    DocumentParticulars,
  ),
  /** The pack's documents for this conference, with what is still missing for each. */
  'documents.list': method(z.object({ conferenceId: Id }), z.array(PackDocumentInfo)),
  /** The first page of one document as HTML, built from the same document the pack writes. */
  'documents.preview': method(
    PackRequest.extend({ document: PackDocumentId }),
    z.object({
      document: PackDocumentId,
      orientation: z.enum(['portrait', 'landscape']),
      /** A self-contained HTML fragment (inline styles only), one page's worth. */
      html: z.string(),
    }),
  ),
  /**
   * Writes the chosen documents into `folder`; without one, a dialog picks it (Electron), and where there is
   * no dialog (browser mode) the files come back as bytes.
   */
  'documents.generate': method(
    PackRequest.extend({
      documents: z.array(PackDocumentId).min(1, 'Chưa chọn tài liệu nào.').max(packDocumentIds.length),
      folder: z.string().min(1).optional(),
    }),
    z.object({ folder: z.string().nullable(), files: z.array(GeneratedFile) }),
  ),
  /** Asks where the pack goes (Electron); `available: false` in browser mode, folder null when cancelled. */
  'documents.chooseFolder': method(
    z.object({}),
    z.object({ available: z.boolean(), folder: z.string().nullable() }),
  ),
  /** The issuing body and its parent an unnumbered document is headed with until the clerk edits them. */
  'documents.heading.defaults': method(z.object({ conferenceId: Id, document: PackDocumentId }), ListHeading),
  /**
   * Opens, in the OS file manager, a folder the pack was generated into during this session (no other path);
   * in browser mode it answers with where the files are.
   */
  'documents.openFolder': method(
    z.object({ folder: z.string().min(1, 'Chưa có thư mục để mở.').max(4096) }),
    z.object({ opened: z.string() }),
  ),
  'documents.conclusions.get': method(z.object({ conferenceId: Id }), Conclusions),
  'documents.conclusions.update': method(ConclusionsInput, Conclusions),
};
