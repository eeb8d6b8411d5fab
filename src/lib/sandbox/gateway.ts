/**
 * The REST layer in front of every command, as the sandbox reads the server (TENCENT-IM.md §1, §7): the URL's
 * path and query, the SDKAppID, the rate limit, the identifier and the UserSig. Checks run in the order listed
 * in messages.ts 'sandbox.reading.order'; the first failure answers.
 */
import {
  decodeUserSig,
  parseSdkAppId,
  userSigRefusal,
  type DecodedUserSig,
  type UserSigCheck,
} from '../api/usersig';
import { ERROR_INFO, clip } from './error-info';
import type { SandboxMessage } from './messages';
import { failure, type WireAnswer } from './wire';

export interface GatewayRequest {
  path: string;
  sdkAppId: number;
  identifier: string;
  notes: SandboxMessage[];
}

const BASE = 'https://sandbox.invalid';

/** The path and query as the server sees them; `undefined` when the text is no URL at all. */
export function readUrl(url: string): { path: string; query: URLSearchParams } | undefined {
  try {
    const parsed = new URL(url, BASE);
    return { path: parsed.pathname, query: parsed.searchParams };
  } catch {
    return undefined;
  }
}

/** Decoded UserSigs by their text: decoding is pure, and a batch sends the same UserSig thousands of times. */
export class UserSigCache {
  readonly #entries = new Map<string, DecodedUserSig>();
  readonly #max: number;

  constructor(max = 32) {
    this.#max = max;
  }

  async decode(sig: string): Promise<DecodedUserSig> {
    const known = this.#entries.get(sig);
    if (known) return known;
    const decoded = await decodeUserSig(sig);
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(sig, decoded);
    return decoded;
  }
}

/** At most `limit` calls per SDKAppID within one second of the sandbox's clock (a fixed one-second window). */
export class RateLimiter {
  readonly #windows = new Map<number, { second: number; calls: number }>();
  limit: number | false;

  constructor(limit: number | false) {
    this.limit = limit;
  }

  /** Counts the call; false when it is over the limit. */
  admit(sdkAppId: number, second: number): boolean {
    if (this.limit === false) return true;
    const window = this.#windows.get(sdkAppId);
    if (!window || window.second !== second) {
      if (this.#windows.size > 1024) this.#windows.clear(); // one entry per app that called: never grows unbounded
      this.#windows.set(sdkAppId, { second, calls: 1 });
      return true;
    }
    window.calls++;
    return window.calls <= this.limit;
  }

  reset(): void {
    this.#windows.clear();
  }
}

/** The FAIL answer to a UserSig the server refuses, with the sandbox's ErrorInfo. */
function refusalAnswer(refusal: UserSigCheck, identifier: string, sdkAppId: number): WireAnswer {
  switch (refusal.kind) {
    case 'identifier':
      return failure(
        70013,
        ERROR_INFO.identifierMismatch({ url: clip(identifier), sig: clip(refusal.actual) }),
      );
    case 'sdkappid':
      return failure(70014, ERROR_INFO.sdkAppIdMismatch({ url: sdkAppId, sig: refusal.actual }));
    case 'expired':
    case 'expiring':
      return failure(70001, ERROR_INFO.userSigExpired({ expiredAt: refusal.expiresAt }));
    default:
      return failure(70003, ERROR_INFO.userSigInvalid());
  }
}

/**
 * Runs the REST layer's checks. `paths` are the paths that exist; the answer is either the accepted request or
 * the FAIL answer to send back.
 */
export async function admitCall(
  url: string,
  paths: ReadonlySet<string>,
  now: number,
  rateLimiter: RateLimiter,
  userSigs: UserSigCache,
): Promise<GatewayRequest | WireAnswer> {
  const target = typeof url === 'string' ? readUrl(url) : undefined;
  if (!target) return failure(60002, ERROR_INFO.urlUnreadable());
  if (!paths.has(target.path)) return failure(60009, ERROR_INFO.wrongPath({ path: clip(target.path) }));
  const { query } = target;

  const sdkAppIdText = query.get('sdkappid');
  if (sdkAppIdText === null || sdkAppIdText === '') return failure(60012, ERROR_INFO.sdkAppIdMissing());
  const sdkAppId = parseSdkAppId(sdkAppIdText);
  if (sdkAppId === undefined) {
    return failure(60006, ERROR_INFO.sdkAppIdInvalid({ value: clip(sdkAppIdText) }));
  }
  if (!rateLimiter.admit(sdkAppId, now)) {
    return failure(60007, ERROR_INFO.rateLimited({ limit: rateLimiter.limit as number }));
  }

  // The request format is fixed to json (§1): without the parameter there is nothing else to read it as.
  const contentType = query.get('contenttype');
  if (contentType !== null && contentType.toLowerCase() !== 'json') {
    return failure(60002, ERROR_INFO.contentType({ value: clip(contentType) }));
  }

  // 60004 ("identifier or UserSig error in the URL") is the REST layer's answer when a parameter is not there
  // at all; 70002 ("UserSig length is 0") is the signature check's, so it needs a usersig parameter that is
  // present but empty. The docs list both without saying which comes when: this is the sandbox's reading.
  const identifier = query.get('identifier');
  if (identifier === null || identifier === '') return failure(60004, ERROR_INFO.identifierMissing());
  const userSig = query.get('usersig');
  if (userSig === null) return failure(60004, ERROR_INFO.userSigMissing());
  if (userSig === '') return failure(70002, ERROR_INFO.userSigEmpty());

  // Identifier, then SDKAppID, then expiry (api/usersig/check.ts, the page's pre-send checks read the same):
  // the sandbox's order (the docs give none). It knows no SecretKey, so the signature check (70009 on the live
  // service) is skipped.
  const decoded = await userSigs.decode(userSig);
  const refusal = userSigRefusal(decoded, { identifier, sdkAppId }, now);
  if (refusal) return refusalAnswer(refusal, identifier, sdkAppId);

  const notes: SandboxMessage[] =
    decoded.ok && decoded.kind === 'legacy' ? [{ id: 'sandbox.note.legacy-usersig' }] : [];
  return { path: target.path, sdkAppId, identifier, notes };
}
