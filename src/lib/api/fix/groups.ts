/**
 * Fixes taken together: the groups their edits form (fixes sharing one edit list, such as one sort for every
 * out-of-order message, go once), whether two groups clash, and whether a result has more errors than before.
 * Shared by fixAll and the page's "fix several at once" (src/lib/fixes/apply.ts).
 */
import type { ValidationReport } from '../validate';
import type { Fix, TextEdit } from './types';

export interface Group {
  edits: TextEdit[];
  fixes: Fix[];
  start: number;
  end: number;
  /** Whether an edit inserts (length 0): such a group must not even touch another, or the order would be a guess. */
  inserts: boolean;
}

/** Fixes that share one edit list (one sort for every out-of-order message) are applied once, together. */
export function groupsOf(fixes: readonly Fix[]): Group[] {
  const byEdits = new Map<TextEdit[], Group>();
  for (const fix of fixes) {
    if (fix.kind !== 'edit' || fix.edits.length === 0) continue;
    let group = byEdits.get(fix.edits);
    if (!group) {
      let start = Infinity;
      let end = -Infinity;
      let inserts = false;
      for (const edit of fix.edits) {
        start = Math.min(start, edit.offset);
        end = Math.max(end, edit.offset + edit.length);
        inserts ||= edit.length === 0;
      }
      group = { edits: fix.edits, fixes: [], start, end, inserts };
      byEdits.set(fix.edits, group);
    }
    group.fixes.push(fix);
  }
  return [...byEdits.values()];
}

/** Whether two groups' spans overlap, or touch where one of them inserts. */
export const clash = (a: Group, b: Group) =>
  a.start < b.end && b.start < a.end
    ? true
    : (a.end === b.start || b.end === a.start || a.start === b.start) && (a.inserts || b.inserts);

function errorCounts(report: ValidationReport): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of report.diagnostics)
    if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return counts;
}

/** Whether `after` has more errors of some rule than `before`: a pass that did that is undone. */
export function worse(before: ValidationReport, after: ValidationReport): boolean {
  const counts = errorCounts(before);
  for (const [rule, count] of errorCounts(after)) if (count > (counts.get(rule) ?? 0)) return true;
  return false;
}
