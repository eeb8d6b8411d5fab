// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the CI scripts, without types
import { countTests, formatCounts } from '../../.ci/test-counts.mjs';

const ESC = '\u001b';
const vitest = (summary: string, files = ' Test Files  81 passed (81)') =>
  `${ESC}[2m Test Files ${ESC}[22m ...\n${files}\n      ${summary}\n   Start at  03:35:45\n   Duration  3.07s\n`;
const e2e = (line: string) => `build: vite build done\nPASS a › b (3 ms)\n${line}\n`;

const dir = mkdtempSync(join(tmpdir(), 'test-counts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.ci/test-counts.mjs', () => {
  it('adds vitest and e2e counts when everything passed', () => {
    const counts = countTests(
      vitest(`${ESC}[2mTests ${ESC}[22m ${ESC}[32m609 passed${ESC}[39m (609)`) + e2e('31 passed, 0 failed'),
    );
    expect(counts).toMatchObject({ passed: 640, failed: 0, skipped: 0, ok: true });
    expect(formatCounts(counts)).toBe(
      '640 passed, 0 failed, 0 skipped (unit 609 passed, 0 failed, 0 skipped; e2e 31 passed, 0 failed)',
    );
  });

  it('reports skipped and todo tests instead of hiding them', () => {
    const counts = countTests(
      vitest('Tests  600 passed | 7 skipped | 2 todo (609)') + e2e('31 passed, 0 failed'),
    );
    expect(counts).toMatchObject({ passed: 631, failed: 0, skipped: 9, ok: true });
    expect(formatCounts(counts)).toMatch(/9 skipped .*7 skipped, 2 todo/);
  });

  it('counts failures of tests, of whole files, unhandled errors and e2e', () => {
    const log =
      vitest('Tests  2 failed | 607 passed (609)', ' Test Files  1 failed | 80 passed (81)') +
      '      Errors  1 error\n' +
      e2e('30 passed, 1 failed');
    const counts = countTests(log);
    expect(counts).toMatchObject({ passed: 637, failed: 5, ok: false });
    expect(formatCounts(counts)).toMatch(/NOT OK: 5 failed/);
  });

  it('is not ok when a runner left no summary or nothing ran', () => {
    expect(countTests(e2e('31 passed, 0 failed'))).toMatchObject({
      ok: false,
      problems: ['no vitest summary'],
    });
    expect(countTests(vitest('Tests  609 passed (609)'))).toMatchObject({
      ok: false,
      problems: ['no e2e summary'],
    });
    expect(countTests('')).toMatchObject({ ok: false });
  });

  it('--check exits 1 on failures and 0 when all passed, printing the counts', () => {
    const good = join(dir, 'good.log');
    const bad = join(dir, 'bad.log');
    writeFileSync(good, vitest('Tests  609 passed (609)') + e2e('31 passed, 0 failed'));
    writeFileSync(bad, vitest('Tests  1 failed | 608 passed (609)') + e2e('31 passed, 0 failed'));
    expect(execFileSync('node', ['.ci/test-counts.mjs', '--check', good]).toString()).toMatch(
      /^640 passed, 0 failed/,
    );
    const run = spawnSync('node', ['.ci/test-counts.mjs', '--check', bad]);
    expect(run.status).toBe(1);
    expect(run.stdout.toString()).toMatch(/1 failed.*NOT OK/);
  });
});
