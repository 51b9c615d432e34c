/**
 * Text turned upside down (rotated 180°): the far half of a folded desk card, read from the other side of the
 * table. Word's text directions only turn text a quarter turn, and LibreOffice draws a rotated text box's text
 * upright (its text frames cannot turn: tried with DrawingML wps:wsp `rot="10800000"`, flips, groups and VML
 * text boxes). What both Word and LibreOffice turn is WordArt: a VML plain-text shape (`#_x0000_t136`, the kind
 * Word's own watermarks are) with `rotation:180`. Each line is one such shape, sized to the line's natural
 * width in Times New Roman so the text is not stretched, the lines stacked in reverse order: together they are
 * the face below the fold turned half a turn.
 */
import { AlignmentType, BuilderElement, LineRuleType, Paragraph, Run, createVmlShape, uniqueId } from 'docx';
import { font } from './document.ts';
import { textWidthTwips } from './textWidth.ts';

export interface TurnedLine {
  text: string;
  sizePt: number;
  bold?: boolean;
  /** Space between this line and the one above it once turned the right way up, in points. */
  spaceBeforePt?: number;
}

/** The upright line's height (Times New Roman's ascent and descent, as Word and LibreOffice set a line). */
const lineHeight = (sizePt: number) => sizePt * 1.15;

// Ink extents of Times New Roman in thousandths of an em above (+) and below (-) the baseline.
const capTop = 662;
const ascenderTop = 683;
const xTop = 450;
const descender = -217;
/** How much each stacked Vietnamese mark above (huyền, sắc, hỏi, ngã, mũ, trăng) adds to a letter's height. */
const markAbove = 200;
const dotBelow = -200;

/**
 * How far the ink of `text` reaches above and below the baseline, in ems. WordArt stretches the ink of its
 * string to fill its shape, so the shape must be exactly as tall as the ink or the letters come out stretched.
 */
export function inkExtent(text: string): { top: number; bottom: number } {
  let top = 0;
  let bottom = 0;
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0]!;
    const marks = [...cluster.slice(1)];
    let letterTop = /[A-ZĐ0-9]/u.test(base)
      ? capTop
      : /[bdfhklđ]/u.test(base)
        ? ascenderTop
        : /[it]/u.test(base) && marks.length === 0
          ? 640
          : /\p{Ll}/u.test(base)
            ? xTop
            : /[-–.,:; ]/u.test(base)
              ? 0
              : capTop;
    let letterBottom = /[gjpqy]/u.test(base) ? descender : /[,;]/u.test(base) ? -140 : 0;
    for (const mark of marks) {
      if (mark === '\u0323') letterBottom = Math.min(letterBottom, dotBelow);
      else if (mark !== '\u031B') letterTop += markAbove;
    }
    top = Math.max(top, letterTop);
    bottom = Math.min(bottom, letterBottom);
  }
  return { top: top / 1000, bottom: bottom / 1000 };
}

const attribute = (key: string, value: string) => ({ key, value });
const round = (pt: number): number => Math.round(pt * 100) / 100;

/** The plain-text WordArt shape type, as Word writes it (the formulas and handles are Word's own). */
function wordArtType(): BuilderElement {
  return new BuilderElement({
    name: 'v:shapetype',
    attributes: {
      id: attribute('id', '_x0000_t136'),
      coordsize: attribute('coordsize', '21600,21600'),
      spt: attribute('o:spt', '136'),
      adj: attribute('adj', '10800'),
      path: attribute('path', 'm@7,l@8,m@5,21600l@6,21600e'),
    },
    children: [
      new BuilderElement({
        name: 'v:formulas',
        children: [
          'sum #0 0 10800',
          'prod #0 2 1',
          'sum 21600 0 @1',
          'sum 0 0 @2',
          'sum 21600 0 @3',
          'if @0 @3 0',
          'if @0 21600 @1',
          'if @0 0 @2',
          'if @0 @4 21600',
          'mid @5 @6',
          'mid @8 @5',
          'mid @7 @8',
          'mid @6 @7',
          'sum @6 0 @5',
        ].map((eqn) => new BuilderElement({ name: 'v:f', attributes: { eqn: attribute('eqn', eqn) } })),
      }),
      new BuilderElement({
        name: 'v:path',
        attributes: {
          ok: attribute('textpathok', 't'),
          type: attribute('o:connecttype', 'custom'),
          locs: attribute('o:connectlocs', '@9,0;@10,10800;@11,21600;@12,10800'),
          angles: attribute('o:connectangles', '270,180,90,0'),
        },
      }),
      new BuilderElement({
        name: 'v:textpath',
        attributes: { on: attribute('on', 't'), fit: attribute('fitshape', 't') },
      }),
      new BuilderElement({
        name: 'o:lock',
        attributes: {
          ext: attribute('v:ext', 'edit'),
          text: attribute('text', 't'),
          type: attribute('shapetype', 't'),
        },
      }),
    ],
  });
}

/** A run holding one line of text as WordArt turned 180°. */
class TurnedRun extends Run {
  constructor(line: TurnedLine) {
    super({});
    const width = textWidthTwips(line.text, line.sizePt, line.bold) / 20;
    const ink = inkExtent(line.text);
    const height = (ink.top - ink.bottom) * line.sizePt;
    const style = [`font-family:"${font}"`, `font-size:${line.sizePt}pt`];
    if (line.bold) style.push('font-weight:bold');
    this.root.push(
      new BuilderElement({
        name: 'w:pict',
        children: [
          wordArtType(),
          createVmlShape({
            id: `TurnedLine${uniqueId()}`,
            type: '#_x0000_t136',
            style: {
              width: `${round(width)}pt`,
              height: `${round(height)}pt`,
              rotation: 180,
            },
            allowInCell: true,
            alt: line.text,
            fillColor: '#000000',
            stroked: false,
            children: [
              new BuilderElement({
                name: 'v:textpath',
                attributes: {
                  style: attribute('style', style.join(';')),
                  text: attribute('string', line.text),
                },
              }),
            ],
          }),
        ],
      }),
    );
  }
}

/**
 * The lines, turned 180° as a block: the last line comes first (it is the top one once the page is turned),
 * each centred, with the spacing of the upright lines mirrored.
 */
export function upsideDown(lines: TurnedLine[]): Paragraph[] {
  return lines
    .map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          // Turned, the space that stood above a line stands below it.
          spacing: {
            before: 0,
            after: Math.round((line.spaceBeforePt ?? 0) * 20),
            line: Math.round(lineHeight(line.sizePt) * 20),
            lineRule: LineRuleType.AT_LEAST,
          },
          children: [new TurnedRun(line)],
        }),
    )
    .reverse();
}
