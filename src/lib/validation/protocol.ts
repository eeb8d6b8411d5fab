/** Messages between the validation client and its worker. */
import type { ValidationContext, ValidationReport } from '../api';
import type { MessageSummary } from './summary';

export interface ValidationJob {
  seq: number;
  text: string;
  context: Partial<ValidationContext>;
}

export interface ValidationOutcome {
  report: ValidationReport;
  messages: MessageSummary[];
}

export interface ValidationReply extends ValidationOutcome {
  seq: number;
}

export interface ValidationFailure {
  seq: number;
  error: string;
}
