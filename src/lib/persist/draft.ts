/**
 * The editor's document, kept across reloads so that closing the tab never loses the user's work. It holds the
 * request body only (never credentials), like history does.
 */
import { readItem, removeItem, writeItem, type KeyValueStorage } from './storage';

export const DRAFT_KEY = 'group-import-console.draft.v1';
/** Past this a draft is not kept: storage quotas are a few MB, and history needs room too. */
export const MAX_DRAFT_CHARS = 2_000_000;

/**
 * The saved document, or undefined. A stored text over MAX_DRAFT_CHARS did not come from `saveDraft` (another
 * tab, a tool, an attacker with storage access): it is not loaded, so the page never starts on a document it
 * would not keep. It stays in storage (never delete what might be someone's work); the next save replaces it.
 */
export function loadDraft(storage: KeyValueStorage | undefined): string | undefined {
  const text = readItem(storage, DRAFT_KEY);
  if (typeof text !== 'string' || text.length > MAX_DRAFT_CHARS) return undefined;
  return text;
}

/** Saves the document; false when it is too large or storage refused (the document itself is untouched). */
export function saveDraft(storage: KeyValueStorage | undefined, text: string): boolean {
  if (text.length > MAX_DRAFT_CHARS) {
    removeItem(storage, DRAFT_KEY); // a stale smaller draft would come back instead of this one
    return false;
  }
  return writeItem(storage, DRAFT_KEY, text);
}
