/** Runs the core's validator off the main thread, so typing stays smooth in large documents. */
import type { ValidationFailure, ValidationJob, ValidationReply } from './protocol';
import { runValidation } from './run';

// The project's lib is DOM, not WebWorker: describe the two members this worker uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationJob>) => void) | null;
  postMessage(message: ValidationReply | ValidationFailure): void;
};

scope.onmessage = (event: MessageEvent<ValidationJob>) => {
  const { seq, text, context } = event.data;
  try {
    const reply: ValidationReply = { seq, ...runValidation(text, context) };
    scope.postMessage(reply);
  } catch (error) {
    const failure: ValidationFailure = { seq, error: error instanceof Error ? error.message : String(error) };
    scope.postMessage(failure);
  }
};
