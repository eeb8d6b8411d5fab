/**
 * The batch runner: sends a plan's requests through a Transport, each group's calls strictly in order (the next
 * only after the previous one is answered), groups side by side up to `concurrency`, call starts paced by a
 * shared rate limit. Transient failures are retried with back-off and the same body (so the same Randoms); an
 * unanswered call is resent the same way, and the service's own rules keep its messages single (see
 * MESSAGE_STATUS.unconfirmed). Progress is saved before and after every call; a new runner on the same store
 * resumes exactly where the last one stopped. Plain TypeScript: the page and the CLI drive the same object.
 */
import type { BuiltRequest } from '../api';
import type { Transport } from '../send/transport';
import { classifyResult, TRANSIENT_CODES, type CallOutcome, type FailureClass } from './classify';
import { backoffDelay, RateLimiter, realSleep, type BackoffOptions, type Sleep } from './pace';
import { DEFAULT_RATE, MAX_RATE, requestBody, type BatchPlan } from './plan-types';
import { MemoryProgressStore, MESSAGE_STATUS, type MessageOutcome, type ProgressStore } from './progress';
import { RunResults } from './run-state';
import { runSnapshot, type RunSnapshot, type RunStatus, type StopReason } from './run-snapshot';

export type { RunSnapshot, RunStatus, StopReason } from './run-snapshot';

export interface BatchRunnerOptions {
  plan: BatchPlan;
  transport: Transport;
  /** The call for a body: the core's buildImportRequest with host and credentials (kept out of the runner). */
  buildRequest: (body: string) => BuiltRequest;
  /** Call starts per second, 1 to 200 (default 100). Infinity: no limit (the sandbox only). */
  rate?: number;
  /** Groups in flight at once (default 8, 1 to 64). */
  concurrency?: number;
  /** Where progress is saved (default: memory only). */
  store?: ProgressStore;
  /** After a permanent failure (a message or a call refused for good): go on (default) or stop. */
  onPermanentFailure?: 'continue' | 'stop';
  retry?: BackoffOptions;
  /** Milliseconds (default Date.now). */
  clock?: () => number;
  sleep?: Sleep;
  /** For the back-off jitter (default Math.random). */
  random?: () => number;
}

export type RunEvent =
  | { type: 'status'; status: RunStatus }
  /** A call was answered (or gave up on): read `runner.snapshot()` for the figures. */
  | {
      type: 'call';
      request: number;
      attempt: number;
      outcome: CallOutcome['kind'];
      failure?: FailureClass;
      code?: number;
    }
  | {
      type: 'retry';
      request: number;
      attempt: number;
      delayMs: number;
      failure: FailureClass;
      code?: number;
    };

export interface BatchRunner {
  readonly plan: BatchPlan;
  readonly results: RunResults;
  snapshot(): RunSnapshot;
  subscribe(listener: (event: RunEvent) => void): () => void;
  /** Loads saved progress and runs until every call is settled, or the run stops or is cancelled. */
  start(): Promise<RunSnapshot>;
  /** No new calls; resolves once the calls in flight are answered. */
  pause(): Promise<void>;
  resume(): void;
  /** Aborts the calls in flight (they count as unanswered) and ends the run; progress stays saved. */
  cancel(): Promise<void>;
}

const RATE_WINDOW_MS = 10_000;

export function createBatchRunner(options: BatchRunnerOptions): BatchRunner {
  const { plan, transport, buildRequest } = options;
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const rate =
    options.rate === Infinity
      ? Infinity
      : Math.min(MAX_RATE, Math.max(1, Math.floor(options.rate ?? DEFAULT_RATE)));
  const concurrency = Math.min(64, Math.max(1, Math.floor(options.concurrency ?? 8)));
  const store = options.store ?? new MemoryProgressStore();
  const stopOnPermanent = options.onPermanentFailure === 'stop';
  const maxAttempts = Math.max(1, options.retry?.maxAttempts ?? 10);
  const limiter = new RateLimiter(rate, clock, sleep);
  const results = new RunResults(plan);
  const listeners = new Set<(event: RunEvent) => void>();
  const abort = new AbortController();
  const requestCount = plan.requests.count.length;
  const byFailure: Partial<Record<FailureClass, number>> = {};
  const callTimes: number[] = []; // answer times in the rate window
  let status: RunStatus = 'idle';
  let stopReason: StopReason | undefined;
  let requestsDone = 0;
  let retries = 0;
  let inFlight = 0;
  let startedAt: number | undefined;
  const haltedGroups = new Set<number>();
  let resumeGate: { promise: Promise<void>; open: () => void } | undefined;
  let idleWaiters: (() => void)[] = [];
  let running: Promise<RunSnapshot> | undefined;

  const emit = (event: RunEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // a listener's bug must not break the run
      }
    }
  };
  const setStatus = (next: RunStatus) => {
    if (status === next) return;
    status = next;
    emit({ type: 'status', status });
  };
  const stop = (reason: StopReason) => {
    stopReason ??= reason;
    if (status === 'running' || status === 'pausing' || status === 'paused') setStatus('stopping');
    resumeGate?.open();
  };
  const ended = () => status === 'stopping' || status === 'cancelled';

  const rateNow = (): number => {
    const now = clock();
    while (callTimes.length > 0 && callTimes[0] < now - RATE_WINDOW_MS) callTimes.shift();
    const span = Math.min(RATE_WINDOW_MS, now - (startedAt ?? now));
    return span > 0 ? (callTimes.length * 1000) / span : 0;
  };

  const snapshot = (): RunSnapshot =>
    runSnapshot({
      plan,
      results,
      status,
      requestsDone,
      inFlight,
      ratePerSecond: rateNow(),
      elapsedMs: startedAt === undefined ? 0 : clock() - startedAt,
      byFailure,
      retries,
      haltedGroups: haltedGroups.size,
      stopReason,
    });

  const save = async (record: Parameters<ProgressStore['append']>[0]): Promise<boolean> => {
    try {
      await store.append(record);
      return true;
    } catch (error) {
      stop({
        id: 'stop.store-failed',
        params: { detail: error instanceof Error ? error.message : String(error) },
      });
      return false;
    }
  };

  const countFailure = (failure: FailureClass) => (byFailure[failure] = (byFailure[failure] ?? 0) + 1);

  /** Waits while paused; false when the run is ending. */
  const mayContinue = async (): Promise<boolean> => {
    while (status === 'pausing' || status === 'paused') {
      if (inFlight === 0 && status === 'pausing') setStatus('paused');
      resumeGate ??= gate();
      await resumeGate.promise;
    }
    return !ended();
  };

  const settleRequest = async (r: number, outcomes: MessageOutcome[]): Promise<boolean> => {
    const at = clock();
    for (const outcome of outcomes) results.settle(outcome, at);
    if (results.pendingSlots(r).length === 0) requestsDone++;
    return save({ k: 'done', r, at, m: outcomes });
  };

  /** Marks every pending message of the group from request `from` on as skipped with `code`. */
  const skipRest = async (g: number, from: number, code: number): Promise<void> => {
    const group = plan.groups[g];
    for (let r = from; r < group.firstRequest + group.requestCount; r++) {
      const first = plan.requests.first[r];
      const slots = results.pendingSlots(r);
      if (slots.length === 0) continue;
      const outcomes = slots.map((k): MessageOutcome => [first + k, MESSAGE_STATUS.skipped, code, -1, -1]);
      if (!(await settleRequest(r, outcomes))) return;
    }
  };

  /** One request of a group, until it is settled, halted or the run ends. Returns false to leave the group. */
  const runRequest = async (g: number, r: number): Promise<boolean> => {
    const first = plan.requests.first[r];
    for (let attempt = 1; ; attempt++) {
      const slots = results.pendingSlots(r);
      if (slots.length === 0) return true;
      if (!(await mayContinue())) return false;
      await limiter.take(abort.signal);
      if (ended()) return false;
      const positions = slots.map((k) => first + k);
      const lostBefore = positions.map((p) => results.maybeStored[p] === 1);
      if (!(await save({ k: 'sent', r, p: positions, at: clock() }))) return false;
      results.markSent(positions);
      inFlight++;
      let outcome: CallOutcome;
      try {
        const body = requestBody(plan, r, slots.length === plan.requests.count[r] ? undefined : slots);
        const answer = await transport.send(buildRequest(body), { signal: abort.signal });
        outcome = classifyResult(answer, slots.length);
      } catch (error) {
        outcome = {
          kind: 'run-failed',
          failure: 'configuration',
          detail: error instanceof Error ? error.message : String(error),
        };
      } finally {
        inFlight--;
      }
      callTimes.push(clock());
      const code = 'code' in outcome ? outcome.code : undefined;
      const failure =
        'failure' in outcome ? outcome.failure : outcome.kind === 'group-failed' ? 'group' : undefined;
      if (failure) countFailure(failure);
      emit({ type: 'call', request: r, attempt, outcome: outcome.kind, failure, code });
      if (status === 'pausing' && inFlight === 0) setStatus('paused');

      switch (outcome.kind) {
        case 'aborted':
          return false; // stays unanswered: resent with the same Randoms on resume
        case 'run-failed':
          stop({
            id: `stop.${outcome.failure}`,
            params: { code: outcome.code ?? '', status: outcome.status ?? '', detail: outcome.detail ?? '' },
          });
          return false;
        case 'transient': {
          if (!outcome.maybeStored)
            positions.forEach((p, i) => (results.maybeStored[p] = lostBefore[i] ? 1 : 0));
          if (attempt >= maxAttempts) {
            haltedGroups.add(g);
            return false;
          }
          const delayMs = backoffDelay(attempt, options.retry ?? {}, random);
          retries++;
          emit({ type: 'retry', request: r, attempt, delayMs, failure: outcome.failure, code: outcome.code });
          await sleep(delayMs, abort.signal);
          continue;
        }
        case 'call-failed':
        case 'group-failed': {
          const outcomes = positions.map((p): MessageOutcome => [
            p,
            MESSAGE_STATUS.failed,
            outcome.code,
            -1,
            -1,
          ]);
          if (!(await settleRequest(r, outcomes))) return false;
          if (stopOnPermanent) {
            stop({ id: 'stop.permanent-failure', params: { code: outcome.code, request: r } });
            return false;
          }
          if (outcome.kind === 'group-failed') {
            await skipRest(g, r + 1, outcome.code);
            return false;
          }
          return true;
        }
        case 'answered': {
          const { outcomes, retry, permanent } = readAnswer(positions, lostBefore, outcome.results);
          if (outcomes.length > 0 && !(await settleRequest(r, outcomes))) return false;
          if (permanent && stopOnPermanent) {
            stop({ id: 'stop.permanent-failure', params: { code: permanent, request: r } });
            return false;
          }
          if (retry) {
            if (attempt >= maxAttempts) {
              haltedGroups.add(g);
              return false;
            }
            retries++;
            const delayMs = backoffDelay(attempt, options.retry ?? {}, random);
            emit({ type: 'retry', request: r, attempt, delayMs, failure: 'server-busy', code: retry });
            await sleep(delayMs, abort.signal);
          }
        }
      }
    }
  };

  const runGroup = async (g: number): Promise<void> => {
    const group = plan.groups[g];
    for (let r = group.firstRequest; r < group.firstRequest + group.requestCount; r++)
      if (!(await runRequest(g, r))) return;
  };

  const run = async (): Promise<RunSnapshot> => {
    setStatus('loading');
    try {
      results.replay(await store.open(plan.id));
    } catch (error) {
      stopReason = {
        id: 'stop.store-open-failed',
        params: { detail: error instanceof Error ? error.message : String(error) },
      };
      setStatus('stopped');
      return snapshot();
    }
    for (let r = 0; r < requestCount; r++) if (results.pendingSlots(r).length === 0) requestsDone++;
    startedAt = clock();
    if (status === 'loading') setStatus('running'); // pause() during loading leaves it 'pausing'
    const queue: number[] = [];
    for (let g = 0; g < plan.groups.length; g++) if (plan.groups[g].requestCount > 0) queue.push(g);
    const lane = async () => {
      for (let g = queue.shift(); g !== undefined && !ended(); g = queue.shift()) await runGroup(g);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, queue.length)) }, lane));
    for (const waiter of idleWaiters) waiter();
    idleWaiters = [];
    if (status === 'cancelled') return snapshot();
    setStatus(stopReason ? 'stopped' : results.finalCount === results.status.length ? 'done' : 'incomplete');
    return snapshot();
  };

  /** Per message of an answered call: final outcomes, and whether a tail of them should be retried. */
  function readAnswer(
    positions: number[],
    lostBefore: boolean[],
    rows: { Result: number; MsgSeq?: number; MsgTime?: number }[],
  ): { outcomes: MessageOutcome[]; retry?: number; permanent?: number } {
    // A message with a "retry" Result can be sent again only if no message after it was stored (time order).
    let lastStored = -1;
    rows.forEach((row, i) => {
      if (row.Result === 0 || (row.Result === 10004 && lostBefore[i])) lastStored = i;
    });
    const outcomes: MessageOutcome[] = [];
    let retry: number | undefined;
    let permanent: number | undefined;
    rows.forEach((row, i) => {
      const p = positions[i];
      if (row.Result === 0)
        outcomes.push([p, MESSAGE_STATUS.imported, 0, row.MsgSeq ?? -1, row.MsgTime ?? -1]);
      else if (row.Result === 10004 && lostBefore[i])
        outcomes.push([p, MESSAGE_STATUS.unconfirmed, 10004, -1, -1]);
      else if (TRANSIENT_CODES.has(row.Result) && i > lastStored) retry ??= row.Result;
      else {
        permanent ??= row.Result;
        outcomes.push([p, MESSAGE_STATUS.failed, row.Result, -1, -1]);
      }
    });
    return { outcomes, retry, permanent };
  }

  return {
    plan,
    results,
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      running ??= run();
      return running;
    },
    async pause() {
      if (status !== 'running' && status !== 'loading') return;
      setStatus(inFlight === 0 ? 'paused' : 'pausing');
      if (inFlight === 0) return;
      await new Promise<void>((resolve) => {
        const off = this.subscribe((event) => {
          if (event.type === 'status' && event.status !== 'pausing') {
            off();
            resolve();
          }
        });
      });
    },
    resume() {
      if (status !== 'paused' && status !== 'pausing') return;
      setStatus('running');
      const current = resumeGate;
      resumeGate = undefined;
      current?.open();
    },
    async cancel() {
      if (status === 'done' || status === 'incomplete' || status === 'stopped' || status === 'cancelled')
        return;
      const wasIdle = status === 'idle';
      setStatus('cancelled');
      abort.abort();
      resumeGate?.open();
      if (!wasIdle && running) await running;
      await store.close().catch(() => undefined);
    },
  };
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
