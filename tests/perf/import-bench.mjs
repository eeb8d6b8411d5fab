// `npm run bench:import`: converts a 1,000,000-message Telegram Desktop export (and, as a second shape, 10,000 and
// 30,000 messages of ~10 KB that each split; the larger one is past what JSON.parse can read as one string) and
// prints time, peak memory (maxRSS) and the ratio to JSON.parse of the same file. Each measurement runs in its own
// Node process. Options: --messages N (default 1000000), --keep (keep files).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--messages') + 1]) || 1_000_000;
const keep = args.includes('--keep');
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (${cpus().length} CPUs)`,
);
const dir = join(process.cwd(), '.tmp', 'import-bench');
mkdirSync(dir, { recursive: true });

await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    ssr: 'tests/perf/import-bench-entry.ts',
    outDir: dir,
    emptyOutDir: false,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'entry.mjs', codeSplitting: false } },
  },
});

function run(...argv) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=12000', join(dir, 'entry.mjs'), ...argv], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  // The baseline cannot read a file whose text is longer than V8's longest string: that is a result, not a failure.
  if (argv[0] === 'parse' && /ERR_STRING_TOO_LONG|Cannot create a string longer/.test(child.stderr ?? ''))
    return { tooLong: true };
  if (child.status !== 0) throw new Error(`${argv[0]} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop());
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

for (const [shape, n] of [
  ['short', count],
  ['long', Math.max(1000, Math.round(count * 0.01))],
  ['long', Math.max(1000, Math.round(count * 0.03))],
]) {
  const file = join(dir, `result-${shape}-${n}.json`);
  run('generate', file, String(n), shape);
  const size = statSync(file).size;
  const parse = run('parse', file);
  const convert = run('convert', file, join(dir, `input-${shape}-${n}.json`));
  const out = statSync(join(dir, `input-${shape}-${n}.json`)).size;
  const lines = [
    `${shape === 'short' ? 'short messages' : 'long messages (~10 KB, split)'}: ${n.toLocaleString('en-US')} messages, result.json ${mib(size)} MiB`,
    parse.tooLong
      ? '  JSON.parse baseline: impossible, the file decodes to a string longer than V8 allows (2^29 - 24 characters)'
      : `  JSON.parse baseline (read + decode + parse): ${s(parse.totalMs)} (JSON.parse alone ${s(parse.parseMs)}), CPU ${s(parse.cpuMs)}, peak ${parse.maxRssMiB} MiB`,
    `  convert (read + stream-parse + normalize + plan): ${s(convert.convertMs)}, CPU ${s(convert.cpuMs)}, peak ${convert.maxRssMiB} MiB; then write ${mib(out)} MiB in ${s(convert.writeMs)}`,
    `  → ${convert.output.toLocaleString('en-US')} messages (${convert.split.toLocaleString('en-US')} split, ${convert.skipped.toLocaleString('en-US')} skipped)`,
  ];
  if (!parse.tooLong)
    lines.push(
      `  ratio convert / (read + decode + JSON.parse): ${(convert.convertMs / parse.totalMs).toFixed(2)}x wall, ${(convert.cpuMs / parse.cpuMs).toFixed(2)}x CPU; / JSON.parse alone: ${(convert.convertMs / parse.parseMs).toFixed(2)}x wall`,
    );
  console.log(lines.join('\n'));
  if (!keep) rmSync(file, { force: true });
  if (!keep) rmSync(join(dir, `input-${shape}-${n}.json`), { force: true });
}
