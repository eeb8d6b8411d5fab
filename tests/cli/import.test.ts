// @vitest-environment node
/**
 * `npm run migrate -- import` then `run --target sandbox`, in process, for each source's hand-written export: every
 * source message is accounted for, every planned message reaches the sandbox (no call rejected), times ascend in
 * every group, and every row of the run's report carries the source message's id.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/migrate';
import type { BatchDocument } from '../../src/lib/batch/types';
import { DISCORD_CHANNEL, DISCORD_PART_2, DISCORD_THREAD } from '../lib/importers/fixtures/discord';
import { MATTERMOST_JSONL } from '../lib/importers/fixtures/mattermost';
import { SLACK_EXPORT } from '../lib/importers/fixtures/slack';
import { TELEGRAM_RESULT_JSON } from '../lib/importers/fixtures/telegram';
import { NOW } from '../lib/importers/helpers';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'migrate-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(root: string, files: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof value === 'string' ? value : JSON.stringify(value, null, 1));
  }
}

async function migrate(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let outText = '';
  let errText = '';
  out.on('data', (chunk) => (outText += chunk));
  err.on('data', (chunk) => (errText += chunk));
  const code = await main(args, { out, err, env: {} });
  return { code, out: outText, err: errText };
}

const sources = {
  slack: { export: 'slack', files: SLACK_EXPORT },
  telegram: { export: 'telegram/result.json', files: { 'result.json': TELEGRAM_RESULT_JSON } },
  discord: {
    export: 'discord',
    files: {
      'Guild - Text - general [1000000000000000001].json': DISCORD_CHANNEL,
      'Guild - Text - general [1000000000000000001] [part 2].json': DISCORD_PART_2,
      'Guild - general - Thread about stuff [1000000000000000009].json': DISCORD_THREAD,
    },
  },
  mattermost: { export: 'mattermost/import.jsonl', files: { 'import.jsonl': MATTERMOST_JSONL } },
} as const;

interface Report {
  rows: { SourceId?: string; GroupId: string; SendTime: number; status: string }[];
}

describe('npm run migrate -- import, then run against the sandbox', () => {
  it.each(Object.keys(sources) as (keyof typeof sources)[])(
    '%s',
    async (source) => {
      const { export: path, files } = sources[source];
      const root = join(dir, source);
      write(path.includes('/') ? join(root, dirname(path)) : join(root, path), files);
      const input = join(root, 'input.json');

      const imported = await migrate([
        'import',
        join(root, path),
        '--from',
        source,
        '--out',
        input,
        '--now',
        String(NOW),
      ]);
      expect(imported.err).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.out).toContain(input.replace(/\.json$/, '.mapping.json'));
      const doc = JSON.parse(readFileSync(input, 'utf8')) as BatchDocument;
      const accounting = JSON.parse(readFileSync(input.replace(/\.json$/, '.accounting.json'), 'utf8')) as {
        totals: { source: number; planned: number; split: number; skipped: number; messages: number };
        outcomes: { sourceId: string }[];
      };
      const { totals } = accounting;
      expect(totals.planned + totals.split + totals.skipped).toBe(totals.source);
      expect(new Set(accounting.outcomes.map((o) => o.sourceId)).size).toBe(totals.source);
      expect(totals.messages).toBe(doc.messages.length);

      const report = join(root, 'report.json');
      const ran = await migrate(['run', input, '--target', 'sandbox', '--report', report]);
      expect(ran.err).toBe('');
      expect(ran.code).toBe(0);
      expect(ran.out).toContain(
        `Imported ${doc.messages.length} of ${doc.messages.length} messages (0 of them unconfirmed), failed 0, skipped 0, problems 0`,
      );
      const rows = (JSON.parse(readFileSync(report, 'utf8')) as Report).rows;
      expect(rows).toHaveLength(doc.messages.length);
      expect(rows.every((r) => r.status === 'imported')).toBe(true);
      expect(rows.map((r) => r.SourceId)).toEqual(doc.messages.map((m) => m.SourceId));
      const known = new Set(accounting.outcomes.map((o) => o.sourceId));
      expect(rows.every((r) => r.SourceId !== undefined && known.has(r.SourceId))).toBe(true);
      for (const group of new Set(rows.map((r) => r.GroupId))) {
        const times = rows.filter((r) => r.GroupId === group).map((r) => r.SendTime);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        expect(new Set(times).size).toBe(times.length);
      }
    },
    30_000,
  );

  it('prints the import usage and says import is a command', async () => {
    const help = await migrate(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: npm run migrate -- import');
    const usage = await migrate([]);
    expect(usage.out).toContain('import <export…> --out <input.json>');
  });
});
