/**
 * One HTTP call with a time limit, shared by the direct and relay transports: it never rejects, and it tells a
 * timeout from a cancel from a refused call, and a whole JSON answer from one that is cut short or not JSON.
 */
import type { BuiltRequest } from '../api/request';
import type { SendFailure, SendOptions, SendResult, Target, Transport } from './transport';

export interface CallSettings {
  fetch: typeof fetch;
  timeoutMs: number;
  isOnline: () => boolean;
  now: () => number;
  /** The user's (or a batch pause's) cancel. */
  signal?: AbortSignal;
  /** Whether the page's CSP refused this call while it ran (a `securitypolicyviolation` was seen). */
  cspRefused?: () => boolean;
}

export type CallOutcome =
  | {
      kind: 'answer';
      status: number;
      statusText: string;
      /** A redirect, not followed: the URL carries the UserSig. */
      redirected: boolean;
      headers: Headers;
      bodyText: string;
    }
  | { kind: 'failed'; failure: SendFailure };

/** Lets a `securitypolicyviolation` event queued with a refused fetch arrive before the failure is named. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function answerOf(response: Response) {
  return {
    kind: 'answer' as const,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Runs `fetch(url, init)` with an AbortController that fires after `timeoutMs` or on `signal`, reading the
 * whole body inside the same time limit. `host` names the callee in a `blocked` failure.
 */
export async function timedCall(
  url: string,
  init: RequestInit,
  host: string,
  settings: CallSettings,
): Promise<CallOutcome> {
  if (settings.signal?.aborted) return { kind: 'failed', failure: { kind: 'aborted' } };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeoutMs);
  const onCancel = () => controller.abort();
  settings.signal?.addEventListener('abort', onCancel, { once: true });
  let stage: 'request' | 'body' = 'request';
  try {
    const response = await settings.fetch(url, { ...init, signal: controller.signal });
    if (response.type === 'opaqueredirect') {
      return { ...answerOf(response), redirected: true, bodyText: '' };
    }
    stage = 'body';
    const bodyText = await response.text();
    return { ...answerOf(response), redirected: false, bodyText };
  } catch (error) {
    if (timedOut) return { kind: 'failed', failure: { kind: 'timeout' } };
    if (settings.signal?.aborted) return { kind: 'failed', failure: { kind: 'aborted' } };
    if (stage === 'body') return { kind: 'failed', failure: { kind: 'truncated', detail: 'stream' } };
    if (!(error instanceof TypeError))
      return { kind: 'failed', failure: { kind: 'internal', detail: errorText(error) } };
    await nextTask();
    if (settings.cspRefused?.()) return { kind: 'failed', failure: { kind: 'csp', detail: host } };
    if (!settings.isOnline()) return { kind: 'failed', failure: { kind: 'offline' } };
    return { kind: 'failed', failure: { kind: 'blocked', detail: host } };
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Whether text that failed JSON.parse is a JSON text cut short: it opens with `{` or `[` and ends inside a
 * string or before its brackets close, with none closed too early. One linear pass, no recursion.
 */
export function looksCutShort(text: string): boolean {
  const start = text.search(/\S/);
  if (start === -1 || (text[start] !== '{' && text[start] !== '[')) return false;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return false; // the value closed: whatever is wrong, it is not a cut
    }
  }
  return inString || depth > 0;
}

/** `not-json` detail: what the body looks like instead. */
function notJsonDetail(bodyText: string): 'empty' | 'html' | 'text' {
  const head = bodyText.trimStart().slice(0, 200).toLowerCase();
  if (head === '') return 'empty';
  return head.startsWith('<') && /<(?:!doctype|html|head|body|title)/.test(head) ? 'html' : 'text';
}

/** The failure of an answer that is not a usable API answer: not 200, not JSON, or cut short. */
export function classifyAnswer(
  status: number,
  statusText: string | undefined,
  bodyText: string,
): SendFailure | undefined {
  if (status !== 200) return { kind: 'http-status', detail: statusText || undefined };
  try {
    JSON.parse(bodyText);
    return undefined;
  } catch {
    return looksCutShort(bodyText)
      ? { kind: 'truncated' }
      : { kind: 'not-json', detail: notJsonDetail(bodyText) };
  }
}

export function result(
  target: Target,
  started: number,
  now: () => number,
  fields: { status?: number; bodyText?: string; failure?: SendFailure },
): SendResult {
  const out: SendResult = {
    target,
    status: fields.status ?? 0,
    bodyText: fields.bodyText ?? '',
    durationMs: Math.max(0, now() - started),
  };
  if (fields.failure) out.failure = fields.failure;
  return out;
}

/** How a transport's attempt reports its outcome: `result` with the target, start and clock filled in. */
export type Done = (fields: Parameters<typeof result>[3]) => SendResult;

/**
 * A transport's `send`: times the attempt and turns anything it throws into an `internal` failure, so a
 * Transport never rejects. `attempt` does the target's own work and reports through `done`.
 */
export function guardedSend(
  target: Target,
  now: () => number,
  attempt: (request: BuiltRequest, options: SendOptions, done: Done) => Promise<SendResult>,
): Transport['send'] {
  return async (request, options = {}) => {
    const started = now();
    const done: Done = (fields) => result(target, started, now, fields);
    try {
      return await attempt(request, options, done);
    } catch (error) {
      return done({ failure: { kind: 'internal', detail: String(error) } });
    }
  };
}

/** Defaults read from the browser when it is there; plain values elsewhere (Node tests, workers). */
export const browserDefaults = {
  isOnline: (): boolean => globalThis.navigator?.onLine !== false,
  now: (): number => globalThis.performance?.now() ?? Date.now(),
  fetch: (): typeof fetch => globalThis.fetch.bind(globalThis),
};
