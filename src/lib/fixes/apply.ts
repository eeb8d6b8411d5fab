/**
 * Applying several fixes at once, on the main thread: loaded lazily (FixesState imports it on the first click), with
 * the core's fix module and validator. Everything returns edits on the given text, for one undoable step.
 */
import { fixAll, type Fix, type TextEdit, type ValidationContext } from '../api';
import { clash, groupsOf, worse, type Group } from '../api/fix/groups';
import { validateImportRequest } from '../api/validate';

/**
 * The edits of `fixes` that can go together: every group that does not clash with an earlier one. Each fix is honest
 * alone; when these together would bring a new error, only the first goes (the next validation offers the rest).
 */
export function editsTogether(
  text: string,
  context: Partial<ValidationContext>,
  fixes: readonly Fix[],
): TextEdit[] {
  const chosen: Group[] = [];
  const groups = groupsOf(fixes).sort((a, b) => a.start - b.start);
  for (const group of groups) if (chosen.every((other) => !clash(other, group))) chosen.push(group);
  if (chosen.length <= 1) return chosen[0]?.edits ?? [];
  const edits = chosen.flatMap((g) => g.edits);
  const before = validateImportRequest(text, context);
  const after = validateImportRequest(applyEdits(text, edits), context);
  return worse(before, after) ? chosen[0].edits : edits;
}

/** Applies non-overlapping edits given on the original text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(text.slice(at, edit.offset), edit.text);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Every fix, pass after pass (the core's fixAll), as one edit on `text`: the changed middle between the common start
 * and end, so one undo restores the original exactly and the text around it stays as it was. Empty when nothing
 * changes.
 */
export function fixAllEdits(
  text: string,
  context: Partial<ValidationContext>,
): { edits: TextEdit[]; applied: number } {
  const result = fixAll(text, context);
  if (result.text === text) return { edits: [], applied: 0 };
  return { edits: [changedMiddle(text, result.text)], applied: result.applied.length };
}

/** One edit that turns `before` into `after`: the middle between their common start and common end. */
export function changedMiddle(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  // Never cut a surrogate pair in two: the editor could not place such an offset.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return { offset: start, length: before.length - end - start, text: after.slice(start, after.length - end) };
}
