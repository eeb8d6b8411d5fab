/**
 * What the relay (src/server/) and the page's relay transport agree on: where the relay lives, its limits, and
 * how it marks an answer of its own (a refusal) so the page never mistakes it for the API's. Plain TypeScript
 * with no DOM and no Node: both sides import it.
 *
 * A refusal carries the header `X-Relay-Refusal: <reason>` and a JSON body `{"RelayRefusal": reason,
 * "Message": "..."}`; Tencent's answers carry `ActionStatus` and never this key, and the API never sets the header.
 */

/** The relay's path under the page's base: `{base}relay/{host}/v4/...`. */
export const RELAY_SEGMENT = 'relay';
/** Only paths under this prefix are forwarded. */
export const RELAY_API_PREFIX = '/v4/';
export const RELAY_REFUSAL_HEADER = 'X-Relay-Refusal';
/** On every answer the relay forwards from upstream: a 404 with it is the API host's, without it the page's server's. */
export const RELAY_FORWARDED_HEADER = 'X-Relay-Forwarded';
/** 1 MiB, the same as nginx's `client_max_body_size 1m`. */
export const RELAY_MAX_BODY_BYTES = 1024 * 1024;
/** Tencent's backend gives up after 3 s (TENCENT-IM.md §1); 10 s leaves room for the network. */
export const RELAY_UPSTREAM_TIMEOUT_MS = 10_000;

/** Every answer the relay gives itself, with its HTTP status. */
export const RELAY_REFUSALS = {
  /** Anything but POST. */
  'method-not-allowed': 405,
  /** The path leaves `/v4/`, or holds encoded characters, empty or dot segments. */
  'bad-path': 403,
  /** The host is not in the allow-list (or is written with a port, user info, a trailing dot, upper case). */
  'host-not-allowed': 403,
  /** Host, X-Forwarded-Host or Origin names another host than the one the page was loaded from. */
  'bad-header': 403,
  /** The body is over RELAY_MAX_BODY_BYTES. */
  'body-too-large': 413,
  /** The upstream did not answer within RELAY_UPSTREAM_TIMEOUT_MS. */
  'upstream-timeout': 504,
  /** The upstream could not be reached (DNS, connection, TLS) or its answer was unusable. */
  'upstream-failed': 502,
} as const;

export type RelayRefusalReason = keyof typeof RELAY_REFUSALS;

export interface RelayRefusalBody {
  RelayRefusal: RelayRefusalReason;
  /** An English sentence for people reading the answer with curl; the page explains by `RelayRefusal`. */
  Message: string;
}

export function isRelayRefusalReason(value: unknown): value is RelayRefusalReason {
  return typeof value === 'string' && Object.hasOwn(RELAY_REFUSALS, value);
}

/**
 * The relay's own refusal in an answer, or undefined when the answer is the upstream's. The header decides;
 * the body shape is the fallback for a proxy that drops unknown headers. Both must agree with the status.
 */
export function relayRefusalOf(
  status: number,
  headerValue: string | null | undefined,
  bodyText: string,
): RelayRefusalReason | undefined {
  const fromHeader = headerValue?.trim();
  if (isRelayRefusalReason(fromHeader) && RELAY_REFUSALS[fromHeader] === status) return fromHeader;
  // The body fallback reads only small bodies that start like our refusal: the API's answers never do.
  if (bodyText.length > 4096 || !bodyText.trimStart().startsWith('{"RelayRefusal"')) return undefined;
  try {
    const parsed: unknown = JSON.parse(bodyText);
    const reason = (parsed as { RelayRefusal?: unknown } | null)?.RelayRefusal;
    return isRelayRefusalReason(reason) && RELAY_REFUSALS[reason] === status ? reason : undefined;
  } catch {
    return undefined;
  }
}
