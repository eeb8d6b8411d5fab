// Hostile responses pasted into the Response panel of the built app: each is just under the 1 MB the panel
// reads, shaped to make a reader slow (a regular expression that went quadratic took 39 s on the first one).
// Every test proves the page stays responsive (no main-thread task over 200 ms from the paste until the
// answer shows) and, through the fixture, that nothing is requested from another host.
import assert from 'node:assert/strict';
import { openPanel, watchLongTasks } from './page.mjs';

const MAX_TASK_MS = 200;
const ONE_MB = 1_000_000;

function responsePanel(page) {
  return page.getByRole('region', { name: 'Response', exact: true });
}

/** Opens the app and lets start-up finish (Monaco, the parser chunk), so only the paste is measured. */
async function openQuietApp(page, baseURL) {
  await watchLongTasks(page);
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
  await openPanel(page, 'Response');
  const panel = responsePanel(page);
  // A first, tiny response loads the parser's lazy chunk: its one-time load is not what is measured here.
  await panel.getByRole('textbox', { name: 'Response JSON' }).fill('{"ActionStatus": "OK"}');
  await panel
    .getByText(/ErrorCode/)
    .first()
    .waitFor();
  await page.waitForLoadState('networkidle');
  return panel;
}

/**
 * Puts `text` into the response box, waits until `answer` shows and two more frames have painted, and returns the
 * longest main-thread task of the console's own work. Chromium's layout of a megabyte inside a textarea is one
 * task of its own, before any of the console's code runs (300-900 ms here, whatever the text): it is measured
 * apart and reported, the console's reading is what must stay under MAX_TASK_MS.
 */
async function pasteAndMeasure(page, panel, text, answer) {
  assert.ok(text.length <= ONE_MB, `the fixture is ${text.length} characters: the panel would not read it`);
  const textarea = panel.getByRole('textbox', { name: 'Response JSON' });
  const layoutMs = await textarea.evaluate((element, value) => {
    const start = performance.now();
    element.value = value; // as a paste does, before the input event reaches the page's code
    return window.__longestTaskSince(start);
  }, text);
  const since = await textarea.evaluate((element) => {
    const start = performance.now();
    element.dispatchEvent(new Event('input', { bubbles: true }));
    return start;
  });
  await answer.waitFor({ timeout: 20_000 });
  const longest = await page.evaluate((start) => window.__longestTaskSince(start), since);
  return { longest, layoutMs };
}

function assertResponsive({ longest, layoutMs }, what) {
  console.log(
    `    ${what}: longest task of the console ${longest.toFixed(0)} ms ` +
      `(Chromium's own textarea layout: ${layoutMs.toFixed(0)} ms)`,
  );
  assert.ok(longest <= MAX_TASK_MS, `${what}: a ${longest.toFixed(0)} ms task blocked the page`);
}

const HOSTILE = {
  // 994 KB of unclosed <title> tags, with markup that would fetch from another host if it were ever rendered.
  'an HTML page of 142,000 unclosed <title> tags': () =>
    '<img src="https://evil.example/pixel.png"><script src="https://evil.example/x.js"></script>' +
    '<title>'.repeat(142_000),
  'a result list of 19,000 rows': () =>
    JSON.stringify({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ImportMsgResult: Array.from({ length: 19_000 }, (_, i) => ({
        MsgSeq: i + 1,
        MsgTime: 1_620_808_101 + i,
        Result: i % 3 === 0 ? 10004 : 0,
      })),
    }),
  'arrays nested 450,000 deep': () =>
    `{"ActionStatus":"OK","X":${'['.repeat(450_000)}${']'.repeat(450_000)}}`,
  '55,000 unknown fields': () =>
    JSON.stringify({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ...Object.fromEntries(Array.from({ length: 55_000 }, (_, i) => [`k${i}`, i])),
    }),
  'a megabyte of junk': () => `{"ActionStatus": ${'x'.repeat(ONE_MB - 20)}`,
  '190,000 comments': () => `{${'/*c*/'.repeat(190_000)}"ActionStatus":"OK"}`,
};

export const tests = {
  'hostile 1 MB responses never block the page for more than 200 ms': async ({
    page,
    baseURL,
    setTimeout,
  }) => {
    setTimeout(120_000);
    const panel = await openQuietApp(page, baseURL);
    const problems = panel.locator('.outcome');
    const answers = {
      'an HTML page of 142,000 unclosed <title> tags': problems.getByText(/is an HTML page, not JSON/),
      'a result list of 19,000 rows': problems.getByText(/only the first 100 rows are shown/),
      'arrays nested 450,000 deep': problems.getByText(/nests deeper than 256 levels/),
      '55,000 unknown fields': problems.getByText(/54,980 more unknown fields/),
      'a megabyte of junk': problems.getByText(/not valid JSON: Unexpected "x"/),
      '190,000 comments': problems.getByText(/contains comments/),
    };
    for (const [name, make] of Object.entries(HOSTILE)) {
      assertResponsive(await pasteAndMeasure(page, panel, make(), answers[name].first()), name);
    }
  },

  'a hostile HTML response is shown as text: nothing in it loads or runs': async ({
    page,
    baseURL,
    requests,
  }) => {
    const panel = await openQuietApp(page, baseURL);
    const html = HOSTILE['an HTML page of 142,000 unclosed <title> tags']();
    await panel.getByRole('textbox', { name: 'Response JSON' }).fill(html);
    await panel
      .getByText(/is an HTML page, not JSON/)
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(
      await page.locator('img[src^="https://evil.example"], script[src^="https://evil.example"]').count(),
      0,
    );
    assert.deepEqual(
      requests.filter((request) => request.external),
      [],
    );
  },
};
