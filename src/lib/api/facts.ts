/**
 * Facts about import_group_msg that the page shows and the rules use, as data with their sources
 * (TENCENT-IM.md). Zod-free and import-free apart from types: the page imports this module on its own
 * (`../api/facts`) so that reading a limit never pulls the validator into the start-up JavaScript, and so that
 * no component or state class keeps its own copy of a figure.
 */
import type { Diagnostic, GroupType, Severity } from './types';

// ---- Calls ------------------------------------------------------------------------------------------------

/** MsgList holds 1 to 7 messages per call (TENCENT-IM §1, §2). */
export const MAX_MESSAGES_PER_CALL = 7;

/** Tencent's rate limit: 200 calls per second per app, beyond which it answers 10006/10023/60007 (§1, §7). */
export const MAX_CALLS_PER_SECOND = 200;

/** `random` in the query string and `Random` in a message are uint32: 0 to this. */
export const MAX_UINT32 = 4294967295;

// ---- Message size -----------------------------------------------------------------------------------------

/** The per-message byte budget of the original API page: the safe default (newer docs say 12 KB). */
export const DEFAULT_MAX_MESSAGE_BYTES = 8000;

/** The budget of Tencent's docs from 2023 on ("12 KB", "12,000 bytes" in the English page). */
export const NEWER_DOCS_MAX_MESSAGE_BYTES = 12000;

/** A per-message byte budget the user may choose, with where the figure comes from. */
export interface ByteBudget {
  bytes: number;
  label: string;
  note: string;
}

/**
 * The budgets the sources support (TENCENT-IM §4): which one the server applies is unconfirmed, so the choice is
 * a visible setting. The first is the default.
 */
export const BYTE_BUDGETS: readonly ByteBudget[] = [
  {
    bytes: DEFAULT_MAX_MESSAGE_BYTES,
    label: '8,000 bytes',
    note: 'the seed page and older docs (safe default)',
  },
  { bytes: NEWER_DOCS_MAX_MESSAGE_BYTES, label: '12,000 bytes', note: 'newer docs (2023 on) say 12 KB' },
  { bytes: 12288, label: '12,288 bytes', note: 'if 12 KB means 12 KiB (unconfirmed)' },
];

/** Why the budget is a choice, in one sentence for the settings. */
export const BYTE_BUDGET_NOTE =
  'The seed page says 8,000 bytes; Tencent\'s newer docs say 12 KB ("12,000 bytes" in the English page; ' +
  'whether 12 KB means 12,000 or 12,288 is unconfirmed). 8,000 is the safe choice.';

// ---- Groups -----------------------------------------------------------------------------------------------

/** What to know of a group type before importing into it (TENCENT-IM §5); types without a note have none. */
export const GROUP_TYPE_NOTES: Readonly<Partial<Record<GroupType, string>>> = {
  Private: 'same as Work',
  Work: 'new name of Private',
  ChatRoom: 'same as Meeting',
  Meeting: 'new name of ChatRoom',
  AVChatRoom: 'import not supported: 10007',
  Community: 'needs the Community feature',
};

// ---- Responses --------------------------------------------------------------------------------------------

/** An IM answer for at most 7 messages is a few hundred bytes: anything bigger than this is something else. */
export const MAX_RESPONSE_BYTES = 1_000_000;

/** The part of a response row (`ImportMsgResult` joined to its message) that says whether it was imported. */
export interface ResultRow {
  /** 0: imported; another code: not imported; absent: the response did not say. */
  Result?: number;
}

/** The rows whose message was not imported: a `Result` present and not 0. */
export function failedRows<Row extends ResultRow>(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.Result !== undefined && row.Result !== 0);
}

// ---- Diagnostics ------------------------------------------------------------------------------------------

/** The severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Sort key of a severity: lower is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export type SeverityCounts = Record<Severity, number>;

export function emptySeverityCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** How many diagnostics of each severity. */
export function countBySeverity(diagnostics: readonly Pick<Diagnostic, 'severity'>[]): SeverityCounts {
  const counts = emptySeverityCounts();
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

export function totalCount(counts: SeverityCounts): number {
  return counts.error + counts.warning + counts.info;
}

/**
 * The message a diagnostic is about: the index in its JSON Pointer (`/MsgList/3/...` → 3), if any. Undefined
 * for the request's own fields.
 */
export function messageIndexOf(pointer: string): number | undefined {
  const match = /^\/MsgList\/(\d+)(\/|$)/.exec(pointer);
  return match ? Number(match[1]) : undefined;
}

// ---- Time -------------------------------------------------------------------------------------------------

/** Returns the current time in Unix seconds. Injected where tests need a fixed time. */
export type Clock = () => number;

/**
 * The one live clock: whole Unix seconds, as SendTime counts. The worker client, the diagnostics' timeline and
 * the context settings all read "now" from here (or from the fixed time the user set).
 */
export const systemClock: Clock = () => Math.floor(Date.now() / 1000);
