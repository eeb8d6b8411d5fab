/** Messages between the page and the batch load worker. */
import type { BatchInputKinds, LoadOptions, LoadProblem } from './load';
import type { LoadProgress } from './load-stream';
import type { PackedPlan } from './pack';
import type { PlanOptions } from './plan-types';

export type LoadSource = { kind: 'file'; file: Blob } | { kind: 'text'; text: string };

export interface LoadJob {
  type: 'load';
  id: number;
  source: LoadSource;
  load: LoadOptions;
  plan: PlanOptions;
}

/** What the page keeps of the input: its form and the problems of the file as a whole (no message slot). */
export interface LoadedInput {
  kinds: BatchInputKinds;
  fileProblems: LoadProblem[];
  messageCount: number;
}

export type LoadReply =
  | { type: 'progress'; id: number; progress: LoadProgress }
  | { type: 'done'; id: number; plan: PackedPlan; input: LoadedInput; elapsedMs: number }
  | { type: 'error'; id: number; message: string };
