// End-to-end tests of the Response panel in the built app: a pasted response is explained per message,
// joined with the request that was sent (the seed request: leckie at 1620808101, peter at 1620892821).
import assert from 'node:assert/strict';
import { openPanel, send } from './page.mjs';

const PARTLY_FAILED = JSON.stringify({
  ActionStatus: 'OK',
  ErrorInfo: '',
  ErrorCode: 0,
  ImportMsgResult: [
    { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
    { MsgSeq: 0, MsgTime: 1620892821, Result: 10004 },
  ],
});

function responsePanel(page) {
  return page.getByRole('region', { name: 'Response', exact: true });
}

/** Opens the page, sends the request in the editor when `sent` (the response is joined with it), pastes `text`. */
async function paste(page, baseURL, text, { sent = true } = {}) {
  await page.goto(baseURL, { waitUntil: 'load' });
  if (sent) await send(page);
  await openPanel(page, 'Response');
  const panel = responsePanel(page);
  await panel.getByRole('textbox', { name: 'Response JSON' }).fill(text);
  return panel;
}

/** Cell texts of a table row, white space collapsed. */
async function cells(row) {
  const texts = await row.locator('th, td').allTextContents();
  return texts.map((text) => text.replace(/\s+/g, ' ').trim());
}

export const tests = {
  'a response is joined with the request sent, not with the editor text': async ({ page, baseURL }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
    await send(page);
    // After the send, the editor changes: the response still belongs to the request that was sent.
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.evaluate(() => navigator.clipboard.writeText('{"GroupId":"other","MsgList":[]}'));
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await page.locator('.monaco-editor .view-lines').getByText('other').waitFor();
    await openPanel(page, 'Response');
    const panel = responsePanel(page);
    await panel.getByRole('textbox', { name: 'Response JSON' }).fill(PARTLY_FAILED);
    const table = panel.getByRole('table', { name: 'Result per message' });
    await table.getByRole('row').filter({ hasText: 'leckie' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'peter' }).waitFor();
  },

  'a pasted response is explained per message': async ({ page, baseURL }) => {
    const panel = await paste(page, baseURL, PARTLY_FAILED);
    const table = panel.getByRole('table', { name: 'Result per message' });
    // The sender comes from the request that was sent.
    const first = table.getByRole('row').filter({ hasText: 'leckie' });
    const second = table.getByRole('row').filter({ hasText: 'peter' });
    await first.waitFor();
    await second.waitFor();

    const [index0, sender0, sendTime0, seq0, , result0, meaning0] = await cells(first);
    assert.equal(index0, '#1');
    assert.equal(sender0, 'leckie');
    assert.equal(sendTime0, '2021-05-12 08:28:21 UTC (1620808101)');
    assert.equal(seq0, '1');
    assert.equal(result0, '0');
    assert.ok(meaning0.length > 0, 'a successful message says what its Result means');

    const [index1, sender1, sendTime1, , , result1, meaning1, action1] = await cells(second);
    assert.equal(index1, '#2');
    assert.equal(sender1, 'peter');
    assert.equal(sendTime1, '2021-05-13 08:00:21 UTC (1620892821)');
    assert.equal(result1, '10004');
    assert.ok(
      meaning1.length > 0 && action1.length > 0,
      'a failed message says what it means and what to do',
    );
    assert.notEqual(meaning1, meaning0);

    await panel.getByText('1 of 2 messages were not imported: see the table.').waitFor();
    assert.equal(await panel.getByRole('alert').count(), 0);
  },

  'a failed call explains its ErrorCode and lists the messages without a result': async ({
    page,
    baseURL,
  }) => {
    const panel = await paste(
      page,
      baseURL,
      JSON.stringify({ ActionStatus: 'FAIL', ErrorInfo: 'group not found', ErrorCode: 10010 }),
    );
    await panel.getByText('group not found', { exact: true }).waitFor();
    const status = await panel.locator('dl').textContent();
    assert.match(status ?? '', /FAIL/);
    assert.match(status ?? '', /10010/);
    const meaning = await panel.locator('dt:text-is("Meaning") + dd').textContent();
    const action = await panel.locator('dt:text-is("What to do") + dd').textContent();
    assert.ok(meaning?.trim(), 'ErrorCode has a meaning');
    assert.ok(action?.trim(), 'ErrorCode has an action');
    const rows = panel.getByRole('table', { name: 'Result per message' }).getByRole('row');
    await rows.filter({ hasText: 'peter' }).waitFor();
    assert.match(
      (await rows.filter({ hasText: 'leckie' }).textContent()) ?? '',
      /No result: the whole call failed/,
    );
  },

  'an HTML error page gets a clear message and stays visible raw': async ({ page, baseURL }) => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    const panel = await paste(page, baseURL, html, { sent: false });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /HTML page \("502 Bad Gateway"\)/);
    assert.equal(await panel.getByRole('table').count(), 0);
    assert.equal(await panel.getByLabel('Raw response').textContent(), html);
  },
};
