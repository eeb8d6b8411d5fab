/**
 * Default GroupIds, UserIDs and element UUIDs derived from the source's own ids: stable (the same export gives the
 * same ids every time), valid (printable ASCII from a safe set; GroupId ≤ 48 bytes and never `@TGS#`, UserID ≤ 32
 * bytes) and collision-free (a hash of the source id, lengthened where two would still meet).
 */
import { MAX_GROUP_ID_BYTES } from '../api/validate/ids';

export const MAX_USER_ID_BYTES = 32;

/** FNV-1a over UTF-16 code units, 32 bits; `seed` gives independent hashes of one key. */
export function hash32(key: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche (murmur3 fmix) so near keys differ in every digit
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seven base-36 characters of the key's hash (36^7 > 2^32). */
export function shortHash(key: string, seed = 0): string {
  return hash32(key, seed).toString(36).padStart(7, '0');
}

/**
 * The readable part of an id: ASCII letters and digits kept, accents dropped (José → Jose), every other run of
 * characters one underscore, at most `max` characters. Empty when the name has no Latin letters or digits.
 */
export function slug(name: string, max: number): string {
  const plain = name.length > 400 ? name.slice(0, 400) : name;
  const folded = plain.normalize('NFKD');
  let out = '';
  let gap = false;
  for (let i = 0; i < folded.length && out.length < max; i++) {
    const c = folded.charCodeAt(i);
    const keep = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (keep) {
      if (gap && out.length > 0) out += '_';
      gap = false;
      if (out.length < max) out += folded[i];
    } else if (c < 0x300 || c > 0x36f) gap = true; // combining accents vanish, anything else separates
  }
  return out.slice(0, max);
}

interface Named {
  key: string;
  name: string;
  /** Used when the name has no Latin letters or digits (李雷, Ελένη): the source's own id, say. */
  fallback?: string;
}

function derive(prefix: string, entry: Named, maxBytes: number, hashes: number): string {
  let suffix = '';
  for (let seed = 0; seed < hashes; seed++) suffix += shortHash(entry.key, seed);
  const room = maxBytes - prefix.length - suffix.length - 1;
  const readable = room > 0 ? slug(entry.name, room) || slug(entry.fallback ?? '', room) : '';
  return `${prefix}${readable || 'x'}_${suffix}`.slice(0, maxBytes);
}

const SAFE_PREFIX = /^[A-Za-z0-9_-]{0,16}$/;

export function cleanPrefix(prefix: string): string {
  return SAFE_PREFIX.test(prefix) ? prefix : slug(prefix, 16);
}

/**
 * Assigns each key an id `{prefix}{name}_{hash}` within `maxBytes`, in sorted key order so the outcome does not
 * depend on the export's order. A key whose id is already taken gets a longer hash.
 */
function assign(entries: Named[], prefix: string, maxBytes: number, taken: Set<string>): Map<string, string> {
  const sorted = [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = new Map<string, string>();
  const safePrefix = cleanPrefix(prefix);
  for (const entry of sorted) {
    if (out.has(entry.key)) continue;
    let id = derive(safePrefix, entry, maxBytes, 1);
    for (let hashes = 2; taken.has(id) && hashes < 5; hashes++)
      id = derive(safePrefix, entry, maxBytes, hashes);
    for (let n = 2; taken.has(id); n++)
      id = `${derive(safePrefix, { key: entry.key, name: '' }, maxBytes - 6, 2)}_${n}`;
    taken.add(id);
    out.set(entry.key, id);
  }
  return out;
}

export function deriveGroupIds(entries: Named[], prefix: string): Map<string, string> {
  return assign(entries, prefix, MAX_GROUP_ID_BYTES, new Set());
}

export function deriveUserIds(
  entries: Named[],
  prefix: string,
  reserved: string[] = [],
): Map<string, string> {
  return assign(entries, prefix, MAX_USER_ID_BYTES, new Set(reserved));
}

/** A stable UUID for an element, from what identifies the file in the source. */
export function elementUuid(source: string, key: string): string {
  return `${source}-${shortHash(key)}${shortHash(key, 1)}`;
}
