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

const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The result per message, one card each in the order shown. */
function cardList(panel) {
  return panel.getByRole('list', { name: 'Result per message' });
}

/** A card's fields, white space collapsed. */
async function card(item) {
  const text = async (selector) => clean(await item.locator(selector).first().textContent());
  return {
    index: await text('.card-index'),
    sender: await text('.card-sender'),
    result: await text('.card-result code'),
    meaning: await text('.card-meaning'),
    action: (await item.locator('.card-action').count()) ? await text('.card-action') : '',
    sendTime: clean(await item.locator('dt:text-is("SendTime") + dd').textContent()),
    msgSeq: clean(await item.locator('dt:text-is("MsgSeq") + dd').textContent()),
  };
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
    const list = cardList(panel);
    await list.getByRole('listitem').filter({ hasText: 'leckie' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'peter' }).waitFor();
  },

  'a pasted response is explained per message, the message not imported first': async ({ page, baseURL }) => {
    const panel = await paste(page, baseURL, PARTLY_FAILED);
    const list = cardList(panel);
    // The sender comes from the editor's validated request, which may arrive after the paste.
    await list.getByRole('listitem').filter({ hasText: 'leckie' }).waitFor();
    await list.getByRole('listitem').filter({ hasText: 'peter' }).waitFor();
    const items = list.getByRole('listitem');
    assert.equal(await items.count(), 2);

    const failed = await card(items.nth(0));
    assert.equal(failed.index, '#2');
    assert.equal(failed.sender, 'peter');
    assert.equal(failed.sendTime, '2021-05-13 08:00:21 UTC (1620892821)');
    assert.equal(failed.result, '10004');
    assert.ok(
      failed.meaning.length > 0 && /^What to do: ./.test(failed.action),
      'a failed message says what it means and what to do',
    );

    const imported = await card(items.nth(1));
    assert.equal(imported.index, '#1');
    assert.equal(imported.sender, 'leckie');
    assert.equal(imported.sendTime, '2021-05-12 08:28:21 UTC (1620808101)');
    assert.equal(imported.msgSeq, '1');
    assert.equal(imported.result, '0');
    assert.ok(imported.meaning.length > 0, 'a successful message says what its Result means');
    assert.notEqual(failed.meaning, imported.meaning);

    await panel.getByText('1 of 2 messages were not imported: see each message below.').waitFor();
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
    const status = await panel.locator('dl').first().textContent();
    assert.match(status ?? '', /FAIL/);
    assert.match(status ?? '', /10010/);
    const meaning = await panel.locator('dt:text-is("Meaning") + dd').textContent();
    const action = await panel.locator('dt:text-is("What to do") + dd').textContent();
    assert.ok(meaning?.trim(), 'ErrorCode has a meaning');
    assert.ok(action?.trim(), 'ErrorCode has an action');
    const items = cardList(panel).getByRole('listitem');
    await items.filter({ hasText: 'peter' }).waitFor();
    assert.match(
      (await items.filter({ hasText: 'leckie' }).textContent()) ?? '',
      /No result: the whole call failed/,
    );
  },

  'an HTML error page gets a clear message and stays visible raw': async ({ page, baseURL }) => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>';
    const panel = await paste(page, baseURL, html, { sent: false });
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /HTML page \("502 Bad Gateway"\)/);
    assert.equal(await cardList(panel).count(), 0);
    assert.equal(await panel.getByLabel('Raw response').textContent(), html);
  },
};
