// A browser set to Simplified Chinese: the console opens in Chinese (labels, diagnostics, a 10004 explanation,
// Monaco's hovers), and switching to English changes all of it without a reload, keeping the document and the
// credentials held in memory. axe finds nothing serious in either language; <html lang> follows.
import assert from 'node:assert/strict';
import { formatViolations, seriousViolations } from './axe.mjs';
import { OUT_OF_ORDER, replaceDocument } from './page.mjs';

export const contextOptions = { locale: 'zh-CN' };

const CJK = /[\u4e00-\u9fff]/;
const SIG = 'eJwtzE0LgjAYB-LANGUAGE-E2E-USERSIG-5d1c';

async function hoverText(page) {
  // Show Hover from the keyboard (Ctrl+K Ctrl+I) with the cursor inside "GroupId".
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ControlOrMeta+K');
  await page.keyboard.press('ControlOrMeta+I');
  const hover = page.locator('.monaco-hover-content').filter({ hasText: /\S/ });
  await hover.first().waitFor();
  const text = await hover.first().innerText();
  await page.keyboard.press('Escape');
  return text;
}

const lang = (page) => page.evaluate(() => document.documentElement.lang);

export const tests = {
  'a zh-CN browser opens in Chinese; English replaces every word without a reload, keeping the work': async ({
    page,
    baseURL,
  }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.locator('.monaco-editor').first().waitFor({ timeout: 20_000 });
    const chinese = page.getByRole('combobox', { name: '语言', exact: true });
    await chinese.waitFor();
    assert.equal(await lang(page), 'zh-CN');
    // The frame in Chinese: the title, Send, the panel bar.
    await page.getByRole('heading', { level: 1, name: '导入群消息控制台' }).waitFor();
    await page.getByRole('button', { name: '发送', exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: '面板' });
    for (const name of ['诊断', '请求', '应答', '参考', '历史记录', '沙箱'])
      await nav.getByRole('button', { name, exact: true }).waitFor();

    await replaceDocument(page, OUT_OF_ORDER);
    // A finding in Chinese, with the code the server would answer.
    const diagnostics = page.getByRole('region', { name: '诊断', exact: true });
    await diagnostics.getByText('服务端将返回 10004').first().waitFor();
    const finding = (await diagnostics.locator('.diagnostics .text').first().textContent()) ?? '';
    assert.match(finding, CJK, `the finding is said in Chinese: ${finding}`);

    // Sent to the sandbox: peter's message refused with 10004, explained in Chinese.
    const before = Number(await page.locator('#panel-request').getAttribute('data-send-count'));
    await page.getByRole('button', { name: '发送', exact: true }).click();
    await page.waitForFunction(
      (count) => Number(document.querySelector('#panel-request')?.getAttribute('data-send-count')) > count,
      before,
    );
    const cards = page
      .getByRole('region', { name: '应答', exact: true })
      .getByRole('list', { name: '每条消息的结果' });
    const refused = cards.getByRole('listitem', { name: /未导入/ }).first();
    await refused.waitFor();
    const refusedText = (await refused.textContent()) ?? '';
    assert.match(refusedText, /10004/);
    assert.match(refusedText.replace(/10004|peter|Result|MsgSeq|MsgTime/g, ''), CJK);

    // A hover on "GroupId" documents it in Chinese.
    assert.match(await hoverText(page), CJK);

    // Credentials held in memory (a new profile's UserSig, not remembered).
    await page.getByRole('button', { name: '凭据', exact: true }).click();
    const editor = page.getByRole('region', { name: '凭据', exact: true });
    await editor.getByRole('button', { name: '添加配置', exact: true }).click();
    await editor.getByLabel('UserSig', { exact: true }).fill(SIG);
    const documentBefore = await page.locator('.monaco-editor .view-lines').innerText();

    const zhViolations = await seriousViolations(page);
    assert.deepEqual(zhViolations, [], formatViolations(zhViolations));

    await page.evaluate(() => (window.__sameDocument = 'kept'));
    await chinese.selectOption('en');
    await page.getByRole('combobox', { name: 'Language', exact: true }).waitFor();
    assert.equal(await lang(page), 'en');
    assert.equal(await page.evaluate(() => window.__sameDocument), 'kept', 'no reload');
    // Everything in English now, nothing lost.
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    const navEn = page.getByRole('navigation', { name: 'Panels' });
    for (const name of ['Diagnostics', 'Request', 'Response', 'Reference', 'History', 'Sandbox'])
      await navEn.getByRole('button', { name, exact: true }).waitFor();
    const diagnosticsEn = page.getByRole('region', { name: 'Diagnostics', exact: true });
    await diagnosticsEn.getByText('server would answer 10004').first().waitFor();
    const findingEn = (await diagnosticsEn.locator('.diagnostics .text').first().textContent()) ?? '';
    assert.doesNotMatch(findingEn, CJK, `the finding is said in English: ${findingEn}`);
    const refusedEn = page
      .getByRole('region', { name: 'Response', exact: true })
      .getByRole('list', { name: 'Result per message' })
      .getByRole('listitem', { name: /Not imported/ })
      .first();
    assert.doesNotMatch((await refusedEn.textContent()) ?? '', CJK);
    assert.doesNotMatch(await hoverText(page), CJK);
    assert.equal(
      await page.locator('.monaco-editor .view-lines').innerText(),
      documentBefore,
      'the document is kept',
    );
    const credentialsEn = page.getByRole('region', { name: 'Credentials', exact: true });
    if (!(await credentialsEn.isVisible()))
      await page.getByRole('button', { name: 'Credentials', exact: true }).click();
    assert.equal(
      await credentialsEn.getByLabel('UserSig', { exact: true }).inputValue(),
      SIG,
      'credentials kept',
    );

    const enViolations = await seriousViolations(page);
    assert.deepEqual(enViolations, [], formatViolations(enViolations));
  },
};
