// End-to-end runner: builds the app, serves it under a sub-path with `vite preview`, drives Debian's
// Chromium through playwright-core and runs every tests/e2e/*.e2e.mjs file.
//
// Usage: node tests/e2e/run.mjs [--grep <text>] [file.e2e.mjs ...]
// Env: E2E_SKIP_BUILD=1 (serve the existing dist), CHROMIUM_PATH (default /usr/bin/chromium),
//      E2E_TIMEOUT_MS (per test, default 30000), E2E_SERVER_TIMEOUT_MS (server start-up, default 20000),
//      E2E_VALIDATION_DELAY_MS (test-only: the validation worker answers that many ms late; see fixture.mjs).
// A test file exports `tests`: { 'name': async ({ page, context, browser, baseURL, requests, consoleErrors,
// expectRequestTo, allowConsoleError, setTimeout }) => {} } (see fixture.mjs; setTimeout(ms) restarts the
// test's timer), and may export `contextOptions` for its tests' browser contexts (e.g. { locale: 'zh-CN' }). The last line printed is always `N passed, N failed`.
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';
import { createFixture } from './fixture.mjs';
import { assertDistExists, buildApp, repoRoot, startPreview } from './server.mjs';

// A nested sub-path: proves the build (base './') works wherever it is hosted.
const BASE_PATH = '/e2e/sub/path/';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const testTimeoutMs = Number(process.env.E2E_TIMEOUT_MS) || 30_000;
const serverTimeoutMs = Number(process.env.E2E_SERVER_TIMEOUT_MS) || 20_000;
const resultsDir = join(repoRoot, 'test-results');

const running = { server: undefined, browser: undefined };
let cleaning;

function cleanup() {
  cleaning ??= (async () => {
    await running.browser?.close().catch(() => {});
    await running.server?.stop();
  })();
  return cleaning;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    console.error(`\ninterrupted by ${signal}: stopping the preview server and the browser`);
    cleanup().finally(() => process.exit(code));
  });
}
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.error(`e2e runner crashed (${event}):`, error);
    cleanup().finally(() => process.exit(1));
  });
}
// Last resort if the process leaves without running cleanup(): never leave a server behind.
process.on('exit', () => running.server?.killNow());

function parseArgs(argv) {
  const files = [];
  let grep = '';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--grep') grep = argv[++i] ?? '';
    else files.push(resolve(argv[i]));
  }
  return { files, grep };
}

async function discoverFiles(explicit) {
  if (explicit.length > 0) return explicit;
  const dir = join(repoRoot, 'tests/e2e');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.e2e.mjs')).sort();
  return names.map((name) => join(dir, name));
}

/** Imports each file; a file that fails to load or has no `tests` object becomes a failing entry. */
async function collectTests(files, grep) {
  const cases = [];
  const loadFailures = [];
  for (const file of files) {
    const label = basename(file);
    try {
      const module = await import(pathToFileURL(file).href);
      if (!module.tests || typeof module.tests !== 'object') throw new Error('exports no `tests` object');
      for (const [name, fn] of Object.entries(module.tests)) {
        if (typeof fn !== 'function') throw new Error(`test "${name}" is not a function`);
        const title = `${label} › ${name}`;
        if (!grep || title.includes(grep))
          cases.push({ title, fn, contextOptions: module.contextOptions ?? {} });
      }
    } catch (error) {
      loadFailures.push({ title: `${label} (loading)`, error });
    }
  }
  return { cases, loadFailures };
}

/** Races `promise` against a timer; the returned `setTimeout(ms)` restarts the timer from now. */
function withTimeout(promise, ms, what) {
  let timer;
  let rejectTimeout;
  const timeout = new Promise((_, reject) => (rejectTimeout = reject));
  const arm = (limit) => {
    clearTimeout(timer);
    timer = setTimeout(() => rejectTimeout(new Error(`${what} timed out after ${limit / 1000} s`)), limit);
  };
  arm(ms);
  return { done: Promise.race([promise, timeout]).finally(() => clearTimeout(timer)), setTimeout: arm };
}

function indent(text) {
  return String(text)
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}

function fileSafe(title) {
  return title.replace(/[^\w.-]+/g, '_').slice(0, 120);
}

async function runCase(testCase, baseURL) {
  const started = Date.now();
  const errors = [];
  let fixture;
  try {
    fixture = await createFixture(running.browser, baseURL, testCase.contextOptions);
    let timeout;
    fixture.test.setTimeout = (ms) => timeout.setTimeout(ms);
    const body = Promise.resolve().then(() => testCase.fn(fixture.test));
    body.catch(() => {}); // a timed-out body may still reject later, after its context is closed
    timeout = withTimeout(body, testTimeoutMs, 'test');
    await timeout.done;
  } catch (error) {
    errors.push(error?.stack ?? String(error));
  }
  if (fixture) errors.push(...fixture.problems());
  if (errors.length > 0 && fixture) {
    const path = join(resultsDir, `${fileSafe(testCase.title)}.png`);
    await fixture
      .screenshot(path)
      .then(() => errors.push(`screenshot: ${path}`))
      .catch((error) => errors.push(`no screenshot: ${error.message.split('\n')[0]}`));
  }
  await fixture?.close();
  return { errors, ms: Date.now() - started };
}

async function setUp() {
  if (process.env.E2E_SKIP_BUILD === '1') {
    console.log('build: skipped (E2E_SKIP_BUILD=1), serving the existing dist/');
  } else {
    const started = Date.now();
    await buildApp();
    console.log(`build: vite build done in ${Date.now() - started} ms`);
  }
  assertDistExists();

  const executablePath = ensureChromium();
  const serverStarted = Date.now();
  running.server = await startPreview({ basePath: BASE_PATH, startupTimeoutMs: serverTimeoutMs });
  console.log(
    `server: vite preview (pid ${running.server.pid}) at ${running.server.baseURL} ` +
      `in ${Date.now() - serverStarted} ms`,
  );
  running.browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  console.log(`browser: Chromium ${running.browser.version()}`);
}

async function main() {
  const { files, grep } = parseArgs(process.argv.slice(2));
  const { cases, loadFailures } = await collectTests(await discoverFiles(files), grep);
  let passed = 0;
  let failed = 0;
  let notRun = cases.length;
  for (const { title, error } of loadFailures) {
    failed++;
    console.log(`FAIL ${title}\n${indent(error?.stack ?? error)}`);
  }
  if (cases.length === 0 && loadFailures.length === 0) {
    console.log('no e2e tests found (tests/e2e/*.e2e.mjs)');
    failed++;
  }
  try {
    if (cases.length > 0) {
      await setUp();
      for (const testCase of cases) {
        const { errors, ms } = await runCase(testCase, running.server.baseURL);
        notRun--;
        if (errors.length === 0) {
          passed++;
          console.log(`PASS ${testCase.title} (${ms} ms)`);
        } else {
          failed++;
          console.log(`FAIL ${testCase.title} (${ms} ms)\n${errors.map(indent).join('\n')}`);
        }
      }
    }
  } catch (error) {
    // Set-up failed: every test that did not run counts as failed.
    console.log(`e2e set-up failed:\n${indent(error?.stack ?? error)}`);
    failed += notRun;
  } finally {
    await cleanup();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

await main();
