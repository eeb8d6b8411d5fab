// The request editor in real Chromium: markers and diagnostics follow typing; templates insert valid JSON.
import assert from 'node:assert/strict';
import { sendCount, waitForSend } from './page.mjs';

// A valid request whose last value is the second message's SendTime, so the tests can reach it with Ctrl+End.
const VALID = JSON.stringify({
  GroupId: 'history-import-1',
  MsgList: [
    {
      From_Account: 'leckie',
      SendTime: 1620808101,
      Random: 8912345,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
    },
    {
      From_Account: 'peter',
      Random: 8912346,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } }],
      SendTime: 1620892821,
    },
  ],
});
// Where the last SendTime's value stands (1-based columns on the single line).
const LAST_SEND_TIME_COLUMN = VALID.lastIndexOf('1620892821') + 1;

const host = (page) => page.getByTestId('monaco-host');

async function openEditor(page, baseURL) {
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('.monaco-editor').waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="monaco-host"]')?.dataset.markers !== undefined,
  );
}

/** Monaco 0.57 in Chromium takes keys through an EditContext element, not a textarea: click into the text. */
async function focusEditor(page) {
  await page.locator('.monaco-editor .view-lines').click();
}

/**
 * Replace the document by `text` as a paste: typed text gets Monaco's auto-closing and auto-indent, a paste
 * arrives as it is.
 */
async function replaceText(page, text) {
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Wait until the editor's markers are exactly `expected` (validation reruns while typing). */
async function waitForMarkers(page, expected) {
  const want = expected.join(' ');
  try {
    await page.waitForFunction(
      (value) => document.querySelector('[data-testid="monaco-host"]')?.dataset.markers === value,
      want,
      { timeout: 5000 },
    );
  } catch {
    assert.equal(await host(page).getAttribute('data-markers'), want, 'markers');
  }
}

const diagnostics = (page) => page.getByRole('region', { name: 'Diagnostics' });

export const tests = {
  'typing an out-of-order SendTime shows its marker and its diagnostic': async ({ page, baseURL }) => {
    await openEditor(page, baseURL);
    await replaceText(page, VALID);
    await waitForMarkers(page, []);
    // One line (typed newlines would get Monaco's auto-indent); the SendTime digits end before "}]}".
    await page.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('1620808100', { delay: 20 });
    const end = LAST_SEND_TIME_COLUMN + 10;
    await waitForMarkers(page, [`send-time-order@1:${LAST_SEND_TIME_COLUMN}-1:${end}`]);
    const panel = diagnostics(page);
    await panel.getByText(/not after message 1.s 1620808101/).waitFor();
    await panel.getByText('server would answer 10004').waitFor();
    // Clicking the diagnostic puts the editor's selection on the value: typing replaces it.
    await panel.getByRole('button', { name: /not after message 1/ }).click();
    await page.keyboard.type('1620892821');
    await waitForMarkers(page, []);
    await panel.getByText('No problems found.').waitFor();
  },

  'a palette template inserts a valid element, and undo takes it back': async ({ page, baseURL }) => {
    await openEditor(page, baseURL);
    await replaceText(page, VALID);
    await waitForMarkers(page, []);
    const panel = diagnostics(page);
    const strip = panel.getByRole('group', { name: 'Message 1' });
    const sizeBefore = await strip.locator('.size span').textContent();
    // Cursor into message 1, then insert a location element there.
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < VALID.indexOf('leckie'); i += 1) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Location', exact: true }).click();
    await page.waitForFunction(
      (before) => document.querySelector('[aria-label="Message 1"] .size span')?.textContent !== before,
      sizeBefore,
    );
    await waitForMarkers(page, []);
    await panel.getByText('No problems found.').waitFor();
    assert.match(await page.locator('.monaco-editor .view-lines').innerText(), /TIMLocationElem/);
    await focusEditor(page);
    await page.keyboard.press('ControlOrMeta+Z');
    await page.waitForFunction(
      (before) => document.querySelector('[aria-label="Message 1"] .size span')?.textContent === before,
      sizeBefore,
    );
  },

  'Ctrl+Enter inside the editor sends without typing a newline': async ({ page, baseURL }) => {
    await openEditor(page, baseURL);
    await replaceText(page, VALID);
    await waitForMarkers(page, []);
    const before = await sendCount(page);
    await page.keyboard.press('ControlOrMeta+Enter');
    // Send builds the request: the Request panel shows the exact body, which is still the one-line document.
    await waitForSend(page, before);
    const body = page.locator('pre[aria-label="Request body"]');
    assert.equal(await body.textContent(), VALID);
    assert.equal(await page.locator('.monaco-editor .view-line').count(), 1);
  },

  'completions offer the templates in MsgBody and the schema values, hovers show the schema docs': async ({
    page,
    baseURL,
  }) => {
    await openEditor(page, baseURL);
    const empty =
      '{"GroupId":"history-import-1","MsgList":[{"From_Account":"amy","SendTime":1620808101,"MsgBody":[]}]}';
    await replaceText(page, empty);
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget');
    await suggest.getByText('Location', { exact: true }).waitFor();
    await suggest.getByText('Custom data', { exact: true }).waitFor();
    await suggest.getByText('Location', { exact: true }).click();
    await waitForMarkers(page, []);
    await diagnostics(page).getByText('No problems found.').waitFor();

    // The schema's values for MsgType, from the JSON language service.
    const withType =
      '{"GroupId":"history-import-1","MsgList":[{"From_Account":"amy","SendTime":1620808101,"MsgBody":[{"MsgType":"","MsgContent":{}}]}]}';
    await replaceText(page, withType);
    await page.keyboard.press('End');
    for (let i = 0; i < withType.length - withType.indexOf('"MsgType":""') - '"MsgType":"'.length; i += 1) {
      await page.keyboard.press('ArrowLeft');
    }
    await page.keyboard.press('Control+Space');
    await suggest.getByText('TIMTextElem').first().waitFor();
    await suggest.getByText('TIMCustomElem').first().waitFor();
    await page.keyboard.press('Escape');
    // Show Hover from the keyboard (Ctrl+K Ctrl+I) with the cursor inside "GroupId": no mouse timing.
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ControlOrMeta+K');
    await page.keyboard.press('ControlOrMeta+I');
    const hover = page.locator('.monaco-hover-content').filter({ hasText: /\S/ });
    await hover.first().waitFor();
    const hoverText = await hover.first().innerText();
    assert.match(hoverText, /group/i, `hover shows the field documentation: ${hoverText}`);
  },

  'Format lays the document out, as one undoable step': async ({ page, baseURL }) => {
    await openEditor(page, baseURL);
    await replaceText(page, VALID);
    await waitForMarkers(page, []);
    assert.equal(await page.locator('.monaco-editor .view-line').count(), 1);
    await page.getByRole('button', { name: 'Format', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line').length > 10);
    await waitForMarkers(page, []);
    await focusEditor(page);
    await page.keyboard.press('ControlOrMeta+Z');
    await page.waitForFunction(() => document.querySelectorAll('.monaco-editor .view-line').length === 1);
  },

  // src/lib/editor/features.ts lists Monaco's features one by one: these are the ones no other test drives.
  'find, folding, next problem, comment toggling and the context menu still work': async ({
    page,
    baseURL,
  }) => {
    await openEditor(page, baseURL);
    // The seed document spans many lines: the JSON worker's folding ranges give the gutter its controls.
    await page.locator('.monaco-editor .codicon-folding-expanded').first().waitFor({ state: 'attached' });
    await focusEditor(page);
    await page.keyboard.press('ControlOrMeta+F');
    const find = page.locator('.monaco-editor .find-widget.visible');
    await find.waitFor();
    await page.keyboard.type('MsgBody');
    await find
      .locator('.matchesCount')
      .filter({ hasText: /of [1-9]/ })
      .waitFor();
    await page.keyboard.press('Escape');
    await find.waitFor({ state: 'detached' });
    // The seed's comments are marked: F8 opens the next problem in place.
    await focusEditor(page);
    await page.keyboard.press('F8');
    await page.locator('.monaco-editor .marker-widget').first().waitFor();
    await page.keyboard.press('Escape');

    await replaceText(page, VALID);
    await waitForMarkers(page, []);
    await page.keyboard.press('ControlOrMeta+/');
    await page.waitForFunction(() =>
      // Monaco renders spaces as no-break spaces.
      /^\/\/\s\{/.test(document.querySelector('.monaco-editor .view-line')?.textContent ?? ''),
    );
    await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
    const menu = page.locator('.monaco-menu');
    await menu.getByText('Format Document').waitFor();
    await page.keyboard.press('Escape');
  },

  'on a small screen the text shows at once and the editor starts on the first tap': async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    let editorRequested = false;
    page.on('request', (request) => {
      if (/\/assets\/editor-[^/]+\.js$/.test(request.url())) editorRequested = true;
    });
    await page.goto(baseURL, { waitUntil: 'load' });
    const text = page.getByLabel('Request body (read-only until the editor loads)');
    await text.waitFor();
    await page.getByText('Tap or press a key to start the editor.').waitFor();
    await page.waitForTimeout(500);
    assert.equal(editorRequested, false, 'the editor chunk was requested before any interaction');
    assert.equal(await page.locator('.monaco-editor').count(), 0);
    await text.click();
    await page.locator('.monaco-editor').waitFor();
    assert.equal(editorRequested, true);
  },

  'an example loaded from the Reference after the editor is ready shows in the editor, with its marker':
    async ({ page, baseURL }) => {
      await openEditor(page, baseURL);
      await page.getByRole('button', { name: 'Reference', exact: true }).click();
      await page.getByRole('button', { name: 'Load example: SendTime out of order' }).click();
      // The seed (the first document) has RecentContactFlag on line 3; the example has none.
      await page.waitForFunction(
        () =>
          !/RecentContactFlag/.test(document.querySelector('.monaco-editor .view-lines')?.textContent ?? ''),
        undefined,
        { timeout: 5000 },
      );
      await page.waitForFunction(
        () =>
          /send-time-order@/.test(
            document.querySelector('[data-testid="monaco-host"]')?.dataset.markers ?? '',
          ),
        undefined,
        { timeout: 5000 },
      );
      assert.match(
        await host(page).getAttribute('data-markers'),
        /(^| )send-time-order@\d+:\d+-\d+:\d+( |$)/,
      );
      // Monaco renders spaces as no-break spaces.
      const shown = (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
      assert.match(shown, /"SendTime": \d+/);
    },
};
