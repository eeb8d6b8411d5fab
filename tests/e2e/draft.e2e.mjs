// The user's document survives a reload: closing or refreshing the tab never loses work.
import assert from 'node:assert/strict';

const DRAFT = '{\n  "GroupId": "kept-across-reloads",\n  "MsgList": []\n}';

export const tests = {
  'the document typed before a reload is there after it': async ({ page, baseURL }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.locator('.monaco-editor').waitFor();
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.evaluate((value) => navigator.clipboard.writeText(value), DRAFT);
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    // Saved a moment after typing stops.
    await page.waitForFunction((text) => Object.values(localStorage).includes(text), DRAFT, {
      timeout: 5000,
    });
    await page.reload({ waitUntil: 'load' });
    await page.locator('.monaco-editor').waitFor();
    await page.waitForFunction(() =>
      /kept-across-reloads/.test(document.querySelector('.monaco-editor .view-lines')?.textContent ?? ''),
    );
    assert.match(await page.locator('.monaco-editor .view-lines').innerText(), /kept-across-reloads/);
  },
};
