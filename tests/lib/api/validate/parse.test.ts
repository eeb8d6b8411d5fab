// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRequestText, stringEnd } from '../../../../src/lib/api/validate/parse';
import { expectDiagnostic, message, rangeOf, requestText, rulesOf, validate, withRule } from './helpers';

const syntaxErrors = (text: string) => validate(text).diagnostics.filter((d) => d.rule === 'json-syntax');

/** The first json-syntax error must underline `token` (its nth occurrence) and say `says`. */
function expectFirstSyntaxError(text: string, token: string, says: RegExp, nth = 0) {
  const report = validate(text);
  expect(report.ok).toBe(false);
  expect(report.body).toBeUndefined();
  expect(report.request).toBeUndefined();
  const [first] = syntaxErrors(text);
  expect(first).toMatchObject({ severity: 'error', pointer: '', ...rangeOf(text, token, nth) });
  expect(first.serverCode).toBeUndefined();
  expect(first.message).toMatch(says);
}

describe('JSON syntax errors, with their position', () => {
  it('missing comma: underlines the token where the comma belongs', () => {
    expectFirstSyntaxError('{"GroupId": "g" "MsgList": []}', '"MsgList"', /Expected "," between/);
  });

  it('unterminated string: underlines from the opening quote to the end', () => {
    const text = '{"GroupId": "g, "MsgList": []}';
    const report = validate(text);
    const first = syntaxErrors(text).find((d) => /Unterminated string/.test(d.message));
    expect(first).toBeDefined();
    expect(report.ok).toBe(false);
    // The string opened at "g, runs to the next quote, then the scanner finds no closing quote for the last one.
    expect(first!.offset + first!.length).toBeLessThanOrEqual(text.length);
    const unclosed = '{"GroupId": "g';
    const r2 = syntaxErrors(unclosed);
    expect(r2[0]).toMatchObject({ ...rangeOf(unclosed, '"g'), severity: 'error' });
    expect(r2[0].message).toMatch(/add the closing double quote/);
  });

  it('single quotes: says to use double quotes, at the quoted key', () => {
    expectFirstSyntaxError("{'GroupId': 'g'}", "'GroupId'", /double quotes \("\), not single quotes/);
  });

  it('NaN and Infinity are not JSON', () => {
    expectFirstSyntaxError('{"GroupId": "g", "Random": NaN}', 'NaN', /NaN is not JSON: write a number/);
    expectFirstSyntaxError('{"GroupId": "g", "Random": Infinity}', 'Infinity', /Infinity is not JSON/);
    const minus = '{"Random": -Infinity}';
    const found = syntaxErrors(minus).find((d) => /Infinity is not JSON/.test(d.message));
    expect(found).toMatchObject(rangeOf(minus, 'Infinity'));
    expectFirstSyntaxError('{"Random": undefined}', 'undefined', /undefined is not JSON/);
  });

  it('trailing garbage after the object', () => {
    expectFirstSyntaxError('{"GroupId": "g"} xyz', 'xyz', /Unexpected "xyz"/);
    expectFirstSyntaxError('{"GroupId": "g"} {}', '{', /exactly one JSON object/, 1);
  });

  it('bad escapes and raw control characters inside strings', () => {
    expectFirstSyntaxError('{"GroupId": "a\\qb"}', '"a\\qb"', /Invalid escape/);
    expectFirstSyntaxError('{"GroupId": "\\u12"}', '"\\u12"', /exactly four hex digits/);
    expectFirstSyntaxError('{"GroupId": "a\tb"}', '"a\tb"', /escape it as \\t or \\n/);
  });

  it('missing colon, missing value, unclosed containers', () => {
    expectFirstSyntaxError('{"GroupId" "g"}', '"g"', /Expected ":"/);
    expectFirstSyntaxError('{"GroupId": }', '}', /Expected a value/);
    const open = '{"MsgList": [1, 2';
    expect(syntaxErrors(open).map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/close the array/)]),
    );
  });

  it('an unterminated block comment is an error', () => {
    const text = '{"GroupId": "g"} /* open';
    expect(syntaxErrors(text)[0]).toMatchObject({ ...rangeOf(text, '/* open') });
    expect(syntaxErrors(text)[0].message).toMatch(/close it with \*\//);
  });

  it('reports at most ten syntax errors', () => {
    const keys = Array.from({ length: 15 }, (_, i) => `"k${i}": ${i}`);
    const text = `{${keys.join(' ')}}`; // 14 missing commas
    expect(syntaxErrors(text)).toHaveLength(10);
    expect(syntaxErrors(text)[0]).toMatchObject(rangeOf(text, '"k1"'));
  });

  it('empty or blank text: json-empty covering the whole text', () => {
    for (const text of ['', '  \n\t ']) {
      const report = validate(text);
      expect(report.diagnostics).toEqual([
        expect.objectContaining({ rule: 'json-empty', severity: 'error', offset: 0, length: text.length }),
      ]);
      expect(report.diagnostics[0].message).toMatch(/paste a request/);
    }
  });

  it('absurdly deep nesting: json-nesting at the first bracket past 256 levels, no exception', () => {
    for (const text of [
      '['.repeat(100_000), // broken: the lenient path
      '['.repeat(100_000) + ']'.repeat(100_000), // valid JSON: the fast path
      '// note\n' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), // JSONC
    ]) {
      const report = validate(text);
      expect(report.ok).toBe(false);
      expect(report.diagnostics).toEqual([
        expect.objectContaining({ rule: 'json-nesting', severity: 'error', length: 1 }),
      ]);
      const { offset } = report.diagnostics[0];
      expect(text.slice(0, offset + 1).split(/[[{]/).length - 1).toBe(257);
      expect(report.diagnostics[0].message).toMatch(/deeper than 256 levels.*Check the brackets/);
    }
  });

  it('nesting up to 256 levels is read (an unknown field may hold it) and checked as usual', () => {
    const deep = '['.repeat(250) + ']'.repeat(250);
    const text = requestText([message()]).replace('{', `{"Deep": ${deep},`);
    const report = validate(text);
    expect(rulesOf(report)).toEqual(['group-id-type-hint', 'unknown-key']);
  });
});

describe('comments and trailing commas: accepted with a warning, removed from body', () => {
  const seedLike = `{
  // the group
  "GroupId": "@TGS#2C5SZEAEF", /* block
  comment */
  "MsgList": [
    {"From_Account": "a", "SendTime": 1600000000, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "// not a comment"},}],},
  ],
}`;

  it('warns on each comment with its exact range', () => {
    const report = validate(seedLike);
    const comments = withRule(report, 'json-comment');
    expect(comments).toHaveLength(2);
    expect(comments[0]).toMatchObject({
      severity: 'warning',
      pointer: '',
      ...rangeOf(seedLike, '// the group'),
    });
    expect(comments[1]).toMatchObject(rangeOf(seedLike, '/* block\n  comment */'));
    expect(comments[0].message).toMatch(/Remove them/);
  });

  it('warns on each trailing comma with a range of exactly the comma', () => {
    const report = validate(seedLike);
    const commas = withRule(report, 'json-trailing-comma');
    const expected = [
      seedLike.indexOf('},}') + 1,
      seedLike.indexOf('}],}') + 2,
      seedLike.indexOf('},\n  ],') + 1,
      seedLike.indexOf('],\n}') + 1,
    ];
    expect(commas.map((d) => [d.offset, d.length, d.severity])).toEqual(
      expected.map((o) => [o, 1, 'warning']),
    );
    for (const d of commas) expect(seedLike[d.offset]).toBe(',');
    expect(commas[0].message).toMatch(/remove it here too/);
  });

  it('body has no comments nor trailing commas, parses with JSON.parse, and keeps strings intact', () => {
    const report = validate(seedLike);
    expect(report.ok).toBe(true);
    expect(report.body).not.toMatch(/\/\/ the group|block|,\s*[}\]]/);
    const parsed = JSON.parse(report.body!);
    expect(parsed.MsgList[0].MsgBody[0].MsgContent.Text).toBe('// not a comment');
    expect(report.request?.GroupId).toBe('@TGS#2C5SZEAEF');
  });

  it('a comma before a comment before the bracket is still trailing', () => {
    const text = '{"GroupId": "g", // last\n}';
    const [comma] = withRule(validate(text), 'json-trailing-comma');
    expect(comma).toMatchObject({ offset: text.indexOf(', //'), length: 1 });
  });

  it('strict JSON takes the fast path: body is the text itself, no warnings', () => {
    const text = requestText([message()]);
    const parsed = parseRequestText(text);
    expect(parsed.body).toBe(text);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('duplicate keys: a warning at the repeated key', () => {
  it('at the top level', () => {
    const text = '{"GroupId": "a", "GroupId": "b", "MsgList": []}';
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'json-duplicate-key',
      severity: 'warning',
      pointer: '/GroupId',
      token: '"GroupId"',
      nth: 1,
      says: [/appears twice/, /keep only the last one/, /Remove one/],
    });
    expect((report.value as { GroupId: string }).GroupId).toBe('b');
  });

  it('inside a message, with the message pointer', () => {
    const text = requestText([message()]).replace(
      '"SendTime": 1600000000',
      '"SendTime": 1, "SendTime": 1600000000',
    );
    expectDiagnostic(text, validate(text), {
      rule: 'json-duplicate-key',
      severity: 'warning',
      pointer: '/MsgList/0/SendTime',
      token: '"SendTime"',
      nth: 1,
    });
  });

  it('the same key in sibling objects is no duplicate; a quote and colon inside a string neither', () => {
    const text = requestText([
      message({ MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'say "GroupId": "x"' } }] }),
      message({ SendTime: 1600000001 }),
    ]);
    const report = validate(text);
    expect(withRule(report, 'json-duplicate-key')).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('three times: two warnings, at the second and third', () => {
    const text = '{"a": 1, "a": 2, "a": 3}';
    const dups = withRule(validate(text), 'json-duplicate-key');
    expect(dups.map((d) => d.offset)).toEqual([
      rangeOf(text, '"a"', 1).offset,
      rangeOf(text, '"a"', 2).offset,
    ]);
  });
});

describe('stringEnd', () => {
  it('skips escaped quotes, not escaped backslashes', () => {
    expect(stringEnd('"a\\"b" x', 0)).toBe(6);
    expect(stringEnd('"a\\\\" x', 0)).toBe(5);
    expect(stringEnd('"never closed', 0)).toBe(13);
  });
});

describe('a byte-order mark', () => {
  it('at the start: accepted with a json-bom warning, left out of the body, offsets unchanged', () => {
    const plain = requestText([message({ Extra: 1 })]);
    const text = `\ufeff${plain}`;
    const report = validate(text);
    expect(report.ok).toBe(true);
    expect(report.body).toBe(plain);
    expectDiagnostic(text, report, {
      rule: 'json-bom',
      severity: 'warning',
      pointer: '',
      token: '\ufeff',
      says: [/byte-order mark \(U\+FEFF\)/, /removes it before sending/, /Remove it here too/],
    });
    // Every other diagnostic stands where it stood, one character later.
    const [unknown] = withRule(report, 'unknown-key');
    expect(text.slice(unknown.offset, unknown.offset + unknown.length)).toBe('"Extra"');
  });

  it('with comments (the lenient path): still stripped, warned once, and the body parses', () => {
    const text = `\ufeff// note\n${requestText([message()])}`;
    const report = validate(text);
    expect(report.ok).toBe(true);
    expect(withRule(report, 'json-bom')).toHaveLength(1);
    expect(report.body?.charCodeAt(0)).not.toBe(0xfeff);
    expect(JSON.parse(report.body!)).toEqual(report.value);
  });

  it('elsewhere, or a second one: a syntax error that names the invisible character', () => {
    const text = `{"GroupId": \ufeff"g", "MsgList": []}`;
    const [error] = withRule(validate(text), 'json-syntax');
    expect(error).toMatchObject(rangeOf(text, '\ufeff'));
    expect(error.message).toMatch(/Unexpected U\+FEFF \(byte-order mark\): this is not JSON/);
    expect(error.message).not.toContain('\ufeff');
    const twice = `\ufeff\ufeff${requestText([message()])}`;
    expect(withRule(validate(twice), 'json-syntax')[0]).toMatchObject({ offset: 1, length: 1 });
  });

  it('names other invisible characters too', () => {
    const text = `{"GroupId":\u00a0"g"}`;
    expect(withRule(validate(text), 'json-syntax')[0].message).toMatch(/U\+00A0 \(no-break space\)/);
  });

  it('alone: the request is empty', () => {
    expect(rulesOf(validate('\ufeff'))).toEqual(['json-empty']);
  });
});
