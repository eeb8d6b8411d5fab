// Build report: gzip sizes of what the page loads at start-up, lazily and in workers, the start-up JS budget,
// and an audit of URLs to other hosts and of the Content-Security-Policy meta tag.
//
// Usage: node tests/perf/build-report.mjs [distDir]   (default: dist; run `vite build` first)
// Exit: 0 all checks pass, 1 a check failed, 2 no build to read.
import { existsSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { classify, readDist } from './build-graph.mjs';
import { auditCsp, cssLoads, htmlLoads, jsLoads, mentionedHosts, TENCENT_HOST } from './url-audit.mjs';

// 1 kB = 1000 bytes, as Vite prints sizes.
const STARTUP_JS_BUDGET_GZIP = 60_000;
const LIST_LIMIT = 12;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const distDir = resolve(process.argv[2] ?? resolve(repoRoot, 'dist'));
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`build report: ${distDir}/index.html not found. Run \`npm run build\` first.`);
  process.exit(2);
}

const files = readDist(distDir);
const byPath = new Map(files.map((file) => [file.path, file]));
const graph = classify(files);
const sizes = new Map(
  files.map((file) => [
    file.path,
    { raw: file.bytes.length, gzip: gzipSync(file.bytes, { level: 9 }).length },
  ]),
);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const sum = (paths, key) => [...paths].reduce((total, path) => total + sizes.get(path)[key], 0);
const bySizeDesc = (paths) => [...paths].sort((a, b) => sizes.get(b).gzip - sizes.get(a).gzip);
const rows = [];
const row = (group, name, raw, gzip, note = '') => rows.push([group, name, raw, gzip, note]);

function section(group, paths) {
  const sorted = bySizeDesc(paths);
  for (const path of sorted.slice(0, LIST_LIMIT))
    row(group, path, kB(sizes.get(path).raw), kB(sizes.get(path).gzip));
  if (sorted.length > LIST_LIMIT) {
    const rest = sorted.slice(LIST_LIMIT);
    row(group, `(${rest.length} more)`, kB(sum(rest, 'raw')), kB(sum(rest, 'gzip')));
  }
  row(group, `= ${sorted.length} file(s)`, kB(sum(sorted, 'raw')), kB(sum(sorted, 'gzip')));
}

// Sizes.
const startupGzip = sum(graph.startup, 'gzip');
const budgetOk = graph.startup.size > 0 && startupGzip <= STARTUP_JS_BUDGET_GZIP;
section('start-up JS', graph.startup);
if (graph.lazy.size) section('lazy JS', graph.lazy);
if (graph.workers.size) section('worker JS', graph.workers);
const lazyCss = graph.css.filter((path) => !graph.startupCss.has(path));
if (graph.startupCss.size) section('start-up CSS', graph.startupCss);
if (lazyCss.length) section('lazy CSS', lazyCss);
const others = files.map((file) => file.path).filter((path) => !/\.(m?js|css)$/.test(path));
section('other', others);
row('total dist', `${files.length} files`, kB(sum(sizes.keys(), 'raw')), kB(sum(sizes.keys(), 'gzip')));

// URL audit: what the page would load from another host.
const loads = [];
const hostCounts = new Map();
const html = byPath.get('index.html').bytes.toString('utf8');
loads.push(...htmlLoads(graph.tags).map((load) => ({ ...load, where: `index.html ${load.where}` })));
for (const file of files) {
  if (file.path.endsWith('.css')) loads.push(...cssLoads(file.bytes.toString('utf8'), file.path));
  if (graph.refsOf.has(file.path)) {
    const source = file.bytes.toString('utf8');
    loads.push(...jsLoads(source, graph.refsOf.get(file.path), file.path));
    mentionedHosts(source, hostCounts);
  } else if (file.path.endsWith('.html') && file.path !== 'index.html') {
    loads.push(...cssLoads(file.bytes.toString('utf8'), file.path));
  }
}
const tencentHosts = [...hostCounts.keys()].filter((host) => TENCENT_HOST.test(host)).sort();
const otherHosts = [...hostCounts].filter(([host]) => !TENCENT_HOST.test(host)).sort((a, b) => b[1] - a[1]);
const csp = auditCsp(graph.tags, { tencentHosts, hasWorkers: graph.workers.size > 0 });

// Output.
const header = ['group', 'file', 'raw', 'gzip', ''];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
const line = (r) =>
  r
    .map((cell, i) => (i >= 2 && i <= 3 ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(`Build report for ${distDir} (gzip level 9)\n`);
console.log(line(header));
let previous;
for (const r of rows) {
  console.log(line(r[0] === previous ? ['', ...r.slice(1)] : r));
  previous = r[0];
}
console.log('');
const entryNames = [...graph.startup].map((path) => posix.basename(path)).join(', ');
console.log(
  `${budgetOk ? 'PASS' : 'FAIL'} start-up JS ${kB(startupGzip)} gzip (budget ${kB(STARTUP_JS_BUDGET_GZIP)})` +
    `: ${entryNames || 'no entry script found in index.html'}`,
);
console.log(
  loads.length === 0
    ? 'PASS no URL to another host is loaded by index.html, CSS or JS'
    : `FAIL ${loads.length} load(s) from another host:\n${loads.map((l) => `       ${l.where}: ${l.url}`).join('\n')}`,
);
const cspFailed = csp.some((finding) => finding.level === 'FAIL');
for (const finding of csp) console.log(`${finding.level.padEnd(4)} CSP: ${finding.message}`);
console.log(`info Tencent API hosts in the data: ${tencentHosts.join(', ') || 'none yet'}`);
const shownHosts = otherHosts.slice(0, 8).map(([host, count]) => `${host} (${count})`);
console.log(
  `info other hosts named in JS strings (not loaded): ${shownHosts.join(', ') || 'none'}` +
    (otherHosts.length > 8 ? `, +${otherHosts.length - 8} more` : ''),
);
if (/<base\s/i.test(html)) console.log('WARN index.html has a <base> tag: relative asset URLs follow it');

process.exitCode = budgetOk && loads.length === 0 && !cspFailed ? 0 : 1;
