/** The validation itself, shared by the worker and the main-thread fallback. Pulls in the core (zod). */
import {
  messageByteSize,
  validateImportRequest,
  type Diagnostic,
  type Severity,
  type ValidationContext,
} from '../api';
import { fixesOf } from './fixes';
import type { ValidationOutcome } from './protocol';
import { summarizeMessages } from './summary';

/** Diagnostics handed to the page (markers, panel): more would only slow it down without being read. */
export const MAX_DIAGNOSTICS = 1000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** At most `limit` diagnostics, the most severe first, back in the text's order. */
export function capDiagnostics(diagnostics: Diagnostic[], limit = MAX_DIAGNOSTICS): Diagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const kept: Diagnostic[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    for (const diagnostic of diagnostics) {
      if (kept.length >= limit) break;
      if (diagnostic.severity === severity) kept.push(diagnostic);
    }
  }
  return kept.sort((a, b) => a.offset - b.offset || RANK[a.severity] - RANK[b.severity]);
}

function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

export function runValidation(text: string, context: Partial<ValidationContext>): ValidationOutcome {
  // The parsed value stays here: the page does not need it, and copying it to the page costs a second parse.
  const { value, ...report } = validateImportRequest(text, context);
  const list = (value as { MsgList?: unknown } | undefined)?.MsgList;
  let summaries = {
    messages: [] as ValidationOutcome['messages'],
    total: Array.isArray(list) ? list.length : 0,
  };
  let summaryError: string | undefined;
  try {
    summaries = summarizeMessages(text, { diagnostics: report.diagnostics, value }, messageByteSize);
  } catch (error) {
    // The strips are a view; the core's report (and so Send) must not depend on them.
    summaryError = error instanceof Error ? error.message : String(error);
  }
  const shown = capDiagnostics(report.diagnostics);
  const fixes = fixesOf(text, { ...report, value }, context, shown);
  return {
    report: { ...report, diagnostics: shown },
    messages: summaries.messages,
    totals: { messages: summaries.total, diagnostics: countBySeverity(report.diagnostics) },
    ...(summaryError === undefined ? {} : { summaryError }),
    ...(fixes === undefined ? {} : { fixes }),
  };
}
