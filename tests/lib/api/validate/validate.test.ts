// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateImportRequest, type ValidationReport } from '../../../../src/lib/api/validate';
import type { ValidationContext } from '../../../../src/lib/api/context';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../../../src/lib/api/facts';
import { NOW, T0, expectDiagnostic, message, messages, requestText, validate, withRule } from './helpers';

describe('validateImportRequest: the report', () => {
  it('a valid request: ok, the typed request, the value, body = text, no errors', () => {
    const text = requestText(messages(2));
    const report = validate(text);
    expect(report.ok).toBe(true);
    expect(report.body).toBe(text);
    expect(report.request).toEqual(JSON.parse(text));
    expect(report.value).toEqual(JSON.parse(text));
    expect(report.diagnostics.map((d) => d.severity)).toEqual(['info']); // the @TGS#2 type hint
  });

  it('a schema error: no request, but the value and body are there', () => {
    const text = requestText([message({ From_Account: 5 })]);
    const report = validate(text);
    expect(report.ok).toBe(false);
    expect(report.request).toBeUndefined();
    expect(report.body).toBe(text);
    expect(report.value).toEqual(JSON.parse(text));
  });

  it('a warning alone keeps ok true; an info too', () => {
    const report = validate(requestText(messages(2, () => ({ Random: 1 }))));
    expect(report.diagnostics.map((d) => d.severity).sort()).toEqual(['info', 'warning']);
    expect(report.ok).toBe(true);
  });

  it('sorts diagnostics by offset, errors before warnings at the same place', () => {
    const text = requestText([message({ SendTime: NOW + 10 }), message({ SendTime: T0, From_Account: '' })], {
      GroupId: '@TGS#_c',
      Extra: 1,
    });
    const report = validate(text, { groupType: 'Community' });
    const offsets = report.diagnostics.map((d) => d.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    const atGroupId = report.diagnostics.filter((d) => d.pointer === '/GroupId').map((d) => d.severity);
    expect(atGroupId).toEqual(['info', 'info']);
    expect(report.diagnostics.length).toBeGreaterThanOrEqual(5);
  });
});

describe('root and input', () => {
  it('non-object roots: root-type at the whole value', () => {
    for (const [text, says] of [
      ['[1, 2]', /not an array/],
      ['"hello"', /not a string/],
      ['42', /not 42/],
      ['null', /not null/],
      ['true', /not true/],
    ] as const) {
      const report = validate(text);
      expect(report.diagnostics).toHaveLength(1);
      const d = report.diagnostics[0];
      expect(d).toMatchObject({ rule: 'root-type', severity: 'error', pointer: '', offset: 0 });
      expect(d.length).toBe(text.startsWith('[') ? 1 : text.length);
      expect(d.message).toMatch(says);
      expect(d.message).toMatch(/JSON object with GroupId and MsgList/);
      expect(report.ok).toBe(false);
      expect(report.body).toBe(text);
    }
  });

  it('not a string at all: input-type, no exception', () => {
    for (const input of [undefined, null, 42, {}, ['a']]) {
      const report = validateImportRequest(input as unknown as string);
      expect(report).toEqual({
        ok: false,
        diagnostics: [
          expect.objectContaining({ rule: 'input-type', severity: 'error', offset: 0, length: 0 }),
        ],
      });
      expect(report.diagnostics[0].message).toMatch(/given as text/);
    }
  });

  it('an internal failure becomes an internal diagnostic, never an exception', () => {
    const hostile = {
      get now(): number {
        throw new Error('clock exploded');
      },
    } as unknown as ValidationContext;
    const report = validateImportRequest('{"GroupId": "g"}', hostile);
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: 'internal', severity: 'error', pointer: '', offset: 0, length: 1 }),
    ]);
    expect(report.diagnostics[0].message).toMatch(/clock exploded/);
    expect(report.diagnostics[0].message).toMatch(/Your text is untouched/);
    expect(validateImportRequest('', hostile).diagnostics[0]).toMatchObject({ rule: 'internal', length: 0 });
  });
});

describe('context', () => {
  it('defaults: the clock for now, 8,000 bytes per message', () => {
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(8000);
    const future = Math.floor(Date.now() / 1000) + 3600;
    const report = validateImportRequest(requestText([message({ SendTime: future })]));
    expect(withRule(report, 'send-time-future')).toHaveLength(1);
    const big = requestText([
      message({ MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(8001) } }] }),
    ]);
    expect(withRule(validateImportRequest(big), 'message-size')).toHaveLength(1);
    expect(withRule(validateImportRequest(big, { maxMessageBytes: NaN }), 'message-size')).toHaveLength(1);
  });

  it('the same text under different contexts', () => {
    const text = requestText([message({ SendTime: T0 })]);
    const reports: ValidationReport[] = [
      validate(text),
      validate(text, { now: T0 }),
      validate(text, { groupCreateTime: T0 + 1 }),
      validate(text, { latestMsgTime: T0 }),
    ];
    expect(reports.map((r) => r.ok)).toEqual([true, false, false, false]);
  });
});

describe('placement', () => {
  it('pointers to keys and values in a JSONC text with comments everywhere', () => {
    const text = `// import
{
  "GroupId": /* the group */ "@TGS#aX",
  "MsgList": [ // messages
    { "From_Account": "", "SendTime": /* ms? */ 1620808101000, "MsgBody": [
      { "MsgType": /* typo */ "TIMTxtElem", "MsgContent": { "Text": "x" } }
    ] }
  ]
}`;
    const report = validate(text, { groupType: 'AVChatRoom' });
    expectDiagnostic(text, report, {
      rule: 'group-type-avchatroom',
      severity: 'error',
      pointer: '/GroupId',
      token: '"@TGS#aX"',
      serverCode: 10007,
    });
    expectDiagnostic(text, report, {
      rule: 'from-account-empty',
      severity: 'error',
      pointer: '/MsgList/0/From_Account',
      token: '""',
    });
    expectDiagnostic(text, report, {
      rule: 'send-time-milliseconds',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: '1620808101000',
      serverCode: 10004,
    });
    expectDiagnostic(text, report, {
      rule: 'msg-type-unknown',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgType',
      token: '"TIMTxtElem"',
      serverCode: 10004,
      says: [/TIMTextElem/],
    });
    expect(withRule(report, 'json-comment')).toHaveLength(5);
  });

  it('a repeated key: the diagnostic underlines the occurrence JSON.parse kept', () => {
    const text = requestText([message()]).replace(
      '"SendTime": 1600000000',
      '"SendTime": 1, "SendTime": 1620808101000',
    );
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'send-time-milliseconds',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: '1620808101000',
      serverCode: 10004,
    });
  });

  it('unicode before the fault: offsets are UTF-16 indices, as JavaScript strings count', () => {
    const text = requestText([message({ From_Account: '\u{1f600}\u4e2d'.repeat(3), SendTime: 'now' })]);
    expectDiagnostic(text, validate(text), {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: '"now"',
      serverCode: 10004,
    });
  });
});
