import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8ByteLength } from '../../../src/lib/api';
import { deriveGroupIds, deriveUserIds, slug } from '../../../src/lib/importers/ids';
import { repairHexEscapes } from '../../../src/lib/importers/json';
import { certainBoundary, excerpt, splitText } from '../../../src/lib/importers/text';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Text with every kind of character: ASCII, CJK, emoji with ZWJ and skin tones, combining marks, lone surrogates. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('a', ' ', '\n', 'é', 'e\u0301', '长', '👩‍👩‍👧', '👍🏽', '🇨🇳', '\ud800', '\udfff', '\u200d'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  ),
  maxLength: 400,
});

describe('splitText', () => {
  it('stays linear on a long text without a line break or space (the soft-cut search is bounded)', () => {
    const text = 'ab'.repeat(2_000_000) + ' end';
    const started = performance.now();
    const pieces = splitText(text, 100);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(pieces).toHaveLength(Math.ceil(text.length / 100));
    expect(pieces.join('')).toBe(text);
  });

  it('gives pieces within the budget whose concatenation is the text, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 4, max: 80 }), (text, budget) => {
        const pieces = splitText(text, budget);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(utf8ByteLength(piece)).toBeLessThanOrEqual(budget);
          if (text !== '') expect(piece.length).toBeGreaterThan(0);
        }
        let at = 0;
        for (const piece of pieces.slice(0, -1)) {
          at += piece.length;
          expect(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a grapheme whole when it fits: an emoji family is never split across messages', () => {
    const family = '👩‍👩‍👧'; // 18 bytes
    const pieces = splitText(`${'x'.repeat(10)}${family}${'y'.repeat(10)}`, 24);
    expect(pieces.some((p) => p.includes(family))).toBe(true);
    expect(splitText('line one\nline two\nline three', 20)).toEqual(['line one\nline two\n', 'line three']);
  });
});

describe('certainBoundary', () => {
  it('never claims a boundary beside any code point that the segmenter joins to a letter', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const wrong: string[] = [];
    // SARA AM (Lo but a spacing mark) and a Tulu-Tigalari prepend letter are the cases a category test misses.
    const extra = [0x0e33, 0x0eb3, 0x113d1, 0x1f3fb, 0x1f1e8, 0xe0020];
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) extra.push(cp);
    for (const cp of extra) {
      const c = String.fromCodePoint(cp);
      for (const [text, at] of [
        [`a${c}`, 1],
        [`${c}a`, c.length],
      ] as const) {
        if (!certainBoundary(text, at)) continue;
        const seen = [...segmenter.segment(text)].some((s) => s.index === at);
        if (!seen) wrong.push(`U+${cp.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('never claims a boundary that Intl.Segmenter does not see', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const scripts = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          'a',
          '\r',
          '\n',
          'é',
          'e\u0301',
          'ก',
          'ั',
          'क',
          '्',
          'ष',
          '한',
          'ᄀ',
          'ᅡ',
          'ᆨ',
          '\u0600',
          'ഀ',
          '\u0d4e',
          'ക',
          '👍🏽',
          '🇨🇳',
          '👩‍👩‍👧',
          '\u200d',
          '\ufe0f',
          'ﾞ',
          '\ud800',
          '\u{110BD}',
          '\u{11A84}',
          '\u{1F3FB}',
        ),
        fc.string({ unit: 'binary', maxLength: 2 }),
      ),
      maxLength: 40,
    });
    fc.assert(
      fc.property(scripts, (text) => {
        const boundaries = new Set([...segmenter.segment(text)].map((s) => s.index));
        for (let i = 1; i < text.length; i++)
          if (certainBoundary(text, i))
            expect(boundaries.has(i), `${JSON.stringify(text)} at ${i}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('excerpt', () => {
  it('is one line of at most the length and an ellipsis, never ending in half a pair', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 60 }), (text, length) => {
        const shown = excerpt(text, length);
        expect(shown).not.toMatch(/\n/);
        expect(shown.replace(/…$/, '').length).toBeLessThanOrEqual(length + 1);
        const last = shown.replace(/…$/, '');
        if (last.length > 0)
          expect(
            isHigh(last.charCodeAt(last.length - 1)) &&
              text.length > last.length &&
              isLow(text.charCodeAt(text.indexOf(last) + last.length)),
          ).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('derived ids', () => {
  const entries = fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1 }), name: anyText }), {
    selector: (e) => e.key,
    maxLength: 40,
  });
  it('UserIDs: at most 32 bytes, a safe charset, unique, stable', () => {
    fc.assert(
      fc.property(entries, fc.string({ maxLength: 20 }), (list, prefix) => {
        const ids = deriveUserIds(list, prefix, ['deleted_account']);
        const values = [...ids.values()];
        expect(new Set(values).size).toBe(list.length);
        expect(values).not.toContain('deleted_account');
        for (const id of values) expect(id).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
        expect([...deriveUserIds([...list].reverse(), prefix, ['deleted_account'])].sort()).toEqual(
          [...ids].sort(),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('GroupIds: printable ASCII, at most 48 bytes, never @TGS#, unique even for equal names', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const same = list.map((e) => ({ ...e, name: 'general' }));
        for (const ids of [deriveGroupIds(list, 'slack_'), deriveGroupIds(same, '@TGS#')]) {
          const values = [...ids.values()];
          expect(new Set(values).size).toBe(list.length);
          for (const id of values) {
            expect(id).toMatch(/^[A-Za-z0-9_-]{1,48}$/);
            expect(id.startsWith('@TGS#')).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads names as Latin letters where it can', () => {
    expect(slug('José García-López', 30)).toBe('Jose_Garcia_Lopez');
    expect(slug('李雷', 30)).toBe('');
    expect(slug('ﬁle №5', 30)).toBe('file_No5');
  });
});

describe('repairHexEscapes', () => {
  it('turns Telegram’s \\xHH escapes back into the characters, leaving everything else as it was', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value);
        const telegramStyle = json.replace(/\\u00([01][0-9a-fA-F])/g, (all, hex: string) =>
          ['0a', '0d', '09'].includes(hex.toLowerCase()) ? all : `\\x${hex.toUpperCase()}`,
        );
        expect(JSON.parse(repairHexEscapes(telegramStyle))).toEqual(JSON.parse(json));
        expect(repairHexEscapes(json)).toBe(json);
      }),
      { numRuns: 300 },
    );
    expect(repairHexEscapes('{"a":"\\\\x41","b":"\\x41"}')).toBe('{"a":"\\\\x41","b":"\\u0041"}');
  });
});
