/**
 * The Batch view's store (loaded on first use: AppState.batch is a Lazy): loading a whole export (a file or
 * pasted text, read and planned in a Web Worker with progress and Cancel), the plan's figures and its export,
 * the run settings, the run itself (./batch-run.svelte.ts) and the report. It makes no sentence: what it shows
 * is ids, parameters and numbers, said by the components in the page's language.
 */
import type { LoadProblem } from '../batch/load';
import { loadAndPlan, type LoadRequest } from '../batch/load-client';
import type { LoadedInput, LoadSource } from '../batch/load-protocol';
import type { LoadProgress } from '../batch/load-stream';
import { exportPlanJson } from '../batch/plan-summary';
import { DEFAULT_RATE, MAX_RATE, type BatchPlan } from '../batch/plan-types';
import type { ProgressStore } from '../batch/progress';
import { IndexedDbProgressStore } from '../batch/progress-idb';
import { reportCsv, reportJson, reportSeries, type ReportWords, type SeriesBucket } from '../batch/report';
import type { TransportFor } from '../send/build-only';
import type { Target } from '../send/transport';
import { BatchRun, type RunSettings } from './batch-run.svelte';
import type { EndpointState } from './endpoint.svelte';
import type { SandboxState } from './sandbox.svelte';

export type { RunSettings, SavedProgress } from './batch-run.svelte';

export interface BatchStateOptions {
  endpoint: EndpointState;
  /** The page's selected target (SendingState.target). */
  target: () => Target;
  transportFor: TransportFor;
  sandbox: () => Promise<SandboxState>;
  /** Where progress is saved (default: IndexedDB). */
  progressStore?: () => ProgressStore;
  /** The load worker (default: a module worker; tests: undefined = this thread). */
  createWorker?: LoadRequest['createWorker'];
  clock?: () => number;
}

/** `empty`: nothing loaded; `loading`: in the worker; `ready`: a plan; `failed`: `loadError` says why. */
export type LoadStage = 'empty' | 'loading' | 'ready' | 'failed';

/** Why a load gave no plan: the input's own problems, or the worker's failure. */
export type LoadError =
  { kind: 'problems'; problems: LoadProblem[] } | { kind: 'failed'; reason: string } | { kind: 'cancelled' };

export const MAX_CONCURRENCY = 64;
export const DEFAULT_CONCURRENCY = 8;

const clamp = (value: number, min: number, max: number, fallback: number) =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;

export class BatchState {
  readonly #options: BatchStateOptions;
  #abort: AbortController | undefined;

  #stage = $state<LoadStage>('empty');
  #progress = $state.raw<LoadProgress | undefined>(undefined);
  #error = $state.raw<LoadError | undefined>(undefined);
  #source = $state('');
  #input = $state.raw<LoadedInput | undefined>(undefined);
  #run = $state.raw<BatchRun | undefined>(undefined);
  #rate = $state(DEFAULT_RATE);
  #concurrency = $state(DEFAULT_CONCURRENCY);
  #onPermanentFailure = $state<'continue' | 'stop'>('continue');

  constructor(options: BatchStateOptions) {
    this.#options = options;
  }

  get stage(): LoadStage {
    return this.#stage;
  }

  /** Bytes read so far (read phase), or the phase after it. */
  get progress(): LoadProgress | undefined {
    return this.#progress;
  }

  get loadError(): LoadError | undefined {
    return this.#error;
  }

  /** The file's name, or '' for pasted text. */
  get source(): string {
    return this.#source;
  }

  get input(): LoadedInput | undefined {
    return this.#input;
  }

  get plan(): BatchPlan | undefined {
    return this.#run?.plan;
  }

  /** The plan's run (undefined before a plan is loaded). */
  get run(): BatchRun | undefined {
    return this.#run;
  }

  /** The page's target (a run goes there) and the profile in use (its credentials sign each call). */
  get target(): Target {
    return this.#options.target();
  }

  get profileName(): string {
    return this.#options.endpoint.profile.name;
  }

  get rate(): number {
    return this.#rate;
  }

  get concurrency(): number {
    return this.#concurrency;
  }

  get onPermanentFailure(): 'continue' | 'stop' {
    return this.#onPermanentFailure;
  }

  /** The least the run can take at the chosen rate, seconds. */
  get estimatedSeconds(): number {
    const requests = this.plan?.summary.requests ?? 0;
    return Math.ceil(requests / this.#rate);
  }

  setRate(rate: number): void {
    this.#rate = clamp(rate, 1, MAX_RATE, DEFAULT_RATE);
  }

  setConcurrency(concurrency: number): void {
    this.#concurrency = clamp(concurrency, 1, MAX_CONCURRENCY, DEFAULT_CONCURRENCY);
  }

  setOnPermanentFailure(mode: 'continue' | 'stop'): void {
    this.#onPermanentFailure = mode;
  }

  /** Reads and plans `source` in the worker; a load under way is cancelled first, and so is an idle plan. */
  async load(source: LoadSource, name = ''): Promise<void> {
    if (this.#run?.active) return;
    this.cancelLoad();
    this.#run?.dispose();
    this.#run = undefined;
    const abort = new AbortController();
    this.#abort = abort;
    this.#stage = 'loading';
    this.#error = undefined;
    this.#input = undefined;
    this.#source = name;
    this.#progress = {
      phase: 'read',
      loaded: 0,
      total: source.kind === 'file' ? source.file.size : undefined,
    };
    try {
      const loaded = await loadAndPlan({
        source,
        plan: { rate: this.#rate },
        signal: abort.signal,
        createWorker: this.#options.createWorker,
        onProgress: (progress) => {
          if (this.#abort === abort) this.#progress = progress;
        },
      });
      if (this.#abort !== abort) return;
      const { input, plan } = loaded;
      this.#input = input;
      if (input.messageCount === 0) {
        this.#fail({ kind: 'problems', problems: input.fileProblems });
        return;
      }
      const run = new BatchRun(plan, {
        endpoint: this.#options.endpoint,
        target: this.#options.target,
        transportFor: this.#options.transportFor,
        sandbox: this.#options.sandbox,
        progressStore: this.#options.progressStore ?? (() => new IndexedDbProgressStore()),
        clock: this.#options.clock,
      });
      await run.findSaved();
      if (this.#abort !== abort) return run.dispose();
      this.#run = run;
      this.#stage = 'ready';
    } catch (error) {
      if (this.#abort !== abort) return;
      const aborted = error instanceof DOMException && error.name === 'AbortError';
      this.#fail(
        aborted
          ? { kind: 'cancelled' }
          : { kind: 'failed', reason: error instanceof Error ? error.message : String(error) },
      );
    } finally {
      if (this.#abort === abort) {
        this.#abort = undefined;
        this.#progress = undefined;
      }
    }
  }

  /** Stops the load under way (the worker is terminated). */
  cancelLoad(): void {
    const abort = this.#abort;
    if (!abort) return;
    abort.abort();
  }

  #fail(error: LoadError): void {
    this.#stage = error.kind === 'cancelled' ? 'empty' : 'failed';
    this.#error = error;
  }

  /** Runs the plan (resuming saved progress); `fresh` forgets the saved progress first. */
  start(options: { fresh?: boolean } = {}): Promise<void> {
    const settings: RunSettings = {
      rate: this.#rate,
      concurrency: this.#concurrency,
      onPermanentFailure: this.#onPermanentFailure,
    };
    return this.#run?.start(settings, options) ?? Promise.resolve();
  }

  pause(): Promise<void> {
    return this.#run?.pause() ?? Promise.resolve();
  }

  resume(): void {
    this.#run?.resume();
  }

  cancel(): Promise<void> {
    return this.#run?.cancel() ?? Promise.resolve();
  }

  /** The plan as JSON text in pieces (no credential is part of a plan). */
  planJson(): Iterable<string> {
    return this.plan ? exportPlanJson(this.plan) : [];
  }

  /** The report, one row per input message, in pieces; its explanations in `words`' language (default English). */
  report(format: 'csv' | 'json', words?: ReportWords): Iterable<string> {
    const plan = this.plan;
    const results = this.#run?.results;
    if (!plan || !results) return [];
    return format === 'csv' ? reportCsv(plan, results, words) : reportJson(plan, results, words);
  }

  /** Results over time (successes, failures by code) in buckets of a round size. */
  get series(): { bucketMs: number; buckets: SeriesBucket[] } {
    const results = this.#run?.results;
    return results ? reportSeries(results, 60) : { bucketMs: 1000, buckets: [] };
  }

  dispose(): void {
    this.cancelLoad();
    this.#run?.dispose();
  }
}
