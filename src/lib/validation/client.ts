/**
 * Debounced validation off the main thread. Each job carries a sequence number; only the newest job's result
 * is delivered, so a slow answer to old text never overwrites a newer one. Where `Worker` does not exist
 * (jsdom, old runtimes) or the worker fails, the same validation runs on the main thread, loaded lazily.
 */
import type { ValidationContext } from '../api';
import type { ValidationFailure, ValidationJob, ValidationOutcome, ValidationReply } from './protocol';

export const DEFAULT_DEBOUNCE_MS = 150;

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(job: ValidationJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ValidationReply | ValidationFailure>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export type InlineValidator = (
  text: string,
  context: Partial<ValidationContext>,
) => Promise<ValidationOutcome>;

export interface ValidationClientOptions {
  /** `text`: the text this outcome is about (offsets refer to it). */
  onResult: (outcome: ValidationOutcome, job: { seq: number; elapsedMs: number; text: string }) => void;
  /** True while a job is waiting or running. */
  onBusy?: (busy: boolean) => void;
  /** A validation that could not run at all (the core threw): shown, never swallowed. */
  onError?: (message: string) => void;
  debounceMs?: number;
  /** Returns a worker, or undefined to validate on the main thread. */
  createWorker?: () => WorkerLike | undefined;
  inline?: InlineValidator;
  /** Unix seconds, for a context whose `now` is left to the live clock. */
  clock?: () => number;
}

export interface ContextSettings extends Omit<Partial<ValidationContext>, 'now'> {
  /** Unix seconds; undefined: the live clock at validation time. */
  now?: number;
}

function defaultWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./validation.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as WorkerLike;
  } catch {
    return undefined;
  }
}

const defaultInline: InlineValidator = async (text, context) => {
  const { runValidation } = await import('./run');
  return runValidation(text, context);
};

export const wallClockSeconds = () => Math.floor(Date.now() / 1000);

/** The context the validator gets: `now` fixed by the user, or the clock's. */
export function resolveContext(settings: ContextSettings, clock: () => number): Partial<ValidationContext> {
  const context: Partial<ValidationContext> = { ...settings, now: settings.now ?? clock() };
  for (const key of Object.keys(context) as (keyof ValidationContext)[]) {
    if (context[key] === undefined) delete context[key];
  }
  return context;
}

export class ValidationClient {
  private readonly options: ValidationClientOptions;
  private worker: WorkerLike | undefined;
  private workerTried = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private started = new Map<number, { at: number; text: string }>();
  private latest: { text: string; settings: ContextSettings } | undefined;
  private disposed = false;

  constructor(options: ValidationClientOptions) {
    this.options = options;
  }

  /** Validate after the debounce; a newer call within it replaces this one. */
  schedule(text: string, settings: ContextSettings): void {
    if (this.disposed) return;
    this.latest = { text, settings };
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.options.onBusy?.(true);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dispatch();
    }, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** Validate now (first load, context changes that should not wait). */
  validateNow(text: string, settings: ContextSettings): void {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.latest = { text, settings };
    this.options.onBusy?.(true);
    this.dispatch();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = undefined;
  }

  private dispatch(): void {
    if (!this.latest) return;
    const seq = ++this.seq;
    const clock = this.options.clock ?? wallClockSeconds;
    const job: ValidationJob = {
      seq,
      text: this.latest.text,
      context: resolveContext(this.latest.settings, clock),
    };
    this.started.set(seq, { at: performance.now(), text: job.text });
    const worker = this.ensureWorker();
    if (worker) {
      worker.postMessage(job);
      return;
    }
    this.runInline(job);
  }

  private ensureWorker(): WorkerLike | undefined {
    if (this.workerTried) return this.worker;
    this.workerTried = true;
    const worker = (this.options.createWorker ?? defaultWorker)();
    if (!worker) return undefined;
    worker.onmessage = (event) => {
      const data = event.data;
      if ('error' in data) return this.fail(data.seq, data.error);
      const { seq, report, messages } = data;
      this.deliver(seq, { report, messages });
    };
    worker.onerror = () => {
      // The worker itself broke (failed to load, crashed): carry on in the main thread.
      worker.terminate();
      this.worker = undefined;
      if (this.latest && !this.disposed) this.dispatch();
    };
    this.worker = worker;
    return worker;
  }

  private runInline(job: ValidationJob): void {
    (this.options.inline ?? defaultInline)(job.text, job.context).then(
      (outcome) => this.deliver(job.seq, outcome),
      (error: unknown) => this.fail(job.seq, error instanceof Error ? error.message : String(error)),
    );
  }

  private deliver(seq: number, outcome: ValidationOutcome): void {
    const started = this.started.get(seq);
    this.started.delete(seq);
    if (this.disposed || seq !== this.seq || !started) return; // stale: a newer job is on its way
    this.options.onResult(outcome, { seq, elapsedMs: performance.now() - started.at, text: started.text });
    if (this.timer === undefined) this.options.onBusy?.(false);
  }

  private fail(seq: number, message: string): void {
    this.started.delete(seq);
    if (this.disposed || seq !== this.seq) return;
    this.options.onError?.(`Validation could not run: ${message}`);
    if (this.timer === undefined) this.options.onBusy?.(false);
  }
}
