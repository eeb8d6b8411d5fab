/** `plan` and `run`: the same loader, planner, runner and report as the page, in Node. */
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { buildImportRequest } from '../lib/api/request';
import { batchMessage } from '../lib/batch/messages';
import { loadBatchStream } from '../lib/batch/load-stream';
import type { BatchInput } from '../lib/batch/load';
import { planBatch } from '../lib/batch/plan';
import { exportPlanJson } from '../lib/batch/plan-summary';
import type { BatchPlan } from '../lib/batch/plan-types';
import { MemoryProgressStore, ProgressPlanMismatchError, type ProgressStore } from '../lib/batch/progress';
import { FileProgressStore } from '../lib/batch/progress-file';
import { reportCsv, reportJson } from '../lib/batch/report';
import { createBatchRunner, type RunSnapshot } from '../lib/batch/runner';
import {
  createSandbox,
  createSandboxTransport,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
} from '../lib/sandbox';
import { cliMessage } from './messages';
import { createNodeTransport } from './node-transport';
import {
  credentialsOf,
  parseCommand,
  planOptionsOf,
  runNumbers,
  UsageError,
  type ParsedCommand,
} from './options';
import { ProgressLine } from './terminal';

export interface CliIo {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Resolves on Ctrl-C (SIGINT) or SIGTERM; the run then stops and saves. */
  interrupted?: Promise<void>;
}

const say = (stream: NodeJS.WritableStream, line: string) => stream.write(`${line}\n`);

async function readInput(file: string, values: ParsedCommand['values']): Promise<BatchInput> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new UsageError(
      cliMessage('error.read-file', {
        path: file,
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
  return loadBatchStream(createReadStream(file), size, { groupId: values['group-id'] });
}

async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  for (const piece of pieces)
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  await new Promise<void>((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

function formatDuration(seconds: number): string {
  if (seconds < 90) return `${Math.ceil(seconds)} s`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function printPlan(plan: BatchPlan, out: NodeJS.WritableStream): void {
  const s = plan.summary;
  say(
    out,
    cliMessage('plan.summary', {
      calls: s.requests,
      messages: s.plannedMessages,
      groups: s.groups,
      problems: s.problemMessages,
      input: s.inputMessages,
    }),
  );
  if (s.firstSendTime !== undefined)
    say(
      out,
      cliMessage('plan.span', {
        first: new Date(s.firstSendTime * 1000).toISOString(),
        last: new Date((s.lastSendTime ?? s.firstSendTime) * 1000).toISOString(),
        rate: s.rate,
        duration: formatDuration(s.estimatedSeconds),
      }),
    );
  for (const [rule, count] of Object.entries(s.problemsByRule).sort((a, b) => b[1] - a[1]))
    say(out, cliMessage('plan.problem-rule', { rule, count }));
}

function fileProblems(input: BatchInput): string | undefined {
  const problems = input.problems.filter((p) => p.index === undefined);
  if (problems.length === 0 || input.messages.length > 0) return undefined;
  return problems.map((p) => batchMessage(`problem.${p.rule}`, p.params) ?? p.rule).join(' ');
}

export async function planCommand(argv: string[], io: CliIo): Promise<number> {
  const { file, values } = parseCommand(argv);
  if (!file) throw new UsageError(cliMessage('error.no-file'));
  const input = await readInput(file, values);
  const unreadable = fileProblems(input);
  if (unreadable) throw new UsageError(cliMessage('error.file-problems', { detail: unreadable }));
  const plan = planBatch(input, planOptionsOf(values));
  printPlan(plan, io.out);
  if (values.export) {
    await writePieces(values.export, exportPlanJson(plan));
    say(io.out, cliMessage('plan.exported', { path: values.export }));
  }
  return 0;
}

export function reportPaths(file: string, report: string | undefined): { json: string; csv: string } {
  const json = report ?? `${file}.report.json`;
  return { json, csv: json.endsWith('.json') ? `${json.slice(0, -5)}.csv` : `${json}.csv` };
}

export async function runCommand(argv: string[], io: CliIo): Promise<number> {
  const { file, values } = parseCommand(argv);
  if (!file) throw new UsageError(cliMessage('error.no-file'));
  const target = values.target ?? 'direct';
  if (target !== 'direct' && target !== 'sandbox')
    throw new UsageError(
      cliMessage('error.bad-option', { detail: `--target is direct or sandbox, not "${target}".` }),
    );
  const failureMode = values['on-permanent-failure'] ?? 'continue';
  if (failureMode !== 'continue' && failureMode !== 'stop')
    throw new UsageError(
      cliMessage('error.bad-option', { detail: '--on-permanent-failure is continue or stop.' }),
    );
  const { rate, concurrency } = runNumbers(values);
  const credentials =
    target === 'direct'
      ? await credentialsOf(values, io.env)
      : {
          host: 'console.tim.qq.com',
          sdkAppId: SANDBOX_SDK_APP_ID,
          identifier: SANDBOX_IDENTIFIER,
          userSig: SANDBOX_USER_SIG,
        };
  const input = await readInput(file, values);
  const unreadable = fileProblems(input);
  if (unreadable) throw new UsageError(cliMessage('error.file-problems', { detail: unreadable }));
  const plan = planBatch(input, planOptionsOf(values));
  printPlan(plan, io.out);

  let store: ProgressStore;
  let transport;
  if (target === 'sandbox') {
    // A dry run lives in memory: it starts over each time (a resumed run would meet an empty sandbox).
    const sandbox = createSandbox({
      groups: plan.groups.map((g) => ({
        GroupId: g.GroupId,
        Type: g.Type ?? (g.GroupId.startsWith('@TGS#_') ? 'Community' : 'Public'),
        CreateTime: g.CreateTime ?? (g.messageCount > 0 ? plan.messages.sendTime[g.firstMessage] - 1 : 0),
      })),
    });
    say(io.out, cliMessage('run.dry-run', { groups: plan.groups.length }));
    transport = createSandboxTransport(sandbox);
    store = new MemoryProgressStore();
  } else {
    transport = createNodeTransport({ upstreamBase: io.env.MIGRATE_UPSTREAM_BASE });
    store = new FileProgressStore(`${file}.migrate-state.json`);
    if (values.restart) await store.clear();
  }
  const buildRequest = (body: string) => buildImportRequest({ ...credentials, body });
  const runner = createBatchRunner({
    plan,
    transport,
    buildRequest,
    store,
    rate,
    concurrency,
    onPermanentFailure: failureMode,
  });
  const line = new ProgressLine(io.out);
  let interrupted = false;
  void io.interrupted?.then(() => {
    interrupted = true;
    void runner.cancel();
  });
  runner.subscribe((event) => {
    if (event.type === 'call') line.update(runner.snapshot());
    if (event.type === 'status' && event.status === 'running') {
      const snapshot = runner.snapshot();
      if (snapshot.messages.done > 0 && store instanceof FileProgressStore)
        say(
          io.out,
          cliMessage('run.resuming', {
            done: snapshot.messages.done,
            total: snapshot.messages.total,
            path: store.path,
          }),
        );
    }
  });
  const end: RunSnapshot = await runner.start();
  line.finish(end);
  if (end.status === 'stopped' && end.stopReason?.id === 'stop.store-open-failed') {
    const saved = /belongs to plan ([0-9a-f]+)/.exec(String(end.stopReason.params.detail));
    if (saved)
      throw new UsageError(
        cliMessage('error.state-mismatch', { path: `${file}.migrate-state.json`, saved: saved[1] }),
      );
    throw new UsageError(batchMessage(end.stopReason.id, end.stopReason.params) ?? end.stopReason.id);
  }
  await store.close();
  const paths = reportPaths(file, values.report);
  await writePieces(paths.json, reportJson(plan, runner.results));
  await writePieces(paths.csv, reportCsv(plan, runner.results));
  if (end.stopReason)
    say(
      io.out,
      cliMessage('run.stopped', {
        reason: batchMessage(end.stopReason.id, end.stopReason.params) ?? end.stopReason.id,
      }),
    );
  if (interrupted) say(io.out, cliMessage('run.interrupted'));
  say(
    io.out,
    cliMessage('run.summary', {
      imported: end.messages.imported + end.messages.unconfirmed,
      unconfirmed: end.messages.unconfirmed,
      input: plan.inputCount,
      failed: end.messages.failed,
      skipped: end.messages.skipped,
      problems: plan.summary.problemMessages,
      pending: end.messages.pending,
    }),
  );
  say(io.out, cliMessage('run.report', paths));
  return end.status === 'done' ? 0 : interrupted ? 130 : 2;
}

export { ProgressPlanMismatchError };
