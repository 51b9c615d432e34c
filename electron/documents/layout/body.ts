/** Body paragraphs: justified, first-line indent, 6 pt after — all from the body style, nothing per run but emphasis. */
import { Paragraph, TextRun } from 'docx';
import { styleIds } from './document.ts';

export type Run = string | { text: string; bold?: boolean; italics?: boolean };

export function body(...runs: Run[]): Paragraph {
  return new Paragraph({
    style: styleIds.body,
    children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : new TextRun(r))),
  });
}

/** "Tới dự: …", "Thời gian: …": the label in bold, the value as written. */
export function labelled(label: string, value: string): Paragraph {
  return body({ text: `${label} `, bold: true }, value);
}
