/**
 * The relay: `POST {base}relay/{host}/v4/...?{query}` on the page's own origin is forwarded to
 * `https://{host}/v4/...?{query}` with the query and body unchanged, for allow-listed hosts only. One handler
 * for Vite's dev and preview servers (Connect middleware) and for `npm run serve`. Node only: the page never
 * imports this. The log names method, host, path, status and duration, never the query (it holds the UserSig).
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  RELAY_FORWARDED_HEADER,
  RELAY_MAX_BODY_BYTES,
  RELAY_REFUSALS,
  RELAY_REFUSAL_HEADER,
  RELAY_UPSTREAM_TIMEOUT_MS,
  type RelayRefusalBody,
  type RelayRefusalReason,
} from '../lib/send/relay-protocol.ts';
import { SERVER_MESSAGES, serverMessage } from './messages.ts';
import {
  checkRelayHeaders,
  parseRelayPath,
  relayPrefix,
  splitRawUrl,
  type RelayTarget,
} from './relay-path.ts';
import { readBodyWithLimit } from './read-body.ts';

export interface RelayLogEntry {
  method: string;
  /** The host as the path named it (checked or not), made safe to print. */
  host: string;
  /** The API path when it passed the checks, else the raw path made safe to print; never the query. */
  path: string;
  status: number;
  durationMs: number;
  /** Set when the relay answered itself. */
  refusal?: RelayRefusalReason;
}

export interface RelayOptions {
  /** Hosts forwarded to (exact, lower case). */
  allowedHosts: ReadonlySet<string>;
  /** The page's base path, starting and ending with `/` (default `/`): the relay lives at `{base}relay/`. */
  basePath?: string;
  /** For tests only: forward to `{upstreamBase}/v4/...` instead of `https://{host}/v4/...`. */
  upstreamBase?: string;
  timeoutMs?: number;
  maxBodyBytes?: number;
  /** The upper bound on an upstream answer kept in memory (Tencent's are a few KB). */
  maxResponseBytes?: number;
  /** Names this server answers to (see checkRelayHeaders); every name when absent. */
  isAllowedHost?: (hostName: string) => boolean;
  log?: (entry: RelayLogEntry) => void;
}

export type RelayMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** One log line: `relay POST console.tim.qq.com /v4/... 200 123 ms` (+ ` refused: reason`). */
export function formatRelayLog(entry: RelayLogEntry): string {
  const refusal = entry.refusal ? ` refused: ${entry.refusal}` : '';
  return `relay ${entry.method} ${entry.host} ${entry.path} ${entry.status} ${Math.round(entry.durationMs)} ms${refusal}`;
}

/** Printable ASCII only, at most 200 characters, and nothing that looks like a credential. */
export function safeForLog(text: string): string {
  if (/usersig/i.test(text)) return '(withheld)';
  const printable = text.replace(
    /[^\x21-\x7e]/g,
    (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return printable.length > 200 ? `${printable.slice(0, 200)}...` : printable || '-';
}

function sendRefusal(
  res: ServerResponse,
  reason: RelayRefusalReason,
  message: string,
  extra?: Record<string, string>,
) {
  const body: RelayRefusalBody = { RelayRefusal: reason, Message: message };
  const text = JSON.stringify(body);
  res.writeHead(RELAY_REFUSALS[reason], {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    [RELAY_REFUSAL_HEADER]: reason,
    ...extra,
  });
  res.end(text);
}

interface UpstreamAnswer {
  status: number;
  contentType?: string;
  body: Buffer;
}

type UpstreamOutcome =
  { ok: true; answer: UpstreamAnswer } | { ok: false; reason: 'upstream-timeout' | 'upstream-failed' };

/** The upstream URL: the real host over https, or the test base keeping path and query. */
export function upstreamUrl(target: RelayTarget, upstreamBase?: string): string {
  return `${upstreamBase ?? `https://${target.host}`}${target.path}${target.search}`;
}

function callUpstream(
  target: RelayTarget,
  body: Buffer,
  contentType: string | undefined,
  options: { upstreamBase?: string; timeoutMs: number; maxResponseBytes: number; clientGone: AbortSignal },
): Promise<UpstreamOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: UpstreamOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const base = new URL(options.upstreamBase ?? `https://${target.host}`);
    const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string | number> = {
      'Content-Length': body.length,
      Accept: 'application/json, */*',
      'User-Agent': 'group-import-console-relay',
    };
    if (contentType) headers['Content-Type'] = contentType;
    let upstream: ReturnType<typeof send>;
    try {
      // The raw path and query go as they came (http.request does not normalise them, unlike URL).
      upstream = send({
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port || undefined,
        method: 'POST',
        path: `${base.pathname.replace(/\/$/, '')}${target.path}${target.search}`,
        headers,
        servername: base.protocol === 'https:' ? base.hostname : undefined,
      });
    } catch {
      finish({ ok: false, reason: 'upstream-failed' });
      return;
    }
    const timer = setTimeout(() => {
      finish({ ok: false, reason: 'upstream-timeout' });
      upstream.destroy();
    }, options.timeoutMs);
    options.clientGone.addEventListener('abort', () => upstream.destroy(), { once: true });
    upstream.on('error', () => finish({ ok: false, reason: 'upstream-failed' }));
    upstream.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxResponseBytes) {
          finish({ ok: false, reason: 'upstream-failed' });
          upstream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', () => finish({ ok: false, reason: 'upstream-failed' }));
      response.on('aborted', () => finish({ ok: false, reason: 'upstream-failed' }));
      response.on('end', () => {
        const type = response.headers['content-type'];
        finish({
          ok: true,
          answer: {
            status: response.statusCode ?? 502,
            contentType: type,
            body: Buffer.concat(chunks, size),
          },
        });
      });
    });
    upstream.end(body);
  });
}

/**
 * Connect-style middleware: answers `{base}relay/...` and passes everything else to `next`. Never throws; an
 * unexpected error becomes a 502 `upstream-failed`.
 */
export function createRelayMiddleware(options: RelayOptions): RelayMiddleware {
  const prefix = relayPrefix(options.basePath ?? '/');
  const timeoutMs = options.timeoutMs ?? RELAY_UPSTREAM_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? RELAY_MAX_BODY_BYTES;
  const maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  const log = options.log ?? (() => {});

  return (req, res, next) => {
    const { path: rawPath, search } = splitRawUrl(req.url ?? '');
    if (!rawPath.startsWith(prefix)) {
      next();
      return;
    }
    const started = performance.now();
    const rest = rawPath.slice(prefix.length);
    const method = req.method ?? '';
    const entry: RelayLogEntry = {
      method: safeForLog(method),
      host: safeForLog(rest.split('/')[0]),
      path: safeForLog(rest.slice(rest.split('/')[0].length)),
      status: 0,
      durationMs: 0,
    };
    const done = (status: number, refusal?: RelayRefusalReason) => {
      entry.status = status;
      entry.refusal = refusal;
      entry.durationMs = performance.now() - started;
      log(entry);
    };
    const refuse = (reason: RelayRefusalReason, message: string, extra?: Record<string, string>) => {
      // Unread body bytes stay unread: the connection closes after the answer.
      sendRefusal(res, reason, message, { Connection: 'close', ...extra });
      done(RELAY_REFUSALS[reason], reason);
    };

    if (method !== 'POST') {
      refuse('method-not-allowed', serverMessage('method.not-post'), { Allow: 'POST' });
      return;
    }
    const parsed = parseRelayPath(rest, search, options.allowedHosts);
    if (!parsed.ok) {
      refuse(parsed.reason, serverMessage(parsed.message));
      return;
    }
    const target = parsed.target;
    entry.path = target.path;
    const headerProblem = checkRelayHeaders(
      { host: req.headers.host, forwardedHost: req.headers['x-forwarded-host'], origin: req.headers.origin },
      options.allowedHosts,
      options.isAllowedHost,
    );
    if (headerProblem) {
      refuse('bad-header', serverMessage(headerProblem));
      return;
    }

    const clientGone = new AbortController();
    res.on('close', () => clientGone.abort());
    readBodyWithLimit(req, maxBodyBytes)
      .then(async (read) => {
        if (!read.ok) {
          if (read.reason === 'too-large') {
            refuse('body-too-large', SERVER_MESSAGES['body.too-large']({ limit: maxBodyBytes }));
          } else {
            done(0); // the client went away while sending: nobody to answer
          }
          return;
        }
        const outcome = await callUpstream(target, read.body, req.headers['content-type'], {
          upstreamBase: options.upstreamBase,
          timeoutMs,
          maxResponseBytes,
          clientGone: clientGone.signal,
        });
        if (clientGone.signal.aborted && !res.writableEnded && res.destroyed) {
          done(0);
          return;
        }
        if (!outcome.ok) {
          const message =
            outcome.reason === 'upstream-timeout'
              ? SERVER_MESSAGES['upstream.timeout']({ seconds: timeoutMs / 1000 })
              : serverMessage('upstream.failed');
          refuse(outcome.reason, message);
          return;
        }
        const { answer } = outcome;
        const headers: Record<string, string | number> = {
          'Content-Length': answer.body.length,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
          [RELAY_FORWARDED_HEADER]: 'yes',
        };
        if (answer.contentType) headers['Content-Type'] = answer.contentType;
        res.writeHead(answer.status, headers);
        res.end(answer.body);
        done(answer.status);
      })
      .catch(() => {
        if (!res.headersSent) refuse('upstream-failed', serverMessage('upstream.failed'));
        else res.destroy();
      });
  };
}
