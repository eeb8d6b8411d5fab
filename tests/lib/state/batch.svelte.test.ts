import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_STATUS } from '../../../src/lib/batch/progress';
import { batchFixture, exportText, T0 } from './batch-fixture.svelte';

const fixtures: ReturnType<typeof batchFixture>[] = [];
afterEach(() => {
  for (const fixture of fixtures.splice(0)) fixture.batch.dispose();
});

function setUp(options: Parameters<typeof batchFixture>[0] = {}) {
  const fixture = batchFixture(options);
  fixtures.push(fixture);
  return fixture;
}

const text = (pieces: Iterable<string>) => [...pieces].join('');

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('BatchState', () => {
  it('loads an export and shows its plan: groups, messages, calls, span, problems by rule', async () => {
    const { batch } = setUp();
    await batch.load({ kind: 'text', text: exportText() }, '');
    expect(batch.stage).toBe('ready');
    expect(batch.input?.messageCount).toBe(21);
    const summary = batch.plan!.summary;
    expect(summary).toMatchObject({
      inputMessages: 21,
      plannedMessages: 20,
      groups: 2,
      requests: 4, // 7 + 3 per group
      firstSendTime: T0,
      lastSendTime: T0 + 90,
      problemsByRule: { 'group-id-missing': 1 },
    });
    expect(batch.plan!.problems[0]).toMatchObject({ index: 20, rule: 'group-id-missing' });
    expect(batch.estimatedSeconds).toBe(1); // 4 calls at 100/s
    batch.setRate(1);
    expect(batch.estimatedSeconds).toBe(4);
    batch.setRate(1000);
    expect(batch.rate).toBe(200);
    // The export names each request's messages by input index, with SendTime and Random; no credential.
    const exported = JSON.parse(text(batch.planJson()));
    expect(exported.requests).toHaveLength(4);
    expect(exported.requests[0].messages[0]).toEqual([0, T0, batch.plan!.messages.random[0]]);
    expect(JSON.stringify(exported)).not.toMatch(/usersig|SDKAppID|identifier/i);
  });

  it('says why an input gives nothing to import, and a cancelled load plans nothing', async () => {
    const { batch } = setUp();
    await batch.load({ kind: 'text', text: '{"not": ' }, '');
    expect(batch.stage).toBe('failed');
    expect(batch.loadError).toMatchObject({ kind: 'problems', problems: [{ rule: 'input-json-syntax' }] });
    const loading = batch.load({ kind: 'file', file: new Blob([exportText()]) }, 'export.json');
    expect(batch.stage).toBe('loading');
    batch.cancelLoad();
    await loading;
    expect(batch.stage).toBe('empty');
    expect(batch.loadError).toEqual({ kind: 'cancelled' });
    expect(batch.plan).toBeUndefined();
  });

  it('runs the plan against the sandbox (its groups added first), tallies results and reports every input message', async () => {
    const { batch, sandbox, sentTo } = setUp();
    await batch.load({ kind: 'text', text: exportText() }, '');
    batch.setRate(200);
    await batch.start();
    const snapshot = batch.run!.snapshot!;
    expect(snapshot.status).toBe('done');
    expect(snapshot.messages).toMatchObject({ total: 20, imported: 20, failed: 0 });
    expect(snapshot.byResult).toEqual({ '0': 20 });
    expect(sentTo).toEqual(['sandbox']);
    expect(sandbox.groups.map((g) => [g.GroupId, g.messageCount])).toEqual([
      ...sandbox.groups
        .filter((g) => !g.GroupId.startsWith('batch-'))
        .map((g) => [g.GroupId, g.messageCount]),
      ['batch-0', 10],
      ['batch-1', 10],
    ]);
    const report = JSON.parse(text(batch.report('json')));
    expect(report.rows).toHaveLength(21);
    expect(report.rows.filter((row: { status: string }) => row.status === 'imported')).toHaveLength(20);
    expect(report.rows[20]).toMatchObject({ index: 20, status: 'problem', rule: 'group-id-missing' });
    const csv = text(batch.report('csv')).split('\r\n');
    expect(csv[0]).toBe(
      'index,SourceId,GroupId,From_Account,SendTime,Random,MsgSeq,Result,status,rule,explanation',
    );
    expect(csv).toHaveLength(23); // header, 21 rows, the last line break
    expect(batch.series.buckets.reduce((sum, b) => sum + b.successes, 0)).toBe(20);
  });

  it('pauses (no new call) and resumes', async () => {
    const { batch, gate } = setUp();
    await batch.load({ kind: 'text', text: exportText() }, '');
    batch.setConcurrency(1);
    gate.close();
    const running = batch.start();
    await until(() => gate.waiting === 1, 'the first call');
    const pausing = batch.pause();
    expect(batch.run!.status).toBe('pausing');
    gate.release();
    await pausing;
    expect(batch.run!.status).toBe('paused');
    const callsWhenPaused = gate.calls;
    await until(() => batch.run!.snapshot!.messages.done === 7, 'the snapshot to follow');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(gate.calls).toBe(callsWhenPaused);
    expect(batch.run!.status).toBe('paused');
    batch.resume();
    await running;
    expect(batch.run!.snapshot!.status).toBe('done');
    expect(batch.run!.snapshot!.messages.imported).toBe(20);
  });

  it('resumes after a reload from the progress in IndexedDB: nothing sent twice, nothing lost', async () => {
    const first = setUp();
    await first.batch.load({ kind: 'text', text: exportText() }, '');
    first.batch.setConcurrency(1);
    // Two calls answered, the third never is: the page goes away while it is in flight.
    first.gate.closeAfter(2);
    void first.batch.start();
    await until(() => first.gate.waiting === 1, 'a call in flight');
    await until(() => first.batch.run!.results!.finalCount === 10, 'two calls settled');
    const doneBefore = first.batch.run!.results!.finalCount;
    expect(doneBefore).toBe(10); // 7 + 3: the first group's two calls (concurrency 1)

    const second = setUp({ idb: first.idb, dbName: first.dbName });
    await second.batch.load({ kind: 'text', text: exportText() }, '');
    expect(second.batch.run!.saved).toEqual({ done: doneBefore, total: 20 });
    // The saved results already make a report.
    const partial = JSON.parse(text(second.batch.report('json')));
    expect(partial.summary.imported).toBe(doneBefore);
    await second.batch.start();
    const snapshot = second.batch.run!.snapshot!;
    expect(snapshot.status).toBe('done');
    expect(snapshot.messages.imported + snapshot.messages.unconfirmed).toBe(20);
    // The new page's sandbox got exactly the messages that were not answered before the reload.
    const stored = second.sandbox.groups
      .filter((g) => g.GroupId.startsWith('batch-'))
      .reduce((sum, g) => sum + g.messageCount, 0);
    expect(stored).toBe(20 - doneBefore);
    const results = second.batch.run!.results!;
    expect([...results.status].every((s) => s === MESSAGE_STATUS.imported)).toBe(true);
  });

  it('starts over when asked, forgetting the saved progress', async () => {
    const first = setUp();
    await first.batch.load({ kind: 'text', text: exportText(1, 3) }, '');
    await first.batch.start();
    const second = setUp({ idb: first.idb, dbName: first.dbName });
    await second.batch.load({ kind: 'text', text: exportText(1, 3) }, '');
    expect(second.batch.run!.saved).toEqual({ done: 3, total: 3 });
    await second.batch.start({ fresh: true });
    expect(second.batch.run!.saved).toBeUndefined();
    expect(second.sandbox.groups.find((g) => g.GroupId === 'batch-0')?.messageCount).toBe(3);
  });

  it('signs each call with the profile in use and keeps no credential in the saved progress', async () => {
    const { batch, gate, idb, dbName } = setUp();
    const seen: string[] = [];
    const send = gate.transport.send.bind(gate.transport);
    gate.transport.send = (request, options) => {
      seen.push(request.url);
      return send(request, options);
    };
    await batch.load({ kind: 'text', text: exportText(1, 3) }, '');
    await batch.start();
    expect(seen[0]).toMatch(/usersig=[^&]+/);
    const { IndexedDbProgressStore } = await import('../../../src/lib/batch/progress-idb');
    const records = await new IndexedDbProgressStore(dbName, idb).open(batch.plan!.id);
    expect(records.length).toBeGreaterThan(0);
    expect(JSON.stringify(records)).not.toMatch(/usersig|eJw|sdkappid|identifier/i);
  });
});
