import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserStorage, readItem, removeItem, writeItem } from '../../../src/lib/persist/storage';
import { failingStorage } from './fake-storage';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('storage access', () => {
  it('reaches the browser storages', () => {
    expect(browserStorage('local')).toBe(window.localStorage);
    expect(browserStorage('session')).toBe(window.sessionStorage);
    expect(writeItem(browserStorage('local'), 'k', 'v')).toBe(true);
    expect(readItem(browserStorage('local'), 'k')).toBe('v');
    expect(removeItem(browserStorage('local'), 'k')).toBe(true);
    expect(readItem(browserStorage('local'), 'k')).toBeNull();
  });

  it('gives undefined where touching storage throws (storage disabled)', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(browserStorage('local')).toBeUndefined();
  });

  it('never throws from reads and writes', () => {
    const broken = failingStorage();
    expect(readItem(broken, 'k')).toBeNull();
    expect(writeItem(broken, 'k', 'v')).toBe(false);
    expect(removeItem(broken, 'k')).toBe(false);
    expect(readItem(undefined, 'k')).toBeNull();
    expect(writeItem(undefined, 'k', 'v')).toBe(false);
    expect(removeItem(undefined, 'k')).toBe(false);
  });
});
