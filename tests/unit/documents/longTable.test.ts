import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { Paragraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import QRCode from 'qrcode';
import {
  createDocument,
  dataTable,
  longTable,
  longTableXml,
  packWithLongTables,
  section,
  styleIds,
  textWidth,
  toBuffer,
  xmlText,
  type CellContent,
  type Column,
  type LongCell,
} from '../../../electron/documents/layout/index.ts';
import { zipParts } from '../../../electron/documents/layout/zipParts.ts';
import { qrPng } from '../../../electron/documents/checkinQr.ts';
import { buildAwardLists } from '../../../electron/documents/pack/awardList.ts';
import { awardGroups, splitGroups } from '../../../electron/documents/pack/awardGroups.ts';
import { loadPackData } from '../../../electron/documents/pack/data.ts';
import { seedDemo } from '../../../electron/demo/seed.ts';
import { freshDb, tempDir } from '../support/db.ts';
import { convertToPdf, hasLibreOffice, libreOfficeSkipReason, readDocx, visibleText } from './support.ts';
import { options } from './packSupport.ts';

const columns: Column[] = [
  { title: 'STT', weight: 1.1, align: 'center' },
  { title: 'Họ và tên\n(tập thể)', weight: 5 },
  { title: 'Số tiền', weight: 2, align: 'right' },
];

const rows: LongCell[][] = [
  [{ text: 'I', bold: true, align: 'center' }, { text: 'Nhóm "A" & <B>', bold: true }, ''],
  ['', { text: 'Tập thể: 2', bold: true, italics: true }, ''],
  ['1', "Công ty A&B <Xây dựng>\u0007 'Số 1'", '1.000'],
  ['2', 'Nguyễn Văn Ánh\nDòng thứ hai', { text: 'Ghi chú\u0000', italics: true, align: 'left' }],
];

/** The same cells as the docx object model builds them (what `cellText` in the pack does). */
const asDocx = (cell: LongCell): CellContent =>
  typeof cell === 'string'
    ? cell
    : cell.text.split('\n').map(
        (line) =>
          new Paragraph({
            style: styleIds.cell,
            alignment: cell.align,
            children: [new TextRun({ text: line, bold: cell.bold, italics: cell.italics })],
          }),
      );

const tableOf = (xml: string) => xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + 8);

/** Balanced tags and no bare markup characters in text: the XML a strict parser accepts. */
function expectWellFormed(xml: string) {
  const stack: string[] = [];
  const token =
    /<(\/?)([\w:]+)((?:\s+[\w:]+="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>|<\?xml[^>]*\?>/gu;
  let last = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const text = xml.slice(last, m.index);
    expect(text).not.toMatch(/[<>]|&(?!(?:amp|lt|gt|quot|apos);)/u);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F]/u);
    last = token.lastIndex;
    if (!m[2]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(xml.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('long tables written as XML', () => {
  it('writes byte for byte the XML of dataTable for the same cells', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const viaDocx = await readDocx(
        await toBuffer(
          createDocument({
            title: 't',
            sections: [
              section({
                orientation,
                children: [dataTable({ columns, rows: rows.map((r) => r.map(asDocx)), orientation })],
              }),
            ],
          }),
        ),
      );
      expect(longTableXml({ columns, rows, orientation })).toBe(tableOf(viaDocx.document));
    }
  });

  it('repeats the header row, never splits a row, fixes the widths and escapes the text', () => {
    const xml = longTableXml({ columns, rows, orientation: 'landscape' });
    expectWellFormed(xml);
    const trs = xml.match(/<w:tr>.*?<\/w:tr>/gu)!;
    expect(trs).toHaveLength(rows.length + 1);
    expect(trs[0]).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    for (const tr of trs.slice(1)) expect(tr).toMatch(/^<w:tr><w:trPr><w:cantSplit\/><\/w:trPr>/u);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth('landscape'));
    expect(xml).toContain(`<w:tblW w:type="dxa" w:w="${textWidth('landscape')}"/>`);
    expect(xml).toContain('Công ty A&amp;B &lt;Xây dựng&gt; &apos;Số 1&apos;</w:t>');
    expect(xml).toContain('Nhóm &quot;A&quot; &amp; &lt;B&gt;');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('<w:pStyle w:val="ThuKyCellHeader"/>');
  });

  it('drops what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlText('a&b<c>d"e\'f')).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(xmlText('x\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFFy')).toBe('xy');
    expect(xmlText('tab\there\nline')).toBe('tab\there\nline');
    expect(xmlText('lone \uD800 half \uDC00, pair 😀')).toBe('lone  half , pair 😀');
  });

  it('packs the table in place of its placeholder, in a zip every reader opens', async () => {
    const table = longTable({ columns, rows });
    const document = createDocument({
      title: 'Danh sách',
      sections: [
        section({ children: [new Paragraph('Trước bảng'), table.placeholder, new Paragraph('Sau')] }),
      ],
    });
    const packed = await packWithLongTables(document, [table]);
    const parts = await readDocx(packed);
    expect(parts.document).not.toContain(table.token);
    expect(parts.document).toContain(table.xml);
    expectWellFormed(parts.document);
    const text = visibleText(parts.document);
    expect(text.indexOf('Trước bảng')).toBeLessThan(text.indexOf('Công ty A&B'));
    expect(text.indexOf('Công ty A&B')).toBeLessThan(text.indexOf('Sau'));
    // Same parts, same order as the docx library's own zip.
    expect(Object.keys(unzipSync(packed))).toEqual(Object.keys(unzipSync(await toBuffer(document))));
    await expect(packWithLongTables(document, [longTable({ columns, rows })])).rejects.toThrow('placeholder');
  });

  it('zips with correct sizes and checksums', async () => {
    const big = Buffer.from('<w:t>Đại biểu</w:t>'.repeat(50_000));
    const zip = await zipParts([
      ['word/document.xml', big],
      ['[Content_Types].xml', Buffer.from('<Types/>')],
    ]);
    const files = unzipSync(zip);
    expect(Buffer.from(files['word/document.xml']!).equals(big)).toBe(true);
    expect(Buffer.from(files['[Content_Types].xml']!).toString()).toBe('<Types/>');
  });
});

describe('check-in QR codes as 1-bit PNGs', () => {
  it('draws exactly the modules of the code, 6 px each, with a one-module quiet zone', () => {
    const code = 'TKHN1-12-D-345';
    const png = qrPng(code);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const side = png.readUInt32BE(16);
    expect([png[24], png[25]]).toEqual([1, 0]);
    const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' });
    expect(side).toBe((modules.size + 2) * 6);
    const idat = png.indexOf('IDAT');
    const pixels = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const rowBytes = 1 + Math.ceil(side / 8);
    const dark = (x: number, y: number) =>
      ((pixels[y * rowBytes + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1) === 0;
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const row = Math.floor(y / 6) - 1;
        const col = Math.floor(x / 6) - 1;
        const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
        expect(dark(x, y)).toBe(inside && modules.get(row, col) === 1);
      }
    }
  });
});

describe('the award list through the long table', () => {
  it.skipIf(!hasLibreOffice)(
    'opens in LibreOffice with the expected rows, the header row on every page and escaped names',
    async () => {
      const { db } = freshDb();
      const { conferenceId } = seedDemo(db);
      const data = loadPackData(db, conferenceId, options());
      // Text from an older database or an import: markup characters and a control character.
      data.awards[0] = { ...data.awards[0]!, recipientName: 'Công ty A&B <XD>\u0001 "Số 1"' };
      const parts = buildAwardLists(data, 60);
      const inFirst = splitGroups(awardGroups(data.awards), 60)[0]!.flatMap((g) =>
        g.kinds.flatMap((k) => k.entries.map((e) => e.recipientName)),
      );
      expect(parts.length).toBeGreaterThan(1);
      const first = await parts[0]!.toBuffer();
      const { document } = await readDocx(first);
      expectWellFormed(document);
      // Entry rows are the ones numbered in the first column (header, group and kind rows are not).
      const entryRows = [...document.matchAll(/<w:tr>(.*?)<\/w:tr>/gu)].filter((m) =>
        /^<w:trPr><w:cantSplit\/><\/w:trPr><w:tc>.*?<w:t xml:space="preserve">\d+<\/w:t>/u.test(m[1]!),
      );
      expect(entryRows).toHaveLength(60);

      const pdf = convertToPdf(first, tempDir(), 'khen-thuong');
      expect(pdf.pages).toBeGreaterThan(1);
      const pages = Array.from({ length: pdf.pages }, (_, i) => pdf.pageText(i + 1).replace(/\s+/gu, ' '));
      // The header row, repeated on every page (its long titles wrap, so the short ones are looked for).
      for (const page of pages) expect(page).toMatch(/STT.*Chức vụ, đơn vị/u);
      const text = pages.join(' ');
      expect(text).toContain('Công ty A&B <XD> "Số 1"');
      // Every entry of the part is printed (names short enough not to wrap inside their cell).
      const short = inFirst.filter((name) => name.length <= 26 && !name.includes('<'));
      expect(short.length).toBeGreaterThan(30);
      for (const name of short) expect(text).toContain(name);
    },
    180_000,
  );
  if (!hasLibreOffice) it.skip(libreOfficeSkipReason, () => {});
});
