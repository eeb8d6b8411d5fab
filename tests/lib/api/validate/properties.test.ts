// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateImportRequest, type ValidationReport } from '../../../../src/lib/api/validate';
import { SEED_REQUEST_TEXT } from '../../../../src/lib/api/seed';
import type { ValidationContext } from '../../../../src/lib/api/context';
import { GROUP_TYPES } from '../../../../src/lib/api/types';
import { NOW } from './helpers';

const RUNS = { numRuns: 200 };
const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * What every report must satisfy, whatever the input: the problems found, empty when all holds. Plain checks, not
 * one `expect` per field, keep hundreds of runs fast.
 */
function reportProblems(text: string, report: ValidationReport): string[] {
  const problems: string[] = [];
  if (!Array.isArray(report.diagnostics)) return ['diagnostics is not an array'];
  for (const d of report.diagnostics) {
    const where = `${d.rule} at ${d.offset}+${d.length}`;
    if (!SEVERITIES.has(d.severity)) problems.push(`${where}: severity ${d.severity}`);
    if (!/^[a-z][a-z0-9-]*$/.test(d.rule)) problems.push(`${where}: rule id`);
    if (typeof d.message !== 'string' || d.message.length === 0) problems.push(`${where}: empty message`);
    if (d.pointer !== '' && !d.pointer.startsWith('/')) problems.push(`${where}: pointer ${d.pointer}`);
    if (!Number.isInteger(d.offset) || !Number.isInteger(d.length)) problems.push(`${where}: not integers`);
    if (d.offset < 0 || d.length < 0 || d.offset + d.length > text.length)
      problems.push(`${where}: outside the text of length ${text.length}`);
    if (d.rule === 'internal') problems.push(`internal failure: ${d.message}`);
  }
  if (report.ok !== !report.diagnostics.some((d) => d.severity === 'error')) problems.push('ok disagrees');
  if (report.body !== undefined) {
    try {
      JSON.parse(report.body);
    } catch {
      problems.push('body is not JSON');
    }
  }
  if (report.request !== undefined && report.body === undefined) problems.push('a request without a body');
  return problems;
}

function check(text: string, context: ValidationContext = { now: NOW }): ValidationReport {
  const report = validateImportRequest(text, context); // a throw fails the property with its stack
  const problems = reportProblems(text, report);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return report;
}

/** Any UTF-16 code unit, lone surrogates and NUL included (cheaper to generate than fast-check's 'binary'). */
const utf16 = fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code));

/** Characters that matter to JSON, JSONC and the rules, plus binary-ish ones. */
const interesting = fc.constantFrom(
  ...'{}[],:"\'/*\\ \n\t0123456789.-+eEaxnulltrue@#_~'.split(''),
  '\u0000',
  '\u0001',
  '\ud800',
  '\udc00',
  '\u{1f600}',
  '\u00e9',
  '\ufeff',
);

type Edit = { at: number; remove: number; insert: string };
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 3 }),
    insert: fc.string({ unit: interesting, maxLength: 3 }),
  }),
  { minLength: 1, maxLength: 6 },
);

function applyEdits(text: string, list: Edit[]): string {
  let out = text;
  for (const { at, remove, insert } of list) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + insert + out.slice(i + remove);
  }
  return out;
}

const context: fc.Arbitrary<ValidationContext> = fc.record(
  {
    now: fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.double()),
    groupType: fc.constantFrom(...GROUP_TYPES),
    groupCreateTime: fc.oneof(fc.integer(), fc.double()),
    latestMsgTime: fc.integer({ min: 0, max: 2 ** 40 }),
    maxMessageBytes: fc.oneof(fc.integer({ min: -1, max: 20000 }), fc.double()),
  },
  { requiredKeys: [] },
);

describe('the engine never throws, and its reports hold', () => {
  it('for arbitrary strings (full unicode, lone surrogates included)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: utf16 }), fc.string({ unit: interesting })),
        (text) => {
          check(text);
        },
      ),
      RUNS,
    );
  });

  it('for any JSON text (fc.json) and any JSON value (fc.jsonValue), strict JSON giving body = text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(check(text).body).toBe(text);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        check(text);
      }),
      RUNS,
    );
  });

  it('for objects shaped like a request with arbitrary values, under any context', () => {
    const anyValue = fc.jsonValue({ maxDepth: 3 });
    const element = fc.record(
      {
        MsgType: fc.oneof(fc.constantFrom('TIMTextElem', 'TIMImageElem', 'TIMCustomElem'), anyValue),
        MsgContent: anyValue,
      },
      { requiredKeys: [] },
    );
    const msg = fc.record(
      {
        From_Account: anyValue,
        SendTime: fc.oneof(fc.integer(), anyValue),
        Random: anyValue,
        MsgBody: fc.oneof(fc.array(element, { maxLength: 3 }), anyValue),
      },
      { requiredKeys: [] },
    );
    const request = fc.record(
      {
        GroupId: fc.oneof(fc.string(), anyValue),
        RecentContactFlag: anyValue,
        TopicId: anyValue,
        MsgList: fc.oneof(fc.array(msg, { maxLength: 9 }), anyValue),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(request, context, (value, ctx) => {
        check(JSON.stringify(value), ctx);
      }),
      RUNS,
    );
  });

  it('for the seed request with random characters inserted and deleted', () => {
    fc.assert(
      fc.property(edits, (list) => {
        check(applyEdits(SEED_REQUEST_TEXT, list));
      }),
      RUNS,
    );
  });

  it('for pathological inputs: deep nesting, 10 MB strings, NUL and lone surrogates, non-object roots', () => {
    const inputs = [
      '['.repeat(100_000),
      '['.repeat(100_000) + ']'.repeat(100_000),
      '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
      '{"GroupId":"g","MsgList":[{"From_Account":"a","SendTime":1,"MsgBody":[{"MsgType":"TIMCustomElem","MsgContent":{"Data":' +
        '['.repeat(20_000) +
        '"x"' +
        ']'.repeat(20_000) +
        '}}]}]}',
      `{"GroupId":"${'x'.repeat(10_000_000)}","MsgList":[]}`,
      `{"GroupId":"g","MsgList":[{"From_Account":"a","SendTime":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"${'\u4e2d'.repeat(5_000_000)}"}}]}]}`,
      '{"GroupId":"\u0000\ud800\udc00\udfff","MsgList":[]}',
      '{"GroupId":"\\u0000\\ud800","MsgList":[{"From_Account":"\\udfff","SendTime":1,"MsgBody":[]}]}',
      '\u0000\u0001\u0002',
      '\ufeff{"GroupId":"g"}',
      '"just a string"',
      '-0',
      '1e400',
      'null',
      '[]',
      '{}',
      '/* only a comment */',
      '// only a comment',
    ];
    for (const text of inputs) check(text);
    expect(check(inputs[4]).diagnostics.some((d) => d.rule === 'group-id-length')).toBe(true);
  });
});

describe('valid requests stay valid', () => {
  it('any request built by the rules has no error, and its request is the value', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    const element = fc.oneof(
      fc.record({
        MsgType: fc.constant('TIMTextElem'),
        MsgContent: fc.record({ Text: fc.string({ maxLength: 50 }) }),
      }),
      fc.record({
        MsgType: fc.constant('TIMLocationElem'),
        MsgContent: fc.record({
          Desc: fc.string({ maxLength: 20 }),
          Latitude: fc.double({ min: -90, max: 90, noNaN: true }),
          Longitude: fc.double({ min: -180, max: 180, noNaN: true }),
        }),
      }),
      fc.record({ MsgType: fc.constant('TIMFaceElem'), MsgContent: fc.record({ Index: fc.nat() }) }),
    );
    const request = fc.record({
      GroupId: ascii.filter((id) => id.length > 0 && id.length <= 48),
      gaps: fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 7 }),
      senders: fc.array(
        ascii.filter((id) => id.length > 0 && id.length <= 32),
        { minLength: 7, maxLength: 7 },
      ),
      bodies: fc.array(fc.array(element, { minLength: 1, maxLength: 3 }), { minLength: 7, maxLength: 7 }),
    });
    fc.assert(
      fc.property(request, ({ GroupId, gaps, senders, bodies }) => {
        let time = 1_500_000_000;
        const MsgList = gaps.map((gap, i) => ({
          From_Account: senders[i],
          SendTime: (time += gap),
          Random: i,
          MsgBody: bodies[i],
        }));
        const text = JSON.stringify({ GroupId, MsgList });
        const report = check(text);
        expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(report.request).toEqual(JSON.parse(text));
      }),
      RUNS,
    );
  });
});
