/**
 * Every sentence the send feature shows, in one catalog keyed by stable ids (`{case}.title`, `.what`, `.todo`),
 * so another language is a matter of adding a catalog. Code names a case and its parameters
 * (`sendFailureCase`); `explainSendFailure` turns that into sentences.
 */
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

type Line = (p: SendMessageParams) => string;

const CHECK_ARRIVAL =
  'If the call did arrive, its messages are imported, and sending them again answers 10004 for each ' +
  '(SendTime not later than the group\u2019s newest message) instead of importing them twice; ' +
  'group_msg_get_simple shows what the group holds.';
const RETRY_AFTER_CUT = `Send again. ${CHECK_ARRIVAL}`;
const BUG = 'This is a bug in the console: please report it. Meanwhile, copy the call as curl and run it.';

export const SEND_MESSAGES = {
  'blocked.title': () => 'The browser blocked the call',
  'blocked.what': (p) =>
    `The call to ${p.host || 'the host'} got no answer the page may read. Browsers block calls that a host ` +
    'does not allow from web pages (CORS), and a network failure (DNS, a refused connection, a firewall) ' +
    'looks the same from inside the page.',
  'blocked.todo': () =>
    'Send through the relay (Target: Relay; it runs with npm run dev, npm run preview and npm run serve), ' +
    'or copy the call as curl and run it in a terminal.',
  'blocked-relay.title': () => 'The relay did not answer',
  'blocked-relay.what': (p) =>
    `The server that serves this page (${p.host || 'this origin'}) did not answer the relay call: it may ` +
    'have stopped, or the network dropped.',
  'blocked-relay.todo': () =>
    'Check that the console\u2019s server (npm run dev, npm run preview or npm run serve) is still running, ' +
    'then send again.',
  'csp.title': () => 'The page\u2019s security policy blocks this host',
  'csp.what': (p) =>
    'The page\u2019s Content-Security-Policy lets it connect only to its own server and Tencent\u2019s IM ' +
    `hosts, and ${p.host || 'this host'} is not one of them, so the browser refuses the call.`,
  'csp.todo': () =>
    'Send through the relay (it is on this page\u2019s own server), or copy the call as curl. When you host ' +
    'the console yourself, you can add the host to connect-src in index.html.',
  'timeout.title': (p) => `No answer within ${p.seconds} s`,
  'timeout.what': (p) =>
    `No answer came within ${p.seconds} s. Tencent\u2019s backend gives up after 3 s, so the network or a ` +
    'gateway on the way is stuck.',
  'timeout.todo': () => RETRY_AFTER_CUT,
  'timeout-relay.title': () => 'Tencent\u2019s host did not answer the relay',
  'timeout-relay.what': (p) => `The relay waited ${p.seconds} s for the API host and gave up.`,
  'timeout-relay.todo': () => `${RETRY_AFTER_CUT} If it keeps happening, try the region\u2019s backup host.`,
  'aborted.title': () => 'Cancelled',
  'aborted.what': () => 'The call was cancelled before its answer came.',
  'aborted.todo': () => `Send again when you are ready. ${CHECK_ARRIVAL}`,
  'offline.title': () => 'You are offline',
  'offline.what': () => 'The browser reports no network connection, so the call was not made.',
  'offline.todo': () => 'Reconnect and send again. The Sandbox target works without a network.',
  'mixed-content.title': () => 'An https page cannot call an http address',
  'mixed-content.what': (p) =>
    `This page was loaded over https, and browsers refuse its calls to plain http addresses (mixed content): ${p.host}.`,
  'mixed-content.todo': () => 'Use the host\u2019s https address, or send through the relay.',
  'redirect.title': () => 'The server answered with a redirect',
  'redirect.what': () =>
    'The call got a redirect to another address. The console does not follow it: the URL carries your ' +
    'UserSig, and the new address could be anywhere.',
  'redirect.todo': () =>
    'Check the host: Tencent\u2019s IM hosts answer directly. A relay of your own must answer without redirecting.',
  'no-relay.title': () => 'This server has no relay',
  'no-relay.what': (p) =>
    `The server that serves this page answered HTTP ${p.status}${p.statusText} on the relay\u2019s path: ` +
    'it serves files only (a static host, or a server started without the relay).',
  'no-relay.todo': () =>
    'Serve the console with npm run serve (or npm run dev / npm run preview), or add the relay to your web ' +
    'server with the README\u2019s nginx snippet. Meanwhile, use Direct or copy the call as curl.',
  'http-5xx.title': (p) => `HTTP ${p.status}${p.statusText} instead of 200`,
  'http-5xx.what': (p) =>
    'Tencent\u2019s API answers 200 for every API outcome (its errors are in ErrorCode), so a ' +
    `${p.status} comes from the network in between: a gateway or proxy in trouble.`,
  'http-5xx.todo': () =>
    `Wait a moment and send again; if it persists, try the region\u2019s backup host. ${CHECK_ARRIVAL}`,
  'http-other.title': (p) => `HTTP ${p.status}${p.statusText} instead of 200`,
  'http-other.what': (p) =>
    'Tencent\u2019s API answers 200 for every API outcome (its errors are in ErrorCode), so a ' +
    `${p.status} comes from something else: a proxy on the way, or a host that is not Tencent\u2019s API.`,
  'http-other.todo': () => 'Check the host and any proxy on the way; the raw answer below may say more.',
  'not-json-empty.title': () => 'An empty answer',
  'not-json-empty.what': () =>
    'The server answered 200 with an empty body, where the API always answers JSON.',
  'not-json-empty.todo': () => `Check the host, then send again. ${CHECK_ARRIVAL}`,
  'not-json-html.title': () => 'A web page instead of JSON',
  'not-json-html.what': () =>
    'The server answered 200 with an HTML page, where the API answers JSON: often a captive portal, a ' +
    'proxy\u2019s sign-in page or an error page.',
  'not-json-html.todo': () =>
    'Read the page in the raw answer below; sign in to the network if it asks, check the host, then send again.',
  'not-json-text.title': () => 'An answer that is not JSON',
  'not-json-text.what': () =>
    'The server answered 200, but the body is not JSON, where the API always answers JSON.',
  'not-json-text.todo': () =>
    'Check the host (Tencent\u2019s IM hosts answer JSON); the raw answer is shown below.',
  'truncated.title': () => 'The answer was cut short',
  'truncated.what': () =>
    'The answer stops before its JSON is complete: the connection dropped while it arrived.',
  'truncated.todo': () => RETRY_AFTER_CUT,
  'relay-host-not-allowed.title': () => 'The relay does not forward to this host',
  'relay-host-not-allowed.what': () =>
    'The relay forwards only to Tencent\u2019s IM hosts (each region\u2019s host and backup host) and to ' +
    'hosts its operator lists in RELAY_EXTRA_HOSTS, always on https port 443.',
  'relay-host-not-allowed.todo': () =>
    'Pick a listed region, or ask whoever runs the console\u2019s server to add the host to ' +
    'RELAY_EXTRA_HOSTS and restart it.',
  'relay-bad-path.title': () => 'The relay refused the path',
  'relay-bad-path.what': () =>
    'The relay forwards only plain paths under /v4/ (no encoded characters, no empty or dot segments).',
  'relay-bad-path.todo': () => BUG,
  'relay-method-not-allowed.title': () => 'The relay takes POST only',
  'relay-method-not-allowed.what': () => 'The call reached the relay with another method than POST.',
  'relay-method-not-allowed.todo': () => BUG,
  'relay-bad-header.title': () => 'The relay refused the call\u2019s origin',
  'relay-bad-header.what': () =>
    'The call\u2019s Host, X-Forwarded-Host or Origin header names another site than the one that serves ' +
    'the relay: it serves its own page only.',
  'relay-bad-header.todo': () =>
    'Open the console at the address of the server that runs the relay. Behind a proxy, pass the Host ' +
    'header unchanged (nginx: proxy_set_header Host $host).',
  'relay-body-too-large.title': () => 'The body is too large for the relay',
  'relay-body-too-large.what': (p) =>
    `The relay takes bodies up to ${p.limitKb} KB; a call of at most 7 messages within the size limit is far smaller.`,
  'relay-body-too-large.todo': () =>
    'Check the body: at most 7 messages per call, each within the size limit (see Diagnostics).',
  'relay-upstream-failed.title': () => 'The relay could not reach Tencent\u2019s host',
  'relay-upstream-failed.what': () =>
    'The relay\u2019s server could not reach the API host (DNS, connection or TLS failure), or got an ' +
    'answer it could not use.',
  'relay-upstream-failed.todo': () =>
    'Check that the relay\u2019s server can reach the internet, then send again or try the region\u2019s backup host.',
  'relay-other.title': () => 'The relay refused the call',
  'relay-other.what': () => 'The relay answered the call itself, for a reason this page does not know.',
  'relay-other.todo': () => 'The raw answer below gives the relay\u2019s reason.',
  'internal.title': () => 'Something went wrong in the console',
  'internal.what': (p) => `An unexpected error in the console itself: ${p.detail || 'no details'}.`,
  'internal.todo': () => BUG,
} satisfies Record<string, Line>;

export type SendMessageId = keyof typeof SEND_MESSAGES;

/** The cases: each has `.title`, `.what` and `.todo` in the catalog. */
export type SendFailureCase = CaseOf<SendMessageId>;
type CaseOf<Id> = Id extends `${infer Case}.title` ? Case : never;

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

/** What happened and what to do, for a result with a failure; undefined for a usable answer. */
export function explainSendFailure(result: SendResult): SendExplanation | undefined {
  const found = sendFailureCase(result);
  if (!found) return undefined;
  const line = (part: 'title' | 'what' | 'todo') => SEND_MESSAGES[`${found.case}.${part}`](found.params);
  return { case: found.case, title: line('title'), what: line('what'), todo: line('todo') };
}
