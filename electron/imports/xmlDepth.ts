/**
 * How deeply an XML part nests, measured by one streaming pass over its bytes — no tree, no parser, no recursion —
 * so a part nested a hundred thousand levels deep (which can overflow a parser's stack or keep it busy for minutes)
 * is refused before exceljs or SheetJS read it. The pass stops as soon as the limit is passed.
 */

const lt = 0x3c;
const gt = 0x3e;
const slash = 0x2f;
const bang = 0x21;
const question = 0x3f;
const dash = 0x2d;
const bracket = 0x5b;
const closingBracket = 0x5d;
const quote = 0x22;
const apostrophe = 0x27;

/**
 * The markup of a part as single bytes. UTF-8 (the norm in .xlsx and .ods) is used as it is; UTF-16, told by its
 * byte-order mark, keeps one byte per code unit — ASCII stays itself, anything else becomes a letter, which
 * cannot be mistaken for markup.
 */
function markupBytes(data: Buffer): Uint8Array {
  const little = data.length >= 2 && data[0] === 0xff && data[1] === 0xfe;
  const big = data.length >= 2 && data[0] === 0xfe && data[1] === 0xff;
  if (!little && !big) return data;
  const units = new Uint8Array((data.length - 2) >> 1);
  for (let i = 0; i < units.length; i++) {
    const low = data[2 + 2 * i + (little ? 0 : 1)]!;
    const high = data[2 + 2 * i + (little ? 1 : 0)]!;
    units[i] = high === 0 && low < 0x80 ? low : 0x41;
  }
  return units;
}

/** Index just past the first `>` at or after `from` that ends `ending` (e.g. "-->" ends with its last two bytes). */
function after(bytes: Uint8Array, from: number, before: number[]): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] !== gt || i - before.length < from) continue;
    if (before.every((unit, k) => bytes[i - before.length + k] === unit)) return i + 1;
  }
  return -1;
}

/**
 * True when elements nest deeper than `limit`. Comments, CDATA, processing instructions and declarations are
 * skipped whole, and a `>` inside a quoted attribute value does not end its tag; a part cut short simply ends the
 * pass (the parser will call it damaged).
 */
export function nestsDeeperThan(data: Buffer, limit: number): boolean {
  const bytes = markupBytes(data);
  const n = bytes.length;
  let depth = 0;
  let i = bytes.indexOf(lt);
  while (i >= 0 && i < n) {
    const next = bytes[i + 1];
    if (next === slash) {
      depth--;
      i = after(bytes, i + 2, []);
    } else if (next === question) {
      i = after(bytes, i + 2, [question]);
    } else if (next === bang) {
      const third = bytes[i + 2];
      if (third === dash) i = after(bytes, i + 4, [dash, dash]);
      else if (third === bracket) i = after(bytes, i + 3, [closingBracket, closingBracket]);
      else i = after(bytes, i + 2, []);
    } else {
      let inQuote = 0;
      let j = i + 1;
      for (; j < n; j++) {
        const unit = bytes[j];
        if (inQuote) {
          if (unit === inQuote) inQuote = 0;
        } else if (unit === quote || unit === apostrophe) inQuote = unit;
        else if (unit === gt) break;
      }
      if (j >= n) return false;
      if (bytes[j - 1] !== slash && ++depth > limit) return true;
      i = j + 1;
    }
    if (i < 0) return false;
    while (i < n && bytes[i] !== lt) i++;
  }
  return false;
}
