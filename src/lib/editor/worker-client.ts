/**
 * Stands in for monaco-editor's `esm/vs/internal/common/workers.js` (vite.config.ts redirects the JSON
 * language's import of it here). The original does the same thing but also imports every editor contribution
 * (diff editor, inline completions, code lens…), which undid features.ts: the JSON language would have loaded
 * them all again. Written for monaco-editor 0.57.0 (pinned exactly); compare with the original when moving it.
 */
import { editor } from 'monaco-editor/editor';

interface WorkerEnvironment {
  getWorker?(workerId: string, label: string): Worker | Promise<Worker>;
}

type InternalOptions = Parameters<typeof editor.createWebWorker>[0];

interface CreateWebWorkerOptions {
  label?: string;
  moduleId?: string;
  createData?: unknown;
  host?: InternalOptions['host'];
  keepIdleModels?: boolean;
}

export function createWebWorker(options: CreateWebWorkerOptions) {
  const environment = (globalThis as { MonacoEnvironment?: WorkerEnvironment }).MonacoEnvironment;
  if (typeof environment?.getWorker !== 'function') {
    // installMonacoEnvironment (environment.ts) runs before any model exists.
    throw new Error('MonacoEnvironment.getWorker is not set');
  }
  const label = options.label ?? 'monaco-editor-worker';
  const worker = Promise.resolve(environment.getWorker('workerMain.js', label)).then((w) => {
    // The same two messages as the original: the worker's start-up code expects both.
    w.postMessage('ignore');
    w.postMessage(options.createData);
    return w;
  });
  return editor.createWebWorker({ worker, host: options.host, keepIdleModels: options.keepIdleModels });
}
