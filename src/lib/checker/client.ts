/**
 * Debounced validation off the main thread. Each job carries a sequence number; only the newest job's result
 * is delivered, so a slow answer to old text never overwrites a newer one. Where `Worker` does not exist
 * (jsdom, old runtimes) or the worker cannot load, the same validation runs on the main thread, loaded lazily.
 * A worker that crashes after it loaded (out of memory on a huge document) is not replaced by the main thread,
 * which would only freeze the tab on the same text: the job fails with a message and the next one gets a new
 * worker.
 */
import { resolveContext, type ValidationContext } from '../api/context';
import { systemClock, type Clock } from '../api/facts';
import type { ValidationJob, ValidationOutcome, WorkerMessage } from './protocol';

export const DEFAULT_DEBOUNCE_MS = 150;

/** The part of `Worker` the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(job: ValidationJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export type InlineValidator = (text: string, context: ValidationContext) => Promise<ValidationOutcome>;

export interface ValidationClientOptions {
  /** `text`: the text this outcome is about (offsets refer to it). */
  onResult: (outcome: ValidationOutcome, job: { seq: number; elapsedMs: number; text: string }) => void;
  /** True while a job is waiting or running. */
  onBusy?: (busy: boolean) => void;
  /** A validation that could not run (the core threw, the worker crashed): shown, never swallowed. */
  onError?: (message: string, job: { seq: number; text: string }) => void;
  debounceMs?: number;
  /** Returns a worker, or undefined to validate on the main thread. */
  createWorker?: () => WorkerLike | undefined;
  inline?: InlineValidator;
  /** Unix seconds, for a context whose `now` is left to the live clock. Default: the core's `systemClock`. */
  clock?: Clock;
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

/** The start of a failure's message when the validator itself threw: the rest is its error's own text. */
export const VALIDATION_FAILED = 'Validation could not run: ';

export const WORKER_CRASHED =
  'Validation stopped: the browser ended the checker, most likely because this document is too large for its memory. ' +
  'Split the document, or edit it to try again.';

export class ValidationClient {
  private readonly options: ValidationClientOptions;
  private worker: WorkerLike | undefined;
  /** The worker's script loaded (it said so): an error from then on is a crash. */
  private workerReady = false;
  /** No worker can be had here: validate on the main thread. */
  private inlineOnly = false;
  /** Jobs the current worker holds. */
  private inWorker = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private started = new Map<number, { at: number; text: string }>();
  private latest: { text: string; context: ValidationContext } | undefined;
  private disposed = false;

  constructor(options: ValidationClientOptions) {
    this.options = options;
  }

  /** Validate after the debounce; a newer call within it replaces this one. */
  schedule(text: string, context: ValidationContext): void {
    if (this.disposed) return;
    this.latest = { text, context };
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.options.onBusy?.(true);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.dispatch();
    }, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  }

  /** Validate now (first load, context changes that should not wait). */
  validateNow(text: string, context: ValidationContext): void {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.latest = { text, context };
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
    const clock = this.options.clock ?? systemClock;
    const job: ValidationJob = {
      seq,
      text: this.latest.text,
      context: resolveContext(this.latest.context, clock),
    };
    this.started.set(seq, { at: performance.now(), text: job.text });
    const worker = this.ensureWorker();
    if (worker) {
      this.inWorker.add(seq);
      worker.postMessage(job);
      return;
    }
    this.runInline(job);
  }

  private ensureWorker(): WorkerLike | undefined {
    if (this.worker || this.inlineOnly) return this.worker;
    const worker = (this.options.createWorker ?? defaultWorker)();
    if (!worker) {
      this.inlineOnly = true;
      return undefined;
    }
    this.workerReady = false;
    worker.onmessage = (event) => {
      const data = event.data;
      if ('ready' in data) {
        this.workerReady = true;
        return;
      }
      this.inWorker.delete(data.seq);
      if ('error' in data) return this.fail(data.seq, VALIDATION_FAILED + data.error);
      const { seq, messages, totals, summaryError, fixes } = data;
      const text = this.started.get(seq)?.text;
      const report = data.bodyIsText && text !== undefined ? { ...data.report, body: text } : data.report;
      this.deliver(seq, {
        report,
        messages,
        totals,
        ...(summaryError === undefined ? {} : { summaryError }),
        ...(fixes === undefined ? {} : { fixes }),
      });
    };
    worker.onerror = () => {
      worker.terminate();
      this.worker = undefined;
      const lost = [...this.inWorker];
      this.inWorker.clear();
      if (!this.workerReady) {
        // The worker never loaded (blocked, unsupported): carry on in the main thread.
        this.inlineOnly = true;
        if (this.latest && !this.disposed) this.dispatch();
        return;
      }
      for (const seq of lost) this.fail(seq, WORKER_CRASHED);
    };
    this.worker = worker;
    return worker;
  }

  private runInline(job: ValidationJob): void {
    (this.options.inline ?? defaultInline)(job.text, job.context).then(
      (outcome) => this.deliver(job.seq, outcome),
      (error: unknown) =>
        this.fail(job.seq, VALIDATION_FAILED + (error instanceof Error ? error.message : String(error))),
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
    const started = this.started.get(seq);
    this.started.delete(seq);
    if (this.disposed || seq !== this.seq || !started) return;
    this.options.onError?.(message, { seq, text: started.text });
    if (this.timer === undefined) this.options.onBusy?.(false);
  }
}
