/** The validation itself, shared by the worker and the main-thread fallback. Pulls in the core (zod). */
import {
  SEVERITY_RANK,
  SEVERITIES,
  countBySeverity,
  messageByteSize,
  validateImportRequest,
  type Diagnostic,
  type ValidationContext,
} from '../api';
import { fixesOf } from './fixes';
import type { ValidationOutcome } from './protocol';
import { summarizeMessages } from './summary';

/** Diagnostics handed to the page (markers, panel): more would only slow it down without being read. */
export const MAX_DIAGNOSTICS = 1000;

/** At most `limit` diagnostics, the most severe first, back in the text's order. */
export function capDiagnostics(diagnostics: Diagnostic[], limit = MAX_DIAGNOSTICS): Diagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const kept: Diagnostic[] = [];
  for (const severity of SEVERITIES) {
    for (const diagnostic of diagnostics) {
      if (kept.length >= limit) break;
      if (diagnostic.severity === severity) kept.push(diagnostic);
    }
  }
  return kept.sort((a, b) => a.offset - b.offset || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

export function runValidation(text: string, context: ValidationContext): ValidationOutcome {
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
