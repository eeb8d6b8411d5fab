// The Batch view in the built app: load a small export file, run it against the sandbox, reload in the middle,
// load the same file again, resume from the progress saved in IndexedDB, and download the report.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatViolations, seriousViolations } from './axe.mjs';
import { openPanel, watchLongTasks } from './page.mjs';

const T0 = 1650000000;
const GROUPS = 2;
const PER_GROUP = 28; // 4 calls of 7 per group

function exportFile() {
  const messages = [];
  for (let k = 0; k < PER_GROUP; k++)
    for (let g = 0; g < GROUPS; g++)
      messages.push({
        GroupId: `e2e-batch-${g}`,
        From_Account: `user${k % 3}`,
        SendTime: T0 + k * 10,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `group ${g}, message ${k}` } }],
      });
  return { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(messages)) };
}

async function loadExport(panel) {
  await panel.getByLabel('Export file', { exact: true }).setInputFiles(exportFile());
  await panel.getByText(`Loaded export.json: ${GROUPS * PER_GROUP} messages.`).waitFor();
}

const settled = async (panel) =>
  Number(/(\d+) of \d+ messages settled/.exec((await panel.textContent()) ?? '')?.[1] ?? 0);

export const tests = {
  'a batch runs against the sandbox, survives a reload and its report downloads': async ({
    page,
    baseURL,
    requests,
  }) => {
    await page.goto(baseURL, { waitUntil: 'load' });
    assert.equal(requests.filter((r) => /Batch|batch/.test(r.url)).length, 0, 'nothing of it at start-up');
    await openPanel(page, 'Batch');
    const panel = page.getByRole('region', { name: 'Batch', exact: true });
    await loadExport(panel);
    const figures = panel.getByLabel('The plan at a glance');
    assert.match((await figures.textContent()) ?? '', /Calls\s*8/);
    assert.match((await panel.textContent()) ?? '', /Target: the sandbox in this page/);

    // Slowly (2 calls/s, one group at a time), so the reload lands in the middle.
    const rate = panel.getByLabel('Calls per second (1 to 200)');
    await rate.fill('2');
    await rate.press('Tab');
    const concurrency = panel.getByLabel('Groups at once (1 to 64)');
    await concurrency.fill('1');
    await concurrency.press('Tab');
    await panel.getByRole('button', { name: 'Start', exact: true }).click();
    await panel.getByRole('button', { name: 'Pause' }).waitFor();
    await page.waitForFunction(() =>
      /(?:[7-9]|\d\d) of 56 messages settled/.test(document.querySelector('#panel-batch')?.textContent ?? ''),
    );
    const before = await settled(panel);
    assert.ok(before >= 7 && before < 56, `in the middle: ${before}`);

    await page.reload({ waitUntil: 'load' });
    await openPanel(page, 'Batch');
    await loadExport(panel);
    const saved = await panel
      .getByText(/Saved progress of this plan: \d+ of 56 messages settled/)
      .textContent();
    const savedDone = Number(/: (\d+) of/.exec(saved ?? '')?.[1]);
    assert.ok(savedDone >= before, `the saved progress (${savedDone}) has what was shown (${before})`);

    await panel.getByLabel('Calls per second (1 to 200)').fill('200');
    await panel.getByLabel('Calls per second (1 to 200)').press('Tab');
    await panel.getByRole('button', { name: 'Resume' }).click();
    await panel.getByRole('status').filter({ hasText: 'Done: every planned message is settled.' }).waitFor();
    assert.equal(await settled(panel), 56);
    await panel
      .getByRole('table', { name: 'Results by code' })
      .getByRole('rowheader', { name: '0' })
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download the report (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^report-.*\.csv$/);
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    const rows = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    assert.equal(
      rows[0],
      'index,SourceId,GroupId,From_Account,SendTime,Random,MsgSeq,Result,status,rule,explanation',
    );
    assert.equal(rows.length, 57);
    assert.ok(
      rows.slice(1).every((row) => /,0,imported,/.test(row)),
      'every message imported, with Result 0',
    );
    assert.ok(!/usersig|eJw/i.test(rows.join('\n')), 'no credential in the report');

    // The sandbox holds the messages sent since the reload, once each.
    await openPanel(page, 'Sandbox');
    const sandboxGroups = page
      .getByRole('region', { name: 'Sandbox', exact: true })
      .getByRole('list', { name: 'Groups' });
    await sandboxGroups.getByRole('listitem').filter({ hasText: 'e2e-batch-1' }).waitFor();

    const violations = await seriousViolations(page, { include: '#panel-batch' });
    assert.equal(violations.length, 0, formatViolations(violations));
  },

  'a 30 MB export loads and plans in the worker with progress; the page never blocks for 200 ms': async ({
    page,
    baseURL,
    setTimeout,
  }) => {
    setTimeout(120_000);
    await watchLongTasks(page);
    await page.goto(baseURL, { waitUntil: 'load' });
    await openPanel(page, 'Batch');
    const panel = page.getByRole('region', { name: 'Batch', exact: true });
    // NDJSON of 120,000 messages in 60 groups, about 30 MB.
    const lines = [];
    for (let i = 0; i < 120_000; i++)
      lines.push(
        JSON.stringify({
          GroupId: `big-${i % 60}`,
          From_Account: `user${i % 97}`,
          SendTime: T0 + i,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `message ${i} `.padEnd(160, 'x') } }],
        }),
      );
    const buffer = Buffer.from(lines.join('\n'));
    assert.ok(buffer.length > 25_000_000, `${buffer.length} bytes`);
    // From a file on disk: a buffer would be copied into the page by Playwright's own script (seconds of main
    // thread that are the harness's, not the console's).
    const dir = await mkdtemp(join(tmpdir(), 'batch-e2e-'));
    const file = join(dir, 'big.ndjson');
    await writeFile(file, buffer);
    const start = await page.evaluate(() => performance.now());
    await panel.getByLabel('Export file', { exact: true }).setInputFiles(file);
    await panel.getByText('Loaded big.ndjson: 120,000 messages.').waitFor({ timeout: 100_000 });
    const longest = await page.evaluate((since) => window.__longestTaskSince(since), start);
    console.log(`    30 MB load: longest main-thread task ${Math.round(longest)} ms`);
    assert.ok(longest < 200, `the longest task while loading was ${Math.round(longest)} ms`);
    assert.match((await panel.getByLabel('The plan at a glance').textContent()) ?? '', /Calls\s*17,160/);
    await rm(dir, { recursive: true, force: true });
  },
};
