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

/**
 * Shows a panel from the panel bar and waits until it has loaded: every panel but Diagnostics loads on its first
 * open (until then a placeholder region of the same name stands in its place).
 */
export async function openPanel(page, name) {
  await page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true }).click();
  await page.locator(`#panel-${name.toLowerCase()} .lazy-panel`).waitFor({ state: 'detached' });
}

export async function requestPanelText(page) {
  await openPanel(page, 'Request');
  return (await region(page, 'Request').textContent()) ?? '';
}

/** Records every long task (over 50 ms) of the page from its start. */
export async function watchLongTasks(page) {
  await page.addInitScript(() => {
    const tasks = [];
    const record = (entries) => {
      for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration });
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    // Entries arrive after their task, asynchronously: let the page settle, then take what is still queued.
    window.__longestTaskSince = (start) =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              record(observer.takeRecords());
              const since = tasks.filter((task) => task.start >= start);
              resolve(since.reduce((longest, task) => Math.max(longest, task.duration), 0));
            }, 250),
          ),
        ),
      );
  });
}

/** The seed request with its second message sent before the first: the sandbox refuses that one alone. */
export const OUT_OF_ORDER = JSON.stringify(
  {
    GroupId: '@TGS#2C5SZEAEF',
    MsgList: [
      {
        From_Account: 'leckie',
        SendTime: 1620808101,
        Random: 8912345,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'first, in time' } }],
      },
      {
        From_Account: 'peter',
        SendTime: 1620808001,
        Random: 2784275388,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'second, but earlier' } }],
      },
    ],
  },
  null,
  2,
);

/**
 * Replaces the editor's document through the clipboard (a paste: one undo step), then waits until the editor
 * shows `shows` (by default a phrase of OUT_OF_ORDER).
 */
export async function replaceDocument(page, text, shows = 'second, but earlier') {
  await page
    .context()
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await page.locator('.monaco-editor .view-lines').getByText(shows).first().waitFor();
}
