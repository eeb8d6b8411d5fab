/** The load worker's work, as a function: read, plan, pack. The worker and the main-thread fallback share it. */
import type { LoadJob, LoadReply } from './load-protocol';
import { loadBatchText } from './load';
import { loadBatchStream, streamChunks, type LoadProgress } from './load-stream';
import { packPlan } from './pack';
import { planBatch } from './plan';

/** Progress messages at most every 100 ms: a 200 MB file has thousands of chunks. */
function throttled(report: (progress: LoadProgress) => void): (progress: LoadProgress) => void {
  let last = 0;
  let phase = '';
  return (progress) => {
    const now = Date.now();
    if (progress.phase === phase && now - last < 100) return;
    last = now;
    phase = progress.phase;
    report(progress);
  };
}

export async function runLoadJob(
  job: LoadJob,
  post: (reply: LoadReply, transfer?: ArrayBuffer[]) => void,
): Promise<void> {
  const started = Date.now();
  const progress = throttled((p) => post({ type: 'progress', id: job.id, progress: p }));
  try {
    const input =
      job.source.kind === 'text'
        ? loadBatchText(job.source.text, job.load)
        : await loadBatchStream(
            streamChunks(job.source.file.stream()),
            job.source.file.size,
            job.load,
            progress,
          );
    progress({ phase: 'plan' });
    const plan = planBatch(input, job.plan);
    progress({ phase: 'pack' });
    const { packed, transfer } = packPlan(plan);
    post(
      {
        type: 'done',
        id: job.id,
        plan: packed,
        input: {
          kinds: input.kinds,
          fileProblems: input.problems.filter((p) => p.index === undefined),
          messageCount: input.messages.length,
        },
        elapsedMs: Date.now() - started,
      },
      transfer,
    );
  } catch (error) {
    post({ type: 'error', id: job.id, message: error instanceof Error ? error.message : String(error) });
  }
}
