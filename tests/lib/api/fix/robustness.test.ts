// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixAll, fixesFor, noFixReasons, splitIntoCalls } from '../../../../src/lib/api/fix';
import { requestCase } from './arbitraries';
import { honestyProblems, NOW, seededRandom, validate } from './helpers';

/** Characters that matter to JSON, JSONC and the fixes, plus binary-ish ones. */
const interesting = fc.constantFrom(
  ...'{}[],:"\'/*\\ \n\r\t0123456789.-eE@#_'.split(''),
  'true',
  'null',
  '"SendTime"',
  '"Sendtime"',
  '"MsgList"',
  '"Random"',
  '"Download_Flag"',
  '1620808101000',
  '// c\n',
  '/* c */',
  '\u0000',
  '\ud800',
  '\u{1f600}',
  '\ufeff',
);

function everyEntryPoint(text: string) {
  const context = { now: NOW };
  const fixes = fixesFor(text, context, { random: seededRandom() });
  noFixReasons(text, context);
  splitIntoCalls(text);
  const result = fixAll(text, context, { random: seededRandom() });
  return { fixes, result };
}

describe('never throws, never hangs', () => {
  it('on arbitrary text; text that does not parse is left as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: interesting, maxLength: 80 }), (text) => {
        const { fixes, result } = everyEntryPoint(text);
        if (validate(text).value === undefined) {
          expect(fixes).toEqual([]);
          expect(result.text).toBe(text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on damaged realistic requests, where every fix offered is still honest', () => {
    const damage = fc.array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 4 }),
        insert: fc.string({ unit: interesting, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(requestCase(), damage, ({ text, context }, edits) => {
        let damaged = text;
        for (const { at, remove, insert } of edits) {
          const i = at % (damaged.length + 1);
          damaged = damaged.slice(0, i) + insert + damaged.slice(i + remove);
        }
        const fixes = fixesFor(damaged, context, { random: seededRandom() });
        expect(fixes.flatMap((fix) => honestyProblems(damaged, fix, context))).toEqual([]);
        const result = fixAll(damaged, context, { random: seededRandom() });
        expect(fixAll(result.text, context, { random: seededRandom(3) }).text).toBe(result.text);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  const DEPTH = 100_000;
  const message = (inner: string) =>
    `{"GroupId": "g1", "MsgList": [{"From_Account": "a", "SendTime": 1620808101, "MsgBody": [{"MsgType": "TIMCustomElem", "MsgContent": {"Data": "x", ${inner}}}]}]}`;

  it.each([
    ['arrays as the request', '['.repeat(DEPTH) + ']'.repeat(DEPTH)],
    ['objects as the request', '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH)],
    ['arrays inside a message', message(`"Desc": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`)],
    ['near-miss keys all the way down', message(`"Dsec": ${'{"Dsec": '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`)],
    ['unclosed nesting with comments', '/* c */ ' + '[{"a": '.repeat(DEPTH)],
  ])(
    '%s, 100,000 levels deep',
    (_name, text) => {
      const started = performance.now();
      const { result } = everyEntryPoint(text);
      expect(typeof result.text).toBe('string');
      expect(performance.now() - started).toBeLessThan(20_000);
    },
    60_000,
  );

  it('10 MB of junk', () => {
    let state = 12345;
    const junk = Array.from({ length: 10 * 1024 * 1024 }, () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return '{}[]," :/*\\ntrue0a'[state % 20];
    }).join('');
    const started = performance.now();
    const { fixes, result } = everyEntryPoint(junk);
    expect(fixes).toEqual([]);
    expect(result.text).toBe(junk);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('a request with 20,000 comment lines: one fix each, all removed by fixAll', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  // note ${i}`).join('\n');
    const text = `{\n${lines}\n  "GroupId": "g1",\n  "MsgList": [{"From_Account": "a", "SendTime": 1620808101, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}]\n}`;
    const started = performance.now();
    expect(fixesFor(text, { now: NOW })).toHaveLength(20_000);
    const result = fixAll(text, { now: NOW });
    expect(result.applied).toHaveLength(20_000);
    expect(result.text).toBe(text.replace(`${lines}\n`, ''));
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  // 5,000, not more: the validator's own "did you mean" for each unknown key is what takes the time here.
  it('an object with 5,000 repeated keys and 5,000 misspelt ones', () => {
    const members = Array.from({ length: 5_000 }, (_, i) => `"k${i}": 1, "k${i}": 2, "GroupID${i}": 3`).join(
      ', ',
    );
    const text = `{${members}, "GroupId": "g1", "MsgList": []}`;
    const started = performance.now();
    const result = fixAll(text, { now: NOW });
    expect(JSON.parse(result.text)).toEqual(JSON.parse(text));
    expect(result.text.length).toBeLessThan(text.length);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
