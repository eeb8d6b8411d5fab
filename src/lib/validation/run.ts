/** The validation itself, shared by the worker and the main-thread fallback. Pulls in the core (zod). */
import { messageByteSize, validateImportRequest, type ValidationContext } from '../api';
import type { ValidationOutcome } from './protocol';
import { summarizeMessages } from './summary';

export function runValidation(text: string, context: Partial<ValidationContext>): ValidationOutcome {
  const report = validateImportRequest(text, context);
  return { report, messages: summarizeMessages(text, report.diagnostics, messageByteSize) };
}
