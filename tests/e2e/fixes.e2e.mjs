// Fixes in real Chromium: the Diagnostics panel's "Fix all", and the editor's code actions (light bulb, Ctrl+.),
// each applied as one undo step.
import assert from 'node:assert/strict';

// Milliseconds (out of order once converted), comments and a trailing comma: two errors, three warnings.
const MESSY = `{
  // exported from the old chat
  "GroupId": "history-import-1",
  "MsgList": [
    {
      "From_Account": "amy",
      "SendTime": 1620808102000, // milliseconds
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "second" } }],
    },
    {
      "From_Account": "bob",
      "SendTime": 1620808101000,
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "first" } }]
    }
  ]
}`;

// One mistake: the first SendTime in milliseconds.
const ONE_MS = JSON.stringify(
  {
    GroupId: 'history-import-1',
    MsgList: [
      {
        From_Account: 'leckie',
        SendTime: 1620808101000,
        Random: 8912345,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      },
      {
        From_Account: 'peter',
        SendTime: 1620892821,
        Random: 8912346,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } }],
      },
    ],
  },
  null,
  2,
);

const host = (page) => page.getByTestId('monaco-host');
const diagnostics = (page) => page.getByRole('region', { name: 'Diagnostics' });

async function openEditor(page, baseURL) {
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('.monaco-editor').waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="monaco-host"]')?.dataset.markers !== undefined,
  );
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
}

async function focusEditor(page) {
  await page.locator('.monaco-editor .view-lines').click();
}

/** Replaces the document as a paste (typing would get Monaco's auto-closing and auto-indent). */
async function replaceText(page, text) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** The editor's whole text, exactly: select all and copy (the view shows only what fits). */
async function editorText(page) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Waits until the editor offers fixes for exactly these rules (rule@offset, in the text's order). */
async function waitForFixes(page, rules) {
  await page.waitForFunction(
    (want) =>
      (document.querySelector('[data-testid="monaco-host"]')?.dataset.fixes ?? '')
        .split(' ')
        .filter(Boolean)
        .map((entry) => entry.slice(0, entry.indexOf('@')))
        .join(' ') === want,
    rules.join(' '),
    { timeout: 10_000 },
  );
}

/** The quick-fix menu's entries, as shown. */
async function quickFixEntries(page) {
  const menu = page.locator('.action-widget').first();
  await menu.waitFor();
  return (await menu.locator('.monaco-list-row.action .title').allTextContents()).map((t) => t.trim());
}

export const tests = {
  'Fix all in the Diagnostics panel leaves no error, and one Ctrl+Z restores the original exactly': async ({
    page,
    baseURL,
  }) => {
    await openEditor(page, baseURL);
    await replaceText(page, MESSY);
    await waitForFixes(page, [
      'json-comment',
      'send-time-milliseconds',
      'json-comment',
      'json-trailing-comma',
      'send-time-milliseconds',
    ]);
    const original = await editorText(page);
    assert.equal(original, MESSY);
    const panel = diagnostics(page);
    await panel.getByRole('status').filter({ hasText: '2 errors, 3 warnings' }).waitFor();
    await panel.getByRole('button', { name: 'Fix all (5)' }).click();
    await panel.getByText('No problems found.').waitFor();
    await panel.getByText(/^Applied 5 fixes\./).waitFor();
    assert.equal(await host(page).getAttribute('data-markers'), '');
    const fixed = await editorText(page);
    assert.doesNotMatch(fixed, /\/\/|,\s*\}/);
    assert.match(fixed, /"SendTime": 1620808101,/);
    assert.ok(fixed.indexOf('"bob"') < fixed.indexOf('"amy"'), 'MsgList sorted by SendTime');
    await focusEditor(page);
    await page.keyboard.press('ControlOrMeta+Z');
    assert.equal(await editorText(page), original);
    await panel.getByRole('status').filter({ hasText: '2 errors, 3 warnings' }).waitFor();
  },

  'Ctrl+. on a marker offers its fix, titled with the change; choosing it fixes it, Ctrl+Z undoes it':
    async ({ page, baseURL }) => {
      await openEditor(page, baseURL);
      await replaceText(page, ONE_MS);
      await waitForFixes(page, ['send-time-milliseconds']);
      // Clicking the finding puts the editor's selection on the marker.
      await diagnostics(page)
        .getByRole('button', { name: /looks like milliseconds/ })
        .click();
      // The light bulb shows on the marker's line, in the text or (no room there) in the gutter; "autofix": the
      // fix is the preferred one.
      await page.locator('.monaco-editor [class*="lightbulb-auto"]').first().waitFor({ state: 'visible' });
      await page.keyboard.press('ControlOrMeta+Period');
      const title = 'Convert SendTime from milliseconds to seconds: 1620808101000 → 1620808101';
      assert.deepEqual(await quickFixEntries(page), [title]);
      await page.keyboard.press('Enter');
      await diagnostics(page).getByText('No problems found.').waitFor();
      assert.equal(await editorText(page), ONE_MS.replace('1620808101000', '1620808101'));
      await page.keyboard.press('ControlOrMeta+Z');
      assert.equal(await editorText(page), ONE_MS);
      await waitForFixes(page, ['send-time-milliseconds']);
    },

  'the quick-fix menu offers "Fix all of this kind" and "Fix all", each one undo step': async ({
    page,
    baseURL,
  }) => {
    await openEditor(page, baseURL);
    await replaceText(page, MESSY);
    await waitForFixes(page, [
      'json-comment',
      'send-time-milliseconds',
      'json-comment',
      'json-trailing-comma',
      'send-time-milliseconds',
    ]);
    await diagnostics(page)
      .getByRole('button', { name: /Comments are not JSON/ })
      .click();
    await page.keyboard.press('ControlOrMeta+Period');
    assert.deepEqual(await quickFixEntries(page), [
      'Remove this comment',
      'Fix all of this kind (2)',
      'Fix all (5)',
    ]);
    await page.locator('.action-widget').first().getByText('Fix all of this kind (2)').click();
    await waitForFixes(page, ['send-time-milliseconds', 'json-trailing-comma', 'send-time-milliseconds']);
    assert.doesNotMatch(await editorText(page), /\/\//);
    await page.keyboard.press('ControlOrMeta+Z');
    assert.equal(await editorText(page), MESSY);
    await waitForFixes(page, [
      'json-comment',
      'send-time-milliseconds',
      'json-comment',
      'json-trailing-comma',
      'send-time-milliseconds',
    ]);
    // The milliseconds marker's own menu: "Fix all" from there.
    await diagnostics(page)
      .getByRole('button', { name: /looks like milliseconds/ })
      .first()
      .click();
    await page.keyboard.press('ControlOrMeta+Period');
    const entries = await quickFixEntries(page);
    assert.ok(entries.includes('Fix all (5)'), entries.join(' | '));
    await page.locator('.action-widget').first().getByText('Fix all (5)').click();
    await diagnostics(page).getByText('No problems found.').waitFor();
    await page.keyboard.press('ControlOrMeta+Z');
    assert.equal(await editorText(page), MESSY);
  },
};
