/**
 * Bảng tên folds into a tent: both halves carry the name and the titles, the upper half turned 180° so it reads
 * right from the other side. Checked in the XML, and in LibreOffice's PDF: one A4 landscape page per delegate,
 * with ink on both sides of the fold.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { carded } from '../../../electron/documents/pack/nameCards.ts';
import { loadPackData } from '../../../electron/documents/pack/data.ts';
import { inkExtent } from '../../../electron/documents/layout/turned.ts';
import { attrs, built, demoPack, options } from './packSupport.ts';
import { convertToPdf, hasLibreOffice, libreOfficeSkipReason, visibleText } from './support.ts';

/** The turned lines of one card: the WordArt shapes' text and style, in document order. */
function turnedLines(xml: string) {
  return [
    ...xml.matchAll(/<v:shape [^>]*style="([^"]*)"[^>]*>.*?<v:textpath style="([^"]*)" string="([^"]*)"/gsu),
  ].map((m) => ({ shape: m[1]!, font: m[2]!, text: m[3]! }));
}

/** Dark pixels above and below the fold of one page, from a greyscale rendering (binary PGM). */
function inkAboveAndBelowFold(pdf: string, page: number): { above: number; below: number } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '20', '-f', String(page), '-l', String(page), pdf]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  let above = 0;
  let below = 0;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (pixels[y * width + x]! >= 128) continue;
      if (y < height / 2 - 2) above += 1;
      else if (y > height / 2 + 2) below += 1;
    }
  }
  return { above, below };
}

describe('bảng tên: a tent card, readable from both sides', () => {
  it('prints the name and titles on both halves, the upper half turned 180°, on A4 landscape', async () => {
    const { db, conferenceId } = await demoPack();
    const { document } = (await built(db, conferenceId, 'bang_ten')).parts[0]!;
    for (const size of attrs(document, 'w:pgSz')) {
      expect(size).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' });
    }
    const cards = document.split('<w:sectPr>').slice(0, -1);
    const people = carded(loadPackData(db, conferenceId, options()));
    expect(cards).toHaveLength(people.length);
    cards.forEach((card, index) => {
      const person = people[index]!;
      const [upper, lower] = card.split('</w:tr>');
      const turned = turnedLines(upper!);
      // Turned as a block: the last title comes first, the name last, next to the fold.
      expect(turned.map((l) => l.text)).toEqual(
        [...person.positionLines.slice(0, 3)].reverse().concat(person.fullName),
      );
      for (const line of turned) {
        expect(line.shape).toMatch(/rotation:180(;|$)/u);
        expect(line.font).toContain('font-family:&quot;Times New Roman&quot;');
      }
      expect(turned.at(-1)!.font).toContain('font-weight:bold');
      expect(turned[0]!.font).not.toContain('font-weight:bold');
      expect(upper).toContain('w:val="dashed"');
      expect(visibleText(upper!)).not.toContain(person.fullName);
      const upright = visibleText(lower!);
      expect(upright).toContain(person.fullName);
      for (const title of person.positionLines.slice(0, 3)) expect(upright).toContain(title);
    });
  });

  it('sizes each turned line to its ink, so WordArt does not stretch the letters', () => {
    expect(inkExtent('ana mono')).toEqual({ top: 0.45, bottom: 0 });
    expect(inkExtent('Nga').bottom).toBeCloseTo(-0.217);
    // Ủ: a capital with the hook above; ị: the dot below.
    expect(inkExtent('Ủy').top).toBeCloseTo(0.862);
    expect(inkExtent('Thị').bottom).toBeCloseTo(-0.2);
    // ễ: circumflex and tilde stacked.
    expect(inkExtent('Tiễn').top).toBeCloseTo(0.85);
  });

  it.skipIf(!hasLibreOffice)(
    'LibreOffice prints one A4 landscape page per delegate, with the name on both sides of the fold',
    async () => {
      const { db, conferenceId, dir } = await demoPack();
      const [file] = (await built(db, conferenceId, 'bang_ten')).files;
      const pdf = convertToPdf(file!.data, dir, 'bang-ten');
      const people = carded(loadPackData(db, conferenceId, options()));
      expect(pdf.pages).toBe(people.length);
      for (let page = 1; page <= pdf.pages; page += 1) {
        expect(pdf.sizeOf(page)).toEqual({ width: 842, height: 595 });
        expect(pdf.pageText(page)).toContain(people[page - 1]!.fullName);
        const { above, below } = inkAboveAndBelowFold(pdf.file, page);
        // The turned half holds as much ink as the upright one, give or take LibreOffice not emboldening WordArt.
        expect(above).toBeGreaterThan(below * 0.4);
        expect(above).toBeLessThan(below * 2);
      }
    },
    120_000,
  );
  if (!hasLibreOffice) it.skip(libreOfficeSkipReason, () => {});
});
