/**
 * From a text and its validation report to the fixes and the reasoned refusals, one per diagnostic that a fixer
 * knows. Zod-free: the validator comes in as a function, so this module can run wherever a report is at hand.
 */
import type { ResolvedContext } from '../context';
import type { ValidationReport } from '../validate';
import { renderFixMessage } from './messages';
import { FIXERS } from './table';
import { buildTree } from './tree';
import type { Fix, FixOptions, NoFix } from './types';
import { Workbench, type Validate } from './workbench';

export interface FixPlan {
  fixes: Fix[];
  noFix: NoFix[];
}

export function planFromReport(
  text: string,
  report: ValidationReport,
  context: ResolvedContext,
  validate: Validate,
  options: FixOptions = {},
): FixPlan {
  const plan: FixPlan = { fixes: [], noFix: [] };
  // Only a text that parses can be edited in place; the rest needs a person (the validator says where).
  if (report.value === undefined) return plan;
  const tree = buildTree(text);
  if (!tree) return plan;
  const bench = new Workbench({
    tree,
    value: report.value,
    context,
    diagnostics: report.diagnostics,
    validate,
    random: typeof options.random === 'function' ? options.random : Math.random,
  });
  for (const diagnostic of report.diagnostics) {
    const fixer = FIXERS.get(diagnostic.rule);
    if (!fixer) continue;
    let outcome;
    try {
      outcome = fixer(diagnostic, bench);
    } catch {
      continue; // a fixer that cannot cope offers nothing, and the others still answer
    }
    if (!outcome) continue;
    const { rule, pointer, offset, length } = diagnostic;
    if ('fix' in outcome) {
      const { kind = 'edit', id, params, edits } = outcome.fix;
      plan.fixes.push({
        kind,
        rule,
        pointer,
        offset,
        length,
        title: renderFixMessage(id, params),
        titleId: id,
        ...(params ? { titleParams: params } : {}),
        edits,
      });
    } else {
      const { id, params } = outcome.noFix;
      plan.noFix.push({
        rule,
        pointer,
        offset,
        length,
        reason: renderFixMessage(id, params),
        reasonId: id,
        ...(params ? { reasonParams: params } : {}),
      });
    }
  }
  return plan;
}
