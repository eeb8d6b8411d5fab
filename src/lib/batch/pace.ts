/** Pacing for the runner: a shared rate limit on call starts, and back-off with jitter for retries. */

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** setTimeout-based; resolves early (without throwing) when the signal aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * At most `rate` call starts per second across every lane: each start takes the next free slot, 1000/rate ms
 * after the previous one. `rate` Infinity: no limit (the sandbox's benchmark).
 */
export class RateLimiter {
  readonly #interval: number;
  readonly #clock: () => number;
  readonly #sleep: Sleep;
  #next = -Infinity;

  constructor(rate: number, clock: () => number, sleep: Sleep) {
    this.#interval = Number.isFinite(rate) && rate > 0 ? 1000 / rate : 0;
    this.#clock = clock;
    this.#sleep = sleep;
  }

  async take(signal?: AbortSignal): Promise<void> {
    if (this.#interval === 0) return;
    const now = this.#clock();
    const slot = Math.max(now, this.#next);
    this.#next = slot + this.#interval;
    if (slot > now) await this.#sleep(slot - now, signal);
  }
}

export interface BackoffOptions {
  /** First delay, ms. Default 500. */
  baseMs?: number;
  /** Longest delay, ms. Default 30,000. */
  maxMs?: number;
  /** Attempts of one call before its group halts (resumable later). Default 10. */
  maxAttempts?: number;
}

/** Exponential back-off with "equal jitter": half the delay fixed, half random, capped. `attempt` from 1. */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 30_000;
  const delay = Math.min(max, base * 2 ** Math.min(attempt - 1, 30));
  return delay / 2 + (delay / 2) * random();
}
