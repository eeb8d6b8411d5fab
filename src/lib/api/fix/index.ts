/**
 * Fixes, not just findings: for each diagnostic whose fix is unambiguous, the text edits that fix it, on the
 * original text, so comments and layout stay as written. Every fix is honest: applied alone, its finding goes and no
 * new error comes. Where two readings are possible, no fix, and `noFixReasons` says why.
 *
 * This entry runs the validator (zod); plan.ts and the fixers are zod-free and take a report instead.
 */
import { resolveContext, type ValidationContext } from '../context';
import { validateImportRequest, type ValidationReport } from '../validate';
import { applyTextEdits } from './edits';
import { planFromReport } from './plan';
import { clash, groupsOf, worse, type Group } from './groups';
import type { Fix, FixOptions, NoFix } from './types';

export type { Fix, FixOptions, NoFix, TextEdit } from './types';
export { FIX_MESSAGES, renderFixMessage, type FixMessageId } from './messages';
export { splitIntoCalls, type SplitOptions } from './split';
export { applyTextEdits } from './edits';

/** Passes of fixAll: each applies every fix that does not overlap another, then the text is checked again. */
const MAX_PASSES = 12;
/** Fixes whose edits span more than this (a sort of MsgList) wait until the small ones around them are done. */
const LOCAL_SPAN = 4096;

export interface FixesAndReasons {
  fixes: Fix[];
  noFix: NoFix[];
  report: ValidationReport;
}

/** The fixes and the reasoned refusals of a text, with its validation report: all of it from one validation. */
export function planFixes(
  text: string,
  context?: ValidationContext,
  options: FixOptions = {},
): FixesAndReasons {
  const resolved = resolveContext(context);
  const report = validateImportRequest(text, resolved);
  try {
    return { ...planFromReport(text, report, resolved, validateImportRequest, options ?? {}), report };
  } catch {
    return { fixes: [], noFix: [], report };
  }
}

/** A fix for every diagnostic that has an unambiguous one. Never throws. */
export function fixesFor(text: string, context?: ValidationContext, options?: FixOptions): Fix[] {
  return planFixes(text, context, options).fixes;
}

/** For each diagnostic a fixer knows but will not fix: why (the two readings, the error the fix would bring). */
export function noFixReasons(text: string, context?: ValidationContext, options?: FixOptions): NoFix[] {
  return planFixes(text, context, options).noFix;
}

/**
 * Groups whose spans do not clash: the small ones in text order first, then the wide ones that still fit. The others
 * wait for the next pass, on the re-parsed text.
 */
function compatible(groups: Group[]): Group[] {
  const local = groups.filter((g) => g.end - g.start <= LOCAL_SPAN).sort((a, b) => a.start - b.start);
  const wide = groups
    .filter((g) => g.end - g.start > LOCAL_SPAN)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  const chosen: Group[] = [];
  for (const group of local) {
    const last = chosen[chosen.length - 1];
    if (!last || !clash(last, group)) chosen.push(group);
  }
  const widening: Group[] = [];
  for (const group of wide) {
    // `chosen` is in text order and its spans do not overlap: look at the ones around this span's start.
    let low = 0;
    let high = chosen.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (chosen[middle].end < group.start) low = middle + 1;
      else high = middle;
    }
    let fits = true;
    for (let i = low; i < chosen.length && chosen[i].start <= group.end && fits; i++)
      fits = !clash(chosen[i], group);
    if (fits && widening.every((other) => !clash(other, group))) widening.push(group);
  }
  return [...chosen, ...widening];
}

/**
 * Applies every fix, pass after pass (each on the re-parsed result of the one before, so a sort can follow the
 * conversions it depends on) until nothing is left to fix, at most 12 passes. Never applies overlapping edits, never
 * leaves more errors of any rule than there were, never applies a `split` (see splitIntoCalls). `applied` lists the
 * diagnostics fixed, each pointer as it was in its pass's text. Running it again on its result changes nothing.
 */
export function fixAll(
  text: string,
  context?: ValidationContext,
  options: FixOptions = {},
): { text: string; applied: Array<{ rule: string; pointer: string }> } {
  const applied: Array<{ rule: string; pointer: string }> = [];
  if (typeof text !== 'string') return { text, applied };
  const resolved = resolveContext(context);
  let current = text;
  let report = validateImportRequest(current, resolved);
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const plan = planFromReport(current, report, resolved, validateImportRequest, options ?? {});
      let groups = compatible(groupsOf(plan.fixes));
      if (groups.length === 0) break;
      let next = applyTextEdits(
        current,
        groups.flatMap((g) => g.edits),
      );
      let nextReport = validateImportRequest(next, resolved);
      if (worse(report, nextReport) && groups.length > 1) {
        // Each fix is honest alone; together these were not (two renamed SendTimes out of order with each other):
        // this pass applies the first alone.
        groups = groups.slice(0, 1);
        next = applyTextEdits(current, groups[0].edits);
        nextReport = validateImportRequest(next, resolved);
      }
      if (worse(report, nextReport) || next === current) break;
      for (const group of groups)
        for (const fix of group.fixes) applied.push({ rule: fix.rule, pointer: fix.pointer });
      current = next;
      report = nextReport;
    }
  } catch {
    // Whatever went wrong, the text of the last good pass stands.
  }
  return { text: current, applied };
}
