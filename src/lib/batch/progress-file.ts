/**
 * Progress in a file, for Node (the headless runner). Two files next to the input: a snapshot written atomically
 * (temp file + rename, so it is always whole) and a journal of records appended since, one JSON line each. An
 * append is one write(2) before the runner goes on, so a killed process loses nothing it had acknowledged; a
 * torn last line (power loss mid-write) is ignored, and that call is resent with the same Randoms. The journal is
 * folded into the snapshot once it is as long as the snapshot, so the total written stays linear.
 * Imports node:fs: only the CLI loads this module.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { ProgressPlanMismatchError, readRecord, type ProgressRecord, type ProgressStore } from './progress';

interface Snapshot {
  version: 1;
  planId: string;
  records: ProgressRecord[];
}

export interface FileProgressStoreOptions {
  /** fsync after each append (survives power loss too; slower). Default false: survives a killed process. */
  durable?: boolean;
  /** Fold the journal into the snapshot when it holds at least this many records and as many as the snapshot. */
  minCompaction?: number;
}

export class FileProgressStore implements ProgressStore {
  readonly path: string;
  readonly journalPath: string;
  readonly #options: FileProgressStoreOptions;
  #planId: string | undefined;
  #fd: number | undefined;
  #snapshotRecords: ProgressRecord[] = [];
  #journalCount = 0;

  /** `path`: the snapshot file (e.g. `export.json.migrate-state.json`); the journal is `path + '.log'`. */
  constructor(path: string, options: FileProgressStoreOptions = {}) {
    this.path = path;
    this.journalPath = `${path}.log`;
    this.#options = options;
  }

  async open(planId: string): Promise<ProgressRecord[]> {
    let records: ProgressRecord[] = [];
    if (existsSync(this.path)) {
      const snapshot = readSnapshot(readFileSync(this.path, 'utf8'));
      // Written atomically, so never torn: an unreadable one is not ours; never overwrite it.
      if (!snapshot) throw new Error(`${this.path} is not a progress file of this tool`);
      if (snapshot.planId !== planId) throw new ProgressPlanMismatchError(snapshot.planId, planId);
      records = snapshot.records;
    }
    if (existsSync(this.journalPath)) {
      for (const line of readFileSync(this.journalPath, 'utf8').split('\n')) {
        if (line === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          continue; // a torn line: that call is resent
        }
        const record = readRecord(value);
        if (record) records.push(record);
      }
    }
    this.#planId = planId;
    this.#snapshotRecords = records;
    this.#writeSnapshot(); // also empties the journal
    return structuredClone(records);
  }

  async append(record: ProgressRecord): Promise<void> {
    if (this.#fd === undefined) throw new Error('progress store is not open');
    writeSync(this.#fd, `${JSON.stringify(record)}\n`);
    if (this.#options.durable) fsyncSync(this.#fd);
    this.#snapshotRecords.push(record);
    this.#journalCount++;
    const threshold = Math.max(
      this.#options.minCompaction ?? 2000,
      this.#snapshotRecords.length - this.#journalCount,
    );
    if (this.#journalCount >= threshold) this.#writeSnapshot();
  }

  async clear(): Promise<void> {
    this.#closeJournal();
    rmSync(this.path, { force: true });
    rmSync(this.journalPath, { force: true });
    this.#snapshotRecords = [];
    this.#journalCount = 0;
  }

  async close(): Promise<void> {
    if (this.#fd !== undefined) this.#writeSnapshot();
    this.#closeJournal();
  }

  #closeJournal(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }

  /** Snapshot = everything so far, atomically; then a fresh journal. A crash between the two only repeats
   * records, and replaying a record twice changes nothing. */
  #writeSnapshot(): void {
    const snapshot: Snapshot = { version: 1, planId: this.#planId as string, records: this.#snapshotRecords };
    const temp = `${this.path}.tmp-${process.pid}`;
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, JSON.stringify(snapshot));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, this.path);
    this.#closeJournal();
    this.#fd = openSync(this.journalPath, 'w');
    this.#journalCount = 0;
  }
}

function readSnapshot(text: string): Snapshot | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const snapshot = value as Record<string, unknown>;
  if (snapshot.version !== 1 || typeof snapshot.planId !== 'string' || !Array.isArray(snapshot.records))
    return undefined;
  const records: ProgressRecord[] = [];
  for (const item of snapshot.records) {
    const record = readRecord(item);
    if (record) records.push(record);
  }
  return { version: 1, planId: snapshot.planId, records };
}
