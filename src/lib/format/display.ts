/** Display helpers shared by the inspector panels. */
import { formatUtc } from './time';

/** Unix seconds as a readable UTC date, e.g. `2021-05-12 08:28:21 UTC`; empty when there is no value. */
export function formatUnixSeconds(seconds: number | undefined): string {
  return seconds === undefined ? '' : formatUtc(seconds);
}

/** A byte count as people read it: `512 bytes`, `1.5 KB`, `2.0 MB` (decimal units, as the limits are set). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Unix seconds as an ISO string for `<time datetime>`; undefined when the value is no valid date. */
export function isoDateTime(seconds: number): string | undefined {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
