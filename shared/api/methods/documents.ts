/**
 * Official documents: the secretariat's settings (who issues, who signs, the number symbols) and the
 * particulars of one document (Nghị định 30/2020/NĐ-CP), prefilled from them and editable before generating.
 */
import { z } from 'zod';
import { Id } from '../schemas.ts';
import { method } from '../method.ts';
import { cleanText, isIsoDate } from '../../text/vietnamese.ts';

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

const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: phải là chữ.` })
    .transform(cleanText)
    .pipe(z.string().max(max, `${label}: dài quá ${max} ký tự.`));

const requiredText = (label: string, max: number) =>
  text(label, max).pipe(z.string().min(1, `Chưa nhập ${label.toLowerCase()}.`));

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

export const documentMethods = {
  'documents.settings.get': method(z.object({ clusterId: Id }), DocumentSettings),
  'documents.settings.update': method(DocumentSettingsInput, DocumentSettings),
  'documents.particulars.defaults': method(
    z.object({ conferenceId: Id, kind: DocumentKind }),
    DocumentParticulars,
  ),
};
