/**
 * The request being edited: its text, the context the rules need, the last validation report, and the
 * commands on it (templates, format, reveal, send). The editor attaches itself when Monaco has loaded;
 * until then the commands work on the text alone. The template planner and the formatter (`snippets/`, with
 * jsonc-parser) load on the first template or Format: the start-up chunk carries only `snippets/edits`.
 */
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  TEMPLATES,
  nextMessage,
  type Fix,
  randomUint32,
  type ValidationReport,
} from '../api';
import type { ValidationContext } from '../api/context';
import { emptySeverityCounts } from '../api/facts';
import type { EditorHandle } from '../editor/types';
import type { Translate } from '../i18n/catalog';
import { EDITOR_EN } from '../i18n/ui/editor.en';
import { lazy, type Lazy } from '../lazy/lazy.svelte';
import type * as Snippets from '../snippets';
import { applyTextEdits, type TextEdit } from '../snippets/edits';
import { ValidationClient, type ValidationClientOptions } from '../checker/client';
import type { ValidationTotals } from '../checker/protocol';
import type { MessageSummary } from '../checker/summary';
import { LanguageState } from './language.svelte';

/** How often a future SendTime is checked again against the live clock. */
export const LIVE_CLOCK_RECHECK_MS = 15_000;

export interface WorkspaceOptions {
  text: string;
  onSend?: () => void;
  /** For tests: how validation runs (worker factory, inline validator, debounce, clock). */
  validation?: Omit<ValidationClientOptions, 'onResult' | 'onBusy' | 'onError'>;
  /** For tests: how the template planner and formatter load (default: `import('../snippets')`). */
  loadSnippets?: () => Promise<typeof Snippets>;
  /** The page's language: the notices are said in it (default: English only). */
  language?: LanguageState;
}

/** A notice, said when it is read: it follows a language switch. */
type Notice = (t: Translate<typeof EDITOR_EN>) => string;

/** The validation of the current text: its report, or why there is none. */
export type CurrentValidation =
  { ok: true; report: ValidationReport; text: string } | { ok: false; reason: string; text: string };

/** A whole-document replacement waiting for the user's yes. */
export interface PendingReplacement {
  /** The template that replaces the document (its name is said in the page's language). */
  templateId: string;
  label: string;
  edits: TextEdit[];
  focus: { offset: number; length: number };
}

export class Workspace {
  #text = $state('');
  #context = $state<ValidationContext>({ maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES });
  // Raw: replaced wholesale on every result; deep proxies over thousands of messages would only cost time.
  #report = $state.raw<ValidationReport>({ ok: false, diagnostics: [] });
  #messages = $state.raw<MessageSummary[]>([]);
  #totals = $state.raw<ValidationTotals>({ messages: 0, diagnostics: emptySeverityCounts() });
  #summaryError = $state<string | undefined>(undefined);
  #validating = $state(false);
  #lastValidationMs = $state<number | undefined>(undefined);
  #validationError = $state<string | undefined>(undefined);
  #notice = $state.raw<Notice | undefined>(undefined);
  #pendingReplacement = $state.raw<PendingReplacement | undefined>(undefined);
  #editorReady = $state(false);
  /** The edit fixes of the validated text's listed diagnostics; undefined: that text is too large for fixes. */
  #fixes = $state.raw<Fix[] | undefined>([]);

  readonly #onSend: (() => void) | undefined;
  readonly #t: Translate<typeof EDITOR_EN>;
  readonly #snippets: Lazy<typeof Snippets>;
  readonly #client: ValidationClient;
  readonly #clockTimer: ReturnType<typeof setInterval>;
  #editor: EditorHandle | undefined;
  #pendingReveal: { offset: number; length: number } | undefined;
  /** The text `report` describes, and who waits for the report of the current text. */
  #validatedText = $state.raw<string | undefined>(undefined);
  #waiting: ((validation: CurrentValidation) => void)[] = [];

  constructor(options: WorkspaceOptions) {
    this.#text = options.text;
    this.#onSend = options.onSend;
    const language = options.language ?? new LanguageState({ storage: undefined, languages: ['en'] });
    this.#t = language.translator('editor', EDITOR_EN);
    this.#snippets = lazy(options.loadSnippets ?? (() => import('../snippets')));
    this.#client = new ValidationClient({
      ...options.validation,
      onResult: (outcome, job) => {
        this.#report = outcome.report;
        this.#messages = outcome.messages;
        this.#totals = outcome.totals;
        this.#summaryError = outcome.summaryError;
        this.#fixes = outcome.fixes;
        this.#validatedText = job.text;
        this.#lastValidationMs = job.elapsedMs;
        this.#validationError = undefined;
        // Offsets refer to the validated text; for older text Monaco keeps moving the previous markers.
        if (job.text === this.#text) {
          this.#editor?.setMarkers(outcome.report.diagnostics, {
            text: job.text,
            fixes: outcome.fixes ?? [],
          });
          const validation: CurrentValidation = { ok: true, report: outcome.report, text: job.text };
          for (const resolve of this.#waiting.splice(0)) resolve(validation);
        }
      },
      onBusy: (busy) => (this.#validating = busy),
      onError: (message, job) => {
        this.#validationError = message;
        // The report in hand describes older text: waiting commands must not use it (Send would build the old
        // body). They hear why instead. A failure for older text changes nothing: a newer job is on its way.
        if (job.text !== this.#text) return;
        const validation: CurrentValidation = { ok: false, reason: message, text: job.text };
        for (const resolve of this.#waiting.splice(0)) resolve(validation);
      },
    });
    this.#client.validateNow(this.#text, this.#context);
    // With the live clock, "in the future" expires by itself: check again while such a diagnostic stands.
    this.#clockTimer = setInterval(() => this.#recheckLiveClock(), LIVE_CLOCK_RECHECK_MS);
  }

  /** The document. */
  get text(): string {
    return this.#text;
  }

  /** What the rules need to know about the world outside the request. */
  get context(): ValidationContext {
    return this.#context;
  }

  /** The last validation report (of `text`, or of older text while `reportIsCurrent` is false). */
  get report(): ValidationReport {
    return this.#report;
  }

  /** Summaries of the last validated text's messages (strips, timeline): a bounded selection of them. */
  get messages(): MessageSummary[] {
    return this.#messages;
  }

  /** What the whole last validated text holds: `report` and `messages` carry a bounded part of it. */
  get totals(): ValidationTotals {
    return this.#totals;
  }

  /** Why the message summaries are missing, when the summary step failed (the report is still whole). */
  get summaryError(): string | undefined {
    return this.#summaryError;
  }

  /** True while a validation runs. */
  get validating(): boolean {
    return this.#validating;
  }

  /** Time the last validation took, from dispatch to result (ms). */
  get lastValidationMs(): number | undefined {
    return this.#lastValidationMs;
  }

  /** Why the validation could not run, if it could not. */
  get validationError(): string | undefined {
    return this.#validationError;
  }

  /** What a template command could not do, in words (in the page's language, at the time of reading). */
  get notice(): string | undefined {
    return this.#notice?.(this.#t);
  }

  /** A whole-document replacement waiting for the user's yes. */
  get pendingReplacement(): PendingReplacement | undefined {
    return this.#pendingReplacement;
  }

  /** True once the editor has attached itself. */
  get editorReady(): boolean {
    return this.#editorReady;
  }

  #recheckLiveClock(): void {
    if (this.#context.now !== undefined) return;
    if (this.#report.diagnostics.some((d) => d.rule === 'send-time-future')) {
      this.#client.validateNow(this.#text, this.#context);
    }
  }

  /**
   * Replaces the document from outside the editor (an example, history, a share link): the editor shows it too,
   * as one undoable edit.
   */
  setText(text: string): void {
    if (text === this.#text) return;
    this.editorChanged(text);
    this.#editor?.setValue(text);
  }

  /** The editor's own change (typing, paste, undo): the editor has the text already. */
  editorChanged(text: string): void {
    if (text === this.#text) return;
    this.#text = text;
    this.#client.schedule(text, this.#context);
  }

  setContext(patch: ValidationContext): void {
    this.#context = { ...this.#context, ...patch };
    this.#client.validateNow(this.#text, this.#context);
  }

  /** Loads a reference example, with the context settings its diagnostic needs (e.g. the group type). */
  loadExample(text: string, context?: ValidationContext): void {
    if (context) this.setContext(context);
    this.setText(text);
  }

  attachEditor(editor: EditorHandle): void {
    this.#editor = editor;
    this.#editorReady = true;
    if (editor.getValue() !== this.#text) editor.setValue(this.#text);
    editor.setMarkers(
      this.#report.diagnostics,
      this.reportIsCurrent ? { text: this.#text, fixes: this.#fixes ?? [] } : undefined,
    );
    if (this.#pendingReveal) {
      editor.reveal(this.#pendingReveal.offset, this.#pendingReveal.length);
      this.#pendingReveal = undefined;
    }
  }

  detachEditor(): void {
    this.#editor = undefined;
    this.#editorReady = false;
  }

  /** Put the editor's selection on a range (a diagnostic, a message) and focus it. */
  reveal(offset: number, length: number): void {
    if (this.#editor) this.#editor.reveal(offset, length);
    else this.#pendingReveal = { offset, length };
  }

  /**
   * Never throws into the UI: whatever goes wrong (a hostile document, the editor, loading the planner) becomes
   * the notice. The planner loads on the first template; the text and cursor are read once it is there.
   */
  async insertTemplate(id: string): Promise<void> {
    try {
      const template = TEMPLATES.find((candidate) => candidate.id === id);
      if (!template) {
        this.#notice = (t) => t('notice.noTemplate', { id });
        return;
      }
      const { planTemplateInsertion } = await this.#snippets.load();
      const cursor = this.#editor?.getCursorOffset() ?? this.#text.length;
      const plan = planTemplateInsertion(this.#text, cursor, template);
      if (plan.ok && plan.replacesDocument) {
        this.#notice = undefined;
        this.#pendingReplacement = {
          templateId: template.id,
          label: template.label,
          edits: plan.edits,
          focus: plan.focus,
        };
        return;
      }
      this.#apply(plan);
    } catch (error) {
      this.#notice = (t) => t('notice.insertFailed', { reason: errorText(error) });
    }
  }

  async appendNextMessage(): Promise<void> {
    const snippets = await this.#loadSnippets('notice.appendFailed');
    if (snippets) this.#apply(snippets.planNextMessage(this.#text, randomUint32(), nextMessage));
  }

  /** Replace the document as asked; one undo step in the editor brings the old text back. */
  confirmReplacement(): void {
    const pending = this.#pendingReplacement;
    if (!pending) return;
    this.#pendingReplacement = undefined;
    this.#apply({ ok: true, edits: pending.edits, focus: pending.focus, replacesDocument: true });
  }

  cancelReplacement(): void {
    this.#pendingReplacement = undefined;
  }

  dismissNotice(): void {
    this.#notice = undefined;
  }

  /** Formats through the editor; before it has loaded, the text alone (the formatter loads on first use). */
  async format(): Promise<void> {
    if (!this.#editor) {
      const snippets = await this.#loadSnippets('notice.formatFailed');
      if (!snippets) return;
      // The editor may have attached while the formatter loaded: then it formats (one undoable edit).
      if (!this.#editor) {
        this.setText(applyTextEdits(this.#text, snippets.formatEdits(this.#text)));
        return;
      }
    }
    this.#editor.format();
  }

  /**
   * The text `report` describes (the current text once the debounce and the validation are done): what live
   * views follow, so they update at the validation's pace rather than on every keystroke.
   */
  get validatedText(): string | undefined {
    return this.#validatedText;
  }

  /** The fixes of `report`'s text (current only while `reportIsCurrent`); undefined when it is too large for fixes. */
  get fixes(): Fix[] | undefined {
    return this.#fixes;
  }

  /**
   * Applies edits computed on `expectedText` (fixes) as one undoable step; refuses (returns false) when the text has
   * changed since, because their offsets would land in the wrong places.
   */
  applyEdits(edits: TextEdit[], expectedText: string): boolean {
    if (expectedText !== this.#text || edits.length === 0) return false;
    const next = applyTextEdits(expectedText, edits);
    // The editor applies the edits itself (undoable) and echoes the text back through onChange.
    this.#editor?.applyEdits(edits);
    this.editorChanged(next);
    this.#client.validateNow(this.#text, this.#context);
    return true;
  }

  /** True when `report` describes the current text (false during the debounce and the validation). */
  get reportIsCurrent(): boolean {
    return this.#validatedText === this.#text;
  }

  /**
   * The report of the current text: at once when it is current, else after validating now (skipping the
   * debounce); or, when that validation fails, the reason (never an older text's report). For commands that use
   * `report.body` right after an edit, such as building the request.
   */
  currentValidation(): Promise<CurrentValidation> {
    if (this.reportIsCurrent) return Promise.resolve({ ok: true, report: this.#report, text: this.#text });
    return new Promise((resolve) => {
      this.#waiting.push(resolve);
      this.#client.validateNow(this.#text, this.#context);
    });
  }

  /** Ctrl/Cmd+Enter. The receiver should build from `await currentValidation()`: `report` may lag the text. */
  send(): void {
    this.#onSend?.();
  }

  dispose(): void {
    clearInterval(this.#clockTimer);
    this.#client.dispose();
    this.#editor = undefined;
  }

  /** The template planner and formatter; when they cannot load, says so in `notice` and gives undefined. */
  async #loadSnippets(
    failure: 'notice.appendFailed' | 'notice.formatFailed',
  ): Promise<typeof Snippets | undefined> {
    try {
      return await this.#snippets.load();
    } catch (error) {
      const reason = errorText(error);
      this.#notice = (t) => t(failure, { reason });
      return undefined;
    }
  }

  #apply(plan: Snippets.InsertionPlan): void {
    if (!plan.ok) {
      const { id, params } = plan.problem;
      // The snippets' problem ids are this area's (`insert.*`), with the params their English message took.
      this.#notice = (t) => t(id, params as never);
      return;
    }
    this.#notice = undefined;
    const next = applyTextEdits(this.#text, plan.edits);
    // The editor applies the edits itself (undoable) and echoes the text back through onChange.
    this.#editor?.applyEdits(plan.edits, plan.focus);
    this.editorChanged(next);
    // A command, not typing: no need to wait for the debounce.
    this.#client.validateNow(this.#text, this.#context);
    if (!this.#editor) this.#pendingReveal = plan.focus;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
