/**
 * `thuky parse delegates|awards|sheet FILE [--json]`: reads a province's file the way the import will, prints
 * what it found, and touches nothing. Exit 1 with one Vietnamese line when the file cannot be used.
 */
import { resolve } from 'node:path';
import { parseAwards } from '../imports/awards.ts';
import { parseDelegates } from '../imports/delegates.ts';
import type { ImportProblem, ParseResult } from '../imports/listRows.ts';
import { readWorkbook, type Workbook } from '../imports/workbook.ts';
import { UsageError, type Command } from './command.ts';

/** The cells as the app reads them, row by row from row 1; rows with nothing in them are []. */
function sheetJson(workbook: Workbook): string {
  const sheets = workbook.sheets.map((sheet) => {
    const rows: string[] = [];
    let next = 1;
    for (const { row, cells } of sheet.rows) {
      for (; next < row; next++) rows.push('[]');
      rows.push(JSON.stringify(cells));
      next = row + 1;
    }
    const merges = sheet.merges.map((m) => [m.top, m.left, m.bottom, m.right]);
    return `{"name":${JSON.stringify(sheet.name)},"hidden":${sheet.hidden},"merges":${JSON.stringify(merges)},"rows":[${rows.join(',')}]}`;
  });
  return `{"encoding":${JSON.stringify(workbook.encoding)},"sheets":[${sheets.join(',')}]}`;
}

function printProblems(problems: ImportProblem[]): void {
  for (const p of problems)
    console.log(`  dòng ${p.row}${p.column ? `, cột ${p.column}` : ''}: ${p.message}`);
}

function printSummary(result: ParseResult<{ row: number }>, describe: (record: never) => string): void {
  console.log(
    `${result.file} — trang "${result.sheet}", tiêu đề ở dòng ${result.headerRow}: ${result.records.length} dòng.`,
  );
  for (const record of result.records) console.log(`  ${record.row}. ${describe(record as never)}`);
  if (result.problems.length) {
    console.log(`${result.problems.length} vấn đề:`);
    printProblems(result.problems);
  }
}

export const parseCommand: Command = {
  name: 'parse',
  usage: [
    'thuky parse delegates|awards FILE [--json]   đọc danh sách đại biểu/khen thưởng của một tỉnh; không ghi gì',
    'thuky parse sheet FILE [--json]              các ô của tệp như ứng dụng đọc (sau khi đổi mã TCVN3/VNI)',
  ],
  async run(args) {
    const [what, file, ...extra] = args.positionals;
    if (!what || !['delegates', 'awards', 'sheet'].includes(what))
      throw new UsageError('Cần chỉ rõ "delegates", "awards" hoặc "sheet" sau "parse".');
    if (!file) throw new UsageError(`Thiếu đường dẫn tệp: thuky parse ${what} FILE.`);
    if (extra.length) throw new UsageError(`Thừa tham số: ${extra.join(' ')}.`);
    const path = resolve(file);
    const json = Boolean(args.values.json);
    if (what === 'sheet') {
      const workbook = await readWorkbook(path);
      if (json) console.log(sheetJson(workbook));
      else
        for (const sheet of workbook.sheets)
          console.log(
            `${sheet.name}${sheet.hidden ? ' (ẩn)' : ''}: ${sheet.rows.length} dòng có dữ liệu; mã chữ ${workbook.encoding}.`,
          );
      return 0;
    }
    if (what === 'delegates') {
      const result = await parseDelegates(path);
      if (json) console.log(JSON.stringify(result, null, 2));
      else
        printSummary(result, (d: { fullName: string; position: string; organization: string }) =>
          [d.fullName, d.position, d.organization].filter(Boolean).join(' — '),
        );
      return 0;
    }
    const result = await parseAwards(path);
    if (json) console.log(JSON.stringify(result, null, 2));
    else
      printSummary(result, (a: { recipientName: string; awardForm: string }) =>
        [a.recipientName, a.awardForm].filter(Boolean).join(' — '),
      );
    return 0;
  },
};
