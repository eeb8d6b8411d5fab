/** Unix seconds for people: both a UTC and a local reading, and parsing what they type. */

const MAX_UNIX_SECONDS = 253402300799; // 9999-12-31T23:59:59Z: beyond this Date cannot print a year of 4 digits

/** Whether `seconds` can be shown as a date (finite, within years 0000 to 9999). */
export function inUnixRange(seconds: number): boolean {
  return Number.isFinite(seconds) && Math.abs(seconds) <= MAX_UNIX_SECONDS;
}

export function formatUtc(seconds: number): string {
  if (!inUnixRange(seconds)) return 'out of range';
  return new Date(seconds * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

// One formatter per language for every call: toLocaleString with options builds a new one each time (~1 ms), and
// the strips format a time per message on every validation.
const localFormats = new Map<string | undefined, Intl.DateTimeFormat>();

/** Local date and time in `locale` (the page's language; absent: the browser's). */
export function formatLocal(seconds: number, locale?: string): string {
  if (!inUnixRange(seconds)) return 'out of range';
  let localFormat = localFormats.get(locale);
  if (localFormat) return localFormat.format(new Date(seconds * 1000));
  localFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'short',
  });
  localFormats.set(locale, localFormat);
  return localFormat.format(new Date(seconds * 1000));
}

/**
 * What is wrong with typed Unix seconds, for the page to say in its language: not a whole number, or too far in
 * the future (`milliseconds`: it has the length of a time in milliseconds). `text` is the input, trimmed.
 */
export type SecondsProblem = { problem: 'not-seconds' | 'too-far' | 'milliseconds'; text: string };

/** Empty input: unset. Otherwise a whole number of Unix seconds (milliseconds are caught, not guessed). */
export function readUnixSeconds(
  input: string,
): { ok: true; value: number | undefined } | ({ ok: false } & SecondsProblem) {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(text)) return { ok: false, problem: 'not-seconds', text };
  const value = Number(text);
  if (value > MAX_UNIX_SECONDS)
    return { ok: false, problem: text.length >= 13 ? 'milliseconds' : 'too-far', text };
  return { ok: true, value };
}
