/**
 * Progress in IndexedDB, for the page: one record per row, keyed by plan, so a reload (or another tab later)
 * resumes exactly where the run stopped. The raw API with a few promise helpers: small enough not to need a
 * library. Each append is its own transaction and resolves when it has committed.
 */
import type { ProgressRecord, ProgressStore } from './progress';
import { readRecord } from './progress';

const DB_VERSION = 1;
const RECORDS = 'records';
const BY_PLAN = 'byPlan';

interface Row {
  planId: string;
  record: ProgressRecord;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export function openProgressDatabase(name: string, factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const req = factory.open(name, DB_VERSION);
  req.onupgradeneeded = () => {
    const store = req.result.createObjectStore(RECORDS, { autoIncrement: true });
    store.createIndex(BY_PLAN, 'planId');
  };
  return request(req);
}

export class IndexedDbProgressStore implements ProgressStore {
  readonly #name: string;
  readonly #factory: IDBFactory | undefined;
  #db: IDBDatabase | undefined;
  #planId: string | undefined;

  /** `factory`: the platform's indexedDB by default (a fake in tests). */
  constructor(name = 'tim-batch-progress', factory?: IDBFactory) {
    this.#name = name;
    this.#factory = factory;
  }

  async #database(): Promise<IDBDatabase> {
    this.#db ??= await openProgressDatabase(this.#name, this.#factory ?? indexedDB);
    return this.#db;
  }

  async open(planId: string): Promise<ProgressRecord[]> {
    this.#planId = planId;
    const db = await this.#database();
    const tx = db.transaction(RECORDS, 'readonly');
    const rows = await request(tx.objectStore(RECORDS).index(BY_PLAN).getAll(planId));
    // getAll on an index returns rows in index-key order, then primary-key (insertion) order.
    const records: ProgressRecord[] = [];
    for (const row of rows as Row[]) {
      const record = readRecord(row.record);
      if (record) records.push(record);
    }
    return records;
  }

  async append(record: ProgressRecord): Promise<void> {
    if (this.#planId === undefined) throw new Error('progress store is not open');
    const db = await this.#database();
    const tx = db.transaction(RECORDS, 'readwrite', { durability: 'strict' });
    tx.objectStore(RECORDS).add({ planId: this.#planId, record } satisfies Row);
    await committed(tx);
  }

  async clear(): Promise<void> {
    if (this.#planId === undefined) return;
    const db = await this.#database();
    const tx = db.transaction(RECORDS, 'readwrite');
    const keys = await request(tx.objectStore(RECORDS).index(BY_PLAN).getAllKeys(this.#planId));
    for (const key of keys) tx.objectStore(RECORDS).delete(key);
    await committed(tx);
  }

  async close(): Promise<void> {
    this.#db?.close();
    this.#db = undefined;
  }
}
