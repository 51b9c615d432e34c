/**
 * The award list's grouping, shared by the Word and the Excel list: by award form, highest precedence first
 * (the order they are handed over), then by recipient kind (tập thể, cá nhân, hộ gia đình).
 */
import type { AwardEntry, RecipientKind } from '../../../shared/api/schemas/awards.ts';
import { recipientKindLabels, recipientKinds } from '../../../shared/api/schemas/awards.ts';

export interface KindGroup {
  kind: RecipientKind;
  label: string;
  entries: AwardEntry[];
}

export interface FormGroup {
  formId: number;
  name: string;
  /** Entries in this group (in this part, once split). */
  count: number;
  /** Entries of the form in the whole list. */
  total: number;
  kinds: KindGroup[];
}

/** `entries` in handing-over order (awards.list sorted by precedence). */
export function awardGroups(entries: AwardEntry[]): FormGroup[] {
  const forms = new Map<number, { name: string; byKind: Map<RecipientKind, AwardEntry[]> }>();
  for (const e of entries) {
    let form = forms.get(e.awardFormId);
    if (!form) forms.set(e.awardFormId, (form = { name: e.awardFormName, byKind: new Map() }));
    const list = form.byKind.get(e.recipientKind);
    if (list) list.push(e);
    else form.byKind.set(e.recipientKind, [e]);
  }
  return [...forms].map(([formId, form]) => {
    const kinds = recipientKinds
      .filter((k) => form.byKind.has(k))
      .map((kind) => ({ kind, label: recipientKindLabels[kind], entries: form.byKind.get(kind)! }));
    const count = kinds.reduce((s, k) => s + k.entries.length, 0);
    return { formId, name: form.name, count, total: count, kinds };
  });
}

/** Each entry's number in the list: from 1 within its form, as the list is read out form by form. */
export function entryNumbers(groups: FormGroup[]): Map<number, number> {
  const numbers = new Map<number, number>();
  for (const group of groups) {
    let n = 0;
    for (const kind of group.kinds) for (const e of kind.entries) numbers.set(e.id, (n += 1));
  }
  return numbers;
}

/** "Chức vụ, đơn vị" as one line. */
export function positionAndUnit(e: AwardEntry): string {
  return [e.position, e.organization].filter(Boolean).join(', ');
}

/** "Số 1234/QĐ-UBND ngày 15/7/2024", or what of it is known. */
export function decisionText(e: AwardEntry): string {
  const [y, m, d] = (e.decisionDate ?? '').split('-');
  const date = y ? `ngày ${d}/${Number(m)}/${y}` : '';
  return [e.decisionNumber ? `Số ${e.decisionNumber}` : '', date].filter(Boolean).join(' ');
}

/**
 * The groups cut into parts of at most `maxRows` entries, at form boundaries where a form fits, so no file
 * runs to hundreds of pages (LibreOffice takes minutes to open those). A form larger than a part is cut
 * between recipient kinds first, then between rows.
 */
export function splitGroups(groups: FormGroup[], maxRows: number): FormGroup[][] {
  const parts: FormGroup[][] = [];
  let current: FormGroup[] = [];
  let size = 0;
  const flush = () => {
    if (current.length > 0) parts.push(current);
    current = [];
    size = 0;
  };
  for (const group of groups) {
    if (size + group.count <= maxRows) {
      current.push(group);
      size += group.count;
      continue;
    }
    if (group.count <= maxRows) {
      flush();
      current.push(group);
      size = group.count;
      continue;
    }
    for (const kind of group.kinds) {
      for (let start = 0; start < kind.entries.length;) {
        if (size >= maxRows) flush();
        const take = Math.min(maxRows - size, kind.entries.length - start);
        const slice = { ...kind, entries: kind.entries.slice(start, start + take) };
        const last = current.at(-1);
        if (last?.formId === group.formId) {
          last.kinds.push(slice);
          last.count += take;
        } else current.push({ ...group, count: take, kinds: [slice] });
        size += take;
        start += take;
      }
    }
  }
  flush();
  return parts;
}
