/**
 * Reads a relay request's target from its raw URL and headers, refusing everything that could leave the
 * allow-list. The rules are exact matches, never normalisation: a host is forwarded only when its path segment
 * is, byte for byte, a lower-case allow-listed host, and the path only when every segment is plain.
 */
import { RELAY_API_PREFIX, RELAY_SEGMENT, type RelayRefusalReason } from '../lib/send/relay-protocol.ts';
import type { ServerMessageId } from './messages.ts';

export interface RelayTarget {
  host: string;
  /** `/v4/...`, checked. */
  path: string;
  /** The raw query with its `?` (or ''), forwarded byte for byte. */
  search: string;
}

export interface RelayPathRefusal {
  reason: RelayRefusalReason;
  message: ServerMessageId;
  /** The host segment as found (for the log and the message), when there was one. */
  host?: string;
}

export type RelayPathResult = { ok: true; target: RelayTarget } | ({ ok: false } & RelayPathRefusal);

/** `{base}relay/`, for a base that starts and ends with `/`. */
export function relayPrefix(basePath: string): string {
  return `${basePath}${RELAY_SEGMENT}/`;
}

/** Splits a raw request URL (`req.url`) into its path and its query with the `?`. */
export function splitRawUrl(rawUrl: string): { path: string; search: string } {
  const q = rawUrl.indexOf('?');
  return q === -1 ? { path: rawUrl, search: '' } : { path: rawUrl.slice(0, q), search: rawUrl.slice(q) };
}

// One API path segment: letters, digits, `_` and `-`, dots inside but never first (so never `.` or `..`).
const API_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

function refuseHost(host: string, allowed: ReadonlySet<string>): ServerMessageId | undefined {
  if (allowed.has(host)) return undefined;
  if (host === '') return 'host.empty';
  if (host.includes('%')) return 'host.encoded';
  if (host.includes('@')) return 'host.userinfo';
  if (host.includes(':')) return 'host.port';
  if (host.endsWith('.')) return 'host.trailing-dot';
  if (host !== host.toLowerCase() && allowed.has(host.toLowerCase())) return 'host.case';
  return 'host.not-listed';
}

/**
 * The target of a path under the relay prefix (`rest` is what follows `{base}relay/`), or why it is refused.
 */
export function parseRelayPath(
  rest: string,
  search: string,
  allowedHosts: ReadonlySet<string>,
): RelayPathResult {
  const slash = rest.indexOf('/');
  const host = slash === -1 ? rest : rest.slice(0, slash);
  const hostProblem = refuseHost(host, allowedHosts);
  if (hostProblem) return { ok: false, reason: 'host-not-allowed', message: hostProblem, host };

  const path = slash === -1 ? '' : rest.slice(slash);
  if (!path.startsWith(RELAY_API_PREFIX)) {
    return { ok: false, reason: 'bad-path', message: 'path.not-v4', host };
  }
  const segments = path.slice(RELAY_API_PREFIX.length).split('/');
  if (path.includes('%') || path.includes('\\')) {
    return { ok: false, reason: 'bad-path', message: 'path.encoded', host };
  }
  if (!segments.every((segment) => API_SEGMENT.test(segment))) {
    return { ok: false, reason: 'bad-path', message: 'path.segment', host };
  }
  return { ok: true, target: { host, path, search } };
}

/**
 * A Host-style header value (`name`, `name:port`, `[v6]:port`) as `name[:port]`, lower case, without a default
 * port (80, 443) and a trailing dot on the name; undefined when it is not one.
 */
export function authorityOf(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (text === '' || /[\s/@?#\\]/.test(text)) return undefined;
  let name: string;
  let port: string | undefined;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 2) return undefined;
    name = text.slice(0, end + 1);
    const rest = text.slice(end + 1);
    if (rest !== '' && !rest.startsWith(':')) return undefined;
    port = rest === '' ? undefined : rest.slice(1);
  } else {
    const colon = text.indexOf(':');
    name = colon === -1 ? text : text.slice(0, colon);
    port = colon === -1 ? undefined : text.slice(colon + 1);
    if (name.endsWith('.')) name = name.slice(0, -1);
  }
  if (name === '') return undefined;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) return undefined;
  return port === undefined || port === '80' || port === '443' ? name : `${name}:${port}`;
}

/** The name part of `authorityOf`. */
export function hostNameOf(authority: string): string {
  return authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1) : authority.split(':')[0];
}

export interface HeaderCheckInput {
  host?: string;
  forwardedHost?: string | string[];
  origin?: string;
}

/**
 * The relay takes its target from the path alone; these headers are checked so that nothing can pretend the
 * call was meant for another host. Refused: no usable Host; a Host or X-Forwarded-Host that names an upstream
 * host; an X-Forwarded-Host that differs from Host; an Origin on another host or port than Host (a page of
 * another site using the relay). `isAllowedHost`, when given, is the server's own list of names it answers to
 * (against DNS rebinding; Vite's dev and preview servers check that themselves before the relay runs).
 */
export function checkRelayHeaders(
  headers: HeaderCheckInput,
  upstreamHosts: ReadonlySet<string>,
  isAllowedHost?: (hostName: string) => boolean,
): ServerMessageId | undefined {
  const host = headers.host === undefined ? undefined : authorityOf(headers.host);
  if (host === undefined) return 'header.host-missing';
  if (upstreamHosts.has(hostNameOf(host))) return 'header.host-upstream';
  if (isAllowedHost && !isAllowedHost(hostNameOf(host))) return 'header.host-unknown';
  if (headers.forwardedHost !== undefined) {
    const values = Array.isArray(headers.forwardedHost) ? headers.forwardedHost : [headers.forwardedHost];
    for (const value of values.flatMap((v) => v.split(','))) {
      if (authorityOf(value) !== host) return 'header.forwarded-host';
    }
  }
  if (headers.origin !== undefined) {
    let originHost: string | undefined;
    try {
      originHost = authorityOf(new URL(headers.origin).host);
    } catch {
      originHost = undefined;
    }
    if (originHost !== host) return 'header.origin';
  }
  return undefined;
}
