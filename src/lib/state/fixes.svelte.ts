/**
 * The fixes the console offers for the current text (they arrive with each validation, worked out in the worker),
 * and the command that applies them: the Diagnostics panel's "Fix" and "Fix all", the editor's code actions. The
 * command itself loads on first use (src/lib/fixes/run.ts, through lazy()): the start-up chunk carries only this
 * state.
 */
import type { Diagnostic, Fix } from '../api';
import { FIX_TEXT_LIMIT } from '../checker/protocol';
import type { FixRequest } from '../editor/types';
import type { FixableWorkspace, FixCommand, FixNotice } from '../fixes/run';
import { lazy, type Lazy } from '../lazy/lazy.svelte';
import { MAX_MESSAGES_PER_CALL } from '../api/facts';

export type { FixableWorkspace, FixNotice } from '../fixes/run';

export interface FixesOptions {
  /** The lazily loaded command (tests may pass their own). */
  load?: () => Promise<{ runFix: FixCommand }>;
  /** The lazily loaded splitter of a request into calls of 7 (tests may pass their own). */
  loadSplit?: () => Promise<{ splitIntoCalls: (text: string, options?: { perCall?: number }) => string[] }>;
  /** Unix seconds, for a context whose `now` is the live clock. */
  clock?: () => number;
}

/** A fix's identity in a report: the diagnostic it fixes. */
export const fixKey = (d: { rule: string; pointer: string; offset: number }) =>
  `${d.rule}\u0000${d.pointer}\u0000${d.offset}`;

export class FixesState {
  readonly #workspace: FixableWorkspace;
  readonly #command: Lazy<{ runFix: FixCommand }>;
  readonly #clock: (() => number) | undefined;
  #busy = $state(false);
  #notice = $state.raw<FixNotice | undefined>(undefined);
  /** The calls of 7 the text was split into, and the text they were made from. */
  #split = $state.raw<{ source: string; calls: readonly string[]; messages: number } | undefined>(undefined);
  readonly #splitter: Lazy<{ splitIntoCalls: (text: string, options?: { perCall?: number }) => string[] }>;
  /** The fixes offered now: those of the current text's report; none while a newer text waits for its check. */
  readonly #available: readonly Fix[] = $derived.by(() =>
    this.#workspace.reportIsCurrent ? (this.#workspace.fixes ?? []) : [],
  );
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- rebuilt whole from `available`, never changed in place
  readonly #byKey = $derived(new Map(this.#available.map((fix) => [fixKey(fix), fix])));

  constructor(workspace: FixableWorkspace, options: FixesOptions = {}) {
    this.#workspace = workspace;
    this.#command = lazy(options.load ?? (() => import('../fixes/run')));
    this.#splitter = lazy(options.loadSplit ?? (() => import('../api/fix/split')));
    this.#clock = options.clock;
  }

  get available(): readonly Fix[] {
    return this.#available;
  }

  /** How many listed problems "Fix all" fixes at least (it may fix more: a fix can make the next one possible). */
  get count(): number {
    return this.#available.length;
  }

  /** The longest text (characters) whose fixes are worked out as it is typed. */
  get textLimit(): number {
    return FIX_TEXT_LIMIT;
  }

  /** True when the current text is too large for fixes to be worked out as it is typed. */
  get tooLarge(): boolean {
    return this.#workspace.reportIsCurrent && this.#workspace.fixes === undefined;
  }

  /** True while a fix command runs (loading, working out Fix all). */
  get busy(): boolean {
    return this.#busy;
  }

  /**
   * What the last command did or could not do: a message id of the fixes area and its parameters, said in the
   * page's language where it is shown (so it follows a language switch).
   */
  get notice(): FixNotice | undefined {
    return this.#notice;
  }

  /** The fixes of these diagnostics of the current report (those that have one). */
  fixesFor(diagnostics: readonly Diagnostic[]): Fix[] {
    const fixes: Fix[] = [];
    for (const diagnostic of diagnostics) {
      const fix = this.#byKey.get(fixKey(diagnostic));
      if (fix) fixes.push(fix);
    }
    return fixes;
  }

  /**
   * Applies one fix, the fixes of a rule, some fixes together, or all of them, as one undo step; says what it did in
   * `notice`. Never throws; false when nothing was applied.
   */
  async run(request: FixRequest): Promise<boolean> {
    this.#busy = true;
    try {
      const { runFix } = await this.#command.load();
      const outcome = runFix(this.#workspace, this.#available, request, this.#clock);
      this.#notice = outcome.notice;
      return outcome.applied;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#notice = { id: 'notice.failed', params: { reason } };
      return false;
    } finally {
      this.#busy = false;
    }
  }

  /** The request texts of the last split (calls of at most 7 messages, in order), or undefined. */
  get calls(): readonly string[] | undefined {
    return this.#split?.calls;
  }

  /** True when the text has changed since the split was made (its calls are of the earlier text). */
  get splitIsStale(): boolean {
    return this.#split !== undefined && this.#split.source !== this.#workspace.text;
  }

  /**
   * More than 7 messages is no edit of this text but several calls: cuts the current text into calls of at most 7,
   * in order, each keeping GroupId, flags, comments and layout (the core's splitIntoCalls). Never throws.
   */
  async splitIntoCalls(): Promise<boolean> {
    const perCall = MAX_MESSAGES_PER_CALL;
    this.#busy = true;
    try {
      const { splitIntoCalls } = await this.#splitter.load();
      const source = this.#workspace.text;
      const calls = splitIntoCalls(source);
      if (calls.length < 2) {
        this.#split = undefined;
        this.#notice = { id: 'notice.nothing' };
        return false;
      }
      // Every call but the last holds `perCall` messages; the last, the rest (cut into calls of one to count them).
      this.#split = {
        source,
        calls,
        messages: (calls.length - 1) * perCall + splitIntoCalls(calls.at(-1)!, { perCall: 1 }).length,
      };
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.#notice = { id: 'notice.failed', params: { reason } };
      return false;
    } finally {
      this.#busy = false;
    }
  }

  /** The messages (1-based, inclusive) that call `index` of the split carries. */
  callRange(index: number): { first: number; last: number } {
    const first = index * MAX_MESSAGES_PER_CALL + 1;
    const total = this.#split?.messages ?? 0;
    return { first, last: Math.min(first + MAX_MESSAGES_PER_CALL - 1, total) };
  }

  /** Puts call `index` of the split in the editor as one undo step (Undo brings the whole request back). */
  openCall(index: number): boolean {
    const call = this.#split?.calls[index];
    if (call === undefined) return false;
    const text = this.#workspace.text;
    return this.#workspace.applyEdits([{ offset: 0, length: text.length, text: call }], text);
  }

  closeSplit(): void {
    this.#split = undefined;
  }

  dismissNotice(): void {
    this.#notice = undefined;
  }
}
