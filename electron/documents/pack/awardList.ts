/**
 * Danh sách khen thưởng (Word): grouped by award form from the highest, then by recipient kind; one table per
 * file so the header row repeats on every page. Long lists are written as several files of at most
 * `maxRowsPerFile` entries (see splitGroups).
 */
import { DomainError } from '../../../shared/api/result.ts';
import { formatNumber } from '../../../shared/text/vietnamese.ts';
import { recipientsPhrase } from '../../awards/statistics.ts';
import {
  createDocument,
  longTable,
  packWithLongTables,
  section,
  type Column,
  type LongCell,
} from '../layout/index.ts';
import type { PackData } from './data.ts';
import {
  awardGroups,
  decisionText,
  entryNumbers,
  positionAndUnit,
  splitGroups,
  type FormGroup,
} from './awardGroups.ts';
import { listHeading, roman } from './parts.ts';

export const maxRowsPerFile = 1500;

export function awardsMissing(data: PackData): string | null {
  return data.awards.length === 0
    ? 'Chưa có danh sách khen thưởng: hãy nhập các trường hợp được khen.'
    : null;
}

function table(
  part: FormGroup[],
  formNumbers: Map<number, number>,
  numbers: Map<number, number>,
  withDecision: boolean,
) {
  const columns: Column[] = [
    { title: 'STT', weight: 1.1, align: 'center' },
    { title: 'Tên tập thể, họ và tên cá nhân', weight: 5 },
    { title: 'Chức vụ, đơn vị', weight: 6 },
    { title: 'Đơn vị đề nghị', weight: 2.4 },
    ...(withDecision ? [{ title: 'Quyết định', weight: 3.2 }] : []),
  ];
  // Thousands of rows: written as XML by the layout module's long table (same look as dataTable).
  const rows: LongCell[][] = [];
  const blanks = columns.slice(2).map(() => '');
  for (const group of part) {
    const continued = group.count < group.total && numbers.get(group.kinds[0]!.entries[0]!.id) !== 1;
    rows.push([
      { text: roman(formNumbers.get(group.formId)!), bold: true, align: 'center' },
      {
        text: `${group.name} (${formatNumber(group.total)})${continued ? ' (tiếp theo)' : ''}`,
        bold: true,
      },
      ...blanks,
    ]);
    for (const kind of group.kinds) {
      rows.push([
        '',
        { text: `${kind.label}: ${formatNumber(kind.entries.length)}`, bold: true, italics: true },
        ...blanks,
      ]);
      for (const e of kind.entries) {
        rows.push([
          String(numbers.get(e.id)),
          e.recipientName,
          positionAndUnit(e),
          e.memberName ?? '',
          ...(withDecision ? [decisionText(e)] : []),
        ]);
      }
    }
  }
  return { columns, rows };
}

export interface AwardListFile {
  /** "" for a single file, " (phần 2 của 8)" for one of several. */
  suffix: string;
  toBuffer: () => Promise<Buffer>;
}

export function buildAwardLists(data: PackData, maxRows = maxRowsPerFile): AwardListFile[] {
  const missing = awardsMissing(data);
  if (missing) throw new DomainError('VALIDATION', missing);
  const groups = awardGroups(data.awards);
  const numbers = entryNumbers(groups);
  const formNumbers = new Map(groups.map((g, i) => [g.formId, i + 1]));
  const withDecision = data.awards.some((a) => a.decisionNumber !== '' || a.decisionDate !== null);
  const orientation = withDecision ? 'landscape' : 'portrait';
  const parts = splitGroups(groups, maxRows);
  const stats = data.awardStatistics;
  const who = recipientsPhrase(
    new Set(stats.byRecipientKind.filter((k) => k.count > 0).map((k) => k.recipientKind)),
  );
  const summary = `Tại ${data.conference.title} (tổng số ${formatNumber(stats.total)} ${who})`;
  return parts.map((part, index) => {
    const suffix = parts.length > 1 ? ` (phần ${index + 1} của ${parts.length})` : '';
    const { columns, rows } = table(part, formNumbers, numbers, withDecision);
    const list = longTable({ columns, rows, orientation });
    const document = createDocument({
      title: `Danh sách khen thưởng${suffix}`,
      sections: [
        section({
          orientation,
          children: [
            ...listHeading(data.settings, `Danh sách khen thưởng${suffix}`, summary, orientation),
            list.placeholder,
          ],
        }),
      ],
    });
    return { suffix, toBuffer: () => packWithLongTables(document, [list]) };
  });
}
