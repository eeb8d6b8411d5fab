/** Reads and plans a batch file off the main thread; the plan comes back packed (see pack.ts). */
import type { LoadJob, LoadReply } from './load-protocol';
import { runLoadJob } from './load-job';

// The project's lib is DOM, not WebWorker: describe the two members this worker uses.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LoadJob>) => void) | null;
  postMessage(message: LoadReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent<LoadJob>) => {
  void runLoadJob(event.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
};
