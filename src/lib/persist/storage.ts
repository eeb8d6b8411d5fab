/** Web Storage access that never throws: storage can be disabled, full, or forbidden (sandboxed frames). */

/** The storage calls the console uses: a subset of `Storage`, so tests can hand in fakes. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's storage of that kind, or undefined where touching it throws or it does not exist. */
export function browserStorage(kind: 'local' | 'session'): KeyValueStorage | undefined {
  try {
    if (typeof window === 'undefined') return undefined;
    const storage = kind === 'local' ? window.localStorage : window.sessionStorage;
    return storage ?? undefined;
  } catch {
    return undefined;
  }
}

export function readItem(storage: KeyValueStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** False when the write was refused. */
export function writeItem(storage: KeyValueStorage | undefined, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(storage: KeyValueStorage | undefined, key: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
