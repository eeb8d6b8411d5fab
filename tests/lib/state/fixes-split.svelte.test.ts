import { describe, expect, it } from 'vitest';
import { validateImportRequest } from '../../../src/lib/api';
import { FixesState } from '../../../src/lib/state/fixes.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

const message = (i: number) =>
  `    // message ${i}\n    {"From_Account": "u${i}", "SendTime": ${1620000000 + i}, "Random": ${i + 1}, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "m${i}"}}]}`;
const request = (n: number) =>
  `{\n  "GroupId": "@TGS#2C5SZEAEF", // the group\n  "MsgList": [\n${Array.from({ length: n }, (_, i) => message(i)).join(',\n')}\n  ]\n}`;

function setup(text: string) {
  const workspace = new Workspace({ text, validation: { debounceMs: 0, createWorker: () => undefined } });
  return { workspace, fixes: new FixesState(workspace) };
}

describe('FixesState: split into calls of 7', () => {
  it('cuts 16 messages into 7 + 7 + 2, in order, each a valid call that keeps comments and GroupId', async () => {
    const text = request(16);
    const { fixes } = setup(text);
    expect(await fixes.splitIntoCalls()).toBe(true);
    const calls = fixes.calls ?? [];
    expect(calls).toHaveLength(3);
    expect([0, 1, 2].map((i) => fixes.callRange(i))).toEqual([
      { first: 1, last: 7 },
      { first: 8, last: 14 },
      { first: 15, last: 16 },
    ]);
    const senders = calls.map((call) => [...call.matchAll(/"From_Account": "(u\d+)"/g)].map((m) => m[1]));
    expect(senders.flat()).toEqual(Array.from({ length: 16 }, (_, i) => `u${i}`));
    for (const call of calls) {
      expect(call).toContain('"GroupId": "@TGS#2C5SZEAEF", // the group');
      const report = validateImportRequest(call, { now: 1700000000 });
      expect(report.diagnostics.filter((d) => d.rule === 'msg-list-count')).toEqual([]);
    }
    expect(fixes.splitIsStale).toBe(false);
  });

  it('opens a call in the editor as one replaceable step, and knows when the text moved on', async () => {
    const text = request(9);
    const { workspace, fixes } = setup(text);
    await fixes.splitIntoCalls();
    const second = fixes.calls![1];
    expect(fixes.openCall(1)).toBe(true);
    expect(workspace.text).toBe(second);
    expect(fixes.splitIsStale).toBe(true);
    expect(fixes.openCall(5)).toBe(false);
    fixes.closeSplit();
    expect(fixes.calls).toBeUndefined();
  });

  it('says there is nothing to split for 7 messages or fewer, and for text that is not a request', async () => {
    for (const text of [request(7), 'not json {', '', '{"MsgList": 5}']) {
      const { fixes } = setup(text);
      expect(await fixes.splitIntoCalls()).toBe(false);
      expect(fixes.calls).toBeUndefined();
      expect(fixes.notice).toEqual({ id: 'notice.nothing' });
    }
  });

  it('says why when the splitter cannot load, and never throws', async () => {
    const workspace = new Workspace({
      text: request(9),
      validation: { debounceMs: 0, createWorker: () => undefined },
    });
    const fixes = new FixesState(workspace, { loadSplit: () => Promise.reject(new Error('chunk gone')) });
    expect(await fixes.splitIntoCalls()).toBe(false);
    expect(fixes.notice).toEqual({ id: 'notice.failed', params: { reason: 'chunk gone' } });
  });
});
