/**
 * The history of built requests as the page holds it: the list, its storage, and the consent rule: no credential
 * field (SDKAppID, admin identifier, UserSig) is kept unless the user chose to remember credentials, and the
 * UserSig never (src/lib/history scrubs it again on every save and load).
 */
import type { BuiltRequest } from '../api';
import { clearHistory, loadHistory, saveHistory, withEntry, type HistoryEntry } from '../history/history';
import type { KeyValueStorage } from '../persist/storage';
import { withoutCredentials } from './consent';

export class HistoryState {
  entries = $state<HistoryEntry[]>([]);

  readonly #storage: KeyValueStorage | undefined;
  readonly #clock: () => number;

  constructor(storage: KeyValueStorage | undefined, clock: () => number) {
    this.#storage = storage;
    this.#clock = clock;
    this.entries = loadHistory(storage);
  }

  /**
   * Adds a built request; `remembered`: the user chose to remember credentials on this device (then the URL may
   * keep the SDKAppID and identifier). Returns a sentence when storage could not keep it, else ''.
   */
  record(request: BuiltRequest, where: { host: string; regionId: string }, remembered: boolean): string {
    const redactedUrl = remembered ? request.redactedUrl : withoutCredentials(request.redactedUrl);
    this.entries = withEntry(this.entries, {
      time: this.#clock(),
      regionId: where.regionId,
      host: where.host,
      redactedUrl,
      body: request.body,
    });
    const stored = saveHistory(this.#storage, this.entries);
    if (stored === this.entries.length) return '';
    // Storage refused entirely: the list lives on in this tab. Storage full: keep what it holds.
    if (stored === 0) return ' History is kept for this tab only: this browser refused to store it.';
    this.entries = this.entries.slice(0, stored);
    return ` Storage is full: history keeps the last ${stored} requests.`;
  }

  /** Takes the credential fields out of every entry (kept earlier, or by an older version) and saves if any. */
  forgetCredentials(): void {
    let changed = false;
    const cleaned = this.entries.map((entry) => {
      const redactedUrl = withoutCredentials(entry.redactedUrl);
      if (redactedUrl === entry.redactedUrl) return entry;
      changed = true;
      return { ...entry, redactedUrl };
    });
    if (!changed) return;
    this.entries = cleaned;
    saveHistory(this.#storage, cleaned);
  }

  clear(): void {
    this.entries = [];
    clearHistory(this.#storage);
  }
}
