// End-to-end tests of the console's shell: header selectors, credentials, share links, history, theme,
// shortcut sheet, layout, accessibility and the Content-Security-Policy, in the built app.
import assert from 'node:assert/strict';
import { formatViolations, seriousViolations } from './axe.mjs';
import { openPanel, region, requestPanelText, send } from './page.mjs';

const SECRET_SIG = 'eJwtzE0LgjAYB-SECRET-E2E-USERSIG-7f3a';
const APP_ID = '1400424242';
const ADMIN = 'e2e_admin_account';

/** Records CSP violations from the very start of the page. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber}:${event.columnNumber})`,
      );
    });
  });
}

async function openApp(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('combobox', { name: 'Region' }).waitFor();
}

async function waitForMonaco(page) {
  await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
}

async function fillCredentials(page) {
  await page.getByRole('button', { name: 'Credentials', exact: true }).click();
  const editor = region(page, 'Credentials');
  await editor.getByLabel('SDKAppID').fill(APP_ID);
  await editor.getByLabel('Admin identifier').fill(ADMIN);
  await editor.getByLabel('UserSig', { exact: true }).fill(SECRET_SIG);
  return editor;
}

async function storageDump(page) {
  return page.evaluate(() => {
    const dump = (storage) =>
      Object.keys(storage)
        .map((key) => `${key}=${storage.getItem(key)}`)
        .join('\n');
    return { local: dump(localStorage), session: dump(sessionStorage), url: location.href };
  });
}

export const tests = {
  'changing region changes the URL in the Request panel': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    const select = page.getByRole('combobox', { name: 'Region' });
    await select.selectOption('sgp');
    await send(page);
    assert.match(
      await requestPanelText(page),
      /https:\/\/adminapisgp\.im\.qcloud\.com\/v4\/group_open_http_svc\/import_group_msg/,
    );
    await select.selectOption('ger|backup');
    await send(page);
    const text = await requestPanelText(page);
    assert.match(text, /https:\/\/adminapiger\.my-imcloud\.com\//);
    assert.doesNotMatch(text, /adminapisgp/);
  },

  'an invalid custom host says why and builds nothing': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('custom');
    const input = page.getByRole('textbox', { name: 'Custom host' });
    await input.fill('http://relay.example.com');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    await page.getByText(/over https only/).waitFor();
    await send(page);
    await page.getByRole('status').filter({ hasText: 'Nothing was built' }).waitFor();
    assert.match(await requestPanelText(page), /No request can be built now: the custom host is not valid/);
    await input.fill('relay.example.com:8443');
    await send(page);
    assert.match(await requestPanelText(page), /https:\/\/relay\.example\.com:8443\/v4\//);
  },

  'a share link round-trips the body and settings, without credentials': async ({
    page,
    context,
    baseURL,
  }) => {
    await openApp(page, baseURL);
    await waitForMonaco(page);
    await fillCredentials(page);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('combobox', { name: 'Region' }).selectOption('kr|backup');
    await page.getByRole('combobox', { name: 'Group type' }).selectOption('Public');
    await page.getByRole('button', { name: 'Append next message' }).click();
    await send(page); // to the sandbox: nothing leaves the page
    // The target travels with the link too (chosen after the send: the relay has no API host to reach here).
    await page.getByRole('combobox', { name: 'Target' }).selectOption('relay');
    const body = await region(page, 'Request').getByLabel('Request body').textContent();
    assert.match(body ?? '', /"peter"[\s\S]*"peter"/, 'the appended message is in the body');

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    assert.match(link, /#share=[A-Za-z0-9_-]+$/);
    for (const secret of [SECRET_SIG, APP_ID, ADMIN])
      assert.ok(!link.includes(secret), `link carries ${secret}`);

    const other = await context.newPage();
    await openApp(other, link);
    await other.getByRole('status').filter({ hasText: 'Opened the shared request' }).waitFor();
    assert.equal(await other.getByRole('combobox', { name: 'Region' }).inputValue(), 'kr|backup');
    assert.equal(await other.getByRole('combobox', { name: 'Target' }).inputValue(), 'relay');
    assert.equal(await other.getByRole('combobox', { name: 'Group type' }).inputValue(), 'Public');
    await other.getByRole('combobox', { name: 'Target' }).selectOption('sandbox');
    await send(other);
    assert.equal(await region(other, 'Request').getByLabel('Request body').textContent(), body);
    const url = await region(other, 'Request').textContent();
    assert.match(url ?? '', /adminapikr\.my-imcloud\.com/);
  },

  'a damaged share link shows a message and the default document': async ({ page, baseURL }) => {
    await openApp(page, `${baseURL}#share=AAECAwQFBgcICQ`);
    await page
      .getByRole('status')
      .filter({ hasText: /damaged.*default document/ })
      .waitFor();
    await send(page);
    assert.match(await requestPanelText(page), /@TGS#/, 'the seed document is still there');
  },

  'no secret in the URL or storage unless "remember" is ticked': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    const editor = await fillCredentials(page);
    await send(page);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    let dump = await storageDump(page);
    for (const [where, text] of Object.entries(dump)) {
      // No credential field at all: the history entry's URL is kept without sdkappid and identifier too.
      for (const secret of [SECRET_SIG, APP_ID, ADMIN])
        assert.ok(!text.includes(secret), `${secret} in ${where} without "remember"`);
    }
    assert.match(dump.local, /history/, 'the history was stored (without credentials)');
    assert.match(dump.local, /import_group_msg\?random=\d+&contenttype=json/);
    assert.doesNotMatch(await region(page, 'History').textContent(), new RegExp(`${APP_ID}|${ADMIN}`));

    await editor.getByRole('checkbox', { name: /Remember on this device/ }).check();
    dump = await storageDump(page);
    assert.ok(dump.session.includes(SECRET_SIG), 'remembered in sessionStorage');
    assert.ok(!dump.local.includes(SECRET_SIG), 'not in localStorage before the second choice');
    assert.ok(!dump.url.includes(SECRET_SIG));

    await editor.getByRole('checkbox', { name: /keep after the browser closes/ }).check();
    dump = await storageDump(page);
    assert.ok(dump.local.includes(SECRET_SIG), 'kept in localStorage after the second choice');
    assert.ok(!dump.session.includes(SECRET_SIG), 'only one copy');

    await page.reload();
    await page.getByRole('combobox', { name: 'Region' }).waitFor();
    await send(page);
    assert.match(await requestPanelText(page), new RegExp(APP_ID), 'the remembered profile came back');

    dump = await storageDump(page);
    assert.ok(dump.local.includes(`sdkappid=${APP_ID}`), 'remembered: history may keep the SDKAppID');

    await page.getByRole('button', { name: 'Credentials', exact: true }).click();
    await region(page, 'Credentials')
      .getByRole('checkbox', { name: /Remember on this device/ })
      .uncheck();
    dump = await storageDump(page);
    for (const [where, text] of Object.entries(dump)) {
      for (const secret of [SECRET_SIG, APP_ID, ADMIN])
        assert.ok(!text.includes(secret), `${secret} left in ${where} after unticking`);
    }
  },

  'the UserSig is masked until revealed': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    const editor = await fillCredentials(page);
    const field = editor.getByLabel('UserSig', { exact: true });
    assert.equal(await field.getAttribute('type'), 'password');
    await editor.getByRole('button', { name: 'Show UserSig' }).click();
    assert.equal(await field.getAttribute('type'), 'text');
    await editor.getByRole('button', { name: 'Hide UserSig' }).click();
    assert.equal(await field.getAttribute('type'), 'password');
  },

  'history keeps built requests and reopens them': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    await page.getByRole('combobox', { name: 'Region' }).selectOption('ind');
    await send(page);
    await openPanel(page, 'History');
    const history = region(page, 'History');
    await history
      .getByRole('button', { name: /^Open the request of/ })
      .first()
      .waitFor();
    assert.match((await history.textContent()) ?? '', /adminapiind\.im\.qcloud\.com/);
    await page.reload();
    await page.getByRole('combobox', { name: 'Region' }).selectOption('sgp');
    await openPanel(page, 'History');
    await region(page, 'History')
      .getByRole('button', { name: /^Open the request of/ })
      .first()
      .click();
    assert.equal(await page.getByRole('combobox', { name: 'Region' }).inputValue(), 'ind');
    await region(page, 'History').getByRole('button', { name: 'Clear history' }).click();
    await region(page, 'History').getByText('No request built yet.').waitFor();
    assert.ok(!(await storageDump(page)).local.includes('adminapiind'));
  },

  'the page is usable before Monaco arrives': async ({ page, baseURL }) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    let heldEditor = false;
    await page.route(/\/assets\/editor-[^/]+\.js$/, async (route) => {
      heldEditor = true;
      await held;
      await route.continue();
    });
    await openApp(page, baseURL);
    for (const name of ['Diagnostics', 'Request', 'Response', 'Reference', 'Request editor']) {
      await region(page, name).waitFor();
    }
    await page.getByRole('combobox', { name: 'Region' }).selectOption('usa');
    await send(page);
    assert.match(await requestPanelText(page), /adminapiusa\.im\.qcloud\.com/);
    assert.ok(heldEditor, 'the editor chunk was requested and held');
    assert.equal(await page.locator('.monaco-editor').count(), 0, 'Monaco had not arrived');
    release();
    await waitForMonaco(page);
  },

  'the shortcut sheet opens on ? and not while typing': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: 'Region' }).selectOption('custom');
    await page.getByRole('textbox', { name: 'Custom host' }).press('?');
    assert.equal(await sheet.count(), 0, 'typing ? in a field opened the sheet');
  },

  'theme switch applies light and dark': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.selectOption('dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await theme.selectOption('light');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.notEqual(darkBg, lightBg);
    await page.emulateMedia({ colorScheme: 'dark' });
    await theme.selectOption('system');
    // The page applies the theme in an effect after the change: wait for it instead of reading once.
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark', null, {
      timeout: 5000,
    });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  },

  'nothing overlaps at 768 px and the layout is side by side at 1024 px': async ({ page, baseURL }) => {
    const box = async (name) => region(page, name).boundingBox();
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, baseURL);
    const [editorWide, diagnosticsWide] = [await box('Request editor'), await box('Diagnostics')];
    assert.ok(diagnosticsWide.x >= editorWide.x + editorWide.width, 'panels beside the editor at 1024 px');

    await page.setViewportSize({ width: 768, height: 900 });
    const [editor, diagnostics] = [await box('Request editor'), await box('Diagnostics')];
    assert.ok(diagnostics.y >= editor.y + editor.height, 'panels below the editor at 768 px');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 768, `page scrolls sideways (${scrollWidth} px)`);
    const controls = await page.locator('.app-header select, .app-header button').all();
    const boxes = (await Promise.all(controls.map((c) => c.boundingBox()))).filter(Boolean);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        assert.ok(!overlap, `header controls ${i} and ${j} overlap`);
      }
    }
  },

  'the Content-Security-Policy blocks nothing the app needs': async ({ page, baseURL }) => {
    await watchCsp(page);
    await openApp(page, baseURL);
    await waitForMonaco(page);
    await send(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  },

  'axe finds no serious or critical violation, in both themes and with the overlays open': async ({
    page,
    baseURL,
  }) => {
    await openApp(page, baseURL);
    await waitForMonaco(page);
    const check = async (what) => {
      const violations = await seriousViolations(page);
      assert.equal(violations.length, 0, `${what}:\n${formatViolations(violations)}`);
    };
    await check('light theme');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await check('dark theme');
    await fillCredentials(page);
    await send(page);
    await check('credentials open, request built');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await check('shortcut sheet open');
  },
};
