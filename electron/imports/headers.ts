/**
 * The column headings provinces actually use, per field. Labels are compared folded (no diacritics, no
 * punctuation, lower case), whole — so a long sentence on an instructions sheet does not pass for a header.
 * A spec with `under` matches a second-row heading below a merged first-row one ("Giới tính" over "Nam").
 */
import { foldForSearch } from '../../shared/text/vietnamese.ts';

export interface HeaderSpec<F extends string> {
  field: F;
  label: RegExp;
  under?: RegExp;
}

/** "Họ và tên (1)" → "ho va ten"; "Số QĐ" → "so qd"; "E-mail" → "e mail". */
export function foldLabel(text: string): string {
  return foldForSearch(text.replace(/\([^)]*\)/gu, ' '))
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

const index = /^(stt|tt|so tt|so thu tu)$/u;
const fullName = /^(ho (va )?ten|ho ten dem va ten|ten dai bieu|dai bieu|ho va ten dai bieu)( .*)?$/u;
const position = /^chuc (vu|danh)( .*)?$/u;
const organization =
  /^(don vi|co quan|noi cong tac|don vi cong tac|co quan cong tac|co quan don vi|ten don vi|ten co quan)( .*)?$/u;
const note = /^ghi chu$/u;
const decisionGroup = /(quyet dinh|qd)/u;

export type DelegateField =
  | 'index'
  | 'fullName'
  | 'gender'
  | 'male'
  | 'female'
  | 'position'
  | 'organization'
  | 'phone'
  | 'email'
  | 'note';

export const delegateHeaders: HeaderSpec<DelegateField>[] = [
  { field: 'index', label: index },
  { field: 'male', label: /^nam$/u, under: /gioi tinh|nam nu/u },
  { field: 'female', label: /^nu$/u, under: /gioi tinh|nam nu/u },
  { field: 'gender', label: /^(gioi tinh|nam nu|nam hoac nu|phai)$/u },
  { field: 'fullName', label: fullName },
  { field: 'position', label: position },
  { field: 'organization', label: organization },
  {
    field: 'phone',
    label: /^(sdt|dt|so dt|dien thoai|so dien thoai|dt di dong|di dong|dtdd|so dtdd)( lien (he|lac))?$/u,
  },
  { field: 'email', label: /^(e ?mail|thu dien tu|dia chi (e ?mail|thu dien tu))$/u },
  { field: 'note', label: note },
];

export type AwardField =
  | 'index'
  | 'recipientName'
  | 'recipientKind'
  | 'position'
  | 'organization'
  | 'awardForm'
  | 'decisionNumber'
  | 'decisionDate'
  | 'decision'
  | 'smallCollective'
  | 'note';

export const awardHeaders: HeaderSpec<AwardField>[] = [
  { field: 'index', label: index },
  { field: 'decisionNumber', label: /^(so|so hieu|so ky hieu)$/u, under: decisionGroup },
  { field: 'decisionDate', label: /^(ngay|ngay ky|ngay thang nam|ngay ban hanh)$/u, under: decisionGroup },
  {
    field: 'recipientName',
    label:
      /^(ho (va )?ten|ten (tap the|ca nhan|don vi)( (va|hoac)?\s?(tap the|ca nhan|ho gia dinh))*|(tap the|ca nhan)( (va|hoac)?\s?(tap the|ca nhan|ho gia dinh))+|ten doi tuong( duoc)? khen thuong)$/u,
  },
  { field: 'recipientKind', label: /^(loai|doi tuong|loai doi tuong|phan loai|tap the hay ca nhan)$/u },
  { field: 'smallCollective', label: /(tap the nho|lao dong truc tiep|ld truc tiep)/u },
  { field: 'position', label: position },
  { field: 'organization', label: organization },
  {
    field: 'awardForm',
    label:
      /^(hinh thuc( khen thuong)?( danh hieu)?|danh hieu( thi dua)?|hinh thuc danh hieu|muc khen|loai khen thuong)$/u,
  },
  {
    field: 'decisionNumber',
    label: /^(so (qd|quyet dinh)|so hieu (qd|quyet dinh)|qd so|so ky hieu (qd|quyet dinh))$/u,
  },
  { field: 'decisionDate', label: /^ngay (qd|quyet dinh|ky|ky qd|ky quyet dinh|ban hanh)( .*)?$/u },
  {
    field: 'decision',
    label: /^(so (va )?ngay (thang )?(qd|quyet dinh)|quyet dinh( khen thuong)?|so ngay qd)$/u,
  },
  { field: 'note', label: note },
];

/** The field a column's heading names, given its first-row and (when there is one) second-row labels. */
export function matchHeader<F extends string>(
  specs: HeaderSpec<F>[],
  top: string,
  sub: string,
  taken: Set<F>,
): F | null {
  for (const spec of specs) {
    if (taken.has(spec.field)) continue;
    if (spec.under) {
      if (sub && spec.under.test(top) && spec.label.test(sub)) return spec.field;
    } else if (spec.label.test(sub || top)) return spec.field;
  }
  return null;
}
