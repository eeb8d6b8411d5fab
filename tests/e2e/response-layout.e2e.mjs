// The Response panel's result per message reads where it stands: no sideways scrolling at a laptop's width or a
// phone's, each message's Result, meaning and what to do inside the view, the messages not imported first.
import assert from 'node:assert/strict';
import { formatViolations, seriousViolations } from './axe.mjs';
import { openPanel, send } from './page.mjs';

// The seed request in the editor has two messages (leckie, peter); the answer fails the second.
const PARTLY_FAILED = JSON.stringify({
  ActionStatus: 'OK',
  ErrorInfo: '',
  ErrorCode: 0,
  ImportMsgResult: [
    { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
    { MsgSeq: 0, MsgTime: 1620892821, Result: 80002 },
  ],
});

/** Every box that could scroll sideways around the results, with its widths. */
function overflowReport() {
  const boxes = {
    document: document.scrollingElement,
    panels: document.querySelector('.panels'),
    'response panel': document.querySelector('#panel-response > section'),
    'result list': document.querySelector('[aria-label="Result per message"], ol.cards'),
  };
  for (const [i, card] of [...document.querySelectorAll('ol.cards > li')].entries())
    boxes[`card ${i + 1}`] = card;
  const out = {};
  for (const [name, element] of Object.entries(boxes)) {
    if (!element) {
      out[name] = null;
      continue;
    }
    const rect = element.getBoundingClientRect();
    out[name] = {
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      left: Math.round(rect.left),
      right: Math.round(rect.right),
    };
  }
  out.viewport = window.innerWidth;
  return out;
}

async function checkAt(page, baseURL, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(baseURL, { waitUntil: 'load' });
  // A response is explained against the request sent: send the seed (to the sandbox), then paste another answer.
  await send(page);
  await openPanel(page, 'Response');
  const panel = page.getByRole('region', { name: 'Response', exact: true });
  await panel.getByRole('textbox', { name: 'Response JSON' }).fill(PARTLY_FAILED);
  const list = panel.getByRole('list', { name: 'Result per message' });
  await list.getByRole('listitem').filter({ hasText: 'peter' }).waitFor();
  await list.getByRole('listitem').filter({ hasText: 'leckie' }).waitFor();
  await list.scrollIntoViewIfNeeded();

  // The message not imported comes first.
  const names = await list.getByRole('listitem').evaluateAll((items) => items.map((li) => li.ariaLabel));
  assert.deepEqual(names, ['Message #2: Not imported', 'Message #1: Imported'], `${width} px: order`);
  const first = list.getByRole('listitem').first();
  assert.match((await first.textContent()) ?? '', /Result 80002/);
  assert.match((await first.textContent()) ?? '', /What to do:/);

  const report = await page.evaluate(overflowReport);
  for (const [name, box] of Object.entries(report)) {
    if (name === 'viewport') continue;
    assert.ok(box, `${width} px: ${name} is on the page`);
    assert.ok(
      box.scrollWidth <= box.clientWidth,
      `${width} px: ${name} scrolls sideways (${box.scrollWidth} > ${box.clientWidth}): ${JSON.stringify(report)}`,
    );
  }
  // Each card, its Result and its explanation stand inside the window.
  for (const [name, box] of Object.entries(report)) {
    if (!name.startsWith('card')) continue;
    assert.ok(box.left >= 0 && box.right <= report.viewport, `${width} px: ${name} leaves the window`);
  }
  for (const selector of ['.card-result', '.card-meaning', '.card-action']) {
    const box = await first.locator(selector).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${width} px: ${selector} is not in view`);
  }
  const violations = await seriousViolations(page, { include: '#panel-response' });
  assert.equal(violations.length, 0, `${width} px: ${formatViolations(violations)}`);
  console.log(
    `    ${width} px: result list ${report['result list'].clientWidth} px wide, no sideways scroll`,
  );
}

export const tests = {
  'the result per message needs no sideways scroll at 1280 and 390 px, failures first': async ({
    page,
    baseURL,
  }) => {
    for (const width of [1280, 390, 1440]) await checkAt(page, baseURL, width);
  },
};
