// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NOW, T0, expectDiagnostic, message, requestText, validate, withRule } from './helpers';

/** The request with message `index`'s SendTime written as `raw` in the text. */
function written(raw: string, count = 2, index = 0): string {
  const msgs = Array.from({ length: count }, (_, i) => message({ SendTime: T0 + i, Random: i + 1 }));
  const text = requestText(msgs);
  const key = `"SendTime": ${T0 + index}`;
  const at = text.indexOf(key);
  return text.slice(0, at) + `"SendTime": ${raw}` + text.slice(at + key.length);
}

describe('send-time-number-form: a SendTime integer written in another form', () => {
  it.each([
    ['1.6e9', 1_600_000_000],
    ['1600000000.0', 1_600_000_000],
    ['16000000000e-1', 1_600_000_000],
    ['1.0e3', 1000],
    ['-0', 0],
    ['0.0', 0],
  ])('%s: a warning at the value naming the number to write', (raw, value) => {
    const text = written(raw);
    const report = validate(text, { now: NOW });
    expectDiagnostic(text, report, {
      rule: 'send-time-number-form',
      severity: 'warning',
      pointer: '/MsgList/0/SendTime',
      token: raw,
      after: '"SendTime"',
      says: [
        `written ${raw}`,
        `whole number ${value}`,
        /whether the service reads it as an integer is unconfirmed/,
        `Write ${value}.`,
      ],
    });
  });

  it('plain integers, non-integers and other fields are left alone', () => {
    const plain = validate(written(String(T0)), { now: NOW });
    expect(withRule(plain, 'send-time-number-form')).toEqual([]);
    const fraction = validate(written('1600000000.5'), { now: NOW });
    expect(withRule(fraction, 'send-time-number-form')).toEqual([]);
    expect(withRule(fraction, 'field-type').length + withRule(fraction, 'field-value').length).toBe(1);
    const random = requestText([message({ Random: 1 })]).replace('"Random": 1', '"Random": 1.0');
    expect(withRule(validate(random, { now: NOW }), 'send-time-number-form')).toEqual([]);
  });

  it('finds the form in JSONC text and in a key spelt with escapes', () => {
    const jsonc = written('1.6e9').replace('"SendTime": 1.6e9', '"SendTime": /* c */ 1.6e9');
    expect(withRule(validate(jsonc, { now: NOW }), 'send-time-number-form')).toHaveLength(1);
    const escaped = written('1.6e9').replace('"SendTime": 1.6e9', '"Send\\u0054ime": 1.6e9');
    expect(withRule(validate(escaped, { now: NOW }), 'send-time-number-form')).toHaveLength(1);
  });

  it('in a long list, only the oddly written one is reported', () => {
    const text = written('1600005000.00', 10_000, 5000);
    const report = validate(text, { now: NOW });
    expect(withRule(report, 'send-time-number-form').map((d) => d.pointer)).toEqual([
      '/MsgList/5000/SendTime',
    ]);
  });
});
