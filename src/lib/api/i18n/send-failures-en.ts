/**
 * Why a send got no usable answer and what to do, in English: `{case}.title`, `.what` and `.todo` for each case of
 * `send/messages.ts` (`sendFailureCase`). `term.<param>.<value>` entries are the words a parameter stands for (a
 * host that is not known, an error without details). Simplified Chinese: `send-failures-zh-CN.ts` (same ids, same
 * placeholders), in the core's zh-CN chunk so that a failure is said in the page's language without another load.
 */
const CHECK_ARRIVAL =
  'If the call did arrive, its messages are imported, and sending them again answers 10004 for each ' +
  '(SendTime not later than the group\u2019s newest message) instead of importing them twice; ' +
  'group_msg_get_simple shows what the group holds.';
const RETRY_AFTER_CUT = `Send again. ${CHECK_ARRIVAL}`;
const BUG = 'This is a bug in the console: please report it. Meanwhile, copy the call as curl and run it.';

export const SEND_FAILURES_EN = {
  'blocked.title': 'The browser blocked the call',
  'blocked.what':
    'The call to {host} got no answer the page may read. Browsers block calls that a host does not allow from ' +
    'web pages (CORS), and a network failure (DNS, a refused connection, a firewall) looks the same from ' +
    'inside the page.',
  'blocked.todo':
    'Send through the relay (Target: Relay; it runs with npm run dev, npm run preview and npm run serve), or ' +
    'copy the call as curl and run it in a terminal.',
  'blocked-relay.title': 'The relay did not answer',
  'blocked-relay.what':
    'The server that serves this page ({host}) did not answer the relay call: it may have stopped, or the ' +
    'network dropped.',
  'blocked-relay.todo':
    'Check that the console\u2019s server (npm run dev, npm run preview or npm run serve) is still running, then ' +
    'send again.',
  'csp.title': 'The page\u2019s security policy blocks this host',
  'csp.what':
    'The page\u2019s Content-Security-Policy lets it connect only to its own server and Tencent\u2019s IM hosts, ' +
    'and {host} is not one of them, so the browser refuses the call.',
  'csp.todo':
    'Send through the relay (it is on this page\u2019s own server), or copy the call as curl. When you host the ' +
    'console yourself, you can add the host to connect-src in index.html.',
  'timeout.title': 'No answer within {seconds} s',
  'timeout.what':
    'No answer came within {seconds} s. Tencent\u2019s backend gives up after 3 s, so the network or a gateway ' +
    'on the way is stuck.',
  'timeout.todo': RETRY_AFTER_CUT,
  'timeout-relay.title': 'Tencent\u2019s host did not answer the relay',
  'timeout-relay.what': 'The relay waited {seconds} s for the API host and gave up.',
  'timeout-relay.todo': `${RETRY_AFTER_CUT} If it keeps happening, try the region\u2019s backup host.`,
  'aborted.title': 'Cancelled',
  'aborted.what': 'The call was cancelled before its answer came.',
  'aborted.todo': `Send again when you are ready. ${CHECK_ARRIVAL}`,
  'offline.title': 'You are offline',
  'offline.what': 'The browser reports no network connection, so the call was not made.',
  'offline.todo': 'Reconnect and send again. The Sandbox target works without a network.',
  'mixed-content.title': 'An https page cannot call an http address',
  'mixed-content.what':
    'This page was loaded over https, and browsers refuse its calls to plain http addresses (mixed content): {host}.',
  'mixed-content.todo': 'Use the host\u2019s https address, or send through the relay.',
  'redirect.title': 'The server answered with a redirect',
  'redirect.what':
    'The call got a redirect to another address. The console does not follow it: the URL carries your ' +
    'UserSig, and the new address could be anywhere.',
  'redirect.todo':
    'Check the host: Tencent\u2019s IM hosts answer directly. A relay of your own must answer without redirecting.',
  'no-relay.title': 'This server has no relay',
  'no-relay.what':
    'The server that serves this page answered HTTP {status}{statusText} on the relay\u2019s path: it serves ' +
    'files only (a static host, or a server started without the relay).',
  'no-relay.todo':
    'Serve the console with npm run serve (or npm run dev / npm run preview), or add the relay to your web ' +
    'server with the README\u2019s nginx snippet. Meanwhile, use Direct or copy the call as curl.',
  'http-5xx.title': 'HTTP {status}{statusText} instead of 200',
  'http-5xx.what':
    'Tencent\u2019s API answers 200 for every API outcome (its errors are in ErrorCode), so a {status} comes ' +
    'from the network in between: a gateway or proxy in trouble.',
  'http-5xx.todo': `Wait a moment and send again; if it persists, try the region\u2019s backup host. ${CHECK_ARRIVAL}`,
  'http-other.title': 'HTTP {status}{statusText} instead of 200',
  'http-other.what':
    'Tencent\u2019s API answers 200 for every API outcome (its errors are in ErrorCode), so a {status} comes ' +
    'from something else: a proxy on the way, or a host that is not Tencent\u2019s API.',
  'http-other.todo': 'Check the host and any proxy on the way; the raw answer below may say more.',
  'not-json-empty.title': 'An empty answer',
  'not-json-empty.what': 'The server answered 200 with an empty body, where the API always answers JSON.',
  'not-json-empty.todo': `Check the host, then send again. ${CHECK_ARRIVAL}`,
  'not-json-html.title': 'A web page instead of JSON',
  'not-json-html.what':
    'The server answered 200 with an HTML page, where the API answers JSON: often a captive portal, a ' +
    'proxy\u2019s sign-in page or an error page.',
  'not-json-html.todo':
    'Read the page in the raw answer below; sign in to the network if it asks, check the host, then send again.',
  'not-json-text.title': 'An answer that is not JSON',
  'not-json-text.what':
    'The server answered 200, but the body is not JSON, where the API always answers JSON.',
  'not-json-text.todo':
    'Check the host (Tencent\u2019s IM hosts answer JSON); the raw answer is shown below.',
  'truncated.title': 'The answer was cut short',
  'truncated.what': 'The answer stops before its JSON is complete: the connection dropped while it arrived.',
  'truncated.todo': RETRY_AFTER_CUT,
  'relay-host-not-allowed.title': 'The relay does not forward to this host',
  'relay-host-not-allowed.what':
    'The relay forwards only to Tencent\u2019s IM hosts (each region\u2019s host and backup host) and to hosts ' +
    'its operator lists in RELAY_EXTRA_HOSTS, always on https port 443.',
  'relay-host-not-allowed.todo':
    'Pick a listed region, or ask whoever runs the console\u2019s server to add the host to RELAY_EXTRA_HOSTS ' +
    'and restart it.',
  'relay-bad-path.title': 'The relay refused the path',
  'relay-bad-path.what':
    'The relay forwards only plain paths under /v4/ (no encoded characters, no empty or dot segments).',
  'relay-bad-path.todo': BUG,
  'relay-method-not-allowed.title': 'The relay takes POST only',
  'relay-method-not-allowed.what': 'The call reached the relay with another method than POST.',
  'relay-method-not-allowed.todo': BUG,
  'relay-bad-header.title': 'The relay refused the call\u2019s origin',
  'relay-bad-header.what':
    'The call\u2019s Host, X-Forwarded-Host or Origin header names another site than the one that serves the ' +
    'relay: it serves its own page only.',
  'relay-bad-header.todo':
    'Open the console at the address of the server that runs the relay. Behind a proxy, pass the Host header ' +
    'unchanged (nginx: proxy_set_header Host $host).',
  'relay-body-too-large.title': 'The body is too large for the relay',
  'relay-body-too-large.what':
    'The relay takes bodies up to {limitKb} KB; a call of at most 7 messages within the size limit is far smaller.',
  'relay-body-too-large.todo':
    'Check the body: at most 7 messages per call, each within the size limit (see Diagnostics).',
  'relay-upstream-failed.title': 'The relay could not reach Tencent\u2019s host',
  'relay-upstream-failed.what':
    'The relay\u2019s server could not reach the API host (DNS, connection or TLS failure), or got an answer it ' +
    'could not use.',
  'relay-upstream-failed.todo':
    'Check that the relay\u2019s server can reach the internet, then send again or try the region\u2019s backup host.',
  'relay-other.title': 'The relay refused the call',
  'relay-other.what': 'The relay answered the call itself, for a reason this page does not know.',
  'relay-other.todo': 'The raw answer below gives the relay\u2019s reason.',
  'internal.title': 'Something went wrong in the console',
  'internal.what': 'An unexpected error in the console itself: {detail}.',
  'internal.todo': BUG,
  'term.host.@unknown': 'the host',
  'term.host.@origin': 'this origin',
  'term.detail.@none': 'no details',
} as const;

export type SendFailureMessageId = keyof typeof SEND_FAILURES_EN;
