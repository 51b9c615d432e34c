/**
 * Danh sách đại biểu and the sign-in sheet (danh sách ký tên): grouped by delegation — the centre, other
 * guests, then the members in the cluster's order with the host last (guests before hosts) — each group in
 * protocol order, with the columns the clerk chose. One table per list, so its header row repeats on every page.
 */
import { Paragraph, type Document } from 'docx';
import type { Delegate } from '../../../shared/api/schemas/delegates.ts';
import { delegateStatusLabels } from '../../../shared/api/schemas/delegates.ts';
import { delegateColumnLabels, type DelegateColumnId } from '../../../shared/api/methods/documents.ts';
import { DomainError } from '../../../shared/api/result.ts';
import { createDocument, dataTable, section, styleIds, upper, type Column } from '../layout/index.ts';
import type { PackData } from './data.ts';
import { cellText, groupRow, listHeading, roman } from './parts.ts';

export interface DelegationGroup {
  name: string;
  delegates: Delegate[];
}

/** Delegations in list order; delegates keep their protocol order inside each. */
export function delegationGroups(
  data: Pick<PackData, 'delegates' | 'members' | 'conference'>,
): DelegationGroup[] {
  const position = new Map(data.members.map((m, i) => [m.id, i]));
  const rank = (d: Delegate) => {
    if (d.delegationKind === 'central') return -2;
    if (d.delegationKind === 'guest') return -1;
    if (d.delegationMemberId === data.conference.hostMemberId) return 1_000_000;
    return position.get(d.delegationMemberId ?? -1) ?? 999_999;
  };
  const groups = new Map<string, DelegationGroup & { rank: number; first: number }>();
  data.delegates.forEach((d, index) => {
    const group = groups.get(d.delegationKey);
    if (group) group.delegates.push(d);
    else groups.set(d.delegationKey, { name: d.delegationName, delegates: [d], rank: rank(d), first: index });
  });
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.first - b.first)
    .map(({ name, delegates }) => ({ name, delegates }));
}

export function delegatesMissing(data: PackData): string | null {
  return data.delegates.length === 0 ? 'Chưa có đại biểu: hãy nhập danh sách đại biểu trước.' : null;
}

const columnWeights: Record<DelegateColumnId, number> = {
  position: 6,
  organization: 4,
  delegation: 3,
  phone: 2.6,
  seat: 1.6,
  status: 2,
  note: 2.6,
};

function cellOf(d: Delegate, column: DelegateColumnId): string {
  if (column === 'position') return d.positionLines.join('\n');
  if (column === 'organization') return d.organization;
  if (column === 'delegation') return d.delegationName;
  if (column === 'phone') return d.phone;
  if (column === 'seat') return d.seat;
  if (column === 'status') return d.status === 'duoc_moi' ? '' : delegateStatusLabels[d.status];
  return d.note;
}

function listDocument(data: PackData, signIn: boolean): Document {
  const missing = delegatesMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const chosen: DelegateColumnId[] = signIn ? ['position', 'organization'] : data.options.delegateColumns;
  const columns: Column[] = [
    { title: 'STT', weight: 1.1, align: 'center' },
    { title: 'Họ và tên', weight: 4 },
    ...chosen.map((c) => ({ title: delegateColumnLabels[c], weight: columnWeights[c] })),
    ...(signIn ? [{ title: 'Ký tên', weight: 3.2 }] : []),
  ];
  const weight = columns.reduce((s, c) => s + c.weight, 0);
  const orientation = weight > 19 ? 'landscape' : 'portrait';
  // A sign-in row is tall enough for a signature (about 12 mm).
  const nameCell = (d: Delegate) =>
    signIn
      ? [new Paragraph({ style: styleIds.cell, spacing: { before: 200, after: 300 }, text: d.fullName })]
      : cellText(d.fullName);
  let number = 0;
  const rows = delegationGroups(data).flatMap((group, index) => [
    groupRow(roman(index + 1), upper(group.name), columns.length),
    ...group.delegates.map((d) => [
      String((number += 1)),
      nameCell(d),
      ...chosen.map((c) => cellOf(d, c)),
      ...(signIn ? [''] : []),
    ]),
  ]);
  const title = signIn ? 'Danh sách đại biểu ký tên' : 'Danh sách đại biểu';
  return createDocument({
    title: `${title} - ${data.conference.title}`,
    sections: [
      section({
        orientation,
        children: [
          ...listHeading(data.settings, title, `Dự ${data.conference.title}`, orientation),
          dataTable({ columns, rows, orientation }),
        ],
      }),
    ],
  });
}

export const buildDelegateList = (data: PackData): Document => listDocument(data, false);
export const buildSignInSheet = (data: PackData): Document => listDocument(data, true);
