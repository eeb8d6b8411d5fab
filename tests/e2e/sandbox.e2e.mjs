// The Sandbox view in the built app: it loads on first open, and a group added there is listed.
import assert from 'node:assert/strict';
import { formatViolations, seriousViolations } from './axe.mjs';

export const tests = {
  'the Sandbox view opens, adds a group and lists it': async ({ page, baseURL, requests }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    const slot = page.locator('#panel-sandbox');
    const loadedBefore = requests.filter((r) => /SandboxView|sandbox/.test(r.url)).length;
    assert.equal(loadedBefore, 0, 'the sandbox is not loaded at start-up');

    await page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Sandbox' }).click();
    const view = page.getByRole('region', { name: 'Sandbox', exact: true });
    const groups = view.getByRole('list', { name: 'Groups' });
    await groups.waitFor();
    assert.ok(
      requests.some((r) => /SandboxView/.test(r.url)),
      'the view came from its own chunk',
    );
    assert.match((await groups.textContent()) ?? '', /@TGS#2C5SZEAEF/);

    const form = view.getByRole('form', { name: 'Add a group' });
    await form.getByRole('textbox', { name: 'Group ID' }).fill('e2e-group');
    await form.getByRole('combobox', { name: 'Type' }).selectOption('Work');
    await form.getByRole('button', { name: 'Add group' }).click();
    await form.getByRole('status').filter({ hasText: 'Added the group e2e-group.' }).waitFor();

    const added = groups.getByRole('listitem').filter({ hasText: 'e2e-group' });
    await added.waitFor();
    assert.equal(await added.getByRole('combobox', { name: 'Type' }).inputValue(), 'Work');
    assert.equal(await added.getByRole('textbox', { name: 'Created' }).inputValue(), '1577836800');
    assert.equal(await slot.getByRole('alert').count(), 0);

    // Its stored messages open, and the view has no serious accessibility problem.
    await added.getByText('Stored messages (0)').click();
    await added.getByText('No messages stored.').waitFor();
    const violations = await seriousViolations(page, { include: '#panel-sandbox' });
    assert.equal(violations.length, 0, formatViolations(violations));
  },
};
