/**
 * Relay: the page posts to `{base}relay/{host}/v4/...?{query}` on its own origin (so the CSP's `connect-src
 * 'self'` covers it and CORS does not apply); the server (src/server/relay.ts) forwards to `https://{host}`.
 * The relay's own refusals are told apart from the API's answers by their marker (relay-protocol.ts).
 */
import { browserDefaults, classifyAnswer, guardedSend, timedCall, type Done } from './http-call';
import {
  RELAY_FORWARDED_HEADER,
  RELAY_REFUSAL_HEADER,
  RELAY_SEGMENT,
  RELAY_UPSTREAM_TIMEOUT_MS,
  relayRefusalOf,
} from './relay-protocol';
import type { SendFailure, SendOptions, SendResult, Transport } from './transport';
import type { BuiltRequest } from '../api/request';

/** Longer than the relay's own upstream limit, so its 504 (which names the cause) arrives first. */
export const RELAY_TIMEOUT_MS = RELAY_UPSTREAM_TIMEOUT_MS + 5_000;

export interface RelayTransportOptions {
  fetch?: typeof fetch;
  /** Default 15 s: the relay itself gives up on the API host after 10 s. */
  timeoutMs?: number;
  /** The page's base URL, absolute; default `document.baseURI` (so a page under /sub/path/ uses its relay). */
  baseUrl?: string;
  /** Default: `navigator.onLine` (true where there is no navigator). */
  isOnline?: () => boolean;
  /** Clock for durations, ms. */
  now?: () => number;
}

/** `{base}relay/{host}{path}{query}` for an API URL; the query is kept byte for byte. */
export function relayUrlFor(apiUrl: string, baseUrl: string): string {
  const api = new URL(apiUrl);
  const relay = new URL(`${RELAY_SEGMENT}/${api.host}${api.pathname}`, new URL('./', baseUrl));
  return `${relay.origin}${relay.pathname}${api.search}`;
}

/** HTTP statuses of a server with no relay at that path (a static host, a preview without the plugin). */
const NO_RELAY_STATUSES = new Set([404, 405, 501]);

export function createRelayTransport(options: RelayTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? RELAY_TIMEOUT_MS;
  const isOnline = options.isOnline ?? browserDefaults.isOnline;
  const now = options.now ?? browserDefaults.now;

  async function attempt(request: BuiltRequest, sendOptions: SendOptions, done: Done): Promise<SendResult> {
    const baseUrl = options.baseUrl ?? globalThis.document?.baseURI;
    let url: string;
    try {
      if (!baseUrl) throw new Error('no base URL');
      url = relayUrlFor(request.url, baseUrl);
    } catch {
      return done({
        failure: { kind: 'internal', detail: `cannot make a relay URL for ${request.redactedUrl}` },
      });
    }
    if (sendOptions.signal?.aborted) return done({ failure: { kind: 'aborted' } });
    if (!isOnline()) return done({ failure: { kind: 'offline' } });

    const outcome = await timedCall(
      url,
      {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'manual',
      },
      new URL(url).host,
      {
        fetch: options.fetch ?? browserDefaults.fetch(),
        timeoutMs,
        isOnline,
        now,
        signal: sendOptions.signal,
      },
    );
    if (outcome.kind === 'failed') return done({ failure: outcome.failure });
    const { status, bodyText } = outcome;
    if (outcome.redirected) return done({ status, failure: { kind: 'http-status', detail: 'redirect' } });

    const refusal = relayRefusalOf(status, outcome.headers.get(RELAY_REFUSAL_HEADER), bodyText);
    let failure: SendFailure | undefined;
    if (refusal === 'upstream-timeout') failure = { kind: 'timeout', detail: 'relay-upstream' };
    else if (refusal) failure = { kind: 'relay-refused', detail: refusal };
    else if (NO_RELAY_STATUSES.has(status) && !outcome.headers.has(RELAY_FORWARDED_HEADER))
      failure = { kind: 'http-status', detail: 'no-relay' };
    else failure = classifyAnswer(status, outcome.statusText, bodyText);
    return done({ status, bodyText, failure });
  }

  return { target: 'relay', send: guardedSend('relay', now, attempt) };
}
