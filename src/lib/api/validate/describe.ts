/** Small wording helpers shared by the rules' messages. */

/** A value as message parameters: `got` names a term (`term.got.*`), `gotText` the value shown. */
export function valueParams(value: unknown): { got: string; gotText: string } {
  if (value === undefined) return { got: 'nothing', gotText: '' };
  if (value === null) return { got: 'null', gotText: '' };
  if (Array.isArray(value)) return { got: 'array', gotText: '' };
  if (typeof value === 'object') return { got: 'object', gotText: '' };
  if (typeof value === 'string')
    return { got: 'string', gotText: JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value) };
  return { got: typeof value, gotText: String(value) };
}

export function formatUtc(unixSeconds: number): string {
  const date = new Date(unixSeconds * 1000);
  return Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString().replace('.000Z', 'Z');
}

/** A duration as message parameters: `duration` names a unit term (`term.duration.*`), `amount` the count. */
export function durationParams(seconds: number): { duration: string; amount: number } {
  const s = Math.abs(seconds);
  if (s < 120) return { duration: 's', amount: s };
  if (s < 7200) return { duration: 'min', amount: Math.round(s / 60) };
  if (s < 172800) return { duration: 'h', amount: Math.round(s / 3600) };
  return { duration: 'days', amount: Math.round(s / 86400) };
}

export const bytes = (n: number) => n.toLocaleString('en-US');

/** Levenshtein distance, capped: suggestions only care about near misses. */
function distance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/** The closest known name to a misspelt one, if any is close. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(input.length / 4)));
  for (const candidate of known) {
    const d = distance(lower, candidate.toLowerCase());
    if (d <= bestDistance) {
      best = candidate;
      bestDistance = d - 1;
    }
  }
  return best;
}
