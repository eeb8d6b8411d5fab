// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadBatchText } from '../../../src/lib/batch/load';
import { planBatch } from '../../../src/lib/batch/plan';
import type { BatchPlan } from '../../../src/lib/batch/plan-types';
import { MESSAGE_STATUS, MemoryProgressStore } from '../../../src/lib/batch/progress';
import { createBatchRunner } from '../../../src/lib/batch/runner';
import type { RunResults } from '../../../src/lib/batch/run-state';
import { createSandboxTransport, type Sandbox } from '../../../src/lib/sandbox';
import {
  NOW,
  T0,
  buildRequest,
  faultyTransport,
  instant,
  messages,
  sandboxFor,
  seeded,
  storedMessages,
  text,
  type Fault,
} from './helpers';

function planOf(records: unknown[], options = {}): BatchPlan {
  return planBatch(loadBatchText(JSON.stringify(records)), { now: NOW, ...options });
}

/**
 * The guarantee: the sandbox holds every planned message exactly once, in plan order, and the results agree with
 * it (imported ones with the sandbox's MsgSeq; unconfirmed ones stored by an earlier, unanswered call).
 */
function expectExactlyOnce(plan: BatchPlan, sandbox: Sandbox, results: RunResults) {
  for (const group of plan.groups) {
    const stored = storedMessages(sandbox, group.GroupId);
    const expected: { random: number; time: number; position: number }[] = [];
    for (let p = group.firstMessage; p < group.firstMessage + group.messageCount; p++)
      expected.push({ random: plan.messages.random[p], time: plan.messages.sendTime[p], position: p });
    expect(stored.map((m) => [m.MsgRandom, m.MsgTimeStamp])).toEqual(expected.map((e) => [e.random, e.time]));
    stored.forEach((m, k) => {
      const p = expected[k].position;
      const status = results.status[p];
      expect([MESSAGE_STATUS.imported, MESSAGE_STATUS.unconfirmed]).toContain(status);
      if (status === MESSAGE_STATUS.imported) expect(results.msgSeq[p]).toBe(m.MsgSeq);
    });
  }
}

describe('runner against the sandbox', () => {
  it('imports every planned message once, in order, 7 per call', async () => {
    const plan = planOf(messages(3, 20));
    const sandbox = sandboxFor(plan);
    const runner = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      ...instant(),
    });
    const end = await runner.start();
    expect(end.status).toBe('done');
    expect(end.messages).toMatchObject({ total: 60, imported: 60, failed: 0, pending: 0 });
    expect(end.calls).toMatchObject({ done: 9, total: 9 });
    expect(end.byResult).toEqual({ '0': 60 });
    expectExactlyOnce(plan, sandbox, runner.results);
  });

  it('survives dropped answers after storing, 5xx, timeouts, 60007 bursts and malformed answers', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const plan = planOf(messages(4, 30));
      const sandbox = sandboxFor(plan);
      const random = seeded(seed);
      const faults: Fault[] = ['drop-after', 'timeout-before', '502', '60007', 'malformed'];
      let burst = 0;
      const transport = faultyTransport(sandbox, () => {
        if (burst > 0) return (burst--, '60007');
        const roll = random();
        if (roll < 0.05) return ((burst = 4), '60007');
        return roll < 0.45 ? faults[Math.floor(random() * faults.length)] : 'none';
      });
      const runner = createBatchRunner({
        plan,
        transport,
        buildRequest,
        concurrency: 3,
        retry: { maxAttempts: 100 },
        ...instant(),
      });
      const end = await runner.start();
      expect(end.status, `seed ${seed}`).toBe('done');
      expect(end.messages.failed).toBe(0);
      expect(transport.faults['drop-after']).toBeGreaterThan(0);
      expect(end.byFailure['rate-limited']).toBeGreaterThan(0);
      expect(end.retries).toBeGreaterThan(0);
      expectExactlyOnce(plan, sandbox, runner.results);
    }
  });

  it('resumes after a "reload" in the middle: a new runner on the same store', async () => {
    const plan = planOf(messages(3, 40));
    const sandbox = sandboxFor(plan);
    const store = new MemoryProgressStore();
    // The first page: its answers get lost now and then, and it is closed (cancel aborts the call in flight,
    // which the sandbox has already stored) after 8 calls.
    const random = seeded(7);
    const first = createBatchRunner({
      plan,
      transport: faultyTransport(sandbox, () => (random() < 0.3 ? 'drop-after' : 'none')),
      buildRequest,
      store,
      concurrency: 2,
      ...instant(),
    });
    let calls = 0;
    first.subscribe((event) => {
      if (event.type === 'call' && ++calls === 8) void first.cancel();
    });
    const stopped = await first.start();
    expect(stopped.status).toBe('cancelled');
    expect(stopped.messages.done).toBeLessThan(plan.messages.input.length);

    const second = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      store,
      ...instant(),
    });
    const end = await second.start();
    expect(end.status).toBe('done');
    expect(end.messages.pending).toBe(0);
    expectExactlyOnce(plan, sandbox, second.results);
    // Done messages were not sent again: the second runner sent only what the first had not settled.
    const resent = store.records.filter((r) => r.k === 'sent').length;
    expect(resent).toBeLessThan(plan.requests.count.length * 2);
  });

  it('records permanent per-message failures and goes on, or stops when asked', async () => {
    const records = messages(1, 10);
    // A message over the sandbox's 12,000-byte budget: the planner (budget 20,000 here) lets it through, the
    // service refuses it with 80002.
    records[3] = { ...records[3], MsgBody: text('x'.repeat(13000)) };
    const plan = planOf(records, { maxMessageBytes: 20000 });
    const sandbox = sandboxFor(plan);
    const goOn = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      ...instant(),
    });
    const end = await goOn.start();
    expect(end.status).toBe('done');
    expect(end.byResult).toEqual({ '0': 9, '80002': 1 });
    const p = Array.from(plan.messages.input).indexOf(3);
    expect(goOn.results.status[p]).toBe(MESSAGE_STATUS.failed);
    expect(goOn.results.result[p]).toBe(80002);

    const sandbox2 = sandboxFor(plan);
    const stopper = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox2),
      buildRequest,
      onPermanentFailure: 'stop',
      maxMessagesPerRequest: 7,
      ...instant(),
    } as Parameters<typeof createBatchRunner>[0]);
    const stopped = await stopper.start();
    expect(stopped.status).toBe('stopped');
    expect(stopped.stopReason).toEqual({ id: 'stop.permanent-failure', params: { code: 80002, request: 0 } });
    expect(stopped.messages.pending).toBe(3); // the second call was never sent
  });

  it('skips the rest of a group that does not exist (10010) and goes on with the others', async () => {
    const plan = planOf(messages(2, 14));
    const sandbox = sandboxFor(plan);
    sandbox.removeGroup('group-1');
    const runner = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      ...instant(),
    });
    const end = await runner.start();
    expect(end.status).toBe('done');
    expect(end.messages).toMatchObject({ imported: 14, failed: 7, skipped: 7 });
    expect(end.byResult).toEqual({ '0': 14, '10010': 7, skipped: 7 });
  });

  it('stops on credentials the service refuses, leaving the call pending to resume with new ones', async () => {
    const plan = planOf(messages(1, 10));
    const sandbox = sandboxFor(plan);
    const store = new MemoryProgressStore();
    const badSig = (body: string) => ({
      ...buildRequest(body),
      url: buildRequest(body).url.replace(/usersig=[^&]*/, 'usersig=garbage'),
    });
    const first = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest: badSig,
      store,
      ...instant(),
    });
    const stopped = await first.start();
    expect(stopped.status).toBe('stopped');
    expect(stopped.stopReason?.id).toBe('stop.credentials');
    expect(stopped.messages.pending).toBe(10);
    const second = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      store,
      ...instant(),
    });
    expect((await second.start()).status).toBe('done');
    expectExactlyOnce(plan, sandbox, second.results);
  });

  it('halts a group whose retries run out, keeps it pending, and a resume finishes it', async () => {
    const plan = planOf(messages(2, 7));
    const sandbox = sandboxFor(plan);
    const store = new MemoryProgressStore();
    const flaky = faultyTransport(sandbox, () => '502');
    const first = createBatchRunner({
      plan,
      transport: flaky,
      buildRequest,
      store,
      retry: { maxAttempts: 3 },
      ...instant(),
    });
    const end = await first.start();
    expect(end.status).toBe('incomplete');
    expect(end.haltedGroups).toBe(2);
    expect(flaky.calls).toBe(6);
    const second = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      store,
      ...instant(),
    });
    expect((await second.start()).status).toBe('done');
    expectExactlyOnce(plan, sandbox, second.results);
  });

  it('pauses (no new calls), resumes, and paces calls at the rate', async () => {
    const plan = planOf(messages(1, 70));
    const sandbox = sandboxFor(plan);
    let now = 0;
    const sleeps: number[] = [];
    const runner = createBatchRunner({
      plan,
      transport: createSandboxTransport(sandbox),
      buildRequest,
      rate: 5,
      clock: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
    });
    let calls = 0;
    let paused: Promise<void> | undefined;
    runner.subscribe((event) => {
      if (event.type === 'call' && ++calls === 3) paused = runner.pause();
    });
    const finished = runner.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await paused;
    expect(runner.snapshot().status).toBe('paused');
    expect(runner.snapshot().calls.done).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runner.snapshot().calls.done).toBe(3); // nothing moves while paused
    runner.resume();
    const end = await finished;
    expect(end.status).toBe('done');
    expect(end.calls.done).toBe(10);
    // 10 calls at 5 per second: 200 ms between starts.
    expect(sleeps.every((ms) => ms === 200)).toBe(true);
    expect(sleeps.length).toBe(9);
  });

  it('keeps each group strictly sequential while groups run side by side', async () => {
    const plan = planOf(messages(4, 21));
    const sandbox = sandboxFor(plan);
    const inner = createSandboxTransport(sandbox);
    const active = new Map<string, number>();
    let maxParallel = 0;
    let parallel = 0;
    const transport = {
      target: 'sandbox' as const,
      async send(request: Parameters<typeof inner.send>[0]) {
        const group = (JSON.parse(request.body) as { GroupId: string }).GroupId;
        expect(active.get(group) ?? 0).toBe(0);
        active.set(group, 1);
        maxParallel = Math.max(maxParallel, ++parallel);
        await new Promise((resolve) => setTimeout(resolve, 1));
        const answer = await inner.send(request);
        active.set(group, 0);
        parallel--;
        return answer;
      },
    };
    const runner = createBatchRunner({
      plan,
      transport,
      buildRequest,
      concurrency: 3,
      rate: Infinity,
      ...instant(),
    });
    expect((await runner.start()).status).toBe('done');
    expect(maxParallel).toBe(3);
    expectExactlyOnce(plan, sandbox, runner.results);
  });

  it('retries only the tail of a call whose messages answer "retry", with the same Randoms', async () => {
    const plan = planOf(messages(1, 5));
    const sandbox = sandboxFor(plan);
    const inner = createSandboxTransport(sandbox);
    let first = true;
    const bodies: string[] = [];
    const transport = {
      target: 'sandbox' as const,
      async send(request: Parameters<typeof inner.send>[0]) {
        bodies.push(request.body);
        if (!first) return inner.send(request);
        first = false;
        // The service imports the first three, then answers 91000 for the last two (not stored).
        const list = (JSON.parse(request.body) as { MsgList: unknown[] }).MsgList;
        const head = JSON.stringify({ ...JSON.parse(request.body), MsgList: list.slice(0, 3) });
        const answer = JSON.parse((await inner.send({ ...request, body: head })).bodyText);
        answer.ImportMsgResult.push(
          { MsgSeq: 0, MsgTime: 0, Result: 91000 },
          { MsgSeq: 0, MsgTime: 0, Result: 91000 },
        );
        return { target: 'sandbox' as const, status: 200, durationMs: 1, bodyText: JSON.stringify(answer) };
      },
    };
    const runner = createBatchRunner({ plan, transport, buildRequest, ...instant() });
    expect((await runner.start()).status).toBe('done');
    const retried = JSON.parse(bodies[1]) as { MsgList: { Random: number }[] };
    expect(retried.MsgList.map((m) => m.Random)).toEqual([plan.messages.random[3], plan.messages.random[4]]);
    expectExactlyOnce(plan, sandbox, runner.results);
  });
});

it('T0 is before NOW (fixtures sanity)', () => expect(T0).toBeLessThan(NOW));
