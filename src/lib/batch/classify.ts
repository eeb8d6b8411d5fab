/**
 * What one call's answer means for the batch: imported per message, retry the same call (same Randoms), the call
 * failed for good, the whole group cannot import, or the run must stop (credentials, configuration). Reads the
 * answer with the safe JSON reader and no zod: the runner classifies thousands of answers per second.
 */
import type { SendResult } from '../send/transport';
import { isJsonObject, own, readJson } from './json';

/** ErrorCodes and per-message Results that mean "nothing is wrong with the call: send it again later". */
export const TRANSIENT_CODES: ReadonlySet<number> = new Set([
  10002, 10006, 60007, 60018, 60019, 70169, 91000,
  // Also documented as "retry": SDKAppID-level rate limit, account switch timeout, internal timeout and errors.
  60011,
  60014, 70202, 70500,
]);

/** Rate limits: nothing was imported, the answer says so. */
const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([10006, 60007, 60011, 60018, 60019]);

/** The group itself cannot take messages: every later call for it would fail the same way. */
export const GROUP_FATAL_CODES: ReadonlySet<number> = new Set([10007, 10010, 10015, 10044, 11000]);

/** Credentials and app configuration: every call would fail; stop and let the user fix it, then resume. */
function isRunFatalCode(code: number): boolean {
  if (code >= 70000 && code <= 70999) return !TRANSIENT_CODES.has(code) && code !== 70107 && code !== 70402;
  return [
    10003, 10026, 60002, 60004, 60005, 60006, 60009, 60010, 60012, 60016, 60017, 60020, 60021, 90009,
  ].includes(code);
}

/** Why a call attempt did not import its messages, grouped for the tally and the retry policy. */
export type FailureClass =
  | 'network'
  | 'timeout'
  | 'http-5xx'
  | 'http-status'
  | 'malformed'
  | 'rate-limited'
  | 'server-busy'
  | 'credentials'
  | 'configuration'
  | 'group'
  | 'call'
  | 'aborted';

export const FAILURE_CLASSES: readonly FailureClass[] = [
  'network',
  'timeout',
  'http-5xx',
  'http-status',
  'malformed',
  'rate-limited',
  'server-busy',
  'credentials',
  'configuration',
  'group',
  'call',
  'aborted',
];

export interface MessageResult {
  Result: number;
  MsgSeq?: number;
  MsgTime?: number;
}

export type CallOutcome =
  /** ErrorCode 0: one result per message sent, in order. */
  | { kind: 'answered'; results: MessageResult[] }
  /** Send the same call again after a back-off. `maybeStored`: the service may have imported it already. */
  | { kind: 'transient'; failure: FailureClass; code?: number; status?: number; maybeStored: boolean }
  /** The call failed for good: its messages are not imported; the group goes on. */
  | { kind: 'call-failed'; failure: FailureClass; code: number }
  /** The group cannot import: this call and every later one for the group fail with `code`. */
  | { kind: 'group-failed'; code: number }
  /** Nothing can work until the user changes something (credentials, host, target): stop, keep the call pending. */
  | { kind: 'run-failed'; failure: FailureClass; code?: number; status?: number; detail?: string }
  /** Cancelled by pause or cancel: the call may have reached the service. */
  | { kind: 'aborted' };

const int = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;

function classifyErrorCode(code: number): CallOutcome {
  if (TRANSIENT_CODES.has(code))
    return {
      kind: 'transient',
      failure: RATE_LIMIT_CODES.has(code) ? 'rate-limited' : 'server-busy',
      code,
      // An internal error or timeout of the service may come after it stored the messages.
      maybeStored: !RATE_LIMIT_CODES.has(code),
    };
  if (GROUP_FATAL_CODES.has(code)) return { kind: 'group-failed', code };
  if (isRunFatalCode(code))
    return {
      kind: 'run-failed',
      failure: code >= 70000 || code === 60004 || code === 60005 ? 'credentials' : 'configuration',
      code,
    };
  return { kind: 'call-failed', failure: 'call', code };
}

/** Classifies one attempt's answer for a call of `sent` messages. */
export function classifyResult(result: SendResult, sent: number): CallOutcome {
  const failure = result.failure;
  if (failure) {
    switch (failure.kind) {
      case 'aborted':
        return { kind: 'aborted' };
      case 'timeout':
        return { kind: 'transient', failure: 'timeout', maybeStored: true };
      case 'blocked':
      case 'offline':
        // A blocked simple request may still have reached the service (CORS hides only the answer).
        return { kind: 'transient', failure: 'network', maybeStored: true };
      case 'not-json':
      case 'truncated':
        return { kind: 'transient', failure: 'malformed', status: result.status, maybeStored: true };
      case 'http-status':
        if (result.status >= 500 || result.status === 429 || result.status === 408)
          return { kind: 'transient', failure: 'http-5xx', status: result.status, maybeStored: true };
        return { kind: 'run-failed', failure: 'http-status', status: result.status, detail: failure.detail };
      default:
        // csp, mixed-content, relay-refused, internal: the target is wrong or broken; retrying changes nothing.
        return { kind: 'run-failed', failure: 'configuration', status: result.status, detail: failure.kind };
    }
  }
  if (result.status !== 200)
    return result.status >= 500 || result.status === 429
      ? { kind: 'transient', failure: 'http-5xx', status: result.status, maybeStored: true }
      : { kind: 'run-failed', failure: 'http-status', status: result.status };
  const read = readJson(result.bodyText);
  if (!read.ok || !isJsonObject(read.value))
    return { kind: 'transient', failure: 'malformed', status: result.status, maybeStored: true };
  const body = read.value;
  const code = int(own(body, 'ErrorCode'));
  if (code === undefined)
    return { kind: 'transient', failure: 'malformed', status: result.status, maybeStored: true };
  if (code !== 0) return classifyErrorCode(code);
  const rows = own(body, 'ImportMsgResult');
  if (!Array.isArray(rows) || rows.length !== sent)
    return { kind: 'transient', failure: 'malformed', status: result.status, maybeStored: true };
  const results: MessageResult[] = [];
  for (const row of rows) {
    if (!isJsonObject(row))
      return { kind: 'transient', failure: 'malformed', status: result.status, maybeStored: true };
    const Result = int(own(row, 'Result'));
    if (Result === undefined)
      return { kind: 'transient', failure: 'malformed', status: result.status, maybeStored: true };
    const out: MessageResult = { Result };
    const seq = int(own(row, 'MsgSeq'));
    const time = int(own(row, 'MsgTime'));
    if (seq !== undefined) out.MsgSeq = seq;
    if (time !== undefined) out.MsgTime = time;
    results.push(out);
  }
  return { kind: 'answered', results };
}
