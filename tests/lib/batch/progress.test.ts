// @vitest-environment node
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MESSAGE_STATUS,
  ProgressPlanMismatchError,
  type ProgressRecord,
} from '../../../src/lib/batch/progress';
import { FileProgressStore } from '../../../src/lib/batch/progress-file';
import { IndexedDbProgressStore } from '../../../src/lib/batch/progress-idb';

const sent = (r: number): ProgressRecord => ({ k: 'sent', r, p: [r * 7, r * 7 + 1], at: 1 });
const done = (r: number): ProgressRecord => ({
  k: 'done',
  r,
  at: 2,
  m: [[r * 7, MESSAGE_STATUS.imported, 0, r + 1, 1650000000]],
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'progress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('FileProgressStore', () => {
  it('gives back every record after a "crash" (no close), and folds the journal into the snapshot', async () => {
    const path = join(dir, 'state.json');
    const store = new FileProgressStore(path, { minCompaction: 3 });
    expect(await store.open('plan-a')).toEqual([]);
    const records = [sent(0), done(0), sent(1), done(1), sent(2)];
    for (const record of records) await store.append(record);
    // No close(): the process was killed. A new store reads snapshot + journal.
    expect(await new FileProgressStore(path).open('plan-a')).toEqual(records);
    expect(JSON.parse(readFileSync(path, 'utf8')).records).toEqual(records);
  });

  it('ignores a torn last line and refuses another plan’s progress', async () => {
    const path = join(dir, 'state.json');
    const store = new FileProgressStore(path);
    await store.open('plan-a');
    await store.append(sent(0));
    appendFileSync(`${path}.log`, '{"k":"done","r":0,"at":2,"m":[[0,1,0,');
    expect(await new FileProgressStore(path).open('plan-a')).toEqual([sent(0)]);
    await expect(new FileProgressStore(path).open('plan-b')).rejects.toBeInstanceOf(
      ProgressPlanMismatchError,
    );
  });

  it('never overwrites a file that is not its own, and clear() forgets everything', async () => {
    const path = join(dir, 'state.json');
    writeFileSync(path, 'precious');
    await expect(new FileProgressStore(path).open('plan-a')).rejects.toThrow(/not a progress file/);
    expect(readFileSync(path, 'utf8')).toBe('precious');
    const store = new FileProgressStore(path);
    await store.clear();
    expect(await store.open('plan-a')).toEqual([]);
  });
});

describe('IndexedDbProgressStore', () => {
  it('keeps each plan’s records apart, in order, across "reloads", and clears one plan', async () => {
    const factory = new IDBFactory();
    const page1 = new IndexedDbProgressStore('test', factory);
    await page1.open('plan-a');
    for (const record of [sent(0), done(0), sent(1)]) await page1.append(record);
    await page1.close();
    const other = new IndexedDbProgressStore('test', factory);
    await other.open('plan-b');
    await other.append(sent(9));
    const page2 = new IndexedDbProgressStore('test', factory);
    expect(await page2.open('plan-a')).toEqual([sent(0), done(0), sent(1)]);
    await page2.clear();
    expect(await page2.open('plan-a')).toEqual([]);
    expect(await new IndexedDbProgressStore('test', factory).open('plan-b')).toEqual([sent(9)]);
  });

  it('refuses to append before open', async () => {
    await expect(new IndexedDbProgressStore('x', new IDBFactory()).append(sent(0))).rejects.toThrow(
      /not open/,
    );
  });
});
