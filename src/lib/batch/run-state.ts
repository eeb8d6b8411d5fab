/** What became of each planned message during a run, rebuilt from saved progress records on resume. */
import type { BatchPlan } from './plan-types';
import {
  MESSAGE_STATUS,
  STATUS_NAMES,
  type MessageOutcome,
  type MessageStatus,
  type ProgressRecord,
} from './progress';

export class RunResults {
  readonly status: Uint8Array;
  /** Result (or the call's ErrorCode for a failed call, or the group's for a skipped one); -1: none. */
  readonly result: Int32Array;
  /** -1: none. */
  readonly msgSeq: Float64Array;
  readonly msgTime: Float64Array;
  /** Clock ms when the message became final; 0 while pending. */
  readonly doneAt: Float64Array;
  /** 1 while a call carrying the message went unanswered: it may be stored already. */
  readonly maybeStored: Uint8Array;
  readonly #plan: BatchPlan;
  #final = 0;
  readonly #counts = { pending: 0, imported: 0, unconfirmed: 0, failed: 0, skipped: 0 };
  readonly #byResult = new Map<string, number>();

  constructor(plan: BatchPlan) {
    const n = plan.messages.input.length;
    this.#plan = plan;
    this.status = new Uint8Array(n);
    this.result = new Int32Array(n).fill(-1);
    this.msgSeq = new Float64Array(n).fill(-1);
    this.msgTime = new Float64Array(n).fill(-1);
    this.doneAt = new Float64Array(n);
    this.maybeStored = new Uint8Array(n);
    this.#counts.pending = n;
  }

  get finalCount(): number {
    return this.#final;
  }

  isFinal(position: number): boolean {
    return this.status[position] !== MESSAGE_STATUS.pending;
  }

  /** Positions within request `r` (0-based slots) still to send. */
  pendingSlots(r: number): number[] {
    const first = this.#plan.requests.first[r];
    const slots: number[] = [];
    for (let k = 0; k < this.#plan.requests.count[r]; k++) if (!this.isFinal(first + k)) slots.push(k);
    return slots;
  }

  markSent(positions: readonly number[]): void {
    for (const p of positions) if (!this.isFinal(p)) this.maybeStored[p] = 1;
  }

  settle(outcome: MessageOutcome, at: number): void {
    const [p, status, result, seq, time] = outcome;
    if (p < 0 || p >= this.status.length || status === MESSAGE_STATUS.pending) return;
    if (this.isFinal(p)) this.#count(p, -1);
    else {
      this.#final++;
      this.#counts.pending--;
    }
    this.status[p] = status as MessageStatus;
    this.result[p] = result;
    this.msgSeq[p] = seq;
    this.msgTime[p] = time;
    this.doneAt[p] = at;
    this.maybeStored[p] = 0;
    this.#count(p, 1);
  }

  #count(p: number, delta: number): void {
    const status = this.status[p];
    const name = STATUS_NAMES[status];
    this.#counts[name] += delta;
    const key =
      status === MESSAGE_STATUS.unconfirmed
        ? 'unconfirmed'
        : status === MESSAGE_STATUS.skipped
          ? 'skipped'
          : String(this.result[p]);
    this.#byResult.set(key, (this.#byResult.get(key) ?? 0) + delta);
  }

  /** Replays saved records (idempotent: a record seen twice changes nothing). */
  replay(records: readonly ProgressRecord[]): void {
    for (const record of records) {
      if (record.k === 'sent') this.markSent(record.p);
      else for (const outcome of record.m) this.settle(outcome, record.at);
    }
  }

  /** Final messages by Result code ('unconfirmed' and 'skipped' apart). */
  tallyByResult(): Record<string, number> {
    const tally: Record<string, number> = {};
    for (const [key, count] of this.#byResult) if (count > 0) tally[key] = count;
    return tally;
  }

  counts(): Record<'pending' | 'imported' | 'unconfirmed' | 'failed' | 'skipped', number> {
    return { ...this.#counts };
  }
}
