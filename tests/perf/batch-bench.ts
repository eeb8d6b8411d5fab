/**
 * Batch benchmarks (`npm run bench:batch`): planning 1,000,000 messages from a JSON file — time, ratio to
 * JSON.parse of the same text (target at most 4x), peak memory — in two shapes (1,000 groups of short messages;
 * one group, the worst case for sorting), and the runner's overhead against the sandbox with no rate limit
 * (calls per second, with progress in memory and in a file). Each case runs in a child process so its peak RSS
 * (getrusage maxRSS) is its own. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildImportRequest } from '../../src/lib/api/request';
import { loadBatchText } from '../../src/lib/batch/load';
import { planBatch } from '../../src/lib/batch/plan';
import { MemoryProgressStore } from '../../src/lib/batch/progress';
import { FileProgressStore } from '../../src/lib/batch/progress-file';
import { createBatchRunner } from '../../src/lib/batch/runner';
import {
  createSandbox,
  createSandboxTransport,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
} from '../../src/lib/sandbox';

const NOW = 1704067200;
const T0 = 1600000000;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function writeExport(path: string, count: number, groups: number): number {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const g = i % groups;
    const k = Math.floor(i / groups);
    parts.push(
      JSON.stringify({
        GroupId: `@TGS#2group${g}`,
        From_Account: `user${(i * 7) % 5000}`,
        SendTime: T0 + k * 3 + (g % 3),
        MsgBody: [
          {
            MsgType: 'TIMTextElem',
            MsgContent: { Text: `message ${i}: the quick brown fox jumps over the lazy dog` },
          },
        ],
        SourceId: `${g}.${k}`,
      }),
    );
  }
  const text = `[${parts.join(',\n')}]`;
  writeFileSync(path, text);
  return text.length;
}

function planCase(path: string): void {
  const text = readFileSync(path, 'utf8');
  const parseStart = performance.now();
  JSON.parse(text);
  const parseMs = performance.now() - parseStart;
  globalThis.gc?.();
  const start = performance.now();
  const input = loadBatchText(text);
  const plan = planBatch(input, { now: NOW });
  const planMs = performance.now() - start;
  const heap = process.memoryUsage().heapUsed;
  console.log(
    JSON.stringify({
      messages: plan.summary.plannedMessages,
      requests: plan.summary.requests,
      problems: plan.summary.problemMessages,
      parseMs: Math.round(parseMs),
      planMs: Math.round(planMs),
      ratio: +(planMs / parseMs).toFixed(2),
      heapAfter: heap,
      peakRss: process.resourceUsage().maxRSS * 1024,
    }),
  );
}

async function runnerCase(calls: number, withFile: boolean): Promise<void> {
  const groups = 100;
  const records = [];
  for (let i = 0; i < calls * 7; i++)
    records.push({
      GroupId: `g${i % groups}`,
      From_Account: 'u',
      SendTime: T0 + Math.floor(i / groups),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `m${i}` } }],
    });
  const plan = planBatch(loadBatchText(JSON.stringify(records)), { now: NOW });
  const sandbox = createSandbox({
    now: () => NOW,
    rateLimit: false,
    groups: plan.groups.map((g) => ({ GroupId: g.GroupId, Type: 'Public' as const, CreateTime: T0 - 1 })),
  });
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const store = withFile ? new FileProgressStore(join(dir, 'state.json')) : new MemoryProgressStore();
  const buildRequest = (body: string) =>
    buildImportRequest({
      host: 'console.tim.qq.com',
      sdkAppId: SANDBOX_SDK_APP_ID,
      identifier: SANDBOX_IDENTIFIER,
      userSig: SANDBOX_USER_SIG,
      body,
    });
  const runner = createBatchRunner({
    plan,
    transport: createSandboxTransport(sandbox),
    buildRequest,
    rate: Infinity,
    concurrency: 16,
    store,
  });
  const start = performance.now();
  const end = await runner.start();
  const ms = performance.now() - start;
  rmSync(dir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      status: end.status,
      calls: end.calls.done,
      ms: Math.round(ms),
      callsPerSecond: Math.round((end.calls.done * 1000) / ms),
    }),
  );
}

async function main(): Promise<void> {
  const [mode, arg] = process.argv.slice(2);
  if (mode === 'plan') return planCase(arg);
  if (mode === 'runner') return runnerCase(10_000, arg === 'file');
  const dir = mkdtempSync(join(tmpdir(), 'batch-bench-'));
  const self = [process.execArgv, process.argv[1]].flat();
  try {
    for (const [label, groups] of [
      ['1,000,000 short messages in 1,000 groups', 1000],
      ['1,000,000 short messages in one group', 1],
    ] as const) {
      const path = join(dir, `export-${groups}.json`);
      const chars = writeExport(path, 1_000_000, groups);
      const out = execFileSync(process.execPath, [...self, 'plan', path], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop() as string);
      console.log(
        `plan ${label} (${mb(chars)} JSON): JSON.parse ${r.parseMs} ms, load+plan ${r.planMs} ms = ${r.ratio}x JSON.parse; ` +
          `${r.requests.toLocaleString('en-US')} calls; peak RSS ${mb(r.peakRss)} (heap after ${mb(r.heapAfter)})`,
      );
      rmSync(path);
    }
    for (const store of ['memory', 'file']) {
      const out = execFileSync(process.execPath, [...self, 'runner', store], { encoding: 'utf8' });
      const r = JSON.parse(out.trim().split('\n').pop() as string);
      console.log(
        `runner vs sandbox, no rate limit, progress in ${store}: ${r.calls} calls in ${r.ms} ms = ${r.callsPerSecond.toLocaleString('en-US')} calls/s (${r.status})`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
