/**
 * One plan's runs in the page (BatchState owns it): the runner (src/lib/batch/runner.ts) against the transport
 * of the page's target, its live snapshot (refreshed at most every 100 ms), pause, resume, cancel, and the
 * progress saved in IndexedDB after every acknowledged call, found again when the same plan is loaded after a
 * reload. Credentials are read from the profile in use for each call and go nowhere else: the saved progress
 * holds positions, codes and times only.
 */
import { buildImportRequest } from '../api/request';
import type { BatchPlan } from '../batch/plan-types';
import type { ProgressStore } from '../batch/progress';
import { RunResults } from '../batch/run-state';
import { createBatchRunner, type BatchRunner, type RunSnapshot, type RunStatus } from '../batch/runner';
import type { TransportFor } from '../send/build-only';
import type { Target } from '../send/transport';
import type { EndpointState } from './endpoint.svelte';
import type { SandboxState } from './sandbox.svelte';

export interface RunSettings {
  rate: number;
  concurrency: number;
  onPermanentFailure: 'continue' | 'stop';
}

export interface BatchRunDeps {
  endpoint: EndpointState;
  target: () => Target;
  transportFor: TransportFor;
  /** The page's sandbox: a run against it first adds the groups the plan names (as import_group would). */
  sandbox: () => Promise<SandboxState>;
  progressStore: () => ProgressStore;
  /** Clock for the runner, ms. */
  clock?: () => number;
}

/** Saved progress of this plan found when it was loaded (a reload, another visit). */
export interface SavedProgress {
  done: number;
  total: number;
}

const ACTIVE: ReadonlySet<RunStatus> = new Set(['loading', 'running', 'pausing', 'paused', 'stopping']);
const REFRESH_MS = 100;

export class BatchRun {
  readonly plan: BatchPlan;
  readonly #deps: BatchRunDeps;
  readonly #store: ProgressStore;
  #runner: BatchRunner | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  #snapshot = $state.raw<RunSnapshot | undefined>(undefined);
  #saved = $state.raw<SavedProgress | undefined>(undefined);
  #results = $state.raw<RunResults | undefined>(undefined);
  #target = $state<Target | undefined>(undefined);
  /** Bumped when the results change (the report and the chart follow it). */
  #version = $state(0);

  constructor(plan: BatchPlan, deps: BatchRunDeps) {
    this.plan = plan;
    this.#deps = deps;
    this.#store = deps.progressStore();
  }

  /** Looks for saved progress of this plan (a reload in the middle of a run resumes from it). */
  async findSaved(): Promise<void> {
    try {
      const records = await this.#store.open(this.plan.id);
      if (records.length === 0) return;
      const results = new RunResults(this.plan);
      results.replay(records);
      this.#results = results;
      this.#saved = { done: results.finalCount, total: results.status.length };
      this.#version++;
    } catch {
      // unreadable progress: the run starts from the beginning (the runner says why if it cannot open it)
    }
  }

  get saved(): SavedProgress | undefined {
    return this.#saved;
  }

  get snapshot(): RunSnapshot | undefined {
    void this.#version;
    return this.#snapshot;
  }

  get status(): RunStatus {
    return this.#snapshot?.status ?? 'idle';
  }

  /** True while a run is under way (loading its progress, running, pausing, paused, stopping). */
  get active(): boolean {
    return ACTIVE.has(this.status);
  }

  /** The target of the run under way or last run. */
  get target(): Target | undefined {
    return this.#target;
  }

  /** What became of each message so far (saved progress, or the run's), undefined before any. */
  get results(): RunResults | undefined {
    void this.#version;
    return this.#results;
  }

  get version(): number {
    return this.#version;
  }

  /** Starts, or resumes from the saved progress; `fresh` forgets it first. Resolves when the run ends. */
  async start(settings: RunSettings, { fresh = false }: { fresh?: boolean } = {}): Promise<void> {
    if (this.active) return;
    const target = this.#deps.target();
    this.#target = target;
    this.#snapshot = { ...(this.#snapshot ?? emptySnapshot(this.plan)), status: 'loading' };
    if (fresh) {
      await this.#store.open(this.plan.id).catch(() => []);
      await this.#store.clear().catch(() => undefined);
      this.#saved = undefined;
      this.#results = undefined;
    }
    if (target === 'sandbox') await this.#prepareSandbox();
    const { endpoint } = this.#deps;
    const runner = createBatchRunner({
      plan: this.plan,
      transport: this.#deps.transportFor(target),
      // The profile in use at each call: credentials live in CredentialStore only.
      buildRequest: (body) => {
        const { sdkAppId, identifier, userSig } = endpoint.profile;
        return buildImportRequest({ host: endpoint.host ?? '', sdkAppId, identifier, userSig, body });
      },
      rate: settings.rate,
      concurrency: settings.concurrency,
      onPermanentFailure: settings.onPermanentFailure,
      store: this.#store,
      clock: this.#deps.clock,
    });
    this.#runner = runner;
    this.#results = runner.results;
    // A status shows at once; the figures follow within REFRESH_MS (a call's results settle after its event).
    runner.subscribe((event) => {
      if (event.type === 'status') this.#refresh();
      this.#schedule();
    });
    this.#refresh();
    await runner.start();
    this.#refresh();
  }

  async pause(): Promise<void> {
    await this.#runner?.pause();
  }

  resume(): void {
    this.#runner?.resume();
  }

  async cancel(): Promise<void> {
    await this.#runner?.cancel();
    this.#refresh();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    void this.#runner?.cancel();
    void this.#store.close();
  }

  #schedule(): void {
    this.#timer ??= setTimeout(() => this.#refresh(), REFRESH_MS);
  }

  #refresh(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#runner) return;
    this.#snapshot = this.#runner.snapshot();
    this.#version++;
  }

  /** The plan's groups in the sandbox, created a second before their first message (or as the input says). */
  async #prepareSandbox(): Promise<void> {
    const sandbox = await this.#deps.sandbox();
    await sandbox.load();
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local working set, not state
    const known = new Set(sandbox.groups.map((group) => group.GroupId));
    const { sendTime } = this.plan.messages;
    for (const group of this.plan.groups) {
      if (known.has(group.GroupId) || group.messageCount === 0) continue;
      await sandbox.add({
        GroupId: group.GroupId,
        Type: group.Type ?? (group.GroupId.startsWith('@TGS#_') ? 'Community' : 'Public'),
        CreateTime: group.CreateTime ?? Math.max(0, sendTime[group.firstMessage] - 1),
      });
    }
  }
}

function emptySnapshot(plan: BatchPlan): RunSnapshot {
  const total = plan.messages.input.length;
  return {
    status: 'idle',
    planId: plan.id,
    calls: { done: 0, total: plan.requests.count.length, inFlight: 0 },
    messages: { total, done: 0, imported: 0, unconfirmed: 0, failed: 0, skipped: 0, pending: total },
    ratePerSecond: 0,
    elapsedMs: 0,
    byResult: {},
    byFailure: {},
    retries: 0,
    haltedGroups: 0,
  };
}
