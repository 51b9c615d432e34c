/**
 * CSV as Excel and other tools write it: UTF-8 with or without BOM, UTF-16 (Excel's "Unicode text"), or the
 * Windows code page of the PC that saved it — Windows-1258 on Vietnamese Windows, Windows-1252 carrying TCVN3
 * or VNI bytes elsewhere. The separator is whichever of , ; or tab splits the first lines most evenly.
 */
import { vietnameseScore } from '../../shared/text/legacyEncodings.ts';
import { GridBuilder } from './grid.ts';

function decodeBytes(data: Buffer): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return data.toString('utf8', 3);
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Not UTF-8: a code page. Windows-1258 wins when it reads as Vietnamese; otherwise keep the bytes as
    // Windows-1252 characters so the per-cell TCVN3/VNI detection sees them as a spreadsheet would hold them.
    const western = new TextDecoder('windows-1252').decode(data);
    const vietnamese = new TextDecoder('windows-1258').decode(data).normalize('NFC');
    return vietnameseScore(vietnamese) > vietnameseScore(western) + 2 ? vietnamese : western;
  }
}

function pickSeparator(text: string): string {
  const hint = /^sep=(.)\r?\n/u.exec(text);
  if (hint) return hint[1]!;
  const lines = text.split(/\r?\n/u, 20).filter((line) => line.trim());
  let best = ',';
  let bestScore = -1;
  for (const separator of [',', ';', '\t']) {
    const counts = lines.map((line) => line.split(separator).length - 1);
    const score = counts.filter((c) => c > 0 && c === counts[0]).length * 10 + Math.min(...counts);
    if (counts[0]! > 0 && score > bestScore) [best, bestScore] = [separator, score];
  }
  return best;
}

/** RFC 4180 fields: quotes around a field allow separators, line breaks and doubled quotes inside it. */
export function parseCsvText(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

export function readCsv(data: Buffer): GridBuilder {
  let text = decodeBytes(data);
  const separator = pickSeparator(text);
  text = text.replace(/^sep=.\r?\n/u, '');
  const builder = new GridBuilder();
  builder.startSheet('CSV', false, []);
  parseCsvText(text, separator).forEach((fields, r) => {
    fields.forEach((field, c) => builder.set(r + 1, c + 1, builder.text([{ text: field }])));
  });
  return builder;
}
