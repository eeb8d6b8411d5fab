/**
 * What the server would answer about a UserSig, from its decoded fields (TENCENT-IM.md §7, §8): 70003 when it is
 * no UserSig, 70013 when it was made for another identifier than the call's, 70014 for another SDKAppID, 70001
 * once it has expired. The sandbox's gateway refuses a call with the first error of this list, and the page's
 * pre-send checks show all of it: one decoder (`decodeUserSig`), one set of rules, one clock.
 */
import { MAX_UINT32 } from '../facts';
import type { DecodedUserSig } from './decode';
import type { UserSigMessage } from './messages';

/** A UserSig that expires within this many seconds is worth a warning before sending (the page's choice). */
export const USERSIG_EXPIRING_SOON_SECONDS = 10 * 60;

export type UserSigCheck =
  | { code: 70003; severity: 'error'; kind: 'undecodable'; reason: UserSigMessage }
  | { code: 70013; severity: 'error'; kind: 'identifier'; expected: string; actual: string }
  | { code: 70014; severity: 'error'; kind: 'sdkappid'; expected: number; actual: number }
  /** `expiresAt` is before `now`: the server refuses it. */
  | { code: 70001; severity: 'error'; kind: 'expired'; expiresAt: number }
  /** Not expired yet, but within `soonSeconds` of it: a call a little later is refused. */
  | { code: 70001; severity: 'warning'; kind: 'expiring'; expiresAt: number };

/** What the call says it is: the URL's `identifier` and `sdkappid`. An absent value is not compared. */
export interface UserSigExpectation {
  identifier?: string;
  sdkAppId?: number;
}

const SDK_APP_ID = /^[0-9]{1,10}$/;

/** The URL's `sdkappid` as the server reads it: 1 to 4294967295 in decimal digits, else undefined. */
export function parseSdkAppId(text: string): number | undefined {
  if (typeof text !== 'string' || !SDK_APP_ID.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && value <= MAX_UINT32 ? value : undefined;
}

/**
 * Every finding about `decoded` for a call that names `expected`, at `now` (Unix seconds), in the order the
 * sandbox checks them. `soonSeconds` > 0 adds the "expiring" warning. Never throws.
 */
export function checkUserSig(
  decoded: DecodedUserSig,
  expected: UserSigExpectation,
  now: number,
  soonSeconds = 0,
): UserSigCheck[] {
  if (!decoded.ok) return [{ code: 70003, severity: 'error', kind: 'undecodable', reason: decoded.message }];
  const checks: UserSigCheck[] = [];
  if (expected.identifier !== undefined && decoded.identifier !== expected.identifier) {
    checks.push({
      code: 70013,
      severity: 'error',
      kind: 'identifier',
      expected: expected.identifier,
      actual: decoded.identifier,
    });
  }
  if (expected.sdkAppId !== undefined && decoded.sdkAppId !== expected.sdkAppId) {
    checks.push({
      code: 70014,
      severity: 'error',
      kind: 'sdkappid',
      expected: expected.sdkAppId,
      actual: decoded.sdkAppId,
    });
  }
  if (decoded.expiresAt < now) {
    checks.push({ code: 70001, severity: 'error', kind: 'expired', expiresAt: decoded.expiresAt });
  } else if (decoded.expiresAt - now <= soonSeconds) {
    checks.push({ code: 70001, severity: 'warning', kind: 'expiring', expiresAt: decoded.expiresAt });
  }
  return checks;
}

/** The answer the server (and the sandbox) gives about this UserSig: its first error, or undefined. */
export function userSigRefusal(
  decoded: DecodedUserSig,
  expected: UserSigExpectation,
  now: number,
): UserSigCheck | undefined {
  return checkUserSig(decoded, expected, now).find((check) => check.severity === 'error');
}
