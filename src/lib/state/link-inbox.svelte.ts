/**
 * What opening a share link leaves for the user to decide: the document it replaced (kept, across reloads too,
 * until restored or dismissed) and a host it asked for that is not Tencent's (held, never used until accepted).
 */
import { MAX_DRAFT_CHARS } from '../persist/draft';
import { readItem, removeItem, writeItem, type KeyValueStorage } from '../persist/storage';
import type { PendingHost } from './consent';

/** The document a share link replaced. */
export const REPLACED_DRAFT_KEY = 'group-import-console.draft-replaced-by-link.v1';

export class LinkInbox {
  #pendingHost = $state<PendingHost | undefined>(undefined);
  #replacedDraft = $state<string | undefined>(undefined);

  readonly #storage: KeyValueStorage | undefined;

  constructor(storage: KeyValueStorage | undefined) {
    this.#storage = storage;
    this.#replacedDraft = readItem(storage, REPLACED_DRAFT_KEY) ?? undefined;
  }

  /** A host a share link asked for: not used until the user accepts it. */
  get pendingHost(): PendingHost | undefined {
    return this.#pendingHost;
  }

  /** The document a share link replaced, until restored or dismissed. */
  get replacedDraft(): string | undefined {
    return this.#replacedDraft;
  }

  /** Holds the host a share link asked for (undefined: the link asked for none, or one already in use). */
  holdHost(pending: PendingHost | undefined): void {
    this.#pendingHost = pending;
  }

  /** Keeps `current` as the replaced document; `worthKeeping` false (the default text, the same text) skips it. */
  keepReplaced(current: string, worthKeeping: boolean): boolean {
    if (!worthKeeping) return false;
    this.#replacedDraft = current;
    if (current.length > MAX_DRAFT_CHARS || !writeItem(this.#storage, REPLACED_DRAFT_KEY, current)) {
      removeItem(this.#storage, REPLACED_DRAFT_KEY); // never a stale older one instead
    }
    return true;
  }

  /** Hands back the replaced document and forgets it. */
  takeReplaced(): string | undefined {
    const text = this.#replacedDraft;
    this.dismissReplaced();
    return text;
  }

  dismissReplaced(): void {
    this.#replacedDraft = undefined;
    removeItem(this.#storage, REPLACED_DRAFT_KEY);
  }

  /** Hands back the pending host and forgets it. */
  takePendingHost(): PendingHost | undefined {
    const pending = this.#pendingHost;
    this.#pendingHost = undefined;
    return pending;
  }
}
