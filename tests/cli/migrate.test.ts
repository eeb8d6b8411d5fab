// @vitest-environment node
/**
 * The headless runner as a person runs it: a child process (`node --import tsx src/cli/migrate.ts`), talking over
 * HTTP to a sandbox served on 127.0.0.1, killed with SIGKILL mid-run (right after the sandbox stored a call and
 * before it answered), then started again: the sandbox ends with every message once, in order, and the report
 * agrees with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSandbox,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
  type Sandbox,
} from '../../src/lib/sandbox';
import { messages, storedMessages, T0 } from '../lib/batch/helpers';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'migrate-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(
  args: string[],
  env: Record<string, string> = {},
): {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; out: string; err: string }>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => (out += chunk));
  child.stderr?.on('data', (chunk) => (err += chunk));
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return { child, done };
}

/** A sandbox behind HTTP; `onCall(n)` runs after the sandbox handled call n and before the answer goes out. */
async function serve(
  sandbox: Sandbox,
  onCall: (n: number) => void,
): Promise<{ server: Server; base: string; calls: () => number }> {
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      const answer = await sandbox.handle(`https://console.tim.qq.com${req.url}`, body);
      onCall(++calls);
      setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.bodyText);
      }, 2);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { server, base: `http://127.0.0.1:${address.port}`, calls: () => calls };
}

describe('npm run migrate', () => {
  it('plan prints calls, messages, groups and problems', async () => {
    const file = join(dir, 'plan.json');
    const records: unknown[] = messages(2, 10);
    records.push({ GroupId: 'group-0', From_Account: 'x', SendTime: 'yesterday', MsgBody: [] }, 17);
    writeFileSync(file, JSON.stringify(records));
    const { done } = cli(['plan', file, '--export', join(dir, 'plan.export.json')]);
    const { code, out } = await done;
    expect(code).toBe(0);
    expect(out).toContain('4 calls, 20 messages, 2 groups, 2 problems (of 22 input messages).');
    expect(out).toMatch(/field-type: 1/);
    expect(out).toMatch(/message-not-object: 1/);
    const exported = JSON.parse(readFileSync(join(dir, 'plan.export.json'), 'utf8'));
    expect(exported.requests).toHaveLength(4);
    expect(exported.problems.map((p: { index: number }) => p.index)).toEqual([20, 21]);
  }, 30_000);

  it('refuses a secret on the command line and says where to put it', async () => {
    const { code, err } = await cli(['run', join(dir, 'plan.json'), '--region', 'cn', '--usersig', 'abc'])
      .done;
    expect(code).toBe(1);
    expect(err).toContain('TIM_USERSIG');
  }, 30_000);

  it('dry-runs against the in-memory sandbox', async () => {
    const file = join(dir, 'dry.ndjson');
    writeFileSync(
      file,
      messages(3, 9)
        .map((m) => JSON.stringify(m))
        .join('\n'),
    );
    const { code, out } = await cli([
      'run',
      file,
      '--target',
      'sandbox',
      '--report',
      join(dir, 'dry-report.json'),
    ]).done;
    expect(code).toBe(0);
    expect(out).toContain('Imported 27 of 27 messages (0 of them unconfirmed), failed 0');
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'dry-report.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.data).toHaveLength(27);
    expect(csv.data[0]).toMatchObject({
      index: '0',
      SourceId: 'src-0-0',
      GroupId: 'group-0',
      status: 'imported',
      Result: '0',
      MsgSeq: '1',
    });
  }, 30_000);

  it('killed with SIGKILL mid-run and started again: every message once, in order; the report agrees', async () => {
    const file = join(dir, 'export.json');
    const records = messages(3, 140);
    writeFileSync(file, JSON.stringify(records));
    const sigFile = join(dir, 'usersig.txt');
    writeFileSync(sigFile, `${SANDBOX_USER_SIG}\n`);
    const groups = [0, 1, 2].map((g) => ({
      GroupId: `group-${g}`,
      Type: 'Public' as const,
      CreateTime: T0 - 1,
    }));
    const sandbox = createSandbox({ groups, rateLimit: false });
    let victim: ChildProcess | undefined;
    const { server, base, calls } = await serve(sandbox, (n) => {
      if (n === 25) victim?.kill('SIGKILL'); // the sandbox stored call 25; its answer never arrives
    });
    try {
      const args = [
        'run',
        file,
        '--region',
        'cn',
        '--sdkappid',
        SANDBOX_SDK_APP_ID,
        '--identifier',
        SANDBOX_IDENTIFIER,
        '--usersig-file',
        sigFile,
        '--rate',
        '200',
        '--concurrency',
        '3',
      ];
      const first = cli(args, { MIGRATE_UPSTREAM_BASE: base });
      victim = first.child;
      const killed = await first.done;
      expect(killed.signal).toBe('SIGKILL');
      const callsBefore = calls();
      expect(callsBefore).toBeGreaterThanOrEqual(25);
      expect(callsBefore).toBeLessThan(60);

      const second = await cli(args, { MIGRATE_UPSTREAM_BASE: base }).done;
      expect(second.err).toBe('');
      expect(second.code).toBe(0);
      expect(second.out).toMatch(/Resuming: [\d,]+ of 420 messages already settled/);
      expect(second.out).toContain('Imported 420 of 420 messages');
      // Only the unsettled calls went out again (60 calls in all, plus the few in flight at the kill).
      expect(calls() - callsBefore).toBeLessThanOrEqual(60 - 24 + 3);

      const report = JSON.parse(readFileSync(`${file}.report.json`, 'utf8')) as {
        rows: {
          index: number;
          GroupId: string;
          Random: number;
          SendTime: number;
          MsgSeq?: number;
          status: string;
        }[];
      };
      expect(report.rows).toHaveLength(420);
      // The call stored before the kill was resent: the service refused it as already there.
      expect(report.rows.some((row) => row.status === 'unconfirmed')).toBe(true);
      for (const group of groups) {
        const stored = storedMessages(sandbox, group.GroupId);
        const rows = report.rows.filter((row) => row.GroupId === group.GroupId);
        expect(stored.map((m) => [m.MsgRandom, m.MsgTimeStamp])).toEqual(
          rows.map((row) => [row.Random, row.SendTime]),
        );
        rows.forEach((row, k) => {
          expect(['imported', 'unconfirmed']).toContain(row.status);
          if (row.status === 'imported') expect(row.MsgSeq).toBe(stored[k].MsgSeq);
        });
      }
      // No secret in the state file or the reports.
      for (const path of [`${file}.migrate-state.json`, `${file}.report.json`, `${file}.report.csv`])
        expect(readFileSync(path, 'utf8')).not.toContain(SANDBOX_USER_SIG.slice(0, 40));
    } finally {
      server.close();
    }
  }, 60_000);
});
