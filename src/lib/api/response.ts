/** Reads an `import_group_msg` response and joins its results to the request's messages. Never throws. */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { explainCode, type CodeExplanation } from './codes';
import { ImportResponseSchema, RESPONSE_FIELDS, RESULT_FIELDS, type ImportResponse } from './response-schema';

export { ImportResponseSchema, ImportMsgResultSchema } from './response-schema';
export type { ImportResponse, ImportMsgResult } from './response-schema';

/** An IM answer for at most 7 messages is a few hundred bytes: anything this big is something else. */
export const MAX_RESPONSE_BYTES = 1_000_000;

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

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function htmlTitle(text: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, 100) : undefined;
}

function failure(problem: string): ResponseReport {
  return { ok: false, problems: [problem], rows: [] };
}

// ParseErrorCode is a const enum, which verbatimModuleSyntax cannot read: compare its printed name.
function isComment(error: ParseError): boolean {
  return printParseErrorCode(error.error) === 'InvalidCommentToken';
}

/** Parses JSON, tolerating comments and trailing commas (as in the seed page's sample) with a note. */
function parseJson(text: string, problems: string[]): { value: unknown } | undefined {
  const strictErrors: ParseError[] = [];
  const strict = parse(text, strictErrors, { disallowComments: true, allowTrailingComma: false });
  if (strictErrors.length === 0) return { value: strict };
  const lenientErrors: ParseError[] = [];
  const lenient = parse(text, lenientErrors, { allowTrailingComma: true });
  if (lenientErrors.length > 0) {
    const first = lenientErrors[0];
    problems.push(
      `The response is not valid JSON (${printParseErrorCode(first.error)} at ` +
        `${lineAndColumn(text, first.offset)}). ${NOT_IM}`,
    );
    return undefined;
  }
  if (strictErrors.some((error) => isComment(error))) {
    problems.push(
      'The response contains comments: real servers never send them (a copy from docs?). Read anyway.',
    );
  }
  if (strictErrors.some((error) => !isComment(error))) {
    problems.push(
      'The response has trailing commas (like the sample on the API page): real servers never send them. ' +
        'Read anyway.',
    );
  }
  return { value: lenient };
}

function unknownFields(object: JsonObject, known: readonly string[]): string[] {
  return Object.keys(object).filter((key) => !known.includes(key));
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

  const checked = ImportResponseSchema.safeParse(value);
  for (const issue of checked.success ? [] : checked.error.issues) {
    const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    problems.push(`${path.replace(/^\./, '') || 'The response'}: ${issue.message}.`);
  }
  for (const key of unknownFields(value, RESPONSE_FIELDS)) {
    problems.push(`Unknown field "${key}" (not in the documented response): ignored.`);
  }

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

  const results = Array.isArray(value.ImportMsgResult) ? value.ImportMsgResult : undefined;
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
    return Array.from({ length: messageCount ?? 0 }, (_, index) => ({
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

  const rows: ResponseRow[] = [];
  let previousSeq: number | undefined;
  for (let index = 0; index < Math.max(results.length, messageCount ?? 0); index++) {
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
    for (const key of unknownFields(result, RESULT_FIELDS)) {
      row.problems.push(`Unknown field "${key}" (not in the documented result): ignored.`);
    }
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
