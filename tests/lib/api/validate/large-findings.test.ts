// @vitest-environment node
// Over ~120,000 findings, `push(...findings)` overflowed the stack and every diagnostic collapsed into one
// 'internal' one. These sizes are the ones that broke it.
import { describe, expect, it } from 'vitest';
import { NOW, T0, validate, withRule } from './helpers';

/** A compact request text of `count` messages (pretty-printing 130,000 of them only costs time). */
function compactRequest(count: number, message: (i: number) => Record<string, unknown>): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(JSON.stringify(message(i)));
  return `{"GroupId":"@TGS#2C5SZEAEF","MsgList":[${parts.join(',')}]}`;
}

const text = (i: number) => ({ MsgType: 'TIMTextElem', MsgContent: { Text: `m${i}` } });

describe('validateImportRequest with very many findings', { timeout: 60_000 }, () => {
  it('125,000 messages in descending SendTime: every out-of-order message is reported', () => {
    const count = 125_000;
    const request = compactRequest(count, (i) => ({
      From_Account: 'a',
      SendTime: T0 + count - i,
      MsgBody: [text(i)],
    }));
    const started = performance.now();
    const report = validate(request, { now: NOW });
    const elapsed = performance.now() - started;
    expect(withRule(report, 'internal')).toEqual([]);
    const order = withRule(report, 'send-time-order');
    expect(order).toHaveLength(count - 1);
    expect(order[0].pointer).toBe('/MsgList/1/SendTime');
    expect(order[count - 2].pointer).toBe(`/MsgList/${count - 1}/SendTime`);
    expect(request.slice(order[5].offset, order[5].offset + order[5].length)).toBe(String(T0 + count - 6));
    expect(withRule(report, 'msg-list-count')).toHaveLength(1);
    console.info(
      `125,000 descending messages: ${report.diagnostics.length} diagnostics in ${elapsed.toFixed(0)} ms`,
    );
  });

  it('130,000 messages with an unknown key: one warning each, every one placed on its key', () => {
    const count = 130_000;
    const request = compactRequest(count, (i) => ({
      From_Account: 'a',
      SendTime: T0 + i,
      Extra: 1,
      MsgBody: [text(i)],
    }));
    const started = performance.now();
    const report = validate(request, { now: NOW });
    const elapsed = performance.now() - started;
    expect(withRule(report, 'internal')).toEqual([]);
    const unknown = withRule(report, 'unknown-key');
    expect(unknown).toHaveLength(count);
    expect(unknown[count - 1].pointer).toBe(`/MsgList/${count - 1}/Extra`);
    for (const d of [unknown[0], unknown[64_999], unknown[count - 1]]) {
      expect(request.slice(d.offset, d.offset + d.length)).toBe('"Extra"');
    }
    console.info(
      `130,000 unknown keys: ${report.diagnostics.length} diagnostics in ${elapsed.toFixed(0)} ms`,
    );
  });
});
