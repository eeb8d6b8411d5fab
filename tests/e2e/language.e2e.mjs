// An English browser: the console opens in English; 中文 from the header's Language select changes the page
// without a reload, and the choice is remembered across a reload (it is not a secret: localStorage).
import assert from 'node:assert/strict';

const CJK = /[\u4e00-\u9fff]/;
const lang = (page) => page.evaluate(() => document.documentElement.lang);

export const tests = {
  'an English browser opens in English; 中文 from the header is used at once and remembered': async ({
    page,
    baseURL,
  }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    const english = page.getByRole('combobox', { name: 'Language', exact: true });
    await english.waitFor();
    assert.equal(await lang(page), 'en');
    await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
    // The Chinese words are not loaded until asked for.
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.equal(before.filter((url) => /zh-CN/.test(url)).length, 0, before.join('\n'));

    await page.evaluate(() => (window.__sameDocument = 'kept'));
    await english.selectOption('zh-CN');
    await page.getByRole('combobox', { name: '语言', exact: true }).waitFor();
    await page.getByRole('button', { name: '发送', exact: true }).waitFor();
    assert.equal(await lang(page), 'zh-CN');
    assert.equal(await page.evaluate(() => window.__sameDocument), 'kept', 'no reload');
    assert.equal(await page.evaluate(() => localStorage.getItem('group-import-console.language')), 'zh-CN');

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('combobox', { name: '语言', exact: true }).waitFor();
    assert.equal(await lang(page), 'zh-CN');
    const summary = (await page.getByRole('region', { name: '诊断', exact: true }).textContent()) ?? '';
    assert.match(summary, CJK);
  },
};
