import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeCheckinCode, parseCheckinCode, type CheckinCode } from '../../../shared/checkinCode.ts';

const codes = fc.record({
  conferenceId: fc.integer({ min: 1, max: 1_000_000 }),
  kind: fc.constantFrom('member' as const, 'delegate' as const),
  id: fc.integer({ min: 1, max: 10_000_000 }),
});

describe('check-in codes', () => {
  it('read back what they encode, typed in lower case or with stray spaces too', () => {
    expect(encodeCheckinCode({ conferenceId: 12, kind: 'member', id: 3 })).toMatch(/^TKHN:12:M:3:\d$/u);
    fc.assert(
      fc.property(codes, (code: CheckinCode) => {
        const text = encodeCheckinCode(code);
        expect(parseCheckinCode(text)).toEqual(code);
        expect(parseCheckinCode(` ${text.toLowerCase()} `)).toEqual(code);
      }),
    );
  });

  it('refuse any single mistyped digit and any swap of neighbouring digits', () => {
    fc.assert(
      fc.property(codes, fc.nat(), fc.integer({ min: 1, max: 9 }), (code, at, delta) => {
        const text = encodeCheckinCode(code);
        const digits = [...text].flatMap((ch, i) => (/\d/u.test(ch) ? [i] : []));
        const i = digits[at % digits.length]!;
        const wrong = text.slice(0, i) + String((Number(text[i]) + delta) % 10) + text.slice(i + 1);
        const parsed = parseCheckinCode(wrong);
        // A changed digit either breaks the form (a leading zero) or fails the check; it never reads as another code.
        expect(parsed).toBeNull();
      }),
    );
    const text = encodeCheckinCode({ conferenceId: 12, kind: 'delegate', id: 345 });
    expect(parseCheckinCode(text.replace('345', '354'))).toBeNull();
    expect(parseCheckinCode(text.replace(':12:', ':21:'))).toBeNull();
  });

  it('refuse what is not a code of this app', () => {
    for (const text of [
      '',
      'TKHN',
      'TKHN:0:M:3:0',
      'TKHN:1:X:3:0',
      'TKHN:01:M:3:0',
      'https://example.com',
      'TKHN:1:M:3',
    ]) {
      expect(parseCheckinCode(text)).toBeNull();
    }
    expect(() => encodeCheckinCode({ conferenceId: 0, kind: 'member', id: 1 })).toThrow(RangeError);
  });
});
