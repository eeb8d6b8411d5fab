/**
 * The history of built requests as the page holds it: the list, its storage, and the consent rule: no credential
 * field (SDKAppID, admin identifier, UserSig) is kept unless the user chose to remember credentials, and the
 * UserSig never (src/lib/history scrubs it again on every save and load).
 */
import type { BuiltRequest } from '../api';
import {
  clearHistory,
  entryTimeLabel,
  loadHistory,
  saveHistory,
  withEntry,
  type HistoryEntry,
  type HistoryOutcome,
} from '../history/history';
import type { Translate } from '../i18n/catalog';
import { HISTORY_EN } from '../i18n/ui/history.en';
import type { KeyValueStorage } from '../persist/storage';
import { withoutCredentials } from './consent';
import { LanguageState } from './language.svelte';
import type { NoticeState } from './notices.svelte';

export interface HistoryStateOptions {
  storage: KeyValueStorage | undefined;
  /** Clock for entries, ms. */
  clock: () => number;
  /** Where reopening and clearing say what they did. */
  notices?: NoticeState;
  /** Puts an entry back (its body into the editor, its host in use): wired by the composition root. */
  open?: (entry: HistoryEntry) => void;
  /** The page's language, for the notices and the problem `record` reports (default English only). */
  language?: LanguageState;
}

export class HistoryState {
  #entries = $state<HistoryEntry[]>([]);

  readonly #storage: KeyValueStorage | undefined;
  readonly #clock: () => number;
  readonly #notices: NoticeState | undefined;
  readonly #open: ((entry: HistoryEntry) => void) | undefined;
  readonly #language: LanguageState;
  readonly #t: Translate<typeof HISTORY_EN>;

  constructor(options: HistoryStateOptions) {
    this.#storage = options.storage;
    this.#clock = options.clock;
    this.#notices = options.notices;
    this.#open = options.open;
    this.#language = options.language ?? new LanguageState({ storage: undefined, languages: ['en'] });
    this.#t = this.#language.translator('history', HISTORY_EN);
    this.#entries = loadHistory(options.storage);
  }

  /** Built requests, newest first. */
  get entries(): HistoryEntry[] {
    return this.#entries;
  }

  /**
   * Adds a built request; `remembered`: the user chose to remember credentials on this device (then the URL may
   * keep the SDKAppID and identifier). Returns what to say when storage could not keep it (a sentence in the
   * page's language each time it is called, so a notice made of it follows a switch), else undefined.
   */
  record(
    request: BuiltRequest,
    where: { host: string; regionId: string },
    remembered: boolean,
  ): (() => string) | undefined {
    const redactedUrl = remembered ? request.redactedUrl : withoutCredentials(request.redactedUrl);
    this.#entries = withEntry(this.#entries, {
      time: this.#clock(),
      regionId: where.regionId,
      host: where.host,
      redactedUrl,
      body: request.body,
    });
    const stored = saveHistory(this.#storage, this.#entries);
    if (stored === this.#entries.length) return undefined;
    const t = this.#t;
    // Storage refused entirely: the list lives on in this tab. Storage full: keep what it holds.
    if (stored === 0) return () => t('store.tabOnly');
    this.#entries = this.#entries.slice(0, stored);
    return () => t('store.full', { count: stored });
  }

  /** Records how the entry `id` was sent (target, status, duration, failure kind): never the answer itself. */
  noteOutcome(id: string | undefined, outcome: HistoryOutcome): void {
    const at = this.#entries.findIndex((entry) => entry.id === id);
    if (at === -1) return;
    const kept = { ...outcome, durationMs: Math.round(outcome.durationMs) };
    this.#entries = this.#entries.map((entry, i) => (i === at ? { ...entry, outcome: kept } : entry));
    saveHistory(this.#storage, this.#entries);
  }

  /** Takes the credential fields out of every entry (kept earlier, or by an older version) and saves if any. */
  forgetCredentials(): void {
    let changed = false;
    const cleaned = this.#entries.map((entry) => {
      const redactedUrl = withoutCredentials(entry.redactedUrl);
      if (redactedUrl === entry.redactedUrl) return entry;
      changed = true;
      return { ...entry, redactedUrl };
    });
    if (!changed) return;
    this.#entries = cleaned;
    saveHistory(this.#storage, cleaned);
  }

  /** Removes credential fields from every entry unless credentials are remembered. */
  enforceConsent(remembered: boolean): void {
    if (!remembered) this.forgetCredentials();
  }

  /** Puts an entry's body back into the editor, with its host. */
  reopen(entry: HistoryEntry): void {
    this.#open?.(entry);
    this.#notices?.info(() =>
      this.#t('store.reopened', { time: entryTimeLabel(entry, this.#language.locale) }),
    );
  }

  clear(): void {
    this.#entries = [];
    clearHistory(this.#storage);
    this.#notices?.info(() => this.#t('store.cleared'));
  }
}
