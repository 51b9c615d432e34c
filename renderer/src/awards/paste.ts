/**
 * Award rows pasted from Excel: the clipboard's tab-separated text, which column is which (from the header row
 * or the clerk's choice), and the award inputs built from it. Award form names are matched to the catalogue
 * exactly, then ignoring diacritics, case and spacing; anything that cannot be matched becomes a problem that
 * names its row. Pure functions; the server still checks every row.
 */
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { AwardForm, AwardLevel, RecipientKind } from '../../../shared/api/schemas/awards.ts';
import { awardLevelLabels, awardLevels } from '../../../shared/api/schemas/awards.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { cleanText, foldForSearch, parseVietnameseDate } from '../../../shared/text/vietnamese.ts';
import { pasteText } from './strings.ts';

export { parseClipboard } from '../app/clipboard.ts';

export type PasteRow = MethodInput<'awards.createMany'>['rows'][number];

export const pasteFields = [
  'recipientName',
  'recipientKind',
  'position',
  'organization',
  'awardForm',
  'level',
  'decisionNumber',
  'decisionDate',
  'member',
  'smallOrDirect',
  'note',
] as const;
export type PasteField = (typeof pasteFields)[number];

export const pasteFieldLabels: Record<PasteField, string> = {
  recipientName: 'Tên tập thể, cá nhân',
  recipientKind: 'Đối tượng',
  position: 'Chức vụ',
  organization: 'Cơ quan, đơn vị',
  awardForm: 'Hình thức khen thưởng',
  level: 'Cấp khen',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  member: 'Thành viên',
  smallOrDirect: 'Tập thể nhỏ, NLĐ trực tiếp',
  note: 'Ghi chú',
};

/** Folded header words naming each field; exact matches are tried before containment. */
const headerWords: [PasteField, string[]][] = [
  [
    'recipientName',
    ['ho va ten', 'ho ten', 'ten tap the, ca nhan', 'ten tap the', 'ten', 'tap the, ca nhan'],
  ],
  ['recipientKind', ['doi tuong', 'loai doi tuong']],
  ['position', ['chuc vu', 'chuc danh']],
  ['organization', ['don vi', 'co quan', 'co quan, don vi', 'noi cong tac']],
  ['awardForm', ['hinh thuc khen thuong', 'hinh thuc', 'danh hieu', 'khen thuong']],
  ['level', ['cap khen', 'cap']],
  ['decisionNumber', ['so quyet dinh', 'so qd', 'quyet dinh']],
  ['decisionDate', ['ngay quyet dinh', 'ngay qd', 'ngay']],
  ['member', ['thanh vien', 'tinh', 'don vi de nghi']],
  ['smallOrDirect', ['tap the nho', 'nld truc tiep', 'ttn', 'tap the nho, nguoi lao dong truc tiep']],
  ['note', ['ghi chu']],
];

export function fieldOfHeader(header: string): PasteField | null {
  const folded = foldForSearch(header).replace(/[.:]/gu, '');
  if (!folded || folded === 'stt' || folded === 'tt') return null;
  for (const [field, words] of headerWords) if (words.includes(folded)) return field;
  for (const [field, words] of headerWords)
    if (words.some((w) => w.length > 4 && folded.includes(w))) return field;
  return null;
}

/** The first row is a header when at least two of its cells name a field. */
export function guessHeader(rows: string[][]): boolean {
  return (rows[0] ?? []).filter((c) => fieldOfHeader(c) !== null).length >= 2;
}

/** One field (or null: ignored) per column: from the header, or name / form / member / … in the common order. */
export function guessMapping(
  rows: string[][],
  hasHeader: boolean,
  forms: AwardForm[],
): (PasteField | null)[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const taken = new Set<PasteField>();
  const claim = (field: PasteField | null) => {
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  };
  if (hasHeader) return Array.from({ length: width }, (_, i) => claim(fieldOfHeader(rows[0]![i] ?? '')));
  const catalogue = formMatcher(forms);
  const every = (i: number, test: (v: string) => boolean) => {
    const values = rows.map((r) => r[i] ?? '').filter(Boolean);
    return values.length > 0 && values.every(test);
  };
  const textOrder: PasteField[] = ['recipientName', 'position', 'organization', 'note'];
  return Array.from({ length: width }, (_, i) => {
    if (every(i, (v) => /^\d{1,5}\.?$/u.test(v))) return null;
    if (every(i, (v) => catalogue(v) !== null)) return claim('awardForm');
    if (every(i, (v) => parseVietnameseDate(v) !== null)) return claim('decisionDate');
    if (every(i, (v) => kindOf(v) !== null)) return claim('recipientKind');
    return claim(textOrder.find((f) => !taken.has(f)) ?? null);
  });
}

/** Catalogue lookup: the exact name first, then the folded name ("bang khen cua thu tuong chinh phu"). */
export function formMatcher(forms: AwardForm[]): (name: string) => AwardForm | null {
  const exact = new Map(forms.map((f) => [f.name, f]));
  const folded = new Map(forms.map((f) => [foldForSearch(f.name), f]));
  return (name) => exact.get(cleanText(name)) ?? folded.get(foldForSearch(name)) ?? null;
}

function kindOf(value: string): RecipientKind | null {
  const v = foldForSearch(value);
  if (['tap the', 'tt', 'to chuc'].includes(v)) return 'tap_the';
  if (['ca nhan', 'cn'].includes(v)) return 'ca_nhan';
  if (['ho gia dinh', 'hgd', 'ho'].includes(v)) return 'ho_gia_dinh';
  return null;
}

// Only words that cannot start a person's name: Bàn, Trương, Đoàn, Tô are family names in the member provinces.
const collectiveStarts = [
  'tap the',
  'phong ',
  'so ',
  'ubnd',
  'uy ban',
  'cong ty',
  'chi cuc',
  'cuc ',
  'trung tam',
  'benh vien',
  'hop tac xa',
  'htx',
  'truong thpt',
  'truong thcs',
  'truong tieu hoc',
  'truong mam non',
  'truong dai hoc',
  'truong cao dang',
  'thon ',
  'ban quan ly',
  'ban thi dua',
  'ban dan toc',
  'hoi lien hiep',
  'hoi nong dan',
  'hoi cuu chien binh',
  'doan thanh nien',
  'cong an',
  'bo chi huy',
  'dang uy',
  'chi bo',
  'xa ',
  'thi tran',
  'ban chi huy',
];

/** Without a kind column: households and collectives by how their name starts, people otherwise. */
function guessKind(name: string, position: string, fallback: RecipientKind): RecipientKind {
  const v = foldForSearch(name);
  if (v.startsWith('ho ') || v.startsWith('gia dinh')) return 'ho_gia_dinh';
  if (collectiveStarts.some((w) => v.startsWith(w))) return 'tap_the';
  return position ? 'ca_nhan' : fallback;
}

function levelOf(value: string): AwardLevel | null {
  const v = foldForSearch(value).replace(/^cap /u, '');
  const byLabel = awardLevels.find((l) => foldForSearch(awardLevelLabels[l]) === v);
  if (byLabel) return byLabel;
  if (['tinh', 'bo', 'nganh', 'bo, nganh'].includes(v)) return 'bo_tinh';
  return null;
}

function memberOf(value: string, members: Member[]): Member | null {
  const v = foldForSearch(value).replace(/^(tinh|thanh pho|tp\.?) /u, '');
  return (
    members.find(
      (m) =>
        foldForSearch(m.shortName) === v ||
        foldForSearch(m.code) === v ||
        foldForSearch(m.officialName) === v,
    ) ?? null
  );
}

const yes = ['x', 'co', '1', 'yes', '✓', 'v', 'ttn', 'nld', 'dung'];

export interface BuiltRows {
  rows: PasteRow[];
  /** One Vietnamese sentence per problem, naming its row (numbered from 1 among the data rows). */
  problems: string[];
}

export function buildRows(
  data: string[][],
  mapping: (PasteField | null)[],
  options: {
    forms: AwardForm[];
    members: Member[];
    defaultKind: RecipientKind;
    defaultMemberId: number | null;
  },
): BuiltRows {
  const problems: string[] = [];
  if (!mapping.includes('recipientName')) problems.push(pasteText.noName);
  if (!mapping.includes('awardForm')) problems.push(pasteText.noForm);
  const findForm = formMatcher(options.forms);
  const rows = data.map((cells, index): PasteRow => {
    const n = index + 1;
    const value = (field: PasteField) => {
      const column = mapping.indexOf(field);
      return column < 0 ? '' : (cells[column] ?? '');
    };
    const formName = value('awardForm');
    const form = formName ? findForm(formName) : null;
    if (formName && !form) problems.push(pasteText.unknownForm(n, formName));
    const kindText = value('recipientKind');
    const kind = kindText
      ? kindOf(kindText)
      : guessKind(value('recipientName'), value('position'), options.defaultKind);
    if (kindText && !kind) problems.push(pasteText.unknownKind(n, kindText));
    const levelText = value('level');
    const level = levelText ? levelOf(levelText) : null;
    if (levelText && !level) problems.push(pasteText.unknownLevel(n, levelText));
    const memberText = value('member');
    const member = memberText ? memberOf(memberText, options.members) : null;
    if (memberText && !member) problems.push(pasteText.unknownMember(n, memberText));
    const dateText = value('decisionDate');
    const date = dateText ? parseVietnameseDate(dateText) : null;
    if (dateText && !date) problems.push(pasteText.badDate(n, dateText));
    return {
      recipientKind: kind ?? options.defaultKind,
      recipientName: value('recipientName'),
      position: value('position'),
      organization: value('organization'),
      // 0 never passes the server's check; such a row is already listed as a problem.
      awardFormId: form?.id ?? 0,
      level,
      decisionNumber: value('decisionNumber'),
      decisionDate: date,
      memberUnitId: memberText ? (member?.id ?? null) : options.defaultMemberId,
      smallOrDirect: yes.includes(foldForSearch(value('smallOrDirect'))),
      note: value('note'),
    };
  });
  return { rows, problems };
}
