/**
 * The page's side of loading: a file (up to 200 MB and more) or pasted text is read and planned in a Web Worker,
 * with progress callbacks, so the page stays responsive; the plan arrives packed and is unpacked lazily. Where
 * Worker is missing (tests, old runtimes) the same job runs here, loaded on demand.
 */
import type { LoadOptions } from './load';
import type { LoadedInput, LoadJob, LoadReply, LoadSource } from './load-protocol';
import type { LoadProgress } from './load-stream';
import { unpackPlan } from './pack';
import type { BatchPlan, PlanOptions } from './plan-types';

export interface LoadWorkerLike {
  postMessage(job: LoadJob): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LoadReply>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
}

export interface LoadRequest {
  source: LoadSource;
  load?: LoadOptions;
  plan?: PlanOptions;
  onProgress?: (progress: LoadProgress) => void;
  /** Aborting terminates the worker: a 200 MB parse cannot be interrupted any other way. */
  signal?: AbortSignal;
  /** A worker, or undefined to run on this thread (default: a module worker where Worker exists). */
  createWorker?: () => LoadWorkerLike | undefined;
}

export interface LoadedPlan {
  plan: BatchPlan;
  input: LoadedInput;
  elapsedMs: number;
}

function defaultWorker(): LoadWorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./load.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as LoadWorkerLike;
  } catch {
    return undefined;
  }
}

let nextId = 1;

export function loadAndPlan(request: LoadRequest): Promise<LoadedPlan> {
  const job: LoadJob = {
    type: 'load',
    id: nextId++,
    source: request.source,
    load: request.load ?? {},
    plan: request.plan ?? {},
  };
  return new Promise<LoadedPlan>((resolve, reject) => {
    if (request.signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const onReply = (reply: LoadReply) => {
      if (reply.id !== job.id) return;
      if (reply.type === 'progress') request.onProgress?.(reply.progress);
      else {
        finish();
        if (reply.type === 'done')
          resolve({ plan: unpackPlan(reply.plan), input: reply.input, elapsedMs: reply.elapsedMs });
        else reject(new Error(reply.message));
      }
    };
    const worker = (request.createWorker ?? defaultWorker)();
    const onAbort = () => {
      finish();
      reject(new DOMException('Aborted', 'AbortError'));
    };
    const finish = () => {
      worker?.terminate();
      request.signal?.removeEventListener('abort', onAbort);
    };
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (worker) {
      worker.onmessage = (event) => onReply(event.data);
      worker.onerror = () => {
        finish();
        reject(new Error('the batch load worker failed'));
      };
      worker.postMessage(job);
      return;
    }
    void import('./load-job').then(({ runLoadJob }) => runLoadJob(job, onReply));
  });
}
