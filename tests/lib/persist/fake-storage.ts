/**
 * The storage fakes every test uses (one of each): Web Storage in a Map, and storage that refuses every call.
 * Both implement `KeyValueStorage`, the subset of `Storage` the console touches.
 */
import type { KeyValueStorage } from '../../../src/lib/persist/storage';

/** Web Storage in a Map. `quota` and `refuse` make writes throw as a full localStorage does. */
export class MemoryStorage implements KeyValueStorage {
  readonly items: Map<string, string>;
  /** Writes of a value longer than this (characters) throw QuotaExceededError. */
  quota = Infinity;
  /** While true, every write throws QuotaExceededError. */
  refuse = false;

  constructor(initial: Record<string, string> = {}) {
    this.items = new Map(Object.entries(initial));
  }

  getItem(key: string) {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string) {
    if (this.refuse || value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string) {
    this.items.delete(key);
  }

  /** Every stored value, for asserting that a secret is nowhere in storage. */
  dump() {
    return [...this.items.values()].join('\n');
  }
}

/** Storage that throws on every call, as a disabled or forbidden one (sandboxed frames, privacy modes) does. */
export function failingStorage(): KeyValueStorage {
  const deny = (): never => {
    throw new DOMException('denied', 'SecurityError');
  };
  return { getItem: deny, setItem: deny, removeItem: deny };
}
