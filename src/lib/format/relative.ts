/**
 * How long until or since a moment, in a language: "in 3 minutes", "3 hours ago", "180天后" (Intl.RelativeTimeFormat).
 * The unit grows with the distance, so a live display moves in steps people can read.
 */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

const formats = new Map<string, Intl.RelativeTimeFormat>();

function formatFor(locale: string): Intl.RelativeTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    formats.set(locale, format);
  }
  return format;
}

/** The unit and count for a distance in seconds: seconds under a minute, then minutes, hours, days, years. */
export function relativeUnit(seconds: number): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const size = Math.abs(seconds);
  const sign = seconds < 0 ? -1 : 1;
  const whole = (unit: number) => sign * Math.round(size / unit);
  if (size < MINUTE) return { value: sign * Math.round(size), unit: 'second' };
  if (size < HOUR) return { value: whole(MINUTE), unit: 'minute' };
  if (size < 2 * DAY) return { value: whole(HOUR), unit: 'hour' };
  if (size < 2 * YEAR) return { value: whole(DAY), unit: 'day' };
  return { value: whole(YEAR), unit: 'year' };
}

/**
 * `target - now` (Unix seconds) as words in `locale`: a future moment reads "in …", a past one "… ago". Empty
 * for a value that is not a finite number.
 */
export function formatRelative(target: number, now: number, locale: string): string {
  const delta = target - now;
  if (!Number.isFinite(delta)) return '';
  const { value, unit } = relativeUnit(delta);
  return formatFor(locale).format(value === 0 ? 0 : value, unit); // 0 seconds reads "now"
}

/** A validity in seconds as a duration people read, in `locale`'s own words ("180 days", "180天"). */
export function formatDuration(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  const { value, unit } = relativeUnit(seconds);
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return `${value} ${unit}`;
  }
}
