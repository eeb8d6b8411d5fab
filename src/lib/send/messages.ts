/**
 * Why a send got no usable answer, and what to do: code names a case and its parameters (`sendFailureCase`), and
 * `explainSendFailure` says it, from the catalogs `api/i18n/send-failures-en.ts` and (once the core's zh-CN chunk
 * is loaded, as the page's language switch does) `send-failures-zh-CN.ts`.
 */
import { coreCatalogs, renderCoreMessage, type Locale } from '../api/i18n/registry';
import { SEND_FAILURES_EN, type SendFailureMessageId } from '../api/i18n/send-failures-en';
import { RELAY_MAX_BODY_BYTES, RELAY_UPSTREAM_TIMEOUT_MS, isRelayRefusalReason } from './relay-protocol';
import type { SendResult } from './transport';

export interface SendMessageParams {
  /** The host called (or the page's own, for the relay); '' when unknown. */
  host: string;
  /** A time limit in seconds. */
  seconds: number;
  status: number;
  /** ` Bad Gateway` (with its leading space) or ''. */
  statusText: string;
  limitKb: number;
  /** Free text of an unexpected error. */
  detail: string;
}

/** The English catalog (the shape of every language's). */
export const SEND_MESSAGES = SEND_FAILURES_EN;

export type SendMessageId = Exclude<SendFailureMessageId, `term.${string}`>;

/** The cases: each has `.title`, `.what` and `.todo` in the catalog. */
export type SendFailureCase = CaseOf<SendMessageId>;
type CaseOf<Id> = Id extends `${infer Case}.title` ? Case : never;

/** One sentence of the catalog in `locale` (English until that language's core catalogs are loaded). */
export function sendMessage(id: SendMessageId, params: SendMessageParams, locale?: Locale): string {
  const catalog = coreCatalogs(locale)?.sendFailures ?? SEND_FAILURES_EN;
  // An empty host or detail is said in words (`term.host.@unknown`…).
  const filled = {
    ...params,
    host: params.host || (id.startsWith('blocked-relay.') ? '@origin' : '@unknown'),
    detail: params.detail || '@none',
  };
  return renderCoreMessage(catalog, locale ?? 'en', id, filled);
}

export interface SendExplanation {
  case: SendFailureCase;
  title: string;
  /** What happened. */
  what: string;
  /** What to do. */
  todo: string;
}

const RELAY_CASES: Record<string, SendFailureCase> = {
  'host-not-allowed': 'relay-host-not-allowed',
  'bad-path': 'relay-bad-path',
  'method-not-allowed': 'relay-method-not-allowed',
  'bad-header': 'relay-bad-header',
  'body-too-large': 'relay-body-too-large',
  'upstream-failed': 'relay-upstream-failed',
};

/** Which case a result's failure is, with the parameters its sentences take; undefined for a usable answer. */
export function sendFailureCase(
  result: SendResult,
): { case: SendFailureCase; params: SendMessageParams } | undefined {
  const failure = result.failure;
  if (!failure) return undefined;
  const detail = failure.detail ?? '';
  const params: SendMessageParams = {
    host: '',
    seconds: Math.max(1, Math.round(result.durationMs / 1000)),
    status: result.status,
    statusText: '',
    limitKb: RELAY_MAX_BODY_BYTES / 1024,
    detail,
  };
  const named = (which: SendFailureCase, extra: Partial<SendMessageParams> = {}) => ({
    case: which,
    params: { ...params, ...extra },
  });
  switch (failure.kind) {
    case 'blocked':
      return named(result.target === 'relay' ? 'blocked-relay' : 'blocked', { host: detail });
    case 'csp':
    case 'mixed-content':
      return named(failure.kind, { host: detail });
    case 'timeout':
      return detail === 'relay-upstream'
        ? named('timeout-relay', { seconds: RELAY_UPSTREAM_TIMEOUT_MS / 1000 })
        : named('timeout');
    case 'aborted':
    case 'offline':
    case 'truncated':
      return named(failure.kind);
    case 'http-status':
      if (detail === 'redirect') return named('redirect');
      if (detail === 'no-relay') return named('no-relay');
      return named(result.status >= 500 && result.status <= 599 ? 'http-5xx' : 'http-other', {
        statusText: detail ? ` ${detail}` : '',
      });
    case 'not-json':
      return named(
        detail === 'empty' ? 'not-json-empty' : detail === 'html' ? 'not-json-html' : 'not-json-text',
      );
    case 'relay-refused':
      return named((isRelayRefusalReason(detail) && RELAY_CASES[detail]) || 'relay-other');
    default:
      return named('internal');
  }
}

/**
 * What happened and what to do, for a result with a failure, in `locale` when the core's catalogs of that language
 * are loaded (`loadCoreLocale`), else English; undefined for a usable answer.
 */
export function explainSendFailure(result: SendResult, locale?: Locale): SendExplanation | undefined {
  const found = sendFailureCase(result);
  if (!found) return undefined;
  const line = (part: 'title' | 'what' | 'todo') =>
    sendMessage(`${found.case}.${part}` as SendMessageId, found.params, locale);
  return { case: found.case, title: line('title'), what: line('what'), todo: line('todo') };
}
