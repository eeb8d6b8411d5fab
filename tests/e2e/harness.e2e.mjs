// Tests of the e2e harness itself: what it records, what it blocks, and that it fails tests it must fail.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openBlankPage } from './fixtures/blank-page.mjs';

const runner = fileURLToPath(new URL('./run.mjs', import.meta.url));
const violations = fileURLToPath(new URL('./fixtures/harness-violations.mjs', import.meta.url));

function runRunner(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [runner, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function waitFor(condition, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const tests = {
  'serves the app under a nested sub-path': async ({ baseURL }) => {
    assert.match(new URL(baseURL).pathname, /^\/[^/]+\/.+\/$/);
    assert.equal(new URL(baseURL).hostname, '127.0.0.1');
  },

  'blocks a declared request to another host and records it': async ({
    page,
    baseURL,
    requests,
    expectRequestTo,
    allowConsoleError,
  }) => {
    expectRequestTo('example.invalid');
    allowConsoleError(/ERR_BLOCKED_BY_CLIENT|example\.invalid/);
    await openBlankPage(page, baseURL);
    const outcome = await page.evaluate(() =>
      fetch('https://example.invalid/probe').then(
        () => 'answered',
        (error) => `rejected: ${error.message}`,
      ),
    );
    assert.match(outcome, /^rejected/);
    await waitFor(() => requests.some((r) => r.failure), 'the request failure');
    const probe = requests.find((r) => r.url === 'https://example.invalid/probe');
    assert.equal(probe?.external, true);
    // Chromium reports requests aborted through the DevTools protocol as ERR_BLOCKED_BY_CLIENT(.Inspector).
    assert.match(probe?.failure ?? '(no failure)', /^net::ERR_BLOCKED_BY_CLIENT/);
  },

  'records console errors and uncaught page errors': async ({
    page,
    baseURL,
    consoleErrors,
    allowConsoleError,
  }) => {
    allowConsoleError(/harness-probe/);
    await openBlankPage(page, baseURL);
    await page.evaluate(() => {
      console.error('harness-probe logged');
      setTimeout(() => {
        throw new Error('harness-probe thrown');
      });
    });
    await waitFor(() => consoleErrors.length >= 2, 'two recorded errors');
    assert.deepEqual(
      consoleErrors.map((text) => text.replace(/ \(at .*\)$/, '')),
      ['console.error: harness-probe logged', 'uncaught Error: harness-probe thrown'],
    );
  },

  'fails tests that break the rules, and passes the clean one': async ({ setTimeout }) => {
    setTimeout(120_000); // starts a whole second runner: server, browser, six tests
    const { code, stdout } = await runRunner([violations], { E2E_SKIP_BUILD: '1' });
    const lines = stdout.trim().split('\n');
    assert.equal(code, 1, stdout);
    assert.equal(lines.at(-1), '1 passed, 5 failed', stdout);
    const verdict = (name) => lines.find((line) => line.includes(`› ${name} (`))?.split(' ')[0];
    for (const name of ['undeclared request to another host', 'console error', 'uncaught page error']) {
      assert.equal(verdict(name), 'FAIL', `${name}\n${stdout}`);
    }
    assert.equal(verdict('failed assertion'), 'FAIL', stdout);
    assert.equal(verdict('timeout'), 'FAIL', stdout);
    assert.equal(verdict('clean test'), 'PASS', stdout);
    assert.match(stdout, /unexpected request to another host: GET https:\/\/example\.invalid\/probe/);
    assert.match(stdout, /console\.error: harness-probe console error/);
    assert.match(stdout, /uncaught Error: harness-probe uncaught/);
    assert.match(stdout, /test timed out after 0.3 s/);
    assert.match(stdout, /screenshot: .*test-results\/.*\.png/);
  },
};
