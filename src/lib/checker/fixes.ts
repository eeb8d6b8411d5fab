/**
 * The fixes of a validated text, computed with its validation (in the worker, or in the main-thread fallback) from
 * the report already in hand: no second validation, the fix module runs where the validator already is.
 */
import type { Diagnostic, Fix, ValidationContext, ValidationReport } from '../api';
import { resolveContext } from '../api/context';
import { planFromReport } from '../api/fix/plan';
import { validateImportRequest } from '../api/validate';
import { FIX_TEXT_LIMIT } from './protocol';

export { FIX_TEXT_LIMIT };

const keyOf = (d: { rule: string; pointer: string; offset: number }) =>
  `${d.rule}\u0000${d.pointer}\u0000${d.offset}`;

/**
 * The edit fixes of the diagnostics the page is shown (`shown`, a subset of `report.diagnostics`), or undefined when
 * the text is over FIX_TEXT_LIMIT. `split` fixes are left out: they are no edit of this text. Never throws.
 */
export function fixesOf(
  text: string,
  report: ValidationReport,
  context: Partial<ValidationContext>,
  shown: readonly Diagnostic[],
): Fix[] | undefined {
  if (text.length > FIX_TEXT_LIMIT) return undefined;
  try {
    const plan = planFromReport(text, report, resolveContext(context), validateImportRequest);
    const keys = new Set(shown.map(keyOf));
    return plan.fixes.filter((fix) => fix.kind === 'edit' && fix.edits.length > 0 && keys.has(keyOf(fix)));
  } catch {
    return [];
  }
}
