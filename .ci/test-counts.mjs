// Reads the log of `npm test` and counts what the runners say ran: vitest's summary (tests passed, failed,
// skipped, todo; test files that failed; unhandled errors) and tests/e2e/run.mjs's last line (passed, failed).
//
// Usage: node .ci/test-counts.mjs [--check] <log>
// Prints one line of counts. With --check, exits 1 when anything failed, a runner left no summary, or no test
// ran at all, so that a run hiding its failures cannot pass.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ANSI = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex -- colour codes start with ESC

/** The number before `word` in a summary line such as ` Tests  2 failed | 40 passed | 3 skipped (45)`. */
function countOf(line, word) {
  const match = new RegExp(`(\\d+) ${word}\\b`).exec(line);
  return match ? Number(match[1]) : 0;
}

/** The last line of `lines` that starts with `label` (vitest prints its summary once, at the end). */
function lastLine(lines, label) {
  return lines.filter((line) => line.trimStart().startsWith(label)).at(-1);
}

export function countTests(log) {
  const lines = log.replace(ANSI, '').split('\n');
  const tests = lastLine(lines, 'Tests ');
  const files = lastLine(lines, 'Test Files ');
  const errors = lastLine(lines, 'Errors ');
  const unit = tests
    ? {
        passed: countOf(tests, 'passed'),
        failed: countOf(tests, 'failed'),
        skipped: countOf(tests, 'skipped'),
        todo: countOf(tests, 'todo'),
        failedFiles: files ? countOf(files, 'failed') : 0,
        errors: errors ? countOf(errors, 'errors?') : 0,
      }
    : undefined;
  const e2eLine = lines.filter((line) => /^\d+ passed, \d+ failed$/.test(line.trim())).at(-1);
  const e2e = e2eLine
    ? { passed: countOf(e2eLine, 'passed'), failed: countOf(e2eLine, 'failed') }
    : undefined;
  const passed = (unit?.passed ?? 0) + (e2e?.passed ?? 0);
  const failed = (unit?.failed ?? 0) + (unit?.failedFiles ?? 0) + (unit?.errors ?? 0) + (e2e?.failed ?? 0);
  const skipped = (unit?.skipped ?? 0) + (unit?.todo ?? 0);
  const problems = [];
  if (!unit) problems.push('no vitest summary');
  if (!e2e) problems.push('no e2e summary');
  if (failed > 0) problems.push(`${failed} failed`);
  if (passed === 0) problems.push('no test passed');
  return { passed, failed, skipped, unit, e2e, ok: problems.length === 0, problems };
}

export function formatCounts({ passed, failed, skipped, unit, e2e, problems }) {
  const parts = [
    unit
      ? `unit ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped` +
        (unit.todo ? `, ${unit.todo} todo` : '') +
        (unit.failedFiles ? `, ${unit.failedFiles} files failed` : '') +
        (unit.errors ? `, ${unit.errors} unhandled errors` : '')
      : 'unit: no summary',
    e2e ? `e2e ${e2e.passed} passed, ${e2e.failed} failed` : 'e2e: no summary',
  ];
  const verdict = problems.length ? ` — NOT OK: ${problems.join(', ')}` : '';
  return `${passed} passed, ${failed} failed, ${skipped} skipped (${parts.join('; ')})${verdict}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const path = args.find((arg) => arg !== '--check');
  if (!path) {
    console.error('usage: node .ci/test-counts.mjs [--check] <log>');
    process.exit(2);
  }
  const counts = countTests(readFileSync(path, 'utf8'));
  console.log(formatCounts(counts));
  if (check && !counts.ok) process.exit(1);
}
