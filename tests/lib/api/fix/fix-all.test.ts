// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyTextEdits, fixAll, fixesFor, noFixReasons, planFixes } from '../../../../src/lib/api/fix';
import type { ValidationContext } from '../../../../src/lib/api/context';
import { honestyProblems, NOW, seededRandom, validate } from './helpers';

const T = 1_600_000_000;
const body = '[{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]';
const errorRules = (text: string) =>
  validate(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.rule)
    .sort();

/** A request with one of almost every fixable mistake, in the layout people paste. */
const MESSY = `// exported from the old system
{
  "GroupId": "g1",
  "GroupId": "@TGS#2C5SZEAEF", // the real one
  "MsgList": [
    {
      "From_Account": "leckie",
      "SendTime": ${(T + 60) * 1000}, // ms!
      "Random": "8912345",
      "MsgBody": [{ "MsgType": "TIMFaceElem", "MsgContent": { "Index": "6", "Data": "smile", } }],
    },
    {
      "From_Account": "peter",
      "SendTime": ${T},
      "Ramdom": 42,
      "MsgBody": [
        { "MsgType": "TIMFileElem", "MsgContent": { "Url": "https://e.com/f.pdf", "UUID": "f", "Download_Flag": 0 } }
      ]
    },
  ],
}`;

describe('fixAll', () => {
  it('fixes every kind at once, in passes, and leaves strict JSON with no error', () => {
    const result = fixAll(MESSY, { now: NOW }, { random: () => 0.5 });
    expect(result.text).toBe(`{
  "GroupId": "@TGS#2C5SZEAEF",
  "MsgList": [
    {
      "From_Account": "peter",
      "SendTime": ${T},
      "Random": 42,
      "MsgBody": [
        { "MsgType": "TIMFileElem", "MsgContent": { "Url": "https://e.com/f.pdf", "UUID": "f", "Download_Flag": 2 } }
      ]
    },
    {
      "From_Account": "leckie",
      "SendTime": ${T + 60},
      "Random": 2147483648,
      "MsgBody": [{ "MsgType": "TIMFaceElem", "MsgContent": { "Index": 6, "Data": "smile" } }]
    }
  ]
}`);
    // Left: the notes no fix can settle (TIMFileElem is undocumented for import; the ID's prefix hints Public).
    expect(validate(result.text).diagnostics.map((d) => d.rule)).toEqual([
      'group-id-type-hint',
      'msg-type-undocumented',
    ]);
    expect(new Set(result.applied.map((a) => a.rule))).toEqual(
      new Set([
        'json-comment',
        'json-trailing-comma',
        'json-duplicate-key',
        'send-time-milliseconds', // converted and sorted in one fix
        'field-type',
        'field-value',
        'unknown-key',
      ]),
    );
  });

  it('running it again changes nothing', () => {
    const once = fixAll(MESSY, { now: NOW }, { random: seededRandom() }).text;
    expect(fixAll(once, { now: NOW }, { random: seededRandom(2) })).toEqual({ text: once, applied: [] });
  });

  it('every fix offered on the messy request is honest on its own', () => {
    const fixes = fixesFor(MESSY, { now: NOW }, { random: seededRandom() });
    expect(fixes.length).toBeGreaterThan(8);
    for (const fix of fixes) expect(honestyProblems(MESSY, fix)).toEqual([]);
  });

  it('never applies overlapping edits: comments side by side take two passes, not a broken text', () => {
    const text = `{"GroupId": "g1", /*a*/ /*b*/ /*c*/\n"MsgList": [{"From_Account": "a", "SendTime": ${T}, "MsgBody": ${body}}]}`;
    const edits = fixesFor(text, { now: NOW }).flatMap((f) => f.edits);
    expect(() => applyTextEdits(text, edits)).toThrow(RangeError);
    const result = fixAll(text, { now: NOW });
    expect(result.text).toBe(
      `{"GroupId": "g1",\n"MsgList": [{"From_Account": "a", "SendTime": ${T}, "MsgBody": ${body}}]}`,
    );
    expect(result.applied).toHaveLength(3);
  });

  it('fixes honest alone but not together are applied one at a time', () => {
    // Each renamed SendTime fits alone; both together would be out of order with each other.
    const text = `{"GroupId": "g1", "MsgList": [{"From_Account": "a", "sendtime": ${T + 5}, "MsgBody": ${body}}, {"From_Account": "a", "sendtime": ${T}, "MsgBody": ${body}}]}`;
    expect(fixesFor(text, { now: NOW }).map((f) => f.pointer)).toEqual([
      '/MsgList/0/sendtime',
      '/MsgList/1/sendtime',
    ]);
    const result = fixAll(text, { now: NOW });
    expect(result.text).toBe(text.replace('"sendtime"', '"SendTime"'));
    expect(result.applied).toEqual([{ rule: 'unknown-key', pointer: '/MsgList/0/sendtime' }]);
    expect(errorRules(result.text)).toEqual(['field-required']);
    expect(noFixReasons(result.text, { now: NOW })).toMatchObject([
      { reasonParams: { rule: 'send-time-order' } },
    ]);
  });

  it('leaves what it cannot fix, and says nothing applied', () => {
    const text = `{"GroupId": "g1", "MsgList": [{"From_Account": "", "SendTime": ${T}, "MsgBody": ${body}}]}`;
    expect(fixAll(text, { now: NOW })).toEqual({ text, applied: [] });
  });

  it('one clock reading for every pass: a SendTime one second before "now" stays fine throughout', () => {
    const text = `{"GroupId": "g1", "MsgList": [{"From_Account": "a", "SendTime": ${(NOW - 1) * 1000}, "MsgBody": ${body}}]}`;
    expect(fixAll(text, { now: NOW }).text).toBe(text.replace(String((NOW - 1) * 1000), String(NOW - 1)));
  });
});

describe('entry points never throw', () => {
  it.each([
    ['not a string', 42 as unknown as string],
    ['empty', ''],
    ['syntax error', '{"GroupId": "g1", "MsgList": [}'],
    ['a bare value', '"text"'],
    ['an array', '[{"GroupId": "g1"}]'],
  ])('%s: no fixes, text unchanged', (_name, text) => {
    expect(fixesFor(text)).toEqual([]);
    expect(noFixReasons(text)).toEqual([]);
    expect(fixAll(text)).toEqual({ text, applied: [] });
  });

  it('takes a missing or odd context and options', () => {
    const text = `{"GroupId": "g1", "MsgList": [{"From_Account": "a", "SendTime": ${T}, "Random": -1, "MsgBody": ${body}}]}`;
    for (const context of [undefined, null, {}, { now: Number.NaN, maxMessageBytes: Infinity }])
      expect(fixesFor(text, context as unknown as ValidationContext).map((f) => f.rule)).toEqual([
        'field-range',
      ]);
    const throwing = () => {
      throw new Error('no entropy');
    };
    expect(fixesFor(text, { now: NOW }, { random: throwing })).toEqual([]);
    expect(fixesFor(text, { now: NOW }, null as never).map((f) => f.rule)).toEqual(['field-range']);
  });

  it('planFixes gives the fixes, the refusals and the report from one validation', () => {
    const text = `{"GroupId": "g1", "MsgList": [{"From_Account": "a", "SendTime": ${T + 1}, "MsgBody": ${body}}, {"From_Account": "a", "SendTime": ${T + 1}, "MsgBody": ${body}}], "GroupId": "g1"}`;
    const plan = planFixes(text, { now: NOW });
    expect(plan.report.diagnostics.map((d) => d.rule).sort()).toEqual([
      'json-duplicate-key',
      'send-time-order',
    ]);
    expect(plan.fixes.map((f) => f.rule)).toEqual(['json-duplicate-key']);
    expect(plan.noFix.map((r) => r.reasonId)).toEqual(['no-fix.equal-send-times']);
  });
});
