/**
 * What a validation failure was, for saying it in the page's language: the client's messages are English (they
 * also reach logs and tests), and only the validator's own error text (`detail`) stays as it came.
 */
import { VALIDATION_FAILED, WORKER_CRASHED } from './client';

export type ValidationFailure = { kind: 'crashed' } | { kind: 'failed'; detail: string };

export function readValidationFailure(message: string): ValidationFailure {
  if (message === WORKER_CRASHED) return { kind: 'crashed' };
  return {
    kind: 'failed',
    detail: message.startsWith(VALIDATION_FAILED) ? message.slice(VALIDATION_FAILED.length) : message,
  };
}
