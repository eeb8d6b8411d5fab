/** Reads an `import_group_msg` response and joins its results to the request's messages. Never throws. */
import { explainCode, type CodeExplanation } from './codes';
import { MAX_RESPONSE_BYTES } from './facts';
import { jsonProblemMessage } from './messages';
import { ImportResponseSchema, RESPONSE_FIELDS, RESULT_FIELDS, type ImportResponse } from './response-schema';
import { readJson } from './safe-json';

export { ImportResponseSchema, ImportMsgResultSchema } from './response-schema';
export type { ImportResponse, ImportMsgResult } from './response-schema';

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
  explanation?: CodeExplanation;
  problems: string[];
}

export interface ResponseReport {
  /** Parsed as documented, ActionStatus OK, ErrorCode 0, and every message has Result 0. */
  ok: boolean;
  /** Malformed or unexpected things, each a clear message; notes (e.g. unknown fields) do not clear `ok`. */
  problems: string[];
  response?: ImportResponse;
  status?: 'OK' | 'FAIL';
  /** Explanation of ErrorCode when it is not 0. */
  error?: CodeExplanation;
  rows: ResponseRow[];
}

const NOT_IM =
  'This is not an IM response: maybe a gateway or proxy error (such as 502), or the call did not reach ' +
  'Tencent. Check the host.';

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

function failure(problem: string): ResponseReport {
  return { ok: false, problems: [problem], rows: [] };
}

/**
 * Parses JSON through the core's safe reader (`__proto__` stays a key, nesting is bounded), tolerating comments
 * and trailing commas (as in the seed page's sample) with a note.
 */
function parseJson(text: string, problems: string[]): { value: unknown } | undefined {
  const read = readJson(text, { lenient: true });
  if (!read.ok) {
    problems.push(`The response is not valid JSON: ${jsonProblemMessage(read.problem)} ${NOT_IM}`);
    return undefined;
  }
  if (read.comments > 0) {
    problems.push(
      'The response contains comments: real servers never send them (a copy from docs?). Read anyway.',
    );
  }
  if (read.trailingCommas > 0) {
    problems.push(
      'The response has trailing commas (like the sample on the API page): real servers never send them. ' +
        'Read anyway.',
    );
  }
  return { value: read.value };
}

function unknownFields(object: JsonObject, known: readonly string[]): string[] {
  return Object.keys(object).filter((key) => !known.includes(key));
}

/** Adds one note per unknown field to `notes`: the first few by name, the rest as a count. */
function noteUnknownFields(
  notes: string[],
  object: JsonObject,
  known: readonly string[],
  where: string,
): void {
  const unknown = unknownFields(object, known);
  for (const key of unknown.slice(0, MAX_LISTED_PROBLEMS)) {
    notes.push(
      `Unknown field ${JSON.stringify(key.slice(0, 100))} (not in the documented ${where}): ignored.`,
    );
  }
  if (unknown.length > MAX_LISTED_PROBLEMS) {
    notes.push(
      `${(unknown.length - MAX_LISTED_PROBLEMS).toLocaleString('en-US')} more unknown fields: ignored.`,
    );
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
    return failure(
      `The response could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

function readResponse(input: string, request: JoinableRequest | undefined): ResponseReport {
  if (typeof input !== 'string') return failure(`The response is not text. ${NOT_IM}`);
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return failure(`The response is empty. ${NOT_IM}`);
  const bytes = byteLength(text);
  if (bytes > MAX_RESPONSE_BYTES) {
    return failure(
      `The response is ${bytes.toLocaleString('en-US')} bytes, over the ${MAX_RESPONSE_BYTES.toLocaleString('en-US')}` +
        `-byte limit; an import_group_msg answer is a few hundred bytes. ${NOT_IM}`,
    );
  }
  if (text.trimStart().startsWith('<')) {
    const title = htmlTitle(text);
    return failure(`The response is an HTML page${title ? ` ("${title}")` : ''}, not JSON. ${NOT_IM}`);
  }

  const problems: string[] = [];
  const parsed = parseJson(text, problems);
  if (!parsed) return { ok: false, problems, rows: [] };
  const value = parsed.value;
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    problems.push(`The response is ${kind}, not an object with ActionStatus and ErrorCode. ${NOT_IM}`);
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
  for (const issue of issues.slice(0, MAX_LISTED_PROBLEMS)) {
    const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    problems.push(`${path.replace(/^\./, '') || 'The response'}: ${issue.message}.`);
  }
  if (issues.length > MAX_LISTED_PROBLEMS) {
    problems.push(`${issues.length - MAX_LISTED_PROBLEMS} more fields do not match the documented response.`);
  }
  noteUnknownFields(problems, value, RESPONSE_FIELDS, 'response');

  const status =
    value.ActionStatus === 'OK' || value.ActionStatus === 'FAIL' ? value.ActionStatus : undefined;
  const errorCode = intOrUndefined(value.ErrorCode);
  if (status === 'OK' && errorCode !== undefined && errorCode !== 0) {
    problems.push(
      `ActionStatus is OK but ErrorCode is ${errorCode}: the two disagree; treating the call as failed.`,
    );
  }
  if (status === 'FAIL' && errorCode === 0) {
    problems.push('ActionStatus is FAIL but ErrorCode is 0: the two disagree; treating the call as failed.');
  }
  const error = errorCode !== undefined && errorCode !== 0 ? explainCode(errorCode) : undefined;

  const results = allResults;
  const rows = joinRows(results, request, errorCode, problems);
  if (status === 'OK' && results === undefined) {
    problems.push('ImportMsgResult is missing: the response does not say which messages were imported.');
  }

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
  problems: string[],
): ResponseRow[] {
  const messageCount = Array.isArray(request?.MsgList) ? request.MsgList.length : undefined;
  if (results === undefined) {
    // The whole call failed: every message of the request is listed without a result.
    const why = `No result: the whole call failed${errorCode ? ` (ErrorCode ${errorCode})` : ''}.`;
    return Array.from({ length: Math.min(messageCount ?? 0, MAX_RESPONSE_ROWS) }, (_, index) => ({
      index,
      message: messageAt(request, index),
      problems: [why],
    }));
  }
  if (messageCount !== undefined && messageCount !== results.length) {
    problems.push(
      `The response has ${results.length} result(s) for ${messageCount} message(s) in the request: it may ` +
        'belong to another request.',
    );
  }

  const total = Math.max(results.length, messageCount ?? 0);
  if (total > MAX_RESPONSE_ROWS) {
    problems.push(
      `The response has ${results.length.toLocaleString('en-US')} results (a call imports at most 7 messages): ` +
        `only the first ${MAX_RESPONSE_ROWS} rows are shown.`,
    );
  }
  const rows: ResponseRow[] = [];
  let previousSeq: number | undefined;
  for (let index = 0; index < Math.min(total, MAX_RESPONSE_ROWS); index++) {
    const row: ResponseRow = { index, message: messageAt(request, index), problems: [] };
    rows.push(row);
    if (messageCount !== undefined && index >= messageCount) {
      row.problems.push('No message at this position in the request.');
    }
    if (index >= results.length) {
      row.problems.push('No result for this message: it is not confirmed as imported.');
      continue;
    }
    const result = results[index];
    if (!isObject(result)) {
      row.problems.push(`ImportMsgResult[${index}] is not an object.`);
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
      if (row.MsgSeq < 1) row.problems.push(`MsgSeq ${row.MsgSeq} is below 1: sequence numbers start at 1.`);
      if (previousSeq !== undefined && row.MsgSeq <= previousSeq) {
        row.problems.push(
          `MsgSeq ${row.MsgSeq} is not greater than the previous ${previousSeq}: sequence numbers must strictly ` +
            'increase in request order.',
        );
      }
      previousSeq = row.MsgSeq;
    }
    if (row.MsgTime !== undefined && row.message && row.MsgTime !== row.message.SendTime) {
      row.problems.push(
        `MsgTime ${row.MsgTime} differs from the request's SendTime ${row.message.SendTime}: the server stored ` +
          'another time, or this response belongs to another request.',
      );
    }
  }
  return rows;
}
