// Smoke tests of the built app served under a sub-path (see run.mjs).
import assert from 'node:assert/strict';
import { formatViolations, seriousViolations } from './axe.mjs';

const PRODUCT_NAME = 'Group Import Console';

async function openApp(page, baseURL) {
  const response = await page.goto(baseURL, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `GET ${baseURL} answered ${response?.status()}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

export const tests = {
  'shows the product heading and title': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    const heading = page.getByRole('heading', { level: 1 });
    assert.equal((await heading.textContent())?.trim(), PRODUCT_NAME);
    assert.equal(await page.title(), PRODUCT_NAME);
  },

  'loads every asset from its own sub-path and no other host': async ({ page, baseURL, requests }) => {
    await openApp(page, baseURL);
    await page.waitForLoadState('networkidle');
    const external = requests.filter((request) => request.external);
    assert.deepEqual(external, [], 'requests to other hosts');
    const scripts = requests.filter((request) => request.resourceType === 'script');
    assert.ok(scripts.length > 0, 'the page loaded no script');
    for (const request of [...scripts, ...requests.filter((r) => r.resourceType === 'stylesheet')]) {
      assert.ok(request.url.startsWith(baseURL), `${request.url} is outside ${baseURL}`);
    }
  },

  'logs no console error and throws no page error': async ({ page, baseURL, consoleErrors }) => {
    await openApp(page, baseURL);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(consoleErrors, []);
  },

  'has no serious or critical accessibility violation': async ({ page, baseURL }) => {
    await openApp(page, baseURL);
    const violations = await seriousViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));
  },
};
