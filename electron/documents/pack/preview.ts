/**
 * The first page of a generated .docx as HTML, read back from the document the pack writes (so the preview
 * cannot drift from the file): page size and margins, paragraph and table formatting, and where the first
 * page ends, estimated from Times metrics. Inline styles only, so it can sit inside any page.
 */
import { strFromU8, unzipSync } from 'fflate';
import { textWidthTwips } from '../layout/index.ts';
import { attr, child, elements, find, flag, numberAttr, parseXml, type XmlNode } from './xml.ts';

interface ParaStyle {
  align?: string;
  firstLine?: number;
  left?: number;
  right?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  size?: number;
  bold?: boolean;
}

type Styles = Map<string, ParaStyle>;

const escapeHtml = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const pt = (twips: number) => `${(twips / 20).toFixed(1)}pt`;

function paraProps(pPr: XmlNode | undefined, rPr: XmlNode | undefined): ParaStyle {
  const spacing = child(pPr, 'w:spacing');
  const ind = child(pPr, 'w:ind');
  const s: ParaStyle = {
    align: attr(child(pPr, 'w:jc'), 'w:val'),
    firstLine: numberAttr(ind, 'w:firstLine'),
    left: numberAttr(ind, 'w:left') ?? numberAttr(ind, 'w:start'),
    right: numberAttr(ind, 'w:right') ?? numberAttr(ind, 'w:end'),
    before: numberAttr(spacing, 'w:before'),
    after: numberAttr(spacing, 'w:after'),
    line: numberAttr(spacing, 'w:line'),
    lineRule: attr(spacing, 'w:lineRule'),
    size: numberAttr(child(rPr, 'w:sz'), 'w:val'),
    bold: flag(rPr, 'w:b'),
  };
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as ParaStyle;
}

function readStyles(xml: string): Styles {
  const root = find(parseXml(xml), 'w:styles');
  const defaults = find(root, 'w:docDefaults');
  const base = paraProps(find(defaults, 'w:pPr'), find(defaults, 'w:rPr'));
  const raw = new Map<string, { basedOn?: string; own: ParaStyle }>();
  for (const s of elements(root, 'w:style')) {
    if (attr(s, 'w:type') !== 'paragraph') continue;
    raw.set(attr(s, 'w:styleId')!, {
      basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
      own: paraProps(child(s, 'w:pPr'), child(s, 'w:rPr')),
    });
  }
  const resolve = (id: string | undefined, depth = 0): ParaStyle => {
    const s = id ? raw.get(id) : undefined;
    if (!s || depth > 10) return base;
    return { ...resolve(s.basedOn, depth + 1), ...s.own };
  };
  const styles: Styles = new Map([['', base]]);
  for (const id of raw.keys()) styles.set(id, resolve(id));
  return styles;
}

interface Page {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function pageOf(sectPr: XmlNode | undefined): Page {
  const size = child(sectPr, 'w:pgSz');
  const mar = child(sectPr, 'w:pgMar');
  return {
    width: numberAttr(size, 'w:w') ?? 11906,
    height: numberAttr(size, 'w:h') ?? 16838,
    top: numberAttr(mar, 'w:top') ?? 1134,
    right: numberAttr(mar, 'w:right') ?? 851,
    bottom: numberAttr(mar, 'w:bottom') ?? 1134,
    left: numberAttr(mar, 'w:left') ?? 1701,
  };
}

interface Rendered {
  html: string;
  /** Estimated height in twips. */
  height: number;
}

function paragraph(p: XmlNode, styles: Styles, width: number): Rendered {
  const pPr = child(p, 'w:pPr');
  const s = {
    ...styles.get(attr(child(pPr, 'w:pStyle'), 'w:val') ?? '')!,
    ...paraProps(pPr, child(pPr, 'w:rPr')),
  };
  const size = (s.size ?? 28) / 2;
  let html = '';
  let textWidth = 0;
  for (const run of elements(p, 'w:r')) {
    const rPr = child(run, 'w:rPr');
    const runSize = (numberAttr(child(rPr, 'w:sz'), 'w:val') ?? s.size ?? 28) / 2;
    const bold = flag(rPr, 'w:b') ?? s.bold ?? false;
    const italic = flag(rPr, 'w:i') ?? false;
    const highlight = attr(child(rPr, 'w:highlight'), 'w:val');
    let text = '';
    for (const part of elements(run)) {
      if (part.name === 'w:t')
        text += escapeHtml(part.children.filter((c) => typeof c === 'string').join(''));
      else if (part.name === 'w:tab') text += '&emsp;';
      else if (part.name === 'w:br') text += '<br>';
      else if (part.name === 'w:drawing') {
        const extent = find(part, 'wp:extent');
        const w = (numberAttr(extent, 'cx') ?? 0) / 635;
        const h = (numberAttr(extent, 'cy') ?? 0) / 635;
        text += `<span style="display:inline-block;width:${pt(w)};height:${pt(h)};border:1px dashed #888;background:repeating-linear-gradient(45deg,#eee 0 4px,#fff 4px 8px);vertical-align:top;font-size:8pt;color:#666;text-align:center">QR</span>`;
      }
    }
    if (!text) continue;
    textWidth += textWidthTwips(text.replace(/<[^>]+>|&\w+;/gu, 'x'), runSize, bold);
    const css = [
      bold ? 'font-weight:bold' : '',
      italic ? 'font-style:italic' : '',
      runSize !== size ? `font-size:${runSize}pt` : '',
      highlight ? `background:${highlight}` : '',
    ].filter(Boolean);
    html += css.length ? `<span style="${css.join(';')}">${text}</span>` : text;
  }
  const exact = s.lineRule === 'exact';
  const lineHeight = exact ? (s.line ?? 240) : size * 20 * 1.15 * ((s.line ?? 240) / 240);
  const available = Math.max(200, width - (s.left ?? 0) - (s.right ?? 0));
  const lines = Math.max(1, Math.ceil((textWidth + (s.firstLine ?? 0)) / available));
  const border = child(child(pPr, 'w:pBdr'), 'w:bottom');
  const align = { both: 'justify', center: 'center', right: 'right', end: 'right' }[s.align ?? ''] ?? 'left';
  const css = [
    'margin:0',
    `margin-top:${pt(s.before ?? 0)}`,
    `margin-bottom:${pt(s.after ?? 0)}`,
    `text-align:${align}`,
    s.firstLine ? `text-indent:${pt(s.firstLine)}` : '',
    s.left ? `margin-left:${pt(s.left)}` : '',
    s.right ? `margin-right:${pt(s.right)}` : '',
    `font-size:${size}pt`,
    exact
      ? `line-height:${pt(lineHeight)};height:${pt(lineHeight)};overflow:hidden`
      : `line-height:${((s.line ?? 240) / 240) * 1.15}`,
    border ? 'border-bottom:0.75pt solid #000' : '',
  ].filter(Boolean);
  return {
    html: `<p style="${css.join(';')}">${html || '&#8203;'}</p>`,
    height: (s.before ?? 0) + (s.after ?? 0) + lines * lineHeight,
  };
}

function table(tbl: XmlNode, styles: Styles, budget: number): Rendered & { complete: boolean } {
  const grid = elements(child(tbl, 'w:tblGrid'), 'w:gridCol').map((c) => numberAttr(c, 'w:w') ?? 0);
  const total = grid.reduce((a, b) => a + b, 0);
  const tblPr = child(tbl, 'w:tblPr');
  const borders = child(tblPr, 'w:tblBorders');
  const ruled = borders !== undefined && attr(child(borders, 'w:insideH'), 'w:val') === 'single';
  let html = `<table style="border-collapse:collapse;table-layout:fixed;width:${pt(total)}"><colgroup>${grid.map((w) => `<col style="width:${pt(w)}">`).join('')}</colgroup>`;
  let height = 0;
  let complete = true;
  for (const tr of elements(tbl, 'w:tr')) {
    const trHeight = child(child(tr, 'w:trPr'), 'w:trHeight');
    let rowHeight = numberAttr(trHeight, 'w:val') ?? 0;
    const exact = attr(trHeight, 'w:hRule') === 'exact';
    let cells = '';
    let column = 0;
    for (const tc of elements(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = numberAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1;
      const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0) - 114;
      column += span;
      let inner = '';
      let cellHeight = 0;
      for (const block of elements(tc)) {
        if (block.name === 'w:p') {
          const r = paragraph(block, styles, width);
          inner += r.html;
          cellHeight += r.height;
        } else if (block.name === 'w:tbl') {
          const r = table(block, styles, Number.MAX_SAFE_INTEGER);
          inner += r.html;
          cellHeight += r.height;
        }
      }
      if (!exact) rowHeight = Math.max(rowHeight, cellHeight);
      const dashed = attr(child(child(tcPr, 'w:tcBorders'), 'w:bottom'), 'w:val') === 'dashed';
      const valign = attr(child(tcPr, 'w:vAlign'), 'w:val') === 'center' ? 'middle' : 'top';
      const css = [
        'padding:0 2.8pt',
        `vertical-align:${valign}`,
        ruled ? 'border:0.5pt solid #000' : '',
        dashed ? 'border-bottom:1px dashed #808080' : '',
      ].filter(Boolean);
      cells += `<td${span > 1 ? ` colspan="${span}"` : ''} style="${css.join(';')}">${inner}</td>`;
    }
    if (height + rowHeight > budget && height > 0) {
      complete = false;
      break;
    }
    html += `<tr style="${exact ? `height:${pt(rowHeight)}` : ''}">${cells}</tr>`;
    height += rowHeight;
  }
  return { html: `${html}</table>`, height, complete };
}

export interface PreviewPage {
  orientation: 'portrait' | 'landscape';
  html: string;
}

/** The first page of `docx` as HTML: a white A4 sheet, sized in points. */
export function previewFirstPage(docx: Uint8Array): PreviewPage {
  const files = unzipSync(docx, {
    filter: (f) => f.name === 'word/document.xml' || f.name === 'word/styles.xml',
  });
  const styles = readStyles(strFromU8(files['word/styles.xml']!));
  const body = find(parseXml(strFromU8(files['word/document.xml']!)), 'w:body')!;
  const blocks = elements(body);
  const firstBreak = blocks.find((b) => b.name === 'w:p' && find(child(b, 'w:pPr'), 'w:sectPr'));
  const page = pageOf(firstBreak ? find(child(firstBreak, 'w:pPr'), 'w:sectPr') : child(body, 'w:sectPr'));
  const width = page.width - page.left - page.right;
  const room = page.height - page.top - page.bottom;
  let used = 0;
  let html = '';
  for (const block of blocks) {
    if (block.name === 'w:p') {
      const r = paragraph(block, styles, width);
      if (used + r.height > room && used > 0) break;
      html += r.html;
      used += r.height;
      if (block === firstBreak) break;
    } else if (block.name === 'w:tbl') {
      const r = table(block, styles, room - used);
      html += r.html;
      used += r.height;
      if (!r.complete) break;
    }
  }
  const sheet = [
    'box-sizing:border-box',
    'background:#fff',
    'color:#000',
    "font-family:'Times New Roman','Liberation Serif',Tinos,serif",
    `width:${pt(page.width)}`,
    `height:${pt(page.height)}`,
    `padding:${pt(page.top)} ${pt(page.right)} ${pt(page.bottom)} ${pt(page.left)}`,
    'overflow:hidden',
  ].join(';');
  return {
    orientation: page.width > page.height ? 'landscape' : 'portrait',
    html: `<div data-page="1" style="${sheet}">${html}</div>`,
  };
}
