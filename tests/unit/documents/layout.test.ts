import { describe, expect, it } from 'vitest';
import type { DocumentParticulars } from '../../../shared/api/methods/documents.ts';
import {
  body,
  createDocument,
  dataTable,
  margins,
  numberLine,
  officialSection,
  placeDateLine,
  section,
  textWidth,
  toBuffer,
} from '../../../electron/documents/layout/index.ts';
import { convertToPdf, hasLibreOffice, libreOfficeSkipReason, readDocx, visibleText } from './support.ts';
import { tempDir } from '../support/db.ts';

const particulars: DocumentParticulars = {
  kind: 'bao_cao',
  parentBody: 'UBND tỉnh Cao Bằng',
  issuingBody: 'Ban Thi đua - Khen thưởng',
  number: '5',
  symbol: 'BC-BTĐKT',
  place: 'Cao Bằng',
  date: '2024-07-25',
  year: 2024,
  signerAuthority: 'KT. Trưởng ban',
  signerTitle: 'Phó Trưởng ban',
  signerName: 'Nông Thị Hà',
  recipients: ['Ban Thi đua - Khen thưởng Trung ương (để báo cáo)', 'UBND tỉnh Lào Cai'],
  filingUnits: 'VT, BTĐKT',
};

const names = Array.from({ length: 90 }, (_, i) => `Đại biểu số ${i + 1}`);

async function sampleDocument(): Promise<Buffer> {
  const report = officialSection({
    particulars,
    type: 'Báo cáo',
    summary: 'Kết quả thực hiện giao ước thi đua 6 tháng đầu năm 2024',
    body: Array.from({ length: 40 }, (_, i) => body(`Đoạn văn thứ ${i + 1} của báo cáo, căn đều hai bên.`)),
  });
  const appendix = section({
    orientation: 'landscape',
    children: [
      dataTable({
        orientation: 'landscape',
        columns: [
          { title: 'STT', weight: 1, align: 'center' },
          { title: 'Họ và tên', weight: 4 },
          { title: 'Chức vụ', weight: 8 },
        ],
        rows: names.map((name, i) => [String(i + 1), name, 'Phó Chủ tịch Ủy ban nhân dân tỉnh']),
      }),
    ],
  });
  return toBuffer(createDocument({ title: 'Báo cáo', sections: [report, appendix] }));
}

const attr = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<${element} ([^>]*?)/?>`, 'gu'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1], a[2]])),
  );

describe('the NĐ 30/2020 layout', () => {
  it('words the number and the place-and-date lines as the decree does', () => {
    expect(numberLine('5', 'GM-BTĐKT')).toBe('Số: 05/GM-BTĐKT');
    expect(numberLine('112', 'BC-BTĐKT')).toBe('Số: 112/BC-BTĐKT');
    expect(numberLine('', 'GM-BTĐKT')).toMatch(/^Số: +\/GM-BTĐKT$/u);
    expect(placeDateLine('Cao Bằng', '2024-07-25', 2024)).toBe('Cao Bằng, ngày 25 tháng 7 năm 2024');
    expect(placeDateLine('Cao Bằng', '2024-02-05', 2024)).toBe('Cao Bằng, ngày 05 tháng 02 năm 2024');
    expect(placeDateLine('Cao Bằng', null, 2024)).toMatch(/^Cao Bằng, ngày +tháng +năm 2024$/u);
  });

  it('sets A4 portrait and landscape sections with the decree margins and page numbers from page 2', async () => {
    const { document, styles, headers } = await readDocx(await sampleDocument());
    const sizes = attr(document, 'w:pgSz');
    expect(sizes).toEqual([
      expect.objectContaining({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' }),
      expect.objectContaining({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' }),
    ]);
    const [portrait, landscape] = attr(document, 'w:pgMar');
    const twipsPerMm = 1440 / 25.4;
    const inMm = (v: string | undefined) => Number(v) / twipsPerMm;
    expect(inMm(portrait!['w:top'])).toBeGreaterThanOrEqual(20);
    expect(inMm(portrait!['w:top'])).toBeLessThanOrEqual(25.05);
    expect(inMm(portrait!['w:bottom'])).toBeGreaterThanOrEqual(20);
    expect(inMm(portrait!['w:left'])).toBeGreaterThanOrEqual(30);
    expect(inMm(portrait!['w:left'])).toBeLessThanOrEqual(35.05);
    expect(inMm(portrait!['w:right'])).toBeGreaterThanOrEqual(15);
    expect(inMm(portrait!['w:right'])).toBeLessThanOrEqual(20.05);
    // Landscape pages turn their top to the binding edge.
    expect(inMm(landscape!['w:top'])).toBeGreaterThanOrEqual(30);
    expect(Number(landscape!['w:top'])).toBe(margins.landscape.top);
    expect((document.match(/<w:titlePg\/>/gu) ?? []).length).toBe(2);
    expect(headers.some((h) => /PAGE/u.test(h))).toBe(true);

    // The font is set once, in the default styles, never on a run.
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman"/su);
    expect(document).not.toMatch(/<w:rFonts/u);
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="28"\/>/su);
    expect(styles).toMatch(/w:styleId="ThuKyBody".*?<w:jc w:val="both"\/>/su);
    expect(styles).toMatch(/w:styleId="ThuKyBody".*?<w:ind w:firstLine="720"\/>/su);
    expect(styles).toMatch(/w:styleId="ThuKyBody".*?w:after="120"/su);
  });

  it('draws the header without borders and the list with fixed widths and a repeated header row', async () => {
    const { document } = await readDocx(await sampleDocument());
    const tables = document.split('<w:tbl>').slice(1);
    const header = tables[0]!;
    expect(header).toMatch(/<w:tblLayout w:type="fixed"\/>/u);
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/su.exec(header)![1]!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(borders).toMatch(new RegExp(`<w:${side} w:val="(none|nil)"`, 'u'));
    }
    const headerText = visibleText(header);
    for (const text of [
      'UBND TỈNH CAO BẰNG',
      'BAN THI ĐUA - KHEN THƯỞNG',
      'Số: 05/BC-BTĐKT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cao Bằng, ngày 25 tháng 7 năm 2024',
    ]) {
      expect(headerText).toContain(text);
    }

    const list = tables.find((t) => t.includes('Họ và tên'))!;
    const grid = attr(list, 'w:gridCol').map((c) => Number(c['w:w']));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth('landscape'));
    expect(list).toMatch(/<w:tblLayout w:type="fixed"\/>/u);
    expect((list.match(/<w:tblHeader\/>/gu) ?? []).length).toBe(1);
    expect((list.match(/<w:cantSplit\/>/gu) ?? []).length).toBe(names.length + 1);

    const text = visibleText(document);
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- UBND tỉnh Lào Cai;');
    expect(text).toContain('- Lưu: VT, BTĐKT.');
    expect(text).toMatch(/KT\. TRƯỞNG BAN\s*PHÓ TRƯỞNG BAN[\s\S]*Nông Thị Hà/u);
  });

  it.skipIf(!hasLibreOffice)(
    'opens in LibreOffice: numbered pages, landscape appendix, header row on every page',
    async () => {
      const pdf = convertToPdf(await sampleDocument(), tempDir(), 'layout');
      expect(pdf.pages).toBeGreaterThanOrEqual(4);
      expect(pdf.sizeOf(1)).toEqual({ width: 595, height: 842 });
      expect(pdf.sizeOf(pdf.pages)).toEqual({ width: 842, height: 595 });
      // The first page carries no number; the second starts with "2" in its top margin.
      expect(pdf.pageText(1).trim().split('\n')[0]).toContain('UBND TỈNH CAO BẰNG');
      expect(pdf.pageText(2).trim().split('\n')[0]!.trim()).toBe('2');
      const last = pdf.pageText(pdf.pages);
      expect(last).toContain('Họ và tên');
      expect(last).toContain('Đại biểu số 90');
    },
  );
  if (!hasLibreOffice) it.skip(libreOfficeSkipReason, () => {});
});
