/** Pieces every reader shares: reading a JSON file, collecting people, and the time helpers. */
import { notice } from '../errors';
import { readText } from '../input';
import { parseJsonText } from '../json';
import type { ImportNotice, InputFile, SourceUser } from '../types';

export async function readJsonFile(
  file: InputFile,
  notices: ImportNotice[],
  allowHexEscapes = false,
): Promise<unknown> {
  const text = await readText(file);
  const { value, repaired } = parseJsonText(file.path, text, allowHexEscapes);
  if (repaired) notices.push(notice('notice.telegram-repaired-escapes', { path: file.path }));
  return value;
}

/** The people of an export, by id; the first name seen wins unless a listed entry says otherwise. */
export class UserBook {
  readonly #users = new Map<string, SourceUser>();

  list(user: SourceUser): void {
    this.#users.set(user.id, user);
  }

  /** Someone seen in a message; returns the id. */
  seen(id: string, name: string | undefined, extra: Partial<SourceUser> = {}): string {
    const known = this.#users.get(id);
    if (!known) this.#users.set(id, { id, name: name || id, listed: false, ...extra });
    else if (!known.listed && (known.name === id || !known.name) && name) known.name = name;
    return id;
  }

  get(id: string): SourceUser | undefined {
    return this.#users.get(id);
  }

  all(): SourceUser[] {
    return [...this.#users.values()];
  }
}

/** Microseconds from a string "seconds" or "seconds.fraction" (Slack ts), exactly: no float rounding. */
export function microsFromDecimal(text: string): number {
  const match = /^(\d{1,12})(?:\.(\d{1,9}))?$/.exec(text);
  if (!match) return NaN;
  const fraction = (match[2] ?? '').padEnd(6, '0').slice(0, 6);
  return Number(match[1]) * 1e6 + Number(fraction);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Microseconds from an ISO 8601 time with an offset (DiscordChatExporter trims trailing zeros of the fraction).
 * A time without an offset is ambiguous, so it is refused (NaN) rather than guessed.
 */
export function microsFromIso(text: string): number {
  const m = ISO.exec(text);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, frac = '', zone] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (
    !Number.isFinite(ms) ||
    Number(mo) > 12 ||
    Number(d) > 31 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 60
  )
    return NaN;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  return (ms - offsetMinutes * 60_000) * 1000 + Number(frac.padEnd(6, '0').slice(0, 6));
}

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const int = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
