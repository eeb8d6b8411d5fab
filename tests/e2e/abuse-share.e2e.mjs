// Hostile share links opened in the built app: a link that asks for a foreign host, carries hostile strings in
// every field the page shows and a large body. The page must stay responsive (no main-thread task of the
// console's over 200 ms from the hash change until the link is applied), keep requests going where they went
// until the user explicitly accepts the host, take the link out of the address bar, keep the replaced document
// recoverable, and, through the fixture, request nothing from another host.
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { requestPanelText, send, watchLongTasks } from './page.mjs';

const MAX_TASK_MS = 200;
const FOREIGN_HOST = 'evil.example';
const HOSTILE_TEXT = `</script><img src="https://${FOREIGN_HOST}/x.png" onerror="alert(1)">\u202e$(touch /tmp/pwned)\`id\`'"`;

/** A share hash as the console writes it: deflate-raw, base64url, after `#share=`. */
function shareHash(payload) {
  const bytes = deflateRawSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  return '#share=' + bytes.toString('base64url');
}

/** A request of `count` messages whose texts and senders are hostile strings (valid JSON, ascending times). */
function hostileBody(count) {
  const messages = Array.from({ length: count }, (_, i) => ({
    From_Account: `user_${i % 40}`,
    SendTime: 1620808101 + i,
    Random: i + 1,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `${i} ${HOSTILE_TEXT}` } }],
  }));
  return JSON.stringify({ GroupId: `@TGS#2C5SZEAEF${HOSTILE_TEXT}`, MsgList: messages }, null, 2);
}

const hostilePayload = (body) => ({
  v: 1,
  body,
  regionId: 'sgp',
  hostChoice: 'custom',
  customHost: FOREIGN_HOST,
  // The sandbox answers whatever the host: Send then sends nothing out of the page, whichever host is in use.
  target: 'sandbox',
  context: { groupType: 'Public', ['__proto__']: { polluted: true } },
  ['__proto__']: { polluted: true },
});

/** Opens the app, lets start-up finish, and types a document of the user's own that the link will replace. */
async function openWithOwnDocument(page, baseURL) {
  await watchLongTasks(page);
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
  const own = '{"GroupId": "my-own-group", "MsgList": []}';
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), own);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  // Saved a moment after typing stops: the link then replaces a document of the user's own.
  await page.waitForFunction((text) => Object.values(localStorage).includes(text), own, { timeout: 5000 });
  await page.waitForLoadState('networkidle');
  return own;
}

async function editorText(page) {
  return page.evaluate(() => document.querySelector('.monaco-editor .view-lines')?.textContent ?? '');
}

export const tests = {
  'a hostile share link is applied without a long task and holds its foreign host until accepted': async ({
    page,
    baseURL,
    requests,
    setTimeout,
  }) => {
    setTimeout(90_000);
    await openWithOwnDocument(page, baseURL);
    const hash = shareHash(hostilePayload(hostileBody(300)));
    const since = await page.evaluate((value) => {
      const start = performance.now();
      location.hash = value;
      return start;
    }, hash);
    const prompt = page.getByRole('alertdialog', { name: "Use the shared link's host?" });
    await prompt.waitFor({ timeout: 20_000 });
    const longest = await page.evaluate((start) => window.__longestTaskSince(start), since);
    console.log(
      `    a ${hash.length.toLocaleString('en-US')}-character link: longest task ${longest.toFixed(0)} ms`,
    );
    assert.ok(longest <= MAX_TASK_MS, `a ${longest.toFixed(0)} ms task blocked the page`);

    // Applied once, then gone from the address bar: a reload cannot apply it again.
    assert.equal(await page.evaluate(() => location.hash), '');
    assert.equal(await page.evaluate(() => Object.prototype.polluted), undefined);
    assert.match((await prompt.textContent()) ?? '', new RegExp(FOREIGN_HOST.replace('.', '\\.')));

    // Until the user says yes, requests go to the host they chose, never the link's.
    await send(page);
    const built = await requestPanelText(page);
    const linkUrl = `https://${FOREIGN_HOST}/v4/`;
    assert.ok(!built.includes(linkUrl), 'the request was built for the link host before it was accepted');
    assert.match(built, /adminapisgp\.im\.qcloud\.com|console\.tim\.qq\.com/);

    await prompt.getByRole('button', { name: 'Keep my host' }).click();
    await prompt.waitFor({ state: 'detached' });
    await send(page);
    assert.ok(!(await requestPanelText(page)).includes(linkUrl));

    // Hostile strings are shown as text: no element of theirs exists, nothing loads from another host.
    await page.waitForLoadState('networkidle');
    assert.equal(
      await page.locator(`img[src*="${FOREIGN_HOST}"], script[src*="${FOREIGN_HOST}"]`).count(),
      0,
    );
    assert.deepEqual(
      requests.filter((request) => request.external),
      [],
    );
  },

  'accepting the link host is an explicit choice, and the replaced document comes back': async ({
    page,
    baseURL,
  }) => {
    const own = await openWithOwnDocument(page, baseURL);
    await page.evaluate((value) => (location.hash = value), shareHash(hostilePayload(hostileBody(7))));
    const prompt = page.getByRole('alertdialog', { name: "Use the shared link's host?" });
    await prompt.waitFor({ timeout: 20_000 });
    await prompt.getByRole('button', { name: `Use ${FOREIGN_HOST}` }).click();
    await send(page);
    assert.ok((await requestPanelText(page)).includes(`https://${FOREIGN_HOST}/v4/`));

    await page.getByRole('button', { name: 'Restore previous document' }).click();
    await page.waitForFunction(() =>
      /my-own-group/.test(document.querySelector('.monaco-editor .view-lines')?.textContent ?? ''),
    );
    assert.match(await editorText(page), /my-own-group/);
    assert.ok((await editorText(page)).replace(/\s/g, '').includes(own.replace(/\s/g, '')));
  },
};
