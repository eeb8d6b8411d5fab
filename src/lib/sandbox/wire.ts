/** The wire shapes the sandbox answers with, as the real endpoint writes them (TENCENT-IM.md §6). */
import type { SandboxMessage } from './messages';

export interface ImportMsgResultItem {
  MsgSeq: number;
  MsgTime: number;
  Result: number;
}

/** A call-level answer; `ActionStatus`, `ErrorInfo`, `ErrorCode` first, in the order the docs print them. */
export interface WireAnswer {
  ActionStatus: 'OK' | 'FAIL';
  ErrorInfo: string;
  ErrorCode: number;
  [field: string]: unknown;
}

/** What a command handler returns: the answer and anything the sandbox noticed on the way. */
export interface CommandOutcome {
  answer: WireAnswer;
  notes: SandboxMessage[];
}

export const failure = (code: number, info: string): WireAnswer => ({
  ActionStatus: 'FAIL',
  ErrorInfo: info,
  ErrorCode: code,
});

export const failed = (code: number, info: string, notes: SandboxMessage[] = []): CommandOutcome => ({
  answer: failure(code, info),
  notes,
});

export const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
