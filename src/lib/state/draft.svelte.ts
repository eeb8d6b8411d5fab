/**
 * The document across reloads: the draft it starts from, and keeping it a moment after typing stops. Says once
 * when it cannot be kept (too large, storage refused).
 */
import { MAX_DRAFT_CHARS, loadDraft, saveDraft } from '../persist/draft';
import type { KeyValueStorage } from '../persist/storage';
import { SHELL_EN } from '../i18n/ui/shell.en';
import { LanguageState } from './language.svelte';
import type { NoticeState } from './notices.svelte';

/** How long after the last change the document is kept. */
export const DRAFT_SAVE_DELAY_MS = 400;

export class DraftState {
  readonly #storage: KeyValueStorage | undefined;
  readonly #notices: NoticeState;
  readonly #text: () => string;
  readonly #language: LanguageState;
  #warned = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `text` reads the document (the Workspace's text); `language`: the page's (default English only). */
  constructor(
    storage: KeyValueStorage | undefined,
    notices: NoticeState,
    text: () => string,
    language?: LanguageState,
  ) {
    this.#storage = storage;
    this.#notices = notices;
    this.#text = text;
    this.#language = language ?? new LanguageState({ storage: undefined, languages: ['en'] });
  }

  /** The document kept by the last visit, if any. */
  load(): string | undefined {
    return loadDraft(this.#storage);
  }

  /** The document changed: keep it once typing has paused. */
  schedule(delayMs = DRAFT_SAVE_DELAY_MS): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.save(), delayMs);
  }

  /** Keeps the document for the next visit now; says so once when it cannot be kept. */
  save(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const text = this.#text();
    const kept = saveDraft(this.#storage, text);
    if (kept || this.#warned || !this.#storage) return;
    this.#warned = true;
    const t = this.#language.translator('shell', SHELL_EN);
    const id = text.length > MAX_DRAFT_CHARS ? 'draft.tooLarge' : 'draft.refused';
    this.#notices.info(() => t(id));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
