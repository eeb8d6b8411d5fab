import type { KeyValueStorage } from '../../../src/lib/persist/storage';

/** Web Storage in a Map, for state tests. */
export class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  dump() {
    return [...this.items.values()].join('\n');
  }
}
