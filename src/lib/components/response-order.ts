/** How the Response panel orders the results per message: what needs attention first. */
import type { ResponseRow } from '../api';

/** `failed`: a Result other than 0; `missing`: no Result (the call failed, or the answer lacks it); `imported`. */
export type MessageOutcome = 'failed' | 'missing' | 'imported';

export function messageOutcome(row: ResponseRow): MessageOutcome {
  if (row.Result === undefined) return 'missing';
  return row.Result === 0 ? 'imported' : 'failed';
}

const RANK: Record<MessageOutcome, number> = { failed: 0, missing: 1, imported: 2 };

/** Messages not imported first, then those without a result, then the imported; each kind in request order. */
export function orderForReading(rows: readonly ResponseRow[]): ResponseRow[] {
  return rows
    .map((row, position) => ({ row, position, rank: RANK[messageOutcome(row)] }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ row }) => row);
}
