// Helpers shared by the e2e tests that drive the console's page.

export function region(page, name) {
  return page.getByRole('region', { name, exact: true });
}

/** Send presses the page has finished handling (built or refused), from the Request panel's slot. */
export async function sendCount(page) {
  return Number(await page.locator('#panel-request').getAttribute('data-send-count'));
}

/**
 * Waits until the page has handled one more Send than `before`: Send waits for the validation of the current
 * text, so the Request panel must never be read right after the click.
 */
export async function waitForSend(page, before) {
  await page.waitForFunction(
    (count) => Number(document.querySelector('#panel-request')?.getAttribute('data-send-count')) > count,
    before,
  );
}

/** Clicks Send and waits until the page has built the request (or said why it did not). */
export async function send(page) {
  const before = await sendCount(page);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForSend(page, before);
}

export async function requestPanelText(page) {
  return (await region(page, 'Request').textContent()) ?? '';
}
