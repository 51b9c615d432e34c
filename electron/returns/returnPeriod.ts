/**
 * A return retyped without the hidden sheet still names its period in the title block ("BÁO CÁO SỐ LIỆU 6 THÁNG
 * ĐẦU NĂM 2023"). When that period contradicts the conference's, the file is last year's (or another period's)
 * and is refused on that cell; a title that names no period says nothing, and the file is taken as before.
 */
import type { ReturnItem, ReturnProblem } from '../../shared/api/returnSchemas.ts';
import type { Conference } from '../../shared/api/schemas.ts';
import {
  formatReportPeriod,
  readReportPeriods,
  type ReportPeriod,
  type ReportPeriodPart,
} from '../../shared/text/vietnamese.ts';
import { tableStartRow } from './returnLabels.ts';
import { cellAddress, type GridCell, type GridSheet } from './workbookGrid.ts';

/** Title rows looked at, at most: the template's title block is five rows. */
const titleRows = 8;

const kindParts: Partial<Record<Conference['kind'], ReportPeriodPart>> = {
  so_ket_6_thang: 'first_half',
  tong_ket_nam: 'year',
};

/** The period the conference reviews: from its "Kỳ" when that names one, else its year and kind. */
export function conferencePeriod(conference: Pick<Conference, 'period' | 'year' | 'kind'>): ReportPeriod {
  const named = readReportPeriods(conference.period)[0];
  return {
    year: named?.year ?? conference.year,
    part: named?.part ?? kindParts[conference.kind] ?? null,
  };
}

/** A period named without its part ("năm 2024") agrees with any part of that year. */
function agrees(named: ReportPeriod, expected: ReportPeriod): boolean {
  return (
    named.year === expected.year &&
    (named.part === null || expected.part === null || named.part === expected.part)
  );
}

const cellText = (cell: GridCell | undefined): string =>
  cell && typeof cell.value === 'string' ? cell.value : '';

export function periodProblem(
  sheets: GridSheet[],
  conference: Pick<Conference, 'period' | 'year' | 'kind'>,
  items: ReturnItem[],
): ReturnProblem | null {
  const expected = conferencePeriod(conference);
  const named: { period: ReportPeriod; sheet: string; cell: string }[] = [];
  for (const sheet of sheets.filter((s) => !s.hidden)) {
    const last = Math.min(tableStartRow(sheet, items) - 1, titleRows, sheet.rowCount);
    for (let r = 1; r <= last; r++) {
      for (let c = 1; c <= sheet.colCount; c++) {
        for (const period of readReportPeriods(cellText(sheet.cell(r, c))))
          named.push({ period, sheet: sheet.name, cell: cellAddress(r, c) });
      }
    }
  }
  // "Kết quả 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024": one agreeing mention is enough.
  if (named.length === 0 || named.some((n) => agrees(n.period, expected))) return null;
  const first = named[0]!;
  const wanted = conference.period || formatReportPeriod(expected);
  return {
    sheet: first.sheet,
    cell: first.cell,
    message: `Tệp này là báo cáo ${formatReportPeriod(first.period)}, không phải số liệu của hội nghị này (${wanted}); hãy gửi đúng báo cáo ${wanted}.`,
  };
}
