// The UserSig tools in the built app: a UserSig generated in the page is the one Tencent's official library makes
// (checked here in Node), the SecretKey never leaves the page's memory, and an expired UserSig in a profile is
// reported (70001) before anything is sent. Everything is sent to the embedded sandbox only.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import tlsSigApi from 'tls-sig-api-v2';
import { formatViolations, seriousViolations } from './axe.mjs';
import { openPanel, region, send } from './page.mjs';

const { Api } = tlsSigApi;

/** The JSON inside a UserSig, read with Node's zlib. */
function userSigJson(sig) {
  const base64 = sig.replaceAll('*', '+').replaceAll('-', '/').replaceAll('_', '=');
  return JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString('utf8'));
}

/** What the official library makes for these fields at `time` (it reads the clock). */
function officialUserSig(sdkAppId, secretKey, identifier, expire, time) {
  const now = Date.now;
  Date.now = () => time * 1000;
  try {
    return new Api(sdkAppId, secretKey).genUserSig(identifier, expire);
  } finally {
    Date.now = now;
  }
}

async function openCredentials(page) {
  await page.getByRole('button', { name: 'Credentials', exact: true }).click();
  const editor = page.getByRole('region', { name: 'Credentials', exact: true });
  await editor.getByLabel('UserSig', { exact: true }).waitFor();
  return editor;
}

/** Every place the page could have put a secret, as one text. */
async function everywhere(page) {
  return page.evaluate(() =>
    JSON.stringify({
      url: location.href,
      local: { ...localStorage },
      session: { ...sessionStorage },
      history: history.state,
      fields: [...document.querySelectorAll('input, textarea')].map((field) => field.value),
      html: document.documentElement.outerHTML,
    }),
  );
}

export const tests = {
  'a UserSig generated in the page is the official library’s; the SecretKey goes nowhere': async ({
    page,
    baseURL,
    requests,
  }) => {
    // A key made for this run, so finding it anywhere is a leak and not a coincidence.
    const secretKey = randomBytes(32).toString('hex');
    const seen = [];
    page.on('request', (request) => seen.push(`${request.url()}\n${request.postData() ?? ''}`));
    page.on('console', (message) => seen.push(message.text()));
    page.on('framenavigated', (frame) => seen.push(frame.url()));

    await page.goto(baseURL, { waitUntil: 'load' });
    // Remembered credentials: the profile (with the UserSig made) goes to sessionStorage; the key must not.
    const editor = await openCredentials(page);
    await editor.getByLabel('Remember on this device').check();
    await editor.getByRole('button', { name: 'Close' }).click();

    await openPanel(page, 'UserSig');
    const tools = region(page, 'UserSig');
    await tools.getByLabel('Decoded UserSig').waitFor();
    await tools.getByRole('button', { name: 'Generate a UserSig…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate a UserSig' });
    assert.match((await dialog.textContent()) ?? '', /For test apps only\./);
    assert.equal(await dialog.getByLabel('SDKAppID').inputValue(), '1400000000');
    assert.equal(await dialog.getByLabel('Identifier (UserID)').inputValue(), 'administrator');
    await dialog.getByLabel('SecretKey').fill(secretKey);
    await dialog.getByRole('combobox', { name: /^Validity/ }).selectOption({ label: '7 days' });
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    const userSig = await dialog.getByLabel('Generated UserSig').inputValue();
    const violations = await seriousViolations(page, { include: '#panel-usersig' });
    assert.equal(violations.length, 0, formatViolations(violations));

    // Tencent's library, given the same fields and key, signs the same: same JSON, same TLS.sig.
    const fields = userSigJson(userSig);
    assert.equal(fields['TLS.identifier'], 'administrator');
    assert.equal(fields['TLS.sdkappid'], 1400000000);
    assert.equal(fields['TLS.expire'], 7 * 86400);
    assert.ok(Math.abs(fields['TLS.time'] - Date.now() / 1000) < 120, 'issued now');
    const official = officialUserSig(1400000000, secretKey, 'administrator', 7 * 86400, fields['TLS.time']);
    assert.deepEqual(fields, userSigJson(official));
    assert.notDeepEqual(
      userSigJson(
        officialUserSig(1400000000, `${secretKey}x`, 'administrator', 7 * 86400, fields['TLS.time']),
      ),
      fields,
    );

    await dialog.getByRole('button', { name: 'Use in profile “Sandbox”' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved in the profile “Sandbox”.' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Verify: the pasted key checks the profile's (new) UserSig, and the field is emptied.
    const verify = tools.getByRole('region', { name: 'Verify the signature' });
    await verify.getByLabel('SecretKey').fill(secretKey);
    await verify.getByRole('button', { name: 'Verify' }).click();
    await verify.getByText('The signature is valid').waitFor();
    assert.equal(await verify.getByLabel('SecretKey').inputValue(), '');

    // Sent to the sandbox with the new UserSig: accepted. Then history and a share link.
    await send(page);
    await page
      .getByRole('status')
      .filter({ hasText: /^Sandbox answered HTTP 200/ })
      .waitFor();
    const answer = JSON.parse(
      await region(page, 'Response').getByRole('textbox', { name: 'Response JSON' }).inputValue(),
    );
    assert.equal(answer.ErrorCode, 0);
    await openPanel(page, 'History');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const shareLink = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    assert.match(shareLink, /#share=/);

    const places = await everywhere(page);
    assert.ok(places.includes(userSig), 'the profile (remembered) holds the UserSig made');
    for (const [what, text] of [
      ['storage, URL, history state, fields, page', places],
      ['share link', shareLink],
      ['requests, console, navigations', seen.join('\n')],
      ['requests (fixture)', JSON.stringify(requests)],
    ]) {
      assert.ok(!text.includes(secretKey), `the SecretKey is in the ${what}`);
    }
    assert.deepEqual(
      requests.filter((request) => request.external),
      [],
    );
  },

  'an expired UserSig in the profile shows 70001 before sending; the sandbox answers 70001': async ({
    page,
    baseURL,
  }) => {
    // Made by the official library in 2023, valid for a minute.
    const expired = officialUserSig(
      1400000000,
      randomBytes(16).toString('hex'),
      'administrator',
      60,
      1700000000,
    );
    await page.goto(baseURL, { waitUntil: 'load' });
    const editor = await openCredentials(page);
    await editor.getByLabel('UserSig', { exact: true }).fill(expired);
    await editor.getByRole('button', { name: 'Close' }).click();

    const checks = region(page, 'Diagnostics').getByRole('group', {
      name: 'Problems with the UserSig of the profile in use',
    });
    await checks.waitFor();
    const text = (await checks.textContent()) ?? '';
    assert.match(text, /The UserSig expired \d+ years? ago/);
    assert.match(text, /server would answer 70001/);
    assert.equal(Number(await page.locator('#panel-request').getAttribute('data-send-count')), 0);

    await send(page);
    const note = region(page, 'Response').getByRole('region', { name: 'The UserSig sent' });
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /It expired \d+ years? ago/);
    const answer = JSON.parse(
      await region(page, 'Response').getByRole('textbox', { name: 'Response JSON' }).inputValue(),
    );
    assert.equal(answer.ErrorCode, 70001);
  },
};
