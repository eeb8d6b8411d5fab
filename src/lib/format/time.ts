/** Unix seconds for people: both a UTC and a local reading, and parsing what they type. */

const MAX_UNIX_SECONDS = 253402300799; // 9999-12-31T23:59:59Z: beyond this Date cannot print a year of 4 digits

export function formatUtc(seconds: number): string {
  if (!Number.isFinite(seconds) || Math.abs(seconds) > MAX_UNIX_SECONDS) return 'out of range';
  return new Date(seconds * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
}

// One formatter for every call: toLocaleString with options builds a new one each time (~1 ms), and the strips
// format a time per message on every validation.
let localFormat: Intl.DateTimeFormat | undefined;

export function formatLocal(seconds: number): string {
  if (!Number.isFinite(seconds) || Math.abs(seconds) > MAX_UNIX_SECONDS) return 'out of range';
  localFormat ??= new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'short',
  });
  return localFormat.format(new Date(seconds * 1000));
}

export type ParsedSeconds = { ok: true; value: number | undefined } | { ok: false; message: string };

/** Empty input: unset. Otherwise a whole number of Unix seconds (milliseconds are caught, not guessed). */
export function parseUnixSeconds(input: string): ParsedSeconds {
  const text = input.trim();
  if (text === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(text)) {
    return { ok: false, message: `"${text}" is not Unix seconds: type a whole number such as 1620808101.` };
  }
  const value = Number(text);
  if (value > MAX_UNIX_SECONDS) {
    const hint = text.length >= 13 ? ' It looks like milliseconds: drop the last three digits.' : '';
    return { ok: false, message: `${text} is too far in the future to be Unix seconds.${hint}` };
  }
  return { ok: true, value };
}
