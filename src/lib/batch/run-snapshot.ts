/** The runner's state at a glance, for a progress bar, a tally and the terminal line. */
import type { FailureClass } from './classify';
import type { BatchPlan } from './plan-types';
import type { RunResults } from './run-state';

export type RunStatus =
  | 'idle'
  | 'loading'
  | 'running'
  | 'pausing'
  | 'paused'
  | 'stopping'
  | 'done'
  | 'incomplete'
  | 'stopped'
  | 'cancelled';

/** Why a run stopped: an id of messages.ts and its parameters. */
export interface StopReason {
  id: string;
  params: Record<string, string | number>;
}

export interface RunSnapshot {
  status: RunStatus;
  planId: string;
  calls: { done: number; total: number; inFlight: number };
  messages: {
    total: number;
    done: number;
    imported: number;
    unconfirmed: number;
    failed: number;
    skipped: number;
    pending: number;
  };
  /** Calls answered per second over the last 10 s. */
  ratePerSecond: number;
  /** Remaining calls at the current rate; undefined before any call was answered. */
  etaSeconds?: number;
  elapsedMs: number;
  /** Final messages by Result code; 'unconfirmed' and 'skipped' apart. */
  byResult: Record<string, number>;
  /** Failed call attempts (retried or not) by class, in this session. */
  byFailure: Partial<Record<FailureClass, number>>;
  retries: number;
  /** Groups left with pending messages after their retries ran out (resume tries them again). */
  haltedGroups: number;
  stopReason?: StopReason;
}

export function runSnapshot(input: {
  plan: BatchPlan;
  results: RunResults;
  status: RunStatus;
  requestsDone: number;
  inFlight: number;
  ratePerSecond: number;
  elapsedMs: number;
  byFailure: Partial<Record<FailureClass, number>>;
  retries: number;
  haltedGroups: number;
  stopReason?: StopReason;
}): RunSnapshot {
  const counts = input.results.counts();
  const total = input.plan.requests.count.length;
  const remaining = total - input.requestsDone;
  return {
    status: input.status,
    planId: input.plan.id,
    calls: { done: input.requestsDone, total, inFlight: input.inFlight },
    messages: {
      total: input.results.status.length,
      done: input.results.finalCount,
      ...counts,
    },
    ratePerSecond: input.ratePerSecond,
    ...(input.ratePerSecond > 0 ? { etaSeconds: Math.ceil(remaining / input.ratePerSecond) } : {}),
    elapsedMs: input.elapsedMs,
    byResult: input.results.tallyByResult(),
    byFailure: { ...input.byFailure },
    retries: input.retries,
    haltedGroups: input.haltedGroups,
    ...(input.stopReason ? { stopReason: input.stopReason } : {}),
  };
}
