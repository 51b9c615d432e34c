/**
 * The award table's columns as data: what each shows, which field it edits in place (text or a choice), and how
 * an edited value becomes an `awards.update` patch. Pure, so the cells, the keyboard and the tests share it.
 */
import type { MethodInput } from '../../../shared/api/contract.ts';
import type { AwardEntry, AwardForm } from '../../../shared/api/schemas/awards.ts';
import {
  awardLevelLabels,
  awardLevels,
  recipientKindLabels,
  recipientKinds,
} from '../../../shared/api/schemas/awards.ts';
import type { Member } from '../../../shared/api/schemas.ts';
import { formatShortDate } from '../../../shared/text/vietnamese.ts';
import type { AwardSort } from './filter.ts';
import { awardFormText, awardsText } from './strings.ts';

const titles = awardsText.columns;

export type TextField = 'recipientName' | 'position' | 'organization' | 'decisionNumber';
export type ChoiceField = 'recipientKind' | 'awardFormId' | 'level' | 'memberUnitId';

export type AwardPatch = MethodInput<'awards.update'>;

export interface Choice {
  value: string;
  label: string;
}

/** What the choice editors offer: the catalogue and the cluster's members, loaded by the screen. */
export interface ChoiceSources {
  forms: readonly AwardForm[];
  members: readonly Member[];
}

export interface GridColumn {
  key: string;
  title: string;
  width: number;
  align?: 'right' | 'center';
  /** A header click sorts the list this way. */
  sort?: AwardSort;
  /** The field edited in place; none = read-only here (Enter opens the full form). */
  edit?: { kind: 'text'; field: TextField } | { kind: 'choice'; field: ChoiceField };
  /** The cell's text (also its hover title). */
  show: (e: AwardEntry) => string;
}

export const gridColumns: readonly GridColumn[] = [
  { key: 'order', title: titles.order, width: 52, align: 'right', show: () => '' },
  {
    key: 'name',
    title: titles.name,
    width: 184,
    sort: 'name',
    edit: { kind: 'text', field: 'recipientName' },
    show: (e) => e.recipientName,
  },
  {
    key: 'kind',
    title: titles.kind,
    width: 88,
    edit: { kind: 'choice', field: 'recipientKind' },
    show: (e) => recipientKindLabels[e.recipientKind],
  },
  {
    key: 'position',
    title: titles.position,
    width: 124,
    edit: { kind: 'text', field: 'position' },
    show: (e) => e.position,
  },
  {
    key: 'organization',
    title: titles.organization,
    width: 150,
    edit: { kind: 'text', field: 'organization' },
    show: (e) => e.organization,
  },
  {
    key: 'form',
    title: titles.form,
    width: 214,
    sort: 'precedence',
    edit: { kind: 'choice', field: 'awardFormId' },
    show: (e) => e.awardFormName,
  },
  {
    key: 'level',
    title: titles.level,
    width: 104,
    edit: { kind: 'choice', field: 'level' },
    show: (e) => awardLevelLabels[e.level],
  },
  {
    key: 'decision',
    title: titles.decision,
    width: 110,
    edit: { kind: 'text', field: 'decisionNumber' },
    show: (e) => e.decisionNumber,
  },
  {
    key: 'date',
    title: titles.date,
    width: 84,
    show: (e) => (e.decisionDate ? formatShortDate(e.decisionDate) : ''),
  },
  {
    key: 'member',
    title: titles.member,
    width: 96,
    sort: 'member',
    edit: { kind: 'choice', field: 'memberUnitId' },
    show: (e) => e.memberName ?? '',
  },
  { key: 'flag', title: titles.flag, width: 48, align: 'center', show: () => '' },
];

/** The text an editor starts from. Choices are strings: '' is "the form's level" or "no member". */
export function editValue(e: AwardEntry, field: TextField | ChoiceField, sources: ChoiceSources): string {
  switch (field) {
    case 'awardFormId':
      return String(e.awardFormId);
    case 'memberUnitId':
      return e.memberUnitId === null ? '' : String(e.memberUnitId);
    case 'level':
      // A level equal to its form's is shown as "by the form", so a later form change brings its own level.
      return sources.forms.find((f) => f.id === e.awardFormId)?.level === e.level ? '' : e.level;
    default:
      return e[field];
  }
}

export function choicesOf(field: ChoiceField, e: AwardEntry, sources: ChoiceSources): Choice[] {
  switch (field) {
    case 'recipientKind':
      return recipientKinds.map((k) => ({ value: k, label: recipientKindLabels[k] }));
    case 'awardFormId':
      return sources.forms.map((f) => ({ value: String(f.id), label: f.name }));
    case 'memberUnitId':
      return [
        { value: '', label: awardsText.noMember },
        ...sources.members.map((m) => ({ value: String(m.id), label: m.shortName })),
      ];
    case 'level': {
      const formLevel = sources.forms.find((f) => f.id === e.awardFormId)?.level;
      return [
        {
          value: '',
          label: formLevel
            ? awardFormText.levelOfForm(awardLevelLabels[formLevel])
            : awardFormText.levelOfFormEmpty,
        },
        ...awardLevels.map((l) => ({ value: l, label: awardLevelLabels[l] })),
      ];
    }
  }
}

/** The `awards.update` patch for an edited value; the server checks and cleans it. */
export function patchOf(id: number, field: TextField | ChoiceField, value: string): AwardPatch {
  switch (field) {
    case 'awardFormId':
      return { id, awardFormId: Number(value) };
    case 'memberUnitId':
      return { id, memberUnitId: value === '' ? null : Number(value) };
    case 'level':
      return { id, level: awardLevels.find((l) => l === value) ?? null };
    case 'recipientKind': {
      const kind = recipientKinds.find((k) => k === value);
      return kind ? { id, recipientKind: kind } : { id };
    }
    case 'recipientName':
      return { id, recipientName: value };
    case 'position':
      return { id, position: value };
    case 'organization':
      return { id, organization: value };
    case 'decisionNumber':
      return { id, decisionNumber: value };
  }
}
