import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decodeCellText,
  decodeTcvn3,
  decodeVni,
  detectEncoding,
  isVietnameseSyllable,
} from '../../shared/text/legacyEncodings.ts';

// The shared corpus sits beside the checkout (../shared in CI, /work/shared here).
const encodingsDir = fileURLToPath(new URL('../../../shared/corpus/encodings/', import.meta.url));
const haveCorpus = existsSync(encodingsDir);

/** Bytes as a spreadsheet cell holds them: each byte a Windows-1252 character. */
const asCell = (hex: string) => new TextDecoder('windows-1252').decode(Buffer.from(hex, 'hex'));

interface Vector {
  encoding: string;
  hex: string;
  expected: string;
}

function vectors(): Vector[] {
  const lines = readFileSync(`${encodingsDir}tcvn3_vni_vectors.tsv`, 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [encoding, , hex, expected] = line.split('\t');
    return { encoding: encoding!, hex: hex!, expected: expected! };
  });
}

describe.skipIf(!haveCorpus)('legacy encodings against the shared corpus', () => {
  it('decodes every TCVN3 and VNI vector exactly, with the right decoder and by detection', () => {
    const all = vectors();
    expect(all.length).toBe(32);
    for (const { encoding, hex, expected } of all) {
      const cell = asCell(hex);
      const decoded = encoding === 'tcvn3' ? decodeTcvn3(cell) : decodeVni(cell);
      expect(decoded, `${encoding} ${hex}`).toBe(expected);
      expect(detectEncoding(cell), `detect ${expected}`).toBe(encoding);
      expect(decodeCellText(cell).text).toBe(expected);
    }
  });

  it('agrees with glibc TCVN5712-1 on every byte from 0x80 (0xAD is ư, never a soft hyphen)', () => {
    const charmap = readFileSync(`${encodingsDir}glibc_TCVN5712-1.charmap`, 'utf8');
    let checked = 0;
    for (const match of charmap.matchAll(/^<U([0-9A-F]{4})> +\/x([89a-f][0-9a-f]) /gmu)) {
      const expected = String.fromCodePoint(parseInt(match[1]!, 16));
      const byte = String.fromCharCode(parseInt(match[2]!, 16));
      // Lower-case context so the all-capitals rule does not apply.
      expect(decodeTcvn3(`a${byte}`).normalize('NFD'), match[2]).toBe(`a${expected}`.normalize('NFD'));
      checked++;
    }
    expect(checked).toBe(128);
    expect(decodeTcvn3('\u00ad')).toBe('ư');
  });
});

describe('legacy encoding detection', () => {
  it('leaves Unicode Vietnamese alone, even when every letter is also a Latin-1 letter', () => {
    for (const text of [
      'Bà Lê Thu Hà',
      'Cà Mau',
      'Lê Tú',
      'Ông Trần Du',
      'Công ty ABC®',
      'Hà Nội',
      'UBND tỉnh',
    ]) {
      expect(detectEncoding(text), text).toBe('unicode');
      expect(decodeCellText(text).text).toBe(text);
    }
    expect(decodeCellText('Hà Thị Nga'.normalize('NFD')).text).toBe('Hà Thị Nga');
  });

  it('trusts the font first: .VnTime is TCVN3, .VnTimeH draws capitals, VNI-Times is VNI', () => {
    expect(decodeCellText('Bé tr\u00adëng', '.VnTime')).toEqual({ text: 'Bộ trưởng', encoding: 'tcvn3' });
    expect(decodeCellText('®ång chÝ', '.VnTimeH').text).toBe('ĐỒNG CHÍ');
    expect(decodeCellText('danh s¸ch', '.VnArialH').text).toBe('DANH SÁCH');
    expect(decodeCellText('Nguyeãn Vaên A', 'VNI-Times')).toEqual({ text: 'Nguyễn Văn A', encoding: 'vni' });
  });

  it('tells a Vietnamese syllable from a garbled one', () => {
    expect(isVietnameseSyllable('nghiêng')).toBe(true);
    expect(isVietnameseSyllable('Trường')).toBe(true);
    expect(isVietnameseSyllable('hoµ')).toBe(false);
    expect(isVietnameseSyllable('cöù')).toBe(false);
  });
});
