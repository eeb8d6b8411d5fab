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

/** A request nests 8 levels at most (…/MsgContent/ImageInfoArray/item); this leaves room and stops abuse. */
export const MAX_BODY_DEPTH = 32;

/**
 * True when objects and arrays nest deeper than `max` (the root is level 1). Walks with an explicit stack and
 * stops at the first too-deep value: what the sandbox stores must be readable back (cloning and JSON.stringify
 * recurse per level).
 */
export function nestedDeeperThan(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth > max) return true;
    if (Array.isArray(value)) {
      for (const child of value)
        if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    } else {
      for (const key in value as Record<string, unknown>) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      }
    }
  }
  return false;
}
