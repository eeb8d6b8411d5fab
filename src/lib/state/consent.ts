/**
 * What may be kept or changed without the user's say-so. History keeps no credential field unless the user chose
 * to remember credentials; a share link never changes where credentials go by itself.
 */
import { REGIONS, checkCustomHost } from '../api';

/** Query fields of the request URL that carry credentials (compared without letter case, decoded). */
const CREDENTIAL_PARAMS = new Set(['sdkappid', 'identifier', 'usersig']);

function paramName(pair: string): string {
  const at = pair.indexOf('=');
  const raw = at === -1 ? pair : pair.slice(0, at);
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

/** The URL without any credential query field (`sdkappid`, `identifier`, `usersig`, however spelled). */
export function withoutCredentials(url: string): string {
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = base.indexOf('?');
  if (queryAt === -1) return url;
  const kept = base
    .slice(queryAt + 1)
    .split(/[&;]/)
    .filter((pair) => pair !== '' && !CREDENTIAL_PARAMS.has(paramName(pair)));
  return base.slice(0, queryAt) + (kept.length > 0 ? `?${kept.join('&')}` : '') + hash;
}

/** A host a share link asked for, held until the user accepts it. */
export interface PendingHost {
  /** What the link carried, as typed. */
  input: string;
  /** The host requests would go to once accepted. */
  host: string;
}

export type LinkHostDecision =
  /** The link's host is the one in use already: nothing changes. */
  | { kind: 'same' }
  /** A Tencent host: the region (and main/backup) the link names. */
  | { kind: 'tencent'; regionId: string; hostChoice: 'primary' | 'backup' }
  /** Any other host: held for the user's explicit yes. */
  | { kind: 'pending'; pending: PendingHost }
  /** Not a usable host at all. */
  | { kind: 'invalid' };

/**
 * What to do with a share link's custom host. A listed Tencent host is applied as its region; anything else is
 * only offered (requests keep going where they went), since the next Send would hand it the user's UserSig.
 */
export function decideLinkHost(input: string, currentHost: string | undefined): LinkHostDecision {
  const check = checkCustomHost(input);
  if (!check.ok) return { kind: 'invalid' };
  if (check.host === currentHost) return { kind: 'same' };
  const name = check.host.toLowerCase();
  const region = REGIONS.find((r) => r.host === name || r.backupHost === name);
  if (region) {
    return { kind: 'tencent', regionId: region.id, hostChoice: region.host === name ? 'primary' : 'backup' };
  }
  return { kind: 'pending', pending: { input, host: check.host } };
}
