// Sending for real from the built app: the embedded sandbox is the default target and a first visit has its
// built-in profile, so Send on a fresh page, with nothing typed, answers as the endpoint would.
import assert from 'node:assert/strict';
import { OUT_OF_ORDER, openPanel, region, replaceDocument, send } from './page.mjs';

async function cards(page) {
  const list = region(page, 'Response').getByRole('list', { name: 'Result per message' });
  await list.waitFor();
  return list.getByRole('listitem');
}

export const tests = {
  'a fresh page sends the seed to the sandbox and shows the seed response per message': async ({
    page,
    baseURL,
    requests,
  }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    await send(page);
    await page
      .getByRole('status')
      .filter({ hasText: /^Sandbox answered HTTP 200 in \d+ ms/ })
      .waitFor();
    const items = await cards(page);
    await items.nth(1).waitFor();
    assert.equal(await items.count(), 2);
    for (const [i, seq] of [
      [0, '1'],
      [1, '2'],
    ]) {
      const text = (await items.nth(i).textContent()) ?? '';
      assert.match(text, /Imported/);
      assert.match(text, new RegExp(`MsgSeq\\s*${seq}`));
    }
    const raw = await region(page, 'Response').getByRole('textbox', { name: 'Response JSON' }).inputValue();
    assert.deepEqual(JSON.parse(raw), {
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      ImportMsgResult: [
        { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
        { MsgSeq: 2, MsgTime: 1620892821, Result: 0 },
      ],
    });
    // History records where and how it went, never the UserSig.
    await openPanel(page, 'History');
    const outcome = region(page, 'History').locator('.history-outcome').first();
    await outcome.waitFor();
    assert.match(
      ((await outcome.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
      /^Sandbox: HTTP 200, \d+ ms$/,
    );
    assert.ok(!(await page.evaluate(() => JSON.stringify(localStorage))).includes('eJyrVgrx'));
    assert.deepEqual(
      requests.filter((request) => request.external),
      [],
    );
  },

  'a message sent out of order gets 10004 alone; the Sandbox view shows what was stored': async ({
    page,
    baseURL,
  }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
    await replaceDocument(page, OUT_OF_ORDER);
    await send(page);
    const items = await cards(page);
    await items.nth(1).waitFor();
    // Failures first: peter's message, refused with 10004; leckie's imported.
    const refused = (await items.nth(0).textContent()) ?? '';
    assert.match(refused, /peter/);
    assert.match(refused, /10004/);
    assert.match(refused, /Not imported/);
    const imported = (await items.nth(1).textContent()) ?? '';
    assert.match(imported, /leckie/);
    assert.doesNotMatch(imported, /10004/);

    await openPanel(page, 'Sandbox');
    const view = page.getByRole('region', { name: 'Sandbox', exact: true });
    const group = view
      .getByRole('list', { name: 'Groups' })
      .getByRole('listitem')
      .filter({ hasText: '@TGS#2C5SZEAEF' });
    await group.getByText('Stored messages (1)').click();
    const stored = group.getByRole('list', { name: 'Stored messages of @TGS#2C5SZEAEF' });
    await stored.getByText('first, in time').waitFor();
    assert.doesNotMatch((await stored.textContent()) ?? '', /second, but earlier/);
  },

  'the Request panel follows the region and the document live, before any Send': async ({
    page,
    baseURL,
  }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
    await openPanel(page, 'Request');
    const url = region(page, 'Request').getByTestId('request-url');
    await url.filter({ hasText: 'console.tim.qq.com' }).waitFor();
    await page.getByRole('combobox', { name: 'Region' }).selectOption('ger');
    await url.filter({ hasText: 'adminapiger.im.qcloud.com' }).waitFor();
    await replaceDocument(page, OUT_OF_ORDER);
    await region(page, 'Request')
      .getByLabel('Request body')
      .filter({ hasText: 'second, but earlier' })
      .waitFor();
    assert.equal(
      await region(page, 'Request')
        .getByRole('region', { name: /Last sent/ })
        .count(),
      0,
    );
  },
};
