// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DRAFT_KEY, MAX_DRAFT_CHARS, loadDraft, saveDraft } from '../../../src/lib/persist/draft';
import { MemoryStorage, failingStorage } from './fake-storage';

describe('draft', () => {
  it('round-trips the document', () => {
    const storage = new MemoryStorage();
    expect(loadDraft(storage)).toBeUndefined();
    expect(saveDraft(storage, '{"GroupId":"g"}')).toBe(true);
    expect(loadDraft(storage)).toBe('{"GroupId":"g"}');
  });

  it('keeps no draft past the size cap, and drops the older one so it does not come back', () => {
    const storage = new MemoryStorage();
    saveDraft(storage, 'old');
    expect(saveDraft(storage, 'x'.repeat(MAX_DRAFT_CHARS + 1))).toBe(false);
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
  });

  it('caps on load as on save: a stored draft past the cap is not loaded, and not deleted', () => {
    const storage = new MemoryStorage();
    storage.items.set(DRAFT_KEY, 'x'.repeat(MAX_DRAFT_CHARS));
    expect(loadDraft(storage)).toHaveLength(MAX_DRAFT_CHARS);
    const huge = '{'.repeat(50_000_000);
    storage.items.set(DRAFT_KEY, huge);
    expect(loadDraft(storage)).toBeUndefined();
    expect(storage.items.get(DRAFT_KEY)).toBe(huge);
    expect(saveDraft(storage, 'new')).toBe(true);
    expect(loadDraft(storage)).toBe('new');
  });

  it('never throws when storage is missing or refuses', () => {
    const refusing = failingStorage();
    expect(saveDraft(undefined, 'a')).toBe(false);
    expect(saveDraft(refusing, 'a')).toBe(false);
    expect(loadDraft(refusing)).toBeUndefined();
  });
});
