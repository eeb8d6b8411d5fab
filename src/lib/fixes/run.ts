/**
 * The fix command, loaded on the first fix: checks that the fixes asked for are still those of the current text,
 * works out the edits (one fix alone, several together, or Fix all pass after pass) and applies them to the
 * Workspace as one undo step.
 */
import type { Fix, TextEdit } from '../api';
import type { FixRequest } from '../editor/types';
import { resolveContext, type ValidationContext } from '../api/context';
import { systemClock, type Clock } from '../api/facts';
import type { FixNoticeId } from '../i18n/ui/fixes.en';
import { editsTogether, fixAllEdits } from './apply';

/** What the fix command needs of the Workspace. */
export interface FixableWorkspace {
  readonly text: string;
  readonly context: ValidationContext;
  readonly reportIsCurrent: boolean;
  /** The fixes of the validated text; undefined when it is too large for fixes. */
  readonly fixes: readonly Fix[] | undefined;
  /** Applies edits computed on `expectedText` as one undo step; false (nothing done) when the text has changed. */
  applyEdits(edits: TextEdit[], expectedText: string): boolean;
}

export type FixCommand = typeof runFix;

/** What a fix did or why it did nothing: a message id of the fixes area and its parameters (said where shown). */
export interface FixNotice {
  id: FixNoticeId;
  params?: Readonly<Record<string, string | number>>;
}

export const TEXT_CHANGED: FixNotice = { id: 'notice.text-changed' };
export const NOT_OFFERED: FixNotice = { id: 'notice.not-offered' };

/** `available`: the fixes offered now (FixesState). Never throws for a stale request: it says why instead. */
export function runFix(
  workspace: FixableWorkspace,
  available: readonly Fix[],
  request: FixRequest,
  clock: Clock = systemClock,
): { applied: boolean; notice: FixNotice } {
  const text = workspace.text;
  if (!workspace.reportIsCurrent) return { applied: false, notice: TEXT_CHANGED };
  const context = resolveContext(workspace.context, clock);
  let edits: TextEdit[];
  let count: number;
  if (request.kind === 'all') {
    if (available.length === 0) return { applied: false, notice: { id: 'notice.nothing' } };
    const result = fixAllEdits(text, context);
    edits = result.edits;
    count = result.applied;
  } else {
    const asked =
      request.kind === 'rule'
        ? available.filter((fix) => fix.rule === request.rule)
        : request.kind === 'some'
          ? request.fixes
          : [request.fix];
    // Only fixes of this very report (the same objects): a fix of an older text would land in the wrong place.
    const offered = asked.filter((fix) => available.includes(fix));
    if (offered.length === 0 || offered.length < asked.length) return { applied: false, notice: NOT_OFFERED };
    // One fix is honest alone (the core checked it); several are checked together.
    edits = offered.length === 1 ? offered[0].edits : editsTogether(text, context, offered);
    count = offered.length;
  }
  if (edits.length === 0) return { applied: false, notice: { id: 'notice.no-safe-fix' } };
  if (!workspace.applyEdits(edits, text)) return { applied: false, notice: TEXT_CHANGED };
  return { applied: true, notice: { id: 'notice.applied', params: { count, n: count } } };
}
