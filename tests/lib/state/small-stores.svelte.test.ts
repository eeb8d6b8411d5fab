import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazy } from '../../../src/lib/lazy/lazy.svelte';
import { DRAFT_KEY, MAX_DRAFT_CHARS } from '../../../src/lib/persist/draft';
import type { KeyValueStorage } from '../../../src/lib/persist/storage';
import { DraftState } from '../../../src/lib/state/draft.svelte';
import { NoticeState } from '../../../src/lib/state/notices.svelte';
import { PanelState } from '../../../src/lib/state/panels.svelte';
import { MemoryStorage } from '../persist/fake-storage';

const refusing: KeyValueStorage = {
  getItem: () => null,
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {},
};

describe('NoticeState', () => {
  it('holds one notice at a time, a copy of what it was given', () => {
    const notices = new NoticeState();
    expect(notices.current).toBeUndefined();
    notices.info('one');
    expect(notices.current).toEqual({ kind: 'info', text: 'one' });
    notices.error('two');
    expect(notices.current).toEqual({ kind: 'error', text: 'two' });
    const given = { kind: 'info' as const, text: 'three' };
    notices.show(given);
    given.text = 'changed';
    expect(notices.current?.text).toBe('three');
    notices.clear();
    expect(notices.current).toBeUndefined();
  });
});

describe('PanelState', () => {
  it('starts on Diagnostics, the only panel open from the start', () => {
    const panels = new PanelState();
    expect(panels.active).toBe('diagnostics');
    expect(panels.isOpen('diagnostics')).toBe(true);
    for (const id of ['request', 'response', 'reference', 'history'] as const) {
      expect(panels.isOpen(id)).toBe(false);
    }
    expect(panels.scrollRequest).toBeUndefined();
  });

  it('show() activates, opens and asks for exactly one scroll per call', () => {
    const panels = new PanelState();
    panels.show('history', { smooth: true });
    expect(panels.active).toBe('history');
    expect(panels.isOpen('history')).toBe(true);
    const first = panels.scrollRequest;
    expect(first).toMatchObject({ id: 'history', smooth: true });
    panels.show('history');
    expect(panels.scrollRequest).not.toBe(first);
    expect(panels.scrollRequest!.seq).toBe(first!.seq + 1);
    expect(panels.scrollRequest!.smooth).toBe(false);
  });

  it('open() loads a panel without moving the page or the active panel', () => {
    const panels = new PanelState();
    panels.open('reference');
    expect(panels.isOpen('reference')).toBe(true);
    expect(panels.active).toBe('diagnostics');
    expect(panels.scrollRequest).toBeUndefined();
  });
});

describe('lazy()', () => {
  it('loads once, shares the pending load, and keeps the module', async () => {
    let calls = 0;
    const module = lazy(async () => {
      calls++;
      return { value: 42 };
    });
    expect(module.stage).toBe('idle');
    const a = module.load();
    const b = module.load();
    expect(a).toBe(b);
    expect(module.stage).toBe('loading');
    expect(await a).toEqual({ value: 42 });
    expect(module.stage).toBe('ready');
    expect(module.value).toEqual({ value: 42 });
    await module.load();
    expect(calls).toBe(1);
  });

  it('says why a load failed and tries again on the next load', async () => {
    let fail = true;
    const module = lazy(async () => {
      if (fail) throw new Error('chunk missing');
      return 'ok';
    });
    await expect(module.load()).rejects.toThrow('chunk missing');
    expect(module.stage).toBe('failed');
    expect(module.error).toBe('chunk missing');
    expect(module.value).toBeUndefined();
    fail = false;
    expect(await module.load()).toBe('ok');
    expect(module.stage).toBe('ready');
    expect(module.error).toBeUndefined();
  });

  it('names a failure that is not an Error', async () => {
    const module = lazy(() => Promise.reject('offline'));
    await expect(module.load()).rejects.toBe('offline');
    expect(module.error).toBe('offline');
  });
});

describe('DraftState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('loads the kept draft and keeps the document a moment after the last change', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, 'kept');
    let text = 'first';
    const draft = new DraftState(storage, new NoticeState(), () => text);
    expect(draft.load()).toBe('kept');
    draft.schedule();
    text = 'second';
    draft.schedule();
    vi.advanceTimersByTime(399);
    expect(storage.getItem(DRAFT_KEY)).toBe('kept');
    vi.advanceTimersByTime(1);
    expect(storage.getItem(DRAFT_KEY)).toBe('second');
  });

  it('dispose() cancels a pending save', () => {
    const storage = new MemoryStorage();
    const draft = new DraftState(storage, new NoticeState(), () => 'text');
    draft.schedule();
    draft.dispose();
    vi.advanceTimersByTime(1_000);
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('says once when storage refuses the document', () => {
    const notices = new NoticeState();
    const draft = new DraftState(refusing, notices, () => 'text');
    draft.save();
    expect(notices.current?.text).toMatch(/refused to keep the document/);
    notices.clear();
    draft.save();
    expect(notices.current).toBeUndefined();
  });

  it('says a document is too large to keep', () => {
    const notices = new NoticeState();
    const draft = new DraftState(new MemoryStorage(), notices, () => 'x'.repeat(MAX_DRAFT_CHARS + 1));
    draft.save();
    expect(notices.current?.text).toMatch(/too large to keep/);
  });

  it('without storage says nothing', () => {
    const notices = new NoticeState();
    new DraftState(undefined, notices, () => 'text').save();
    expect(notices.current).toBeUndefined();
  });
});
