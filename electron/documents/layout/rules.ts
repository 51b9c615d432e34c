/** The horizontal rules of the header and the title: an empty, thin paragraph with a bottom border, indented to length. */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';

/** A rule `length` twips long, centred in a space `available` twips wide. */
export function centredRule(length: number, available: number): Paragraph {
  const side = Math.max(0, Math.round((available - length) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // A 4 pt paragraph with its bottom border: the rule sits just clear of the descenders above it
    // (a top border is drawn on the previous line's descent in LibreOffice).
    spacing: { before: 0, after: 0, line: 80, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 4 },
    children: [],
  });
}
