/**
 * Progress persistence: the runner appends a record before each call (which messages it sends) and after each
 * acknowledged call (what became of them). Replaying the records gives back exactly where a run stopped, after a
 * reload or a crash. Records hold positions, codes and times: never a URL, a UserSig or a message body.
 */

/** Final state of a planned message. */
export const MESSAGE_STATUS = {
  pending: 0,
  /** Result 0: imported, with its MsgSeq. */
  imported: 1,
  /** Its call's answer was lost; sent again with the same Random, the service refused it as already there
   * (10004: not later than the group's newest message). Most likely imported by the lost call; MsgSeq unknown. */
  unconfirmed: 2,
  /** Not imported: a per-message Result or the call's ErrorCode says why. */
  failed: 3,
  /** Not sent: an earlier call showed the group cannot import (e.g. 10010). */
  skipped: 4,
} as const;
export type MessageStatus = (typeof MESSAGE_STATUS)[keyof typeof MESSAGE_STATUS];
export const STATUS_NAMES = ['pending', 'imported', 'unconfirmed', 'failed', 'skipped'] as const;
export type MessageStatusName = (typeof STATUS_NAMES)[number];

/** [planned position, status, Result or ErrorCode (-1 none), MsgSeq (-1 none), MsgTime (-1 none)] */
export type MessageOutcome = [number, MessageStatus, number, number, number];

export type ProgressRecord =
  /** About to send these planned positions as request `r`: until a `done` follows, the call may have landed. */
  | { k: 'sent'; r: number; p: number[]; at: number }
  /** The answer to request `r` (or the decision to skip it), per message. `at`: clock ms. */
  | { k: 'done'; r: number; at: number; m: MessageOutcome[] };

export class ProgressPlanMismatchError extends Error {
  readonly savedPlanId: string;
  constructor(savedPlanId: string, planId: string) {
    super(`saved progress belongs to plan ${savedPlanId}, not ${planId}`);
    this.name = 'ProgressPlanMismatchError';
    this.savedPlanId = savedPlanId;
  }
}

export interface ProgressStore {
  /** The records saved for this plan, oldest first (none for a new plan). Rejects with
   * ProgressPlanMismatchError when the store holds another plan's progress and can hold only one. */
  open(planId: string): Promise<ProgressRecord[]>;
  /** Saves one record; resolves once it would survive a crash of the page or process. */
  append(record: ProgressRecord): Promise<void>;
  /** Forgets this plan's progress (a fresh start). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** In memory: for tests, and for runs nobody needs to resume. A "reload" is a new runner on the same store. */
export class MemoryProgressStore implements ProgressStore {
  #planId: string | undefined;
  #records: ProgressRecord[] = [];
  /** Throws on the n-th append from now (1 = the next), to simulate a crash; undefined = never. */
  failAfter: number | undefined;

  get records(): readonly ProgressRecord[] {
    return this.#records;
  }

  async open(planId: string): Promise<ProgressRecord[]> {
    if (this.#planId !== undefined && this.#planId !== planId && this.#records.length > 0)
      throw new ProgressPlanMismatchError(this.#planId, planId);
    this.#planId = planId;
    return structuredClone(this.#records);
  }

  async append(record: ProgressRecord): Promise<void> {
    if (this.failAfter !== undefined && --this.failAfter <= 0) throw new Error('simulated crash');
    this.#records.push(structuredClone(record));
  }

  async clear(): Promise<void> {
    this.#records = [];
    this.#planId = undefined;
  }

  async close(): Promise<void> {}
}

/** Parses one stored record; undefined for anything that is not one (a torn last line, a foreign line). */
export function readRecord(value: unknown): ProgressRecord | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const nat = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (!nat(record.r) || typeof record.at !== 'number') return undefined;
  if (record.k === 'sent' && Array.isArray(record.p) && record.p.every(nat))
    return { k: 'sent', r: record.r as number, p: record.p as number[], at: record.at };
  if (record.k === 'done' && Array.isArray(record.m)) {
    for (const m of record.m)
      if (!Array.isArray(m) || m.length !== 5 || !m.every((x) => typeof x === 'number')) return undefined;
    return { k: 'done', r: record.r as number, at: record.at, m: record.m as MessageOutcome[] };
  }
  return undefined;
}
