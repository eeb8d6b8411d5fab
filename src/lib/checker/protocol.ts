/** Messages between the validation client and its worker. */
import type { ResolvedContext } from '../api/context';
import type { SeverityCounts } from '../api/facts';
import type { Fix, ValidationReport } from '../api';
import type { MessageSummary } from './summary';

/**
 * Fixes are offered for texts up to this many characters (about twice the largest legal request). Planning them
 * costs about as much again as the validation; on a multi-megabyte export every keystroke would pay it twice.
 */
export const FIX_TEXT_LIMIT = 200_000;

export interface ValidationJob {
  seq: number;
  text: string;
  /** Resolved by the client, so that `now` is the page's clock when the job was made. */
  context: ResolvedContext;
}

/** What the whole document holds; the outcome itself carries a bounded part of it. */
export interface ValidationTotals {
  /** Messages in MsgList (0 when there is no readable list). */
  messages: number;
  /** Diagnostics the core found, by severity: the report carries at most MAX_DIAGNOSTICS of them. */
  diagnostics: SeverityCounts;
}

export interface ValidationOutcome {
  /** The core's report without its parsed `value`, with at most MAX_DIAGNOSTICS diagnostics (errors first). */
  report: ValidationReport;
  /** Summaries of at most 2 × MAX_SUMMARIES messages. */
  messages: MessageSummary[];
  totals: ValidationTotals;
  /** Why the message summaries could not be made, when they could not (the report is whole regardless). */
  summaryError?: string;
  /**
   * The edit fixes of the listed diagnostics (offsets in this text); absent when the text is too large for fixes
   * (validation/fixes.ts).
   */
  fixes?: Fix[];
}

export interface ValidationReply extends ValidationOutcome {
  seq: number;
  /** The body is the job's text itself: left out of the reply (megabytes copied for nothing), put back by the client. */
  bodyIsText?: true;
}

export interface ValidationFailure {
  seq: number;
  error: string;
}

/** Sent once when the worker's script has loaded: from then on, a worker error is a crash, not a failed load. */
export interface WorkerReady {
  ready: true;
}

export type WorkerMessage = ValidationReply | ValidationFailure | WorkerReady;
