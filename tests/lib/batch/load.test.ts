// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectFormat, loadBatchText } from '../../../src/lib/batch/load';
import { loadBatchStream } from '../../../src/lib/batch/load-stream';
import { loadAndPlan } from '../../../src/lib/batch/load-client';
import { requestBody } from '../../../src/lib/batch/plan-types';
import { messages, NOW, text } from './helpers';

const msg = (i: number, extra: Record<string, unknown> = {}) => ({
  From_Account: 'a',
  SendTime: 1650000000 + i,
  MsgBody: text(`m${i}`),
  ...extra,
});

async function* chunksOf(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('loadBatchText', () => {
  it('reads a JSON array of messages as it is (no copy)', () => {
    const input = loadBatchText(JSON.stringify(messages(2, 3)));
    expect(input.messages).toHaveLength(6);
    expect(input.kinds).toEqual({ messages: 6, requests: 0, documents: 0, ndjson: false });
    expect(input.problems).toEqual([]);
  });

  it('reads one request body, an array of them and NDJSON of them, routing their GroupId to each message', () => {
    const body = { GroupId: 'g', TopicId: 'g@TOPIC#_t', RecentContactFlag: 1, MsgList: [msg(1), msg(2)] };
    for (const text of [
      JSON.stringify(body),
      JSON.stringify([body, body]),
      `${JSON.stringify(body)}\n${JSON.stringify(body)}\n`,
    ]) {
      const input = loadBatchText(text);
      expect(input.messages.length % 2).toBe(0);
      expect(input.messages[0]).toMatchObject({ GroupId: 'g', TopicId: 'g@TOPIC#_t', From_Account: 'a' });
      expect(input.groups[0]).toEqual({ GroupId: 'g', TopicId: 'g@TOPIC#_t', RecentContactFlag: 1 });
    }
  });

  it('reads NDJSON of messages with CRLF, blank lines and a broken line that still takes its slot', () => {
    const lines = [
      JSON.stringify({ GroupId: 'g', ...msg(1) }),
      '',
      '{"GroupId": "g", broken',
      JSON.stringify({ GroupId: 'g', ...msg(2) }),
    ];
    const input = loadBatchText(lines.join('\r\n'));
    expect(input.kinds.ndjson).toBe(true);
    expect(input.messages).toHaveLength(3);
    expect(input.messages[1]).toBeUndefined();
    expect(input.problems).toEqual([
      { rule: 'ndjson-line-syntax', params: { line: 3, detail: expect.any(String) }, index: 1 },
    ]);
  });

  it('reads a BatchDocument with its groups, and reports bad group entries', () => {
    const doc = {
      groups: [{ GroupId: 'g', Type: 'Public', CreateTime: 1600000000 }, { GroupId: 5 }],
      messages: [{ GroupId: 'g', ...msg(1) }],
    };
    const input = loadBatchText(`\uFEFF${JSON.stringify(doc, null, 2)}`);
    expect(input.kinds.documents).toBe(1);
    expect(input.groups).toEqual([{ GroupId: 'g', Type: 'Public', CreateTime: 1600000000 }]);
    expect(input.problems).toEqual([{ rule: 'document-group-invalid', params: { position: 2 } }]);
  });

  it('says what is wrong with empty, non-JSON and wrongly shaped input', () => {
    expect(loadBatchText('  ').problems[0].rule).toBe('input-empty');
    expect(loadBatchText('{"a": [1, 2}').problems[0].rule).toBe('input-json-syntax');
    expect(loadBatchText('42').problems[0]).toEqual({ rule: 'input-root-type', params: { type: 'number' } });
    expect(loadBatchText('{"GroupId":"g","MsgList":5}').problems[0]).toEqual({
      rule: 'request-msglist-type',
      params: { request: 1, type: 'number' },
    });
  });

  it('keeps "__proto__" an own key: no prototype is touched', () => {
    const input = loadBatchText(
      '[{"GroupId":"g","__proto__":{"polluted":1},"From_Account":"a","SendTime":1,"MsgBody":[]}]',
    );
    const record = input.messages[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives 100,000-deep nesting and 10 MB of junk without throwing', () => {
    const deep = `[{"GroupId":"g","MsgBody":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`;
    expect(loadBatchText(deep).messages).toHaveLength(1);
    const junk = 'x\u0000{'.repeat(3_500_000);
    expect(loadBatchText(junk).problems[0].rule).toBe('input-json-syntax');
  });

  it('detects the form from the start of the text', () => {
    expect(detectFormat('  [', false)).toBe('json');
    expect(detectFormat('{"a":1}\n{"a"', false)).toBe('ndjson');
    expect(detectFormat('{\n  "a": 1', false)).toBe('json');
    expect(detectFormat('{"a":1', false)).toBe('undecided');
  });
});

describe('loadBatchStream', () => {
  it('reads NDJSON and JSON arriving in small chunks (split inside characters) with progress', async () => {
    const records = messages(2, 5).map((m, i) => ({ ...m, MsgBody: text(`é中😀 ${i}`) }));
    for (const text of [records.map((r) => JSON.stringify(r)).join('\n'), JSON.stringify(records, null, 1)]) {
      const progress: number[] = [];
      const size = new TextEncoder().encode(text).length;
      const input = await loadBatchStream(
        chunksOf(text, 7),
        size,
        {},
        (p) => p.loaded !== undefined && progress.push(p.loaded),
      );
      expect(input.messages).toEqual(records);
      expect(progress[progress.length - 1]).toBe(size);
    }
  });
});

describe('loadAndPlan (no Worker here: the same job runs inline)', () => {
  it('returns a plan whose packed columns read back the same bodies', async () => {
    const text = JSON.stringify(messages(2, 9));
    const phases: string[] = [];
    const { plan, input } = await loadAndPlan({
      source: { kind: 'text', text },
      plan: { now: NOW },
      createWorker: () => undefined,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(input.messageCount).toBe(18);
    expect(plan.summary.requests).toBe(4);
    const body = JSON.parse(requestBody(plan, 0));
    expect(body.MsgList).toHaveLength(7);
    expect(plan.messages.sourceId?.at(0)).toBe('src-0-0');
    expect(phases).toContain('plan');
  });
});
