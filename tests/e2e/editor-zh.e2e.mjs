// The request editor in a browser set to Simplified Chinese: the schema's hovers, the completions, the markers and
// the quick fixes speak Chinese; the page's language switch turns them to English without a reload. Monaco's own
// words: what it says when shown follows the switch, what it made when loaded (the find widget) after a reload.
import assert from 'node:assert/strict';
import { formatViolations, seriousViolations } from './axe.mjs';

export const contextOptions = { locale: 'zh-CN' };

// One mistake: the first SendTime in milliseconds (one marker, one fix).
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
const EMPTY_BODY =
  '{"GroupId":"history-import-1","MsgList":[{"From_Account":"amy","SendTime":1620808101,"MsgBody":[]}]}';
const CJK = /[\u4e00-\u9fff]/;

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

async function replaceText(page, text) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

async function editorText(page) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '');
  return page.evaluate(() => navigator.clipboard.readText());
}

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

/** Show Hover from the keyboard (Ctrl+K Ctrl+I) and wait until it says `expected`. */
async function hoverText(page, expected) {
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.press('ControlOrMeta+I');
  const hover = page.locator('.monaco-hover-content').filter({ hasText: expected });
  await hover.first().waitFor();
  const text = await hover.first().innerText();
  await page.keyboard.press('Escape');
  return text;
}

/** F8 (next problem): the marker widget's message. */
async function nextProblemText(page, expected) {
  await page.keyboard.press('F8');
  const widget = page.locator('.marker-widget').filter({ hasText: expected });
  await widget.first().waitFor();
  const text = await widget.first().innerText();
  await page.keyboard.press('Escape');
  return text;
}

/** Ctrl+. : the quick-fix menu's entries, then closes it. */
async function quickFixes(page) {
  await page.keyboard.press('ControlOrMeta+Period');
  const menu = page.locator('.action-widget').first();
  await menu.waitFor();
  const titles = (await menu.locator('.monaco-list-row.action .title').allTextContents()).map((t) =>
    t.trim(),
  );
  await page.keyboard.press('Escape');
  return titles;
}

/** The cursor inside "GroupId" on the second line of the pretty-printed document. */
async function cursorInGroupId(page) {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
}

export const tests = {
  'hovers, completions, markers and fixes in Chinese; English after the switch, without a reload': async ({
    page,
    baseURL,
    setTimeout,
  }) => {
    setTimeout(60_000);
    await openEditor(page, baseURL);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');

    // The templates offered in MsgBody, by their Chinese names.
    await replaceText(page, EMPTY_BODY);
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget');
    await suggest.getByText('地理位置', { exact: true }).waitFor();
    await suggest.getByText('自定义消息', { exact: true }).waitFor();
    await page.keyboard.press('Escape');

    // The schema's docs on hover, from the JSON Schema of the language.
    await replaceText(page, ONE_MS);
    await waitForFixes(page, ['send-time-milliseconds']);
    await cursorInGroupId(page);
    assert.match(await hoverText(page, '要导入消息的群 ID'), /可打印 ASCII 字符/);

    // The marker and its fix, in the core's Chinese.
    await page.keyboard.press('ControlOrMeta+Home');
    const problem = await nextProblemText(page, 'SendTime');
    assert.match(problem, CJK, `marker in Chinese: ${problem}`);
    const [fix] = await quickFixes(page);
    assert.match(fix, /^将 SendTime 从毫秒转换为秒/);

    // Switch to English: same page (no reload), same text, everything in English.
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal(await page.evaluate(() => window.__notReloaded), true);
    assert.equal(await editorText(page), ONE_MS);
    await page.keyboard.press('ControlOrMeta+Home');
    const english = await nextProblemText(page, 'milliseconds');
    assert.doesNotMatch(english, CJK);
    assert.deepEqual(await quickFixes(page), [
      'Convert SendTime from milliseconds to seconds: 1620808101000 → 1620808101',
    ]);
    await cursorInGroupId(page);
    assert.match(await hoverText(page, 'ID of the group'), /printable ASCII/);
  },

  'the Reference panel in Chinese: field docs, the mistakes gallery loading into the editor, axe clean':
    async ({ page, baseURL }) => {
      await openEditor(page, baseURL);
      // The panel loads when it comes into view (whatever the panel bar's words are).
      await page.locator('#panel-reference').scrollIntoViewIfNeeded();
      const panel = page.getByRole('region', { name: '参考', exact: true });
      await panel.waitFor();
      await panel.getByText('请求字段与消息元素').click();
      const fields = panel.getByRole('table', { name: '请求字段', exact: true });
      await fields.waitFor();
      assert.match(
        await fields
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: 'GroupId', exact: true }) })
          .innerText(),
        /要导入消息的群 ID/,
      );
      await panel.getByRole('button', { name: '加载示例：SendTime 顺序错误' }).click();
      await panel.getByRole('status').filter({ hasText: '已将“SendTime 顺序错误”加载到编辑器。' }).waitFor();
      await page.waitForFunction(
        () =>
          /send-time-order@/.test(
            document.querySelector('[data-testid="monaco-host"]')?.dataset.markers ?? '',
          ),
        undefined,
        { timeout: 5000 },
      );
      const violations = await seriousViolations(page, { include: '#panel-reference' });
      assert.equal(violations.length, 0, formatViolations(violations));
    },

  "Monaco's own widgets (Find, the context menu) speak Chinese when the page opens in Chinese": async ({
    page,
    baseURL,
  }) => {
    await openEditor(page, baseURL);
    await focusEditor(page);
    await page.keyboard.press('ControlOrMeta+F');
    const find = page.locator('.monaco-editor .find-widget');
    await find.getByRole('textbox', { name: '查找', exact: true }).waitFor();
    await page.keyboard.type('zzzz-not-there');
    await find.getByText('无结果').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .view-lines').click({ button: 'right' });
    const menu = page.locator('.monaco-menu').first();
    await menu.waitFor();
    assert.match(await menu.innerText(), /复制/);
  },

  "Monaco's own words after a switch to English: what it says when shown at once, the find widget after a reload":
    async ({ page, baseURL, setTimeout }) => {
      setTimeout(60_000);
      await openEditor(page, baseURL);
      assert.equal(await monacoTableLoaded(page), true, "Monaco's Chinese table, fetched for a Chinese page");
      await replaceText(page, ONE_MS);
      await waitForFixes(page, ['send-time-milliseconds']);
      await expectFindWidget(page, '查找', '无结果');
      assert.match(await markerHoverText(page, '快速修复'), /查看问题/);

      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      // Said when shown: English at once.
      assert.match(await markerHoverText(page, 'Quick Fix'), /View Problem/);
      // Made when Monaco's modules were evaluated (src/lib/editor/nls.ts): the find widget keeps its Chinese...
      await expectFindWidget(page, '查找', '无结果');

      // ...until a reload, which starts in English (the choice is remembered) without Monaco's Chinese table.
      await openEditor(page, baseURL);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      await expectFindWidget(page, 'Find', 'No results');
      assert.equal(await monacoTableLoaded(page), false, 'no Monaco Chinese for an English page');
    },
};

/** Whether this page fetched Monaco's Chinese table (`zh-cn-*.js`; the page's own catalogs are `zh-CN-*.js`). */
function monacoTableLoaded(page) {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').some((entry) => /\/zh-cn-[\w-]+\.js$/.test(entry.name)),
  );
}

/** Opens Find (Ctrl+F), searches for what is not there: waits until its input is `label` and it says `none`. */
async function expectFindWidget(page, label, none) {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+F');
  const find = page.locator('.monaco-editor .find-widget');
  const input = find.getByRole('textbox', { name: label, exact: true });
  await input.waitFor();
  await input.fill('zzzz-not-there');
  await find.locator('.matchesCount').filter({ hasText: none }).waitFor();
  await page.keyboard.press('Escape');
}

/** The hover at the first problem (F8 puts the cursor there), once it shows `expected`. */
async function markerHoverText(page, expected) {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('F8');
  await page.locator('.marker-widget').first().waitFor();
  await page.keyboard.press('Escape');
  return hoverText(page, expected);
}
