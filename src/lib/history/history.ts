/**
 * History of built (later: sent) requests, kept in localStorage without secrets.
 * Only whitelisted fields are stored, and every URL is scrubbed of its `usersig` value on the way in and out,
 * so a caller passing an unredacted URL by mistake still stores no UserSig.
 */
import { readJson } from '../api/safe-json';
import { readItem, removeItem, writeItem, type KeyValueStorage } from '../persist/storage';

export const HISTORY_KEY = 'group-import-console.history';
export const HISTORY_LIMIT = 50;

export interface HistoryEntry {
  /** Unique within the list; also its time of creation (ms since epoch), with a suffix if two coincide. */
  id: string;
  /** When it was built, ms since epoch. */
  time: number;
  regionId: string;
  host: string;
  /** The request URL with the UserSig removed. */
  redactedUrl: string;
  body: string;
  /** How it was sent, once an answer (or a failure) came back: never the answer's body, never a secret. */
  outcome?: HistoryOutcome;
}

export interface HistoryOutcome {
  target: 'sandbox' | 'direct' | 'relay';
  /** HTTP status; 0 when no response arrived. */
  status: number;
  durationMs: number;
  /** The classified failure kind (send/transport.ts), when sending failed. */
  failure?: string;
}

const OUTCOME_TARGETS: readonly unknown[] = ['sandbox', 'direct', 'relay'];

/** A stored outcome read back field by field; anything malformed is dropped (the entry itself is kept). */
function readOutcome(value: unknown): HistoryOutcome | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const o = value as Record<string, unknown>;
  if (!OUTCOME_TARGETS.includes(o.target)) return undefined;
  if (typeof o.status !== 'number' || !Number.isSafeInteger(o.status) || o.status < 0) return undefined;
  if (typeof o.durationMs !== 'number' || !Number.isFinite(o.durationMs) || o.durationMs < 0)
    return undefined;
  const outcome: HistoryOutcome = {
    target: o.target as HistoryOutcome['target'],
    status: o.status,
    durationMs: Math.round(o.durationMs),
  };
  if (typeof o.failure === 'string' && /^[a-z-]{1,20}$/.test(o.failure)) outcome.failure = o.failure;
  return outcome;
}

export type HistoryInput = Omit<HistoryEntry, 'id'>;

const REDACTED = 'REDACTED';

/** A parameter name that is `usersig` once decoded (the way servers decode it: any case, percent escapes). */
function isUsersigName(raw: string): boolean {
  if (raw.length > 64) return false; // even `usersig` percent-encoded three times is 49 characters
  let name = raw;
  for (let round = 0; round < 3 && name.includes('%'); round++) {
    name = name.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return name.replaceAll('+', ' ').trim().toLowerCase() === 'usersig';
}

const isSeparator = (c: string) => c === '?' || c === '&' || c === ';' || c === '#';

/**
 * Replaces the value of every `usersig` parameter with a fixed marker, however its name is written: any letter
 * case, percent-encoded letters (`user%73ig`), `&` or `;` separators, in the query or the fragment.
 * One linear pass; everything else is kept as it was.
 */
export function scrubUsersig(url: string): string {
  let out = '';
  let copied = 0;
  let start = 0; // where the current parameter's name starts
  const query = url.indexOf('?');
  while (start <= url.length) {
    let at = start;
    while (at < url.length && url[at] !== '=' && !isSeparator(url[at])) at++;
    if (url[at] !== '=') {
      start = at + 1;
      continue;
    }
    const valueStart = at + 1;
    if (isUsersigName(url.slice(start, at))) {
      // In the query, a `?` is part of the value; before it (a path parameter), it starts the query.
      const inQuery = query !== -1 && query < start;
      let end = valueStart;
      while (end < url.length && !(isSeparator(url[end]) && (url[end] !== '?' || !inQuery))) end++;
      out += url.slice(copied, valueStart) + REDACTED;
      copied = end;
      start = end + 1;
    } else {
      let end = valueStart;
      while (end < url.length && !isSeparator(url[end])) end++;
      start = end + 1;
    }
  }
  return out + url.slice(copied);
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.time === 'number' &&
    Number.isFinite(e.time) &&
    typeof e.regionId === 'string' &&
    typeof e.host === 'string' &&
    typeof e.redactedUrl === 'string' &&
    typeof e.body === 'string'
  );
}

function clean(entry: HistoryEntry): HistoryEntry {
  const cleaned: HistoryEntry = {
    id: entry.id,
    time: entry.time,
    regionId: entry.regionId,
    host: entry.host,
    redactedUrl: scrubUsersig(entry.redactedUrl),
    body: entry.body,
  };
  const outcome = readOutcome(entry.outcome);
  if (outcome) cleaned.outcome = outcome;
  return cleaned;
}

/** Newest first. Missing, unreadable or corrupt storage gives an empty list (bad entries are skipped). */
export function loadHistory(storage: KeyValueStorage | undefined): HistoryEntry[] {
  const raw = readItem(storage, HISTORY_KEY);
  if (raw === null) return [];
  const read = readJson(raw);
  const parsed = read.ok ? read.value : undefined;
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isEntry).slice(0, HISTORY_LIMIT).map(clean);
}

/**
 * Writes the list. When storage is full (large bodies), the oldest entries are dropped one by one until it fits.
 * Returns how many entries were stored (0 when storage refuses entirely), so the caller can say so.
 */
export function saveHistory(storage: KeyValueStorage | undefined, entries: HistoryEntry[]): number {
  const cleaned = entries.slice(0, HISTORY_LIMIT).map(clean);
  for (let count = cleaned.length; count > 0; count--) {
    if (writeItem(storage, HISTORY_KEY, JSON.stringify(cleaned.slice(0, count)))) return count;
  }
  if (cleaned.length === 0) writeItem(storage, HISTORY_KEY, '[]');
  return 0;
}

/** The list with `input` added in front, at most HISTORY_LIMIT long. Pure. */
export function withEntry(entries: HistoryEntry[], input: HistoryInput): HistoryEntry[] {
  let id = String(input.time);
  for (let n = 1; entries.some((e) => e.id === id); n++) id = `${input.time}-${n}`;
  const entry = clean({ ...input, id });
  return [entry, ...entries].slice(0, HISTORY_LIMIT);
}

export function clearHistory(storage: KeyValueStorage | undefined): boolean {
  return removeItem(storage, HISTORY_KEY);
}

/** The entry's time as the user reads it: in `locale` (the page's language; absent: the browser's), their time zone. */
export function entryTimeLabel(entry: Pick<HistoryEntry, 'time'>, locale?: string): string {
  return new Date(entry.time).toLocaleString(locale);
}
