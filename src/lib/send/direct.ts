/**
 * Direct: the page calls the API host itself, as a CORS "simple request" (POST, a text/plain body, no custom
 * headers: TENCENT-IM.md §9), with a time limit. What the browser refuses is named before the call where it can
 * be known (offline, mixed content, the page's CSP) and classified after it otherwise (see SendFailureKind).
 */
import { connectAllowed, connectSrcOf } from './csp';
import { browserDefaults, classifyAnswer, guardedSend, timedCall, type Done } from './http-call';
import type { SendOptions, SendResult, Transport } from './transport';
import type { BuiltRequest } from '../api/request';

/** Tencent's backend gives up after 3 s (TENCENT-IM.md §1): 10 s leaves room for the network. */
export const DIRECT_TIMEOUT_MS = 10_000;

export interface DirectTransportOptions {
  fetch?: typeof fetch;
  /** Default 10 s. */
  timeoutMs?: number;
  /** Default: `navigator.onLine` (true where there is no navigator). */
  isOnline?: () => boolean;
  /** The page's `location.protocol` (for mixed content); default the current page's. */
  pageProtocol?: string;
  /** The page's origin, for `'self'` in connect-src; default the current page's. */
  pageOrigin?: string;
  /**
   * The page CSP's connect-src sources; default: read from the page's CSP meta tag. `null`: no policy, every
   * URL allowed (the browser may still refuse; a `securitypolicyviolation` event then names the CSP).
   */
  connectSrc?: readonly string[] | null;
  /** Where `securitypolicyviolation` events arrive; default `document` when there is one. */
  violationEvents?: EventTarget | null;
  /** Clock for durations, ms. */
  now?: () => number;
}

/** The connect-src sources of the page's `<meta http-equiv="Content-Security-Policy">`, if it has one. */
export function pageConnectSrc(): string[] | undefined {
  if (typeof document === 'undefined') return undefined;
  const metas = document.querySelectorAll('meta[http-equiv]');
  for (const meta of metas) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy') continue;
    const sources = connectSrcOf(meta.getAttribute('content') ?? '');
    if (sources) return sources;
  }
  return undefined;
}

/** Loopback hosts are "potentially trustworthy": browsers let an https page call them over http. */
function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(?:\.\d{1,3}){3}$/.test(hostname)
  );
}

function sameOrigin(blockedUri: unknown, url: URL): boolean {
  if (typeof blockedUri !== 'string' || blockedUri === '') return false;
  try {
    return new URL(blockedUri).origin === url.origin;
  } catch {
    return blockedUri === url.host || blockedUri.startsWith(url.origin);
  }
}

export function createDirectTransport(options: DirectTransportOptions = {}): Transport {
  const timeoutMs = options.timeoutMs ?? DIRECT_TIMEOUT_MS;
  const isOnline = options.isOnline ?? browserDefaults.isOnline;
  const now = options.now ?? browserDefaults.now;

  async function attempt(request: BuiltRequest, sendOptions: SendOptions, done: Done): Promise<SendResult> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return done({ failure: { kind: 'internal', detail: `not a URL: ${request.redactedUrl}` } });
    }
    if (sendOptions.signal?.aborted) return done({ failure: { kind: 'aborted' } });
    if (!isOnline()) return done({ failure: { kind: 'offline' } });

    const pageProtocol = options.pageProtocol ?? globalThis.location?.protocol;
    if (pageProtocol === 'https:' && url.protocol === 'http:' && !isLoopback(url.hostname)) {
      return done({ failure: { kind: 'mixed-content', detail: url.origin } });
    }
    const pageOrigin = options.pageOrigin ?? globalThis.location?.origin;
    const sources = options.connectSrc === null ? undefined : (options.connectSrc ?? pageConnectSrc());
    if (!connectAllowed(sources, url.href, pageOrigin)) {
      return done({ failure: { kind: 'csp', detail: url.host } });
    }

    let cspRefused = false;
    const events = options.violationEvents === undefined ? globalThis.document : options.violationEvents;
    const onViolation = (event: Event) => {
      if (sameOrigin((event as Event & { blockedURI?: unknown }).blockedURI, url)) cspRefused = true;
    };
    events?.addEventListener('securitypolicyviolation', onViolation);
    try {
      const outcome = await timedCall(
        url.href,
        {
          method: 'POST',
          // A string body is sent as text/plain;charset=UTF-8: a safelisted type, so no preflight.
          headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
          body: request.body,
          mode: 'cors',
          credentials: 'omit',
          referrerPolicy: 'no-referrer',
          cache: 'no-store',
          // Never follow a redirect: the URL carries the UserSig.
          redirect: 'manual',
        },
        url.host,
        {
          fetch: options.fetch ?? browserDefaults.fetch(),
          timeoutMs,
          isOnline,
          now,
          signal: sendOptions.signal,
          cspRefused: () => cspRefused,
        },
      );
      if (outcome.kind === 'failed') return done({ failure: outcome.failure });
      if (outcome.redirected) {
        return done({ status: outcome.status, failure: { kind: 'http-status', detail: 'redirect' } });
      }
      const failure = classifyAnswer(outcome.status, outcome.statusText, outcome.bodyText);
      return done({ status: outcome.status, bodyText: outcome.bodyText, failure });
    } finally {
      events?.removeEventListener('securitypolicyviolation', onViolation);
    }
  }

  return { target: 'direct', send: guardedSend('direct', now, attempt) };
}
