/** Runs the core's validator off the main thread, so typing stays smooth in large documents. */
import type { ValidationFailure, ValidationJob, ValidationReply, WorkerMessage } from './protocol';
import { runValidation } from './run';

// The project's lib is DOM, not WebWorker: describe the two members this worker uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationJob>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Posts the reply; a report the browser cannot copy (nested too deep) goes without its `request`. */
function post(reply: ValidationReply): void {
  try {
    scope.postMessage(reply);
    return;
  } catch {
    // structured clone refused the parsed request: the page can do without it
  }
  try {
    scope.postMessage({ ...reply, report: { ...reply.report, request: undefined } });
  } catch (error) {
    const failure: ValidationFailure = { seq: reply.seq, error: reason(error) };
    scope.postMessage(failure);
  }
}

scope.onmessage = (event: MessageEvent<ValidationJob>) => {
  const { seq, text, context } = event.data;
  let reply: ValidationReply;
  try {
    const outcome = runValidation(text, context);
    if (outcome.report.body === text) {
      const { body: _body, ...report } = outcome.report;
      reply = { seq, ...outcome, report, bodyIsText: true };
    } else reply = { seq, ...outcome };
  } catch (error) {
    scope.postMessage({ seq, error: reason(error) } satisfies ValidationFailure);
    return;
  }
  post(reply);
};

scope.postMessage({ ready: true });
