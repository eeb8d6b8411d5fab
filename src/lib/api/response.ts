/** Reads an `import_group_msg` response and joins its results to the request's messages. Never throws. */
import { explainCode, type CodeExplanation } from './codes';
import { MAX_MESSAGES_PER_CALL, MAX_RESPONSE_BYTES } from './facts';
import { ImportResponseSchema, RESPONSE_FIELDS, RESULT_FIELDS, type ImportResponse } from './response-schema';
import { responseNote, type ResponseMessageId, type ResponseNote } from './response-notes';
import { readJson } from './safe-json';
import type { z } from 'zod';
import type { MessageParams } from './i18n/registry';

export { ImportResponseSchema, ImportMsgResultSchema } from './response-schema';
export type { ImportResponse, ImportMsgResult } from './response-schema';
export { responseNoteText, type ResponseNote, type ResponseMessageId } from './response-notes';

/**
 * Rows and notes past these counts are summed up, not listed: a real answer has at most 7 results and a few
 * fields, and a hostile one must not make the page render (or zod check) a hundred thousand of them.
 */
export const MAX_RESPONSE_ROWS = 100;
const MAX_LISTED_PROBLEMS = 20;

/** What the join needs of the request (an `ImportRequest` fits). */
export interface JoinableRequest {
  MsgList?: readonly unknown[];
}

export interface ResponseRow {
  index: number;
  message?: { From_Account: string; SendTime: number };
  MsgSeq?: number;
  MsgTime?: number;
  Result?: number;
  /** What `Result` means for this message, in English (`explainCode(Result, 'message', locale)` in another). */
  explanation?: CodeExplanation;
  /** Notes on this result (`responseNoteText` says one in any language). */
  problems: ResponseNote[];
}

export interface ResponseReport {
  /** Parsed as documented, ActionStatus OK, ErrorCode 0, and every message has Result 0. */
  ok: boolean;
  /**
   * Malformed or unexpected things, each a note with its message id (`responseNoteText` says it in any language);
   * notes (e.g. unknown fields) do not clear `ok`.
   */
  problems: ResponseNote[];
  response?: ImportResponse;
  status?: 'OK' | 'FAIL';
  /** Explanation of ErrorCode when it is not 0, in English (`explainCode(code, 'call', locale)` in another). */
  error?: CodeExplanation;
  rows: ResponseRow[];
}

/** The hint that ends every note saying the text is no IM answer at all. */
const NOT_IM = { hint: 'not-im' } as const;
const note = responseNote;
/** Counts as people read them in either language (`1,000,000`). */
const count = (n: number) => n.toLocaleString('en-US');

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function intOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

function byteLength(text: string): number {
  // Every UTF-16 unit is at least one UTF-8 byte: no need to encode a text that is already too long.
  return text.length > MAX_RESPONSE_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** The page's <title>, found with indexOf (linear): a regular expression here went quadratic on hostile pages. */
function htmlTitle(text: string): string | undefined {
  const lower = text.toLowerCase();
  let open = lower.indexOf('<title');
  // `<titles>` or `<title-x>` is another tag: look for the next one.
  while (open !== -1 && !/[\s>/]/.test(lower.charAt(open + 6))) open = lower.indexOf('<title', open + 6);
  if (open === -1) return undefined;
  const contentStart = lower.indexOf('>', open + 6);
  if (contentStart === -1) return undefined;
  const close = lower.indexOf('</title>', contentStart + 1);
  if (close === -1) return undefined;
  // Only the start is shown: collapse white space in a bounded slice.
  const title = text
    .slice(contentStart + 1, Math.min(close, contentStart + 1 + 400))
    .replace(/\s+/g, ' ')
    .trim();
  return title ? title.slice(0, 100) : undefined;
}

function failure(messageId: ResponseMessageId, params: MessageParams = {}): ResponseReport {
  return { ok: false, problems: [note(messageId, params)], rows: [] };
}

/**
 * Parses JSON through the core's safe reader (`__proto__` stays a key, nesting is bounded), tolerating comments
 * and trailing commas (as in the seed page's sample) with a note.
 */
function parseJson(text: string, problems: ResponseNote[]): { value: unknown } | undefined {
  const read = readJson(text, { lenient: true });
  if (!read.ok) {
    problems.push(note('not-json', NOT_IM, read.problem));
    return undefined;
  }
  if (read.comments > 0) problems.push(note('comments'));
  if (read.trailingCommas > 0) problems.push(note('trailing-commas'));
  return { value: read.value };
}

/** What a JSON value is, as the notes name it (`term.kind.*`, `term.received.*`). */
function kindOf(value: unknown): 'array' | 'object' | 'null' | 'string' | 'number' | 'boolean' {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) {
      return { found: false, value: undefined };
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

const EXPECTED = new Set(['number', 'int', 'string', 'array', 'object']);

/** A schema issue as a note: the field's path, what was expected and what is there, in the catalog's words. */
function issueNote(issue: Issue, root: unknown): ResponseNote {
  const path =
    issue.path
      .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./, '') || 'ImportResponse';
  const at = valueAt(root, issue.path);
  if (issue.code === 'invalid_type' && EXPECTED.has(issue.expected)) {
    const expected = issue.expected;
    if (!at.found || at.value === undefined) return note('field.missing', { path, expected });
    if (expected === 'int' && typeof at.value === 'number') {
      return note('field.not-whole', { path, value: String(at.value) });
    }
    return note('field.type', { path, expected, received: kindOf(at.value) });
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'int') {
    return note('field.unsafe', { path });
  }
  if (issue.code === 'invalid_value') {
    return note('field.value', { path, options: issue.values.map((v) => JSON.stringify(v)).join(', ') });
  }
  return note('field.other', { path, detail: issue.message });
}

function unknownFields(object: JsonObject, known: readonly string[]): string[] {
  return Object.keys(object).filter((key) => !known.includes(key));
}

/** Adds one note per unknown field to `notes`: the first few by name, the rest as a count. */
function noteUnknownFields(
  notes: ResponseNote[],
  object: JsonObject,
  known: readonly string[],
  where: 'response' | 'result',
): void {
  const unknown = unknownFields(object, known);
  for (const key of unknown.slice(0, MAX_LISTED_PROBLEMS)) {
    notes.push(note('unknown-field', { name: JSON.stringify(key.slice(0, 100)), where }));
  }
  if (unknown.length > MAX_LISTED_PROBLEMS) {
    const more = unknown.length - MAX_LISTED_PROBLEMS;
    notes.push(note('unknown-fields.more', { count: more, n: count(more) }));
  }
}

function messageAt(request: JoinableRequest | undefined, index: number): ResponseRow['message'] {
  const message = Array.isArray(request?.MsgList) ? request.MsgList[index] : undefined;
  if (!isObject(message)) return undefined;
  const { From_Account: from, SendTime: sendTime } = message;
  return typeof from === 'string' && typeof sendTime === 'number'
    ? { From_Account: from, SendTime: sendTime }
    : undefined;
}

export function parseImportResponse(text: string, request?: JoinableRequest): ResponseReport {
  try {
    return readResponse(text, request);
  } catch (error) {
    // A bug here must not take the page down: say so instead.
    return failure('could-not-read', { detail: error instanceof Error ? error.message : String(error) });
  }
}

function readResponse(input: string, request: JoinableRequest | undefined): ResponseReport {
  if (typeof input !== 'string') return failure('not-text', NOT_IM);
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failure('empty', NOT_IM);
  const bytes = byteLength(text);
  if (bytes > MAX_RESPONSE_BYTES) {
    return failure('too-large', { bytes: count(bytes), limit: count(MAX_RESPONSE_BYTES), ...NOT_IM });
  }
  if (text.trimStart().startsWith('<')) {
    const title = htmlTitle(text);
    return title ? failure('html.titled', { title, ...NOT_IM }) : failure('html', NOT_IM);
  }

  const problems: ResponseNote[] = [];
  const parsed = parseJson(text, problems);
  if (!parsed) return { ok: false, problems, rows: [] };
  const value = parsed.value;
  if (!isObject(value)) {
    problems.push(note('not-object', { kind: kindOf(value), ...NOT_IM }));
    return { ok: false, problems, rows: [] };
  }

  const allResults = Array.isArray(value.ImportMsgResult) ? value.ImportMsgResult : undefined;
  // zod checks what is shown: the first MAX_RESPONSE_ROWS results (spreading keeps an own __proto__ key a key).
  const shown =
    allResults && allResults.length > MAX_RESPONSE_ROWS
      ? { ...value, ImportMsgResult: allResults.slice(0, MAX_RESPONSE_ROWS) }
      : value;
  const checked = ImportResponseSchema.safeParse(shown);
  const issues = checked.success ? [] : checked.error.issues;
  for (const issue of issues.slice(0, MAX_LISTED_PROBLEMS)) problems.push(issueNote(issue, shown));
  if (issues.length > MAX_LISTED_PROBLEMS) {
    const more = issues.length - MAX_LISTED_PROBLEMS;
    problems.push(note('fields.more', { count: more, n: count(more) }));
  }
  noteUnknownFields(problems, value, RESPONSE_FIELDS, 'response');

  const status =
    value.ActionStatus === 'OK' || value.ActionStatus === 'FAIL' ? value.ActionStatus : undefined;
  const errorCode = intOrUndefined(value.ErrorCode);
  if (status === 'OK' && errorCode !== undefined && errorCode !== 0) {
    problems.push(note('status-ok-with-code', { code: errorCode }));
  }
  if (status === 'FAIL' && errorCode === 0) problems.push(note('status-fail-with-zero'));
  const error = errorCode !== undefined && errorCode !== 0 ? explainCode(errorCode) : undefined;

  const results = allResults;
  const rows = joinRows(results, request, errorCode, problems);
  if (status === 'OK' && results === undefined) problems.push(note('results-missing'));

  const ok =
    checked.success &&
    status === 'OK' &&
    errorCode === 0 &&
    results !== undefined &&
    rows.every((row) => row.Result === 0);
  return { ok, problems, response: checked.success ? checked.data : undefined, status, error, rows };
}

function joinRows(
  results: unknown[] | undefined,
  request: JoinableRequest | undefined,
  errorCode: number | undefined,
  problems: ResponseNote[],
): ResponseRow[] {
  const messageCount = Array.isArray(request?.MsgList) ? request.MsgList.length : undefined;
  if (results === undefined) {
    // The whole call failed: every message of the request is listed without a result.
    const why = errorCode ? note('row.call-failed.code', { code: errorCode }) : note('row.call-failed');
    return Array.from({ length: Math.min(messageCount ?? 0, MAX_RESPONSE_ROWS) }, (_, index) => ({
      index,
      message: messageAt(request, index),
      problems: [why],
    }));
  }
  if (messageCount !== undefined && messageCount !== results.length) {
    problems.push(note('count-mismatch', { results: count(results.length), messages: count(messageCount) }));
  }

  const total = Math.max(results.length, messageCount ?? 0);
  if (total > MAX_RESPONSE_ROWS) {
    problems.push(
      note('too-many-rows', {
        results: count(results.length),
        perCall: MAX_MESSAGES_PER_CALL,
        shown: MAX_RESPONSE_ROWS,
      }),
    );
  }
  const rows: ResponseRow[] = [];
  let previousSeq: number | undefined;
  for (let index = 0; index < Math.min(total, MAX_RESPONSE_ROWS); index++) {
    const row: ResponseRow = { index, message: messageAt(request, index), problems: [] };
    rows.push(row);
    if (messageCount !== undefined && index >= messageCount) {
      row.problems.push(note('row.no-message'));
    }
    if (index >= results.length) {
      row.problems.push(note('row.no-result'));
      continue;
    }
    const result = results[index];
    if (!isObject(result)) {
      row.problems.push(note('row.not-object', { index }));
      continue;
    }
    row.MsgSeq = intOrUndefined(result.MsgSeq);
    row.MsgTime = intOrUndefined(result.MsgTime);
    row.Result = intOrUndefined(result.Result);
    if (row.Result !== undefined) row.explanation = explainCode(row.Result, 'message');
    noteUnknownFields(row.problems, result, RESULT_FIELDS, 'result');
    // Sequence and time are checked for imported messages only: a failed message is not stored.
    if (row.Result !== 0) continue;
    if (row.MsgSeq !== undefined) {
      if (row.MsgSeq < 1) row.problems.push(note('row.seq-below-one', { seq: row.MsgSeq }));
      if (previousSeq !== undefined && row.MsgSeq <= previousSeq) {
        row.problems.push(note('row.seq-not-increasing', { seq: row.MsgSeq, previous: previousSeq }));
      }
      previousSeq = row.MsgSeq;
    }
    if (row.MsgTime !== undefined && row.message && row.MsgTime !== row.message.SendTime) {
      row.problems.push(note('row.time-differs', { time: row.MsgTime, sendTime: row.message.SendTime }));
    }
  }
  return rows;
}
