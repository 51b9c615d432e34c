/**
 * The pre-Unicode Vietnamese encodings still found in provinces' spreadsheets: TCVN3 (ABC; fonts `.VnTime`,
 * `.VnArial`…, capitals from `.VnTimeH`-style fonts) and VNI-Windows (fonts `VNI-Times`…). A spreadsheet stores
 * such text as Windows-1252 characters; these functions turn it into Unicode (NFC). Detection goes per cell:
 * the font name first, then whether the decoded text reads as Vietnamese syllables better than the original.
 */

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

/** TCVN3 bytes 0x80–0xFF → Unicode, as glibc's TCVN5712-1 charmap gives them (0xAD is ư, not a soft hyphen). */
const tcvn3High =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';

/** Windows-1252's characters in 0x80–0x9F, so text that went through that code page maps back to its bytes. */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The byte a character stood for in a legacy font, or null when the character is not a single-byte one. */
function toByte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  const index = cp1252High.indexOf(ch);
  return index >= 0 ? 0x80 + index : null;
}

/** Can this text have been typed in a legacy font (every character one byte)? */
export function isSingleByteText(text: string): boolean {
  for (const ch of text) if (toByte(ch) === null) return false;
  return true;
}

/** TCVN3 → Unicode. Text whose letters are all capitals is taken as capitals (the font drew them so). */
export function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    const byte = toByte(ch);
    out += byte !== null && byte >= 0x80 ? tcvn3High[byte - 0x80]! : ch;
  }
  out = out.normalize('NFC');
  const ascii = text.replace(/[^A-Za-z]/gu, '');
  return ascii.length >= 2 && ascii === ascii.toUpperCase() ? out.toLocaleUpperCase('vi') : out;
}

const marks = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
  circumflex: '\u0302',
  breve: '\u0306',
} as const;
const toneMarks: string[] = [marks.acute, marks.grave, marks.hook, marks.tilde, marks.dot];

/** VNI-Windows letters that stand alone (đ, ư, ơ and the i/y forms with a tone). */
const vniLetters: Record<string, string> = {
  ñ: 'đ',
  Ñ: 'Đ',
  ö: 'ư',
  Ö: 'Ư',
  ô: 'ơ',
  Ô: 'Ơ',
  ò: 'ị',
  Ò: 'Ị',
  ó: 'ĩ',
  Ó: 'Ĩ',
  æ: 'ỉ',
  Æ: 'Ỉ',
  î: 'ỵ',
  Î: 'Ỵ',
};

/** VNI-Windows marks typed after a vowel, lower- and upper-case forms alike. */
const vniMarks: Record<string, string> = {};
for (const [chars, combining] of [
  ['ùÙ', marks.acute],
  ['øØ', marks.grave],
  ['ûÛ', marks.hook],
  ['õÕ', marks.tilde],
  ['ïÏ', marks.dot],
  ['âÂ', marks.circumflex],
  ['êÊ', marks.breve],
  ['áÁ', marks.circumflex + marks.acute],
  ['àÀ', marks.circumflex + marks.grave],
  ['åÅ', marks.circumflex + marks.hook],
  ['ãÃ', marks.circumflex + marks.tilde],
  ['äÄ', marks.circumflex + marks.dot],
  ['éÉ', marks.breve + marks.acute],
  ['èÈ', marks.breve + marks.grave],
  ['úÚ', marks.breve + marks.hook],
  ['üÜ', marks.breve + marks.tilde],
  ['ëË', marks.breve + marks.dot],
] as const) {
  for (const ch of chars) vniMarks[ch] = combining;
}

/** Adds VNI marks to a decoded vowel; null when the marks cannot sit on it (then it was not VNI). */
function attachMarks(letter: string, added: string): string | null {
  const decomposed = letter.normalize('NFD');
  const base = decomposed[0]!.toLowerCase();
  if (!'aeouy'.includes(base)) return null;
  const present = [...decomposed.slice(1)];
  for (const mark of added) {
    if (mark === marks.circumflex && (!'aeo'.includes(base) || present.length > 0)) return null;
    if (mark === marks.breve && (base !== 'a' || present.length > 0)) return null;
    if (toneMarks.includes(mark) && present.some((m) => toneMarks.includes(m))) return null;
    present.push(mark);
  }
  return (decomposed[0] + present.join('')).normalize('NFC');
}

/** VNI-Windows → Unicode, with the count of marks that followed no vowel (0 for real VNI text). */
export function decodeVniDetailed(text: string): { text: string; stray: number } {
  const out: string[] = [];
  let stray = 0;
  let previousIsLetter = false;
  for (const ch of text) {
    const mark = vniMarks[ch];
    const last = out.length > 0 ? out[out.length - 1]! : '';
    const withMark = mark !== undefined && previousIsLetter ? attachMarks(last, mark) : null;
    if (withMark !== null) {
      out[out.length - 1] = withMark;
      continue;
    }
    if (mark !== undefined) stray++;
    out.push(vniLetters[ch] ?? ch);
    previousIsLetter = /\p{L}/u.test(ch) && mark === undefined;
  }
  return { text: out.join('').normalize('NFC'), stray };
}

export function decodeVni(text: string): string {
  return decodeVniDetailed(text).text;
}

const onset = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
const nuclei =
  'iêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|yêu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy]';
const syllablePattern = new RegExp(`^${onset}(?:${nuclei})(?:ch|ng|nh|[cmnpt])?$`, 'u');
const tonePattern = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Is this word a well-formed Vietnamese syllable (one onset, a vowel group, one coda, at most one tone)? */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLocaleLowerCase('vi').normalize('NFD');
  if ((decomposed.match(tonePattern)?.length ?? 0) > 1) return false;
  return syllablePattern.test(decomposed.replace(tonePattern, '').normalize('NFC'));
}

const stripPunctuation = (word: string) => word.replace(/^["'(.,;:!?/-]+|["'),.;:!?/-]+$/gu, '');

/** How Vietnamese a text reads: valid syllables minus words with non-ASCII letters that are not syllables. */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const word of text.split(/\s+/u).map(stripPunctuation).filter(Boolean)) {
    if (isVietnameseSyllable(word)) score++;
    else if (/[^\x20-\x7e]/u.test(word)) score--;
  }
  return score;
}

interface Assessment {
  valid: number;
  invalid: number;
}

/** Splits on ASCII separators and digits only: both decoders leave those alone, so words line up. */
const splitWords = (text: string) => text.split(/[\s/\-.,;:()\d"'!?]+/u);
const hasVowel = (word: string) => /[aeiouy]/iu.test(word.normalize('NFD'));

/**
 * Judges a decoding on the words that could have changed: those of the original holding a non-ASCII letter.
 * Words made only of symbols ("…"), and abbreviations with no vowel ("QĐ", "HĐND"), say nothing either way.
 */
function assess(original: string[], candidate: string): Assessment {
  const decodedWords = splitWords(candidate);
  const result = { valid: 0, invalid: 0 };
  if (decodedWords.length !== original.length) return { valid: 0, invalid: original.length };
  original.forEach((word, i) => {
    const decoded = decodedWords[i]!;
    if (!/\P{ASCII}/u.test(word) || !/\p{L}/u.test(word) || !hasVowel(decoded)) return;
    if (isVietnameseSyllable(decoded)) result.valid++;
    else result.invalid++;
  });
  return result;
}

const net = (a: Assessment) => a.valid - a.invalid;
/** A decoding is believed when most changed words become syllables and it reads better than the original. */
const convincing = (a: Assessment, original: Assessment) =>
  a.valid >= 1 && a.valid >= 2 * a.invalid && net(a) > net(original);

/** What a font name says about the encoding of the text drawn with it. */
export function encodingOfFont(font: string | undefined): { encoding: TextEncoding; capitals: boolean } {
  const name = (font ?? '').trim();
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', capitals: /H$/u.test(name) };
  if (/^vni[- ]/iu.test(name)) return { encoding: 'vni', capitals: false };
  return { encoding: 'unicode', capitals: false };
}

/** Which encoding a cell's text is in, judged from its font when that names one, else from the text itself. */
export function detectEncoding(text: string, font?: string): TextEncoding {
  if (!/[\x80-\uffff]/u.test(text) || !isSingleByteText(text)) return 'unicode';
  const fromFont = encodingOfFont(font).encoding;
  if (fromFont !== 'unicode') return fromFont;
  const words = splitWords(text);
  const original = assess(words, text);
  const tcvn3 = assess(words, decodeTcvn3(text));
  const vniDecoded = decodeVniDetailed(text);
  const vni = vniDecoded.stray > 0 ? { valid: 0, invalid: words.length } : assess(words, vniDecoded.text);
  // On a tie VNI wins: every one of its marks found a vowel to sit on, which Latin-1 text rarely manages.
  if (convincing(vni, original) && net(vni) >= net(tcvn3)) return 'vni';
  if (convincing(tcvn3, original)) return 'tcvn3';
  return 'unicode';
}

/** A cell's text in Unicode NFC, and the encoding it was found in. */
export function decodeCellText(text: string, font?: string): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(text, font);
  if (encoding === 'tcvn3') {
    const decoded = decodeTcvn3(text);
    return { text: encodingOfFont(font).capitals ? decoded.toLocaleUpperCase('vi') : decoded, encoding };
  }
  if (encoding === 'vni') return { text: decodeVni(text), encoding };
  return { text: text.normalize('NFC'), encoding };
}
