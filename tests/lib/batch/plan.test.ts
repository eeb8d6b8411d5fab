// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateImportRequest } from '../../../src/lib/api';
import { loadBatchText } from '../../../src/lib/batch/load';
import { planBatch } from '../../../src/lib/batch/plan';
import { exportPlanJson } from '../../../src/lib/batch/plan-summary';
import { requestBody, type BatchPlan, type PlanOptions } from '../../../src/lib/batch/plan-types';
import { messages, NOW, T0, text } from './helpers';

const plan = (records: unknown[], options: PlanOptions = {}) =>
  planBatch(loadBatchText(JSON.stringify(records)), { now: NOW, ...options });
const m = (t: number, extra: Record<string, unknown> = {}) => ({
  GroupId: 'g',
  From_Account: 'a',
  SendTime: t,
  MsgBody: text(`at ${t}`),
  ...extra,
});
const bodies = (p: BatchPlan) =>
  Array.from({ length: p.requests.count.length }, (_, r) => JSON.parse(requestBody(p, r)));

/** Every input index exactly once: planned or a problem. */
function accounted(p: BatchPlan): boolean {
  const seen = new Uint8Array(p.inputCount);
  for (const i of p.messages.input) seen[i]++;
  for (const problem of p.problems) seen[problem.index]++;
  return seen.every((n) => n === 1);
}

describe('planBatch', () => {
  it('sorts each group by SendTime, stably, and keeps groups apart', () => {
    const p = plan([m(T0 + 30), m(T0 + 10), m(T0 + 20, { GroupId: 'h' }), m(T0 + 20)]);
    expect(p.groups.map((g) => g.GroupId)).toEqual(['g', 'h']);
    expect(Array.from(p.messages.input)).toEqual([1, 3, 0, 2]);
    expect(Array.from(p.messages.sendTime)).toEqual([T0 + 10, T0 + 20, T0 + 30, T0 + 20]);
  });

  it('lists the later of two equal SendTimes as a tie (never drops or changes it silently)', () => {
    const p = plan([m(T0 + 5, { SourceId: 'first' }), m(T0 + 5, { SourceId: 'second' }), m(T0 + 6)]);
    expect(Array.from(p.messages.input)).toEqual([0, 2]);
    expect(p.problems).toEqual([
      expect.objectContaining({
        index: 1,
        rule: 'send-time-tie',
        params: { previous: 0, sendTime: T0 + 5 },
        serverCode: 10004,
        SourceId: 'second',
      }),
    ]);
    expect(p.adjustments).toEqual([]);
  });

  it('with nudgeTies, moves a tie to the next free second, and only to a free one', () => {
    const p = plan([m(T0 + 5), m(T0 + 5), m(T0 + 5), m(T0 + 8), m(T0 + 8), m(T0 + 9)], { nudgeTies: true });
    expect(Array.from(p.messages.sendTime)).toEqual([T0 + 5, T0 + 6, T0 + 7, T0 + 8, T0 + 9]);
    expect(p.adjustments).toEqual([
      { index: 1, kind: 'send-time-nudged', from: T0 + 5, to: T0 + 6 },
      { index: 2, kind: 'send-time-nudged', from: T0 + 5, to: T0 + 7 },
    ]);
    expect(p.problems.map((x) => [x.index, x.rule, x.params.nextTaken])).toEqual([
      [4, 'send-time-tie', T0 + 9],
    ]);
  });

  it('cuts requests at 7 messages', () => {
    const p = plan(messages(1, 15));
    expect(Array.from(p.requests.count)).toEqual([7, 7, 1]);
    expect(bodies(p).map((b) => b.MsgList.length)).toEqual([7, 7, 1]);
  });

  it('cuts requests at the byte budget, and lists a message too big for any request', () => {
    const records = Array.from({ length: 6 }, (_, i) => m(T0 + i, { MsgBody: text('x'.repeat(300)) }));
    records.push(m(T0 + 10, { MsgBody: text('y'.repeat(1200)) }));
    const p = plan(records, { maxRequestBytes: 1000 });
    for (let r = 0; r < p.requests.count.length; r++) {
      expect(new TextEncoder().encode(requestBody(p, r)).length).toBe(p.requests.bytes[r]);
      expect(p.requests.bytes[r]).toBeLessThanOrEqual(1000);
    }
    expect(Array.from(p.requests.count)).toEqual([2, 2, 2]);
    expect(p.problems).toEqual([
      expect.objectContaining({
        index: 6,
        rule: 'request-too-large',
        params: { bytes: expect.any(Number), budget: 1000 },
      }),
    ]);
  });

  it('derives the same Random on every run, from content, and keeps a given one', () => {
    const records = [...messages(2, 10), m(T0 + 1, { Random: 42 })];
    const a = plan(records);
    const b = plan(JSON.parse(JSON.stringify(records)));
    expect(Array.from(a.messages.random)).toEqual(Array.from(b.messages.random));
    expect(a.id).toBe(b.id);
    // Key order inside MsgBody does not matter (canonical form); the text does.
    const reordered = records.map((r) => ({
      ...r,
      MsgBody: (r.MsgBody as { MsgType: string; MsgContent: unknown }[]).map(({ MsgType, MsgContent }) => ({
        MsgContent,
        MsgType,
      })),
    }));
    expect(Array.from(plan(reordered).messages.random)).toEqual(Array.from(a.messages.random));
    const changed = records.map((r, i) => (i === 0 ? { ...r, MsgBody: text('other') } : r));
    expect(plan(changed).messages.random[0]).not.toBe(a.messages.random[0]);
    expect(plan(changed).id).not.toBe(a.id);
    const given = Array.from(a.messages.input).indexOf(records.length - 1);
    expect(a.messages.random[given]).toBe(42);
    expect(a.messages.randomAssigned[given]).toBe(0);
  });

  it('gives identical messages (nudged apart) distinct Randoms, and lists a given duplicate within five minutes', () => {
    const same = m(T0, { MsgBody: text('same') });
    const p = plan([same, same], { nudgeTies: true });
    expect(p.messages.random[0]).not.toBe(p.messages.random[1]);
    const dup = plan([m(T0, { Random: 7 }), m(T0 + 200, { Random: 7 }), m(T0 + 900, { Random: 7 })]);
    expect(dup.problems.map((x) => [x.index, x.rule, x.params.first])).toEqual([[1, 'random-duplicate', 0]]);
  });

  it('explains each unsendable message with the engine’s rule, server code and text', () => {
    const p = plan(
      [
        m(NOW + 100),
        m(T0, { SendTime: 1650000000000 }),
        m(T0, { From_Account: 'x'.repeat(40) }),
        m(T0, { MsgBody: text('z'.repeat(9000)) }),
        m(T0, { MsgBody: [] }),
        m(T0, { GroupId: undefined }),
        'not a message',
        m(T0 + 1, { GroupId: 'av' }),
        m(T0 + 1, { GroupId: 'late' }),
      ],
      {
        groups: [
          { GroupId: 'av', Type: 'AVChatRoom' },
          { GroupId: 'late', CreateTime: T0 + 5 },
        ],
      },
    );
    expect(p.problems.map((x) => [x.index, x.rule, x.serverCode])).toEqual([
      [0, 'send-time-future', 10004],
      [1, 'send-time-milliseconds', 10004],
      [2, 'from-account-length', undefined],
      [3, 'message-size', 80002],
      [4, 'msg-body-empty', undefined],
      [5, 'group-id-missing', undefined],
      [6, 'message-not-object', undefined],
      [7, 'group-type-avchatroom', 10007],
      [8, 'send-time-before-group-creation', 10004],
    ]);
    expect(p.problems[3].detail).toContain('8,000');
    expect(p.summary.problemsByRule['send-time-future']).toBe(1);
    expect(accounted(p)).toBe(true);
  });

  it('sends an unknown key (the engine only warns) and notes the warning', () => {
    const p = plan([m(T0, { CloudCustomData: 'x' })]);
    expect(p.problems).toEqual([]);
    expect(JSON.parse(requestBody(p, 0)).MsgList[0].CloudCustomData).toBe('x');
    expect(p.summary.warningsByRule).toEqual({ 'unknown-key': 1 });
  });

  it('writes a "__proto__" key as a key and strips routing fields from the items', () => {
    const record = JSON.parse(
      `{"GroupId":"g","SourceId":"s","From_Account":"a","SendTime":${T0},"MsgBody":${JSON.stringify(text('p'))},"__proto__":{"x":1}}`,
    );
    const p = plan([record]);
    const body = requestBody(p, 0);
    expect(body).toContain('"__proto__":{"x":1}');
    expect(body).not.toContain('SourceId');
    expect(JSON.parse(body).GroupId).toBe('g');
  });

  it('summarises and exports the plan as JSON', () => {
    const p = plan([...messages(2, 8), 5], { rate: 50 });
    expect(p.summary).toMatchObject({
      inputMessages: 17,
      plannedMessages: 16,
      problemMessages: 1,
      groups: 2,
      requests: 4,
      randomsAssigned: 16,
      rate: 50,
      estimatedSeconds: 1,
    });
    const exported = JSON.parse([...exportPlanJson(p)].join(''));
    expect(exported.requests.map((r: { messages: unknown[] }) => r.messages.length)).toEqual([7, 1, 7, 1]);
    expect(exported.problems[0].index).toBe(16);
  });
});

/** Arbitrary inputs: valid messages, every kind of damage, ties, and given Randoms. */
const arbitraryRecord = fc.record({
  g: fc.constantFrom('g1', 'g2', '@TGS#_community', 'bad id\u0001'),
  from: fc.constantFrom('a', 'b', '', 'x'.repeat(33)),
  t: fc.oneof(fc.integer({ min: T0, max: T0 + 40 }), fc.constantFrom(NOW + 5, 1e12, -1, 1.5)),
  body: fc.oneof(
    fc.string({ maxLength: 20 }).map((s) => text(s)),
    fc.constant(text('w'.repeat(8001))),
    fc.constant([]),
    fc.constant([
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'd' } },
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'e' } },
    ]),
    fc.constant([{ MsgType: 'TIMSoundElem', MsgContent: { Url: 'u', UUID: 'i', Download_Flag: 2 } }]),
  ),
  random: fc.option(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(-5)), { nil: undefined }),
  extra: fc.option(fc.constantFrom('Unknown', '__proto__'), { nil: undefined }),
});

type RawRecord = typeof arbitraryRecord extends fc.Arbitrary<infer T> ? T : never;

function toRecord(r: RawRecord) {
  const record: Record<string, unknown> = {
    GroupId: r.g,
    From_Account: r.from,
    SendTime: r.t,
    MsgBody: r.body,
  };
  if (r.random !== undefined) record.Random = r.random;
  if (r.extra !== undefined) Object.defineProperty(record, r.extra, { value: 1, enumerable: true });
  return record;
}

describe('planBatch properties', () => {
  it('accounts for every input message, and every request passes the whole engine (fast path = engine)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 40 }), fc.boolean(), (raw, nudgeTies) => {
        const records = raw.map(toRecord);
        const text = JSON.stringify(records.map((r) => Object.fromEntries(Object.entries(r))));
        const fast = planBatch(loadBatchText(text), { now: NOW, nudgeTies });
        const full = planBatch(loadBatchText(text), { now: NOW, nudgeTies, engineCheck: 'every-request' });
        expect(accounted(fast)).toBe(true);
        // Checking every request with the whole engine rejects nothing more than the fast path did.
        expect(full.problems.map((p) => [p.index, p.rule])).toEqual(
          fast.problems.map((p) => [p.index, p.rule]),
        );
        for (let r = 0; r < fast.requests.count.length; r++) {
          const group = fast.groups[fast.requests.group[r]];
          const report = validateImportRequest(requestBody(fast, r), {
            now: NOW,
            maxMessageBytes: 8000,
            groupCreateTime: group.CreateTime,
          });
          expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          const times = JSON.parse(requestBody(fast, r)).MsgList.map((x: { SendTime: number }) => x.SendTime);
          for (let k = 1; k < times.length; k++) expect(times[k]).toBeGreaterThan(times[k - 1]);
        }
        // A message kept back for an engine rule is refused by the engine on its own with that rule.
        for (const problem of fast.problems.filter(
          (p) => p.detail !== undefined && p.params.pointer !== undefined,
        )) {
          const { GroupId: _g, SourceId: _s, ...item } = records[problem.index];
          const single = validateImportRequest(
            JSON.stringify({ GroupId: records[problem.index].GroupId, MsgList: [item] }),
            { now: NOW, maxMessageBytes: 8000 },
          );
          expect(single.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule)).toContain(
            problem.rule,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is stable: the same input always gives the same plan id and Randoms', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 30 }), (raw) => {
        const text = JSON.stringify(raw.map(toRecord));
        const a = planBatch(loadBatchText(text), { now: NOW });
        const b = planBatch(loadBatchText(text), { now: NOW });
        expect(a.id).toBe(b.id);
        expect(Array.from(a.messages.random)).toEqual(Array.from(b.messages.random));
      }),
      { numRuns: 50 },
    );
  });
});
