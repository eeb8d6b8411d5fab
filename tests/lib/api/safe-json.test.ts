// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonProblemMessage } from '../../../src/lib/api/messages';
import {
  MAX_JSON_DEPTH,
  describeCharacter,
  excessiveNestingAt,
  readJson,
  type JsonProblemId,
} from '../../../src/lib/api/safe-json';

function problemOf(text: unknown, options?: Parameters<typeof readJson>[1]) {
  const read = readJson(text, options);
  if (read.ok) throw new Error(`expected a problem, read ${JSON.stringify(read.value)}`);
  return read.problem;
}

describe('readJson: values', () => {
  it('reads strict JSON as JSON.parse does', () => {
    const text = '{"a": [1, 2.5e3, "x\\u00e9", true, null], "b": {"c": -0}}';
    const read = readJson(text);
    expect(read).toMatchObject({ ok: true, bom: false, comments: 0, trailingCommas: 0, keys: 3, depth: 2 });
    expect(read.ok && read.value).toEqual(JSON.parse(text));
  });

  it('keeps __proto__ as an own key, never as the prototype', () => {
    const read = readJson('{"__proto__": {"ActionStatus": "OK", "polluted": true}}');
    expect(read.ok).toBe(true);
    const value = (read.ok ? read.value : {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(value.ActionStatus).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The lenient path (comments) goes through the same native parser.
    const lenient = readJson('// note\n{"__proto__": {"ActionStatus": "OK"},}', { lenient: true });
    expect(lenient.ok && Object.keys(lenient.value as object)).toEqual(['__proto__']);
    expect(lenient.ok && (lenient.value as Record<string, unknown>).ActionStatus).toBeUndefined();
  });

  it('skips a leading byte-order mark and says so', () => {
    const read = readJson('\ufeff{"a": 1}');
    expect(read).toMatchObject({ ok: true, bom: true, value: { a: 1 }, body: '{"a": 1}' });
    // Only the leading one: a second is a named, visible problem.
    expect(problemOf('\ufeff\ufeff{}')).toMatchObject({ id: 'unexpected-character', offset: 1 });
  });

  it('accepts comments and trailing commas only when lenient, and counts them', () => {
    const text = '/* c */ {"a": [1, 2,], // d\n "b": 2,}';
    expect(problemOf(text)).toMatchObject({ id: 'comment', offset: 0 });
    const read = readJson(text, { lenient: true });
    expect(read).toMatchObject({ ok: true, comments: 2, trailingCommas: 2, value: { a: [1, 2], b: 2 } });
    expect(read.ok && JSON.parse(read.body)).toEqual({ a: [1, 2], b: 2 });
    expect(problemOf('[1, 2,]')).toMatchObject({ id: 'trailing-comma', offset: 5 });
  });

  it('counts object members, so a repeated key shows', () => {
    expect(readJson('{"a": 1, "a": 2}')).toMatchObject({ ok: true, keys: 1, value: { a: 2 } });
  });
});

describe('readJson: problems with their place', () => {
  const cases: [string, JsonProblemId, number, RegExp][] = [
    ['{"a": OK}', 'unexpected-character', 6, /Unexpected "O" at line 1, column 7/],
    ['{\n"a": 0\n"b": 1}', 'expected-comma-or-close', 9, /Expected "," or "}" at line 3, column 1/],
    ['[1 2]', 'expected-comma-or-close', 3, /"," or "]"/],
    ['{"a" 1}', 'expected-colon', 5, /Expected ":"/],
    ['{"a": }', 'expected-value', 6, /Expected a value/],
    ['{a: 1}', 'expected-property-name', 1, /property name in double quotes/],
    ["{'a': 1}", 'single-quotes', 1, /double quotes/],
    ['{"a": NaN}', 'not-json-literal', 6, /NaN is not JSON/],
    ['[-Infinity]', 'not-json-literal', 1, /-Infinity is not JSON/],
    ['[undefined]', 'not-json-literal', 1, /undefined is not JSON/],
    ['[01]', 'invalid-number', 1, /Invalid number "01"/],
    ['[1.]', 'invalid-number', 1, /trailing dot/],
    ['[+1]', 'unexpected-character', 1, /"\+"/],
    ['[0x1F]', 'invalid-number', 1, /hex/],
    ['["abc', 'unterminated-string', 1, /closing double quote/],
    ['["a\\qb"]', 'invalid-escape', 3, /Invalid escape at line 1, column 4/],
    ['["\\u12"]', 'invalid-unicode-escape', 2, /four hex digits/],
    ['["a\tb"]', 'control-character', 3, /U\+0009 \(invisible\)/],
    ['{"a": [1, 2}', 'expected-comma-or-close', 11, /"," or "]"/],
    ['{"a": [1', 'unexpected-end', 8, /"\]" is missing/],
    ['{} x', 'trailing-text', 3, /only one value/],
    ['[1] /* open', 'unterminated-comment', 4, /close it with \*\//],
    ['\u00a0{}', 'unexpected-character', 0, /U\+00A0 \(no-break space\).*Delete that character/],
    ['{"a": \u201cx\u201d}', 'unexpected-character', 6, /U\+201C \(curly double quote\)/],
    ['[1,]', 'trailing-comma', 2, /Trailing comma/],
    ['/', 'unexpected-character', 0, /"\/"/],
  ];

  it.each(cases)('%j: %s at %d', (text, id, offset, says) => {
    const problem = problemOf(text);
    expect(problem).toMatchObject({ id, offset });
    expect(jsonProblemMessage(problem)).toMatch(says);
  });

  it('says the text is empty, or not text', () => {
    expect(problemOf('')).toMatchObject({ id: 'empty' });
    expect(problemOf(' \n\t\r')).toMatchObject({ id: 'empty' });
    expect(problemOf('\ufeff ')).toMatchObject({ id: 'empty' });
    expect(problemOf(undefined)).toMatchObject({ id: 'not-text' });
    expect(jsonProblemMessage(problemOf(42))).toMatch(/not text/);
  });

  it('refuses text over maxChars, counted in UTF-16 units, before reading it', () => {
    expect(readJson('"abcd"', { maxChars: 6 }).ok).toBe(true);
    expect(problemOf('\ufeff"abcde"', { maxChars: 6 })).toMatchObject({
      id: 'too-long',
      chars: 7,
      maxChars: 6,
    });
    expect(jsonProblemMessage(problemOf('"红红红红红"', { maxChars: 6 }))).toMatch(
      /7 characters, over the limit of 6/,
    );
  });
});

describe('readJson: nesting', () => {
  it('accepts MAX_JSON_DEPTH levels and refuses one more, where it starts', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(readJson(deep(MAX_JSON_DEPTH))).toMatchObject({ ok: true, depth: MAX_JSON_DEPTH });
    expect(problemOf(deep(MAX_JSON_DEPTH + 1))).toMatchObject({ id: 'too-deep', offset: MAX_JSON_DEPTH });
    expect(problemOf('{"a": [[[1]]]}', { maxDepth: 3 })).toMatchObject({ id: 'too-deep', offset: 8 });
  });

  it('reads 100,000 levels (valid or broken, objects or arrays) without overflowing the stack', () => {
    const n = 100_000;
    for (const text of [
      '['.repeat(n) + ']'.repeat(n),
      '['.repeat(n),
      '{"a":'.repeat(n) + '1' + '}'.repeat(n),
      '{"a":'.repeat(n) + '1',
      '// c\n' + '['.repeat(n) + ']'.repeat(n),
    ]) {
      const problem = problemOf(text, { lenient: true });
      expect(problem.id).toBe('too-deep');
      expect(jsonProblemMessage(problem)).toMatch(/deeper than 256 levels/);
    }
  });

  it('excessiveNestingAt skips strings and comments and ignores other problems', () => {
    expect(excessiveNestingAt('["[[[[", [[x', 2)).toBe(10);
    expect(excessiveNestingAt('// [[[[\n[ /* [[[ */ [1]]', 2)).toBe(-1);
    expect(excessiveNestingAt('[]]]][[', 2)).toBe(-1);
    expect(excessiveNestingAt('"\\"[[["[[[', 2)).toBe(9);
  });
});

describe('readJson on any input', () => {
  it('agrees with JSON.parse on strict JSON and never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.string({ unit: 'binary' })), (text) => {
        let expected: { value: unknown } | undefined;
        try {
          expected = { value: JSON.parse(text) };
        } catch {
          expected = undefined;
        }
        const read = readJson(text);
        if (expected === undefined) {
          if (read.ok) expect(text.charCodeAt(0)).toBe(0xfeff); // JSON.parse refuses a BOM, readJson skips it
          if (!read.ok) expect(jsonProblemMessage(read.problem).length).toBeGreaterThan(10);
        } else if (read.ok) expect(read.value).toEqual(expected.value);
        else expect(read.problem.id).toBe('too-deep');
      }),
      { numRuns: 500 },
    );
  });

  it('places every problem inside the text, on the line and column of its offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[],:"\\ \n/*1aex-.\ufeff\'') }), (text) => {
        const read = readJson(text, { lenient: true });
        if (read.ok) return;
        const { offset, line, column } = read.problem;
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        const before = text.slice(0, offset).split('\n');
        expect(line).toBe(before.length);
        expect(column).toBe(before[before.length - 1].length + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('lenient reading removes exactly the comments and trailing commas', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const strict = JSON.stringify(value, null, 1);
        const noisy = `/* a */${strict.replace(/\n/g, ' // x\n')}`;
        const read = readJson(noisy, { lenient: true });
        expect(read.ok && read.value).toEqual(JSON.parse(strict));
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeCharacter', () => {
  it('quotes printable ASCII and names invisible or look-alike characters', () => {
    expect(describeCharacter('x')).toBe('"x"');
    expect(describeCharacter('\ufeff')).toBe('U+FEFF (byte-order mark)');
    expect(describeCharacter('\u200b')).toBe('U+200B (zero-width space)');
    expect(describeCharacter('\u0007')).toBe('U+0007 (invisible)');
    expect(describeCharacter(' ')).toBe('U+0020 (invisible)');
    expect(describeCharacter('红')).toBe('U+7EA2 "红"');
    expect(describeCharacter('🧧')).toBe('U+1F9E7 "🧧"');
  });
});
