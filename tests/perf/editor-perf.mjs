// Measures the editor's responsiveness in the built app, in Debian's Chromium:
//  1. time from the last keystroke to the new diagnostics (markers) for a 7-message request, and what is
//     left after the 150 ms debounce;
//  2. the longest main-thread task (PerformanceObserver 'longtask') while typing in a 2 MB document, in both
//     shapes: 7 long messages, and some 6,500 short ones (whose outline is large: sticky scroll, folding and
//     document symbols scale with it, not with bytes).
// Usage: node tests/perf/editor-perf.mjs   (builds into .tmp/dist-perf, so a parallel `npm run build` of dist/
// cannot pull the files away mid-run; PERF_SKIP_BUILD=1 serves the last such build)
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = '.tmp/dist-perf';
const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

const DEBOUNCE_MS = 150;
const ROUNDS = 12;

function request(messageCount, textLength) {
  const filler = 'x'.repeat(textLength);
  return JSON.stringify(
    {
      GroupId: 'history-import-1',
      MsgList: Array.from({ length: messageCount }, (_, i) => ({
        From_Account: `user${i % 5}`,
        Random: 1000 + i,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `${filler} ${i}` } }],
        SendTime: 1620808101 + i,
      })),
    },
    null,
    2,
  );
}

async function openWith(page, baseURL, text) {
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('.monaco-editor').waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="monaco-host"]')?.dataset.markers !== undefined,
  );
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (value) => `${value.toFixed(1)} ms`;

async function diagnosticsLatency(page, baseURL) {
  // The last SendTime is the document's last number: typing its last digit flips the order rule on and off.
  await openWith(page, baseURL, request(7, 40));
  await page.waitForFunction(
    () => document.querySelector('[data-testid="monaco-host"]')?.dataset.markers === '',
  );
  await page.evaluate(() => {
    const host = document.querySelector('[data-testid="monaco-host"]');
    window.__perf = { lastKey: 0, markersAt: [] };
    document.addEventListener('keydown', () => (window.__perf.lastKey = performance.now()), true);
    new MutationObserver(() => window.__perf.markersAt.push(performance.now())).observe(host, {
      attributes: true,
      attributeFilter: ['data-markers'],
    });
  });
  const latencies = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    await page.keyboard.press('ControlOrMeta+End');
    // "    }\n  ]\n}" close the document: 3 lines up is `"SendTime": 1620808107`.
    await page.evaluate(() => (window.__perf.markersAt = []));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    // Even rounds: an earlier time (an error); odd rounds: the right one back (no error).
    await page.keyboard.type(round % 2 === 0 ? '0' : '7');
    const expectError = round % 2 === 0;
    await page.waitForFunction((error) => {
      const markers = document.querySelector('[data-testid="monaco-host"]')?.dataset.markers ?? '';
      return error ? markers.includes('send-time-order') : markers === '';
    }, expectError);
    const { lastKey, markersAt } = await page.evaluate(() => window.__perf);
    latencies.push(markersAt[markersAt.length - 1] - lastKey);
    await page.waitForTimeout(250);
  }
  return latencies;
}

/** The two shapes of a 2 MB document: what it holds changes what the editor's features cost. */
const LARGE_SHAPES = [
  { label: '7 long messages', text: () => request(7, Math.ceil(2_000_000 / 7)), rule: 'message-size' },
  { label: 'short messages', text: () => request(6_500, 75), rule: 'msg-list-count' },
];

async function longestTaskWhileTyping(page, baseURL, shape) {
  const text = shape.text();
  await openWith(page, baseURL, text);
  await page.waitForFunction(
    (rule) => {
      const el = document.querySelector('[data-testid="monaco-host"]');
      return el?.dataset.markers !== undefined && el.dataset.markers.includes(rule);
    },
    shape.rule,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  const started = Date.now();
  // Pauses between words, as people type: each pause lets the debounced work (validation, outline) run.
  for (const word of ' "Note": "typed while a 2 MB document is open",'.split(/(?= )/)) {
    await page.keyboard.type(word, { delay: 30 });
    await page.waitForTimeout(400);
  }
  const typingMs = Date.now() - started;
  await page.waitForTimeout(2000); // let the last validation and outline requests land
  const tasks = await page.evaluate(() => window.__tasks);
  const messages = (text.match(/"From_Account"/g) ?? []).length;
  return { bytes: Buffer.byteLength(text), messages, tasks, typingMs };
}

if (!process.env.PERF_SKIP_BUILD) {
  const build = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
}
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const preview = spawn(
  process.execPath,
  [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
);
const server = {
  baseURL: `http://127.0.0.1:${port}/`,
  stop: async () => preview.kill(),
};
for (let i = 0; i < 100; i += 1) {
  const up = await fetch(server.baseURL).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const latencies = await diagnosticsLatency(page, server.baseURL);
  const after = latencies.map((value) => value - DEBOUNCE_MS);
  console.log(`7-message request, ${ROUNDS} edits: keystroke → markers`);
  console.log(
    `  median ${ms(quantile(latencies, 0.5))}, p90 ${ms(quantile(latencies, 0.9))}, max ${ms(Math.max(...latencies))}`,
  );
  console.log(
    `  after the ${DEBOUNCE_MS} ms debounce: median ${ms(quantile(after, 0.5))}, max ${ms(Math.max(...after))}`,
  );

  for (const shape of LARGE_SHAPES) {
    const big = await longestTaskWhileTyping(page, server.baseURL, shape);
    let longest = 0;
    for (const task of big.tasks) longest = Math.max(longest, task);
    console.log(
      `${(big.bytes / 1e6).toFixed(2)} MB document, ${big.messages} messages (${shape.label}), ` +
        `46 characters typed in ${big.typingMs} ms:`,
    );
    console.log(
      big.tasks.length
        ? `  long tasks (>50 ms) while typing: ${big.tasks.length}; longest ${ms(longest)}`
        : '  long tasks (>50 ms) while typing: none',
    );
  }
  await context.close();
} finally {
  await browser.close();
  await server.stop();
}
