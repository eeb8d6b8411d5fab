import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_DEBOUNCE_MS,
  ValidationClient,
  WORKER_CRASHED,
  type WorkerLike,
} from '../../../src/lib/checker/client';
import type { ValidationJob, ValidationOutcome } from '../../../src/lib/checker/protocol';

class FakeWorker implements WorkerLike {
  jobs: ValidationJob[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  postMessage(job: ValidationJob) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  reply(job: ValidationJob, outcome: ValidationOutcome) {
    this.onmessage?.({ data: { seq: job.seq, ...outcome } } as MessageEvent);
  }
  ready() {
    this.onmessage?.({ data: { ready: true } } as MessageEvent);
  }
  replyError(job: ValidationJob, error: string) {
    this.onmessage?.({ data: { seq: job.seq, error } } as MessageEvent);
  }
}

function outcomeFor(text: string): ValidationOutcome {
  return {
    report: {
      ok: false,
      diagnostics: [{ severity: 'error', rule: 'r', message: text, pointer: '', offset: 0, length: 1 }],
    },
    messages: [],
    totals: { messages: 0, diagnostics: { error: 1, warning: 0, info: 0 } },
  };
}

describe('ValidationClient', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the debounce and sends only the last text', () => {
    const worker = new FakeWorker();
    const client = new ValidationClient({ onResult: vi.fn(), createWorker: () => worker });
    client.schedule('a', {});
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS - 1);
    client.schedule('ab', {});
    vi.advanceTimersByTime(DEFAULT_DEBOUNCE_MS - 1);
    expect(worker.jobs).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(worker.jobs.map((job) => job.text)).toEqual(['ab']);
  });

  it('drops results of stale jobs and reports busy until the newest answers', () => {
    const worker = new FakeWorker();
    const onResult = vi.fn();
    const onBusy = vi.fn();
    const client = new ValidationClient({ onResult, onBusy, createWorker: () => worker });
    client.validateNow('first', {});
    client.validateNow('second', {});
    const [first, second] = worker.jobs;
    expect(second.seq).toBeGreaterThan(first.seq);
    worker.reply(second, outcomeFor('second'));
    worker.reply(first, outcomeFor('first'));
    expect(onResult).toHaveBeenCalledTimes(1);
    expect(onResult.mock.calls[0][0]).toEqual(outcomeFor('second'));
    expect(onResult.mock.calls[0][1]).toMatchObject({ seq: second.seq, text: 'second' });
    expect(onBusy.mock.calls.map((call) => call[0])).toEqual([true, true, false]);
  });

  it("passes the worker's fixes on with the report, and leaves them out when the worker sent none", () => {
    const worker = new FakeWorker();
    const onResult = vi.fn();
    const client = new ValidationClient({ onResult, createWorker: () => worker });
    client.validateNow('a', {});
    const fix = {
      kind: 'edit' as const,
      rule: 'r',
      pointer: '',
      offset: 0,
      length: 1,
      title: 'Remove this comment',
      titleId: 'fix.remove-comment' as const,
      edits: [{ offset: 0, length: 1, text: '' }],
    };
    worker.reply(worker.jobs[0], { ...outcomeFor('a'), fixes: [fix] });
    expect(onResult.mock.calls[0][0].fixes).toEqual([fix]);
    client.validateNow('b', {});
    worker.reply(worker.jobs[1], outcomeFor('b'));
    expect(onResult.mock.calls[1][0]).not.toHaveProperty('fixes');
  });

  it('validates on the main thread when no worker can be made', async () => {
    const inline = vi.fn(async (text: string) => outcomeFor(text));
    const onResult = vi.fn();
    const client = new ValidationClient({ onResult, inline, createWorker: () => undefined });
    client.validateNow('x', { maxMessageBytes: 12000 });
    await vi.runAllTimersAsync();
    expect(inline).toHaveBeenCalledWith('x', expect.objectContaining({ maxMessageBytes: 12000 }));
    expect(onResult).toHaveBeenCalledWith(outcomeFor('x'), expect.anything());
  });

  it('falls back to the main thread when the worker breaks, and reruns the latest text', async () => {
    const worker = new FakeWorker();
    const inline = vi.fn(async (text: string) => outcomeFor(text));
    const onResult = vi.fn();
    const client = new ValidationClient({ onResult, inline, createWorker: () => worker });
    client.validateNow('y', {});
    worker.onerror?.(new Event('error'));
    await vi.runAllTimersAsync();
    expect(worker.terminated).toBe(true);
    expect(inline).toHaveBeenCalledWith('y', expect.anything());
    expect(onResult).toHaveBeenCalledWith(outcomeFor('y'), expect.anything());
  });

  it('does not rerun on the main thread a job that crashed the worker; the next job gets a new worker', async () => {
    const workers: FakeWorker[] = [];
    const inline = vi.fn(async (text: string) => outcomeFor(text));
    const onError = vi.fn();
    const onResult = vi.fn();
    const onBusy = vi.fn();
    const client = new ValidationClient({
      onResult,
      onError,
      onBusy,
      inline,
      createWorker: () => {
        workers.push(new FakeWorker());
        return workers.at(-1);
      },
    });
    client.validateNow('huge', {});
    workers[0].ready();
    workers[0].onerror?.(new Event('error')); // e.g. out of memory while on the job
    await vi.runAllTimersAsync();
    expect(workers[0].terminated).toBe(true);
    expect(inline).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledWith(WORKER_CRASHED, { seq: 1, text: 'huge' });
    expect(onBusy).toHaveBeenLastCalledWith(false);
    client.validateNow('smaller', {});
    expect(workers).toHaveLength(2);
    workers[1].reply(workers[1].jobs[0], outcomeFor('smaller'));
    expect(onResult).toHaveBeenCalledWith(
      outcomeFor('smaller'),
      expect.objectContaining({ text: 'smaller' }),
    );
  });

  it('reports a validation that threw, in the worker or inline', async () => {
    const worker = new FakeWorker();
    const onError = vi.fn();
    const client = new ValidationClient({ onResult: vi.fn(), onError, createWorker: () => worker });
    client.validateNow('z', {});
    worker.replyError(worker.jobs[0], 'boom');
    expect(onError).toHaveBeenCalledWith('Validation could not run: boom', { seq: 1, text: 'z' });

    const inlineError = vi.fn();
    const inlineClient = new ValidationClient({
      onResult: vi.fn(),
      onError: inlineError,
      createWorker: () => undefined,
      inline: async () => {
        throw new Error('core missing');
      },
    });
    inlineClient.validateNow('z', {});
    await vi.runAllTimersAsync();
    expect(inlineError).toHaveBeenCalledWith('Validation could not run: core missing', { seq: 1, text: 'z' });
  });

  it('delivers nothing after dispose and stops the worker', () => {
    const worker = new FakeWorker();
    const onResult = vi.fn();
    const client = new ValidationClient({ onResult, createWorker: () => worker });
    client.validateNow('a', {});
    client.schedule('b', {});
    client.dispose();
    worker.reply(worker.jobs[0], outcomeFor('a'));
    vi.advanceTimersByTime(1000);
    expect(onResult).not.toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
    expect(worker.jobs).toHaveLength(1);
  });

  it('uses the live clock unless "now" is fixed', () => {
    const worker = new FakeWorker();
    let clock = 1000;
    const client = new ValidationClient({
      onResult: vi.fn(),
      createWorker: () => worker,
      clock: () => clock,
    });
    client.validateNow('a', {});
    clock = 2000;
    client.validateNow('a', {});
    client.validateNow('a', { now: 5 });
    expect(worker.jobs.map((job) => job.context.now)).toEqual([1000, 2000, 5]);
  });

  it('sends the worker the resolved context: unset fields left out, the budget defaulted', () => {
    const worker = new FakeWorker();
    const client = new ValidationClient({ onResult: vi.fn(), createWorker: () => worker, clock: () => 42 });
    client.validateNow('a', { groupType: undefined, maxMessageBytes: 12000 });
    client.validateNow('a', { now: 7, groupType: 'Public' });
    expect(worker.jobs.map((job) => job.context)).toStrictEqual([
      { now: 42, maxMessageBytes: 12000 },
      { now: 7, groupType: 'Public', maxMessageBytes: 8000 },
    ]);
  });
});
