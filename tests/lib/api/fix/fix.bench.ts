// @vitest-environment node
import { bench, describe } from 'vitest';
import { fixAll, fixesFor } from '../../../../src/lib/api/fix';
import { validateImportRequest } from '../../../../src/lib/api';

/*
 * fixAll on two shapes of data, each with mistakes in every message: 7 long messages (near the 8,000-byte budget)
 * and 6,500 short ones (2 MB, a group's export pasted whole). Vitest prints the mean time per run.
 * Run: npx vitest bench --run tests/lib/api/fix/fix.bench.ts
 */
const NOW = 1_700_000_000;
const context = { now: NOW, maxMessageBytes: 8000 };
const random = () => 0.5;

/** Messages in milliseconds, pairwise out of order, a Face Index in quotes, a repeated Random, comments. */
function messyRequest(count: number, textBytes: number): string {
  const base = (NOW - count * 10 - 100) * 1000;
  const items = Array.from({ length: count }, (_, i) => {
    const time = base + (i % 2 === 0 ? i + 1 : i - 1) * 10_000; // ms, and every pair swapped
    const element =
      i % 3 === 0
        ? `{ "MsgType": "TIMFaceElem", "MsgContent": { "Index": "${i % 10}", "Data": "smile" } }`
        : `{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "${'x'.repeat(textBytes)}" } }`;
    return [
      `    // message ${i + 1}`,
      '    {',
      `      "From_Account": "user${i % 50}",`,
      `      "SendTime": ${time}, // milliseconds`,
      `      "Random": ${i % 5 === 4 ? i - 1 : i},`,
      `      "MsgBody": [${element}],`,
      '    }',
    ].join('\n');
  });
  return `{\n  "GroupId": "@TGS#2C5SZEAEF",\n  "MsgList": [\n${items.join(',\n')}\n  ]\n}`;
}

const small = messyRequest(7, 7_900);
const big = messyRequest(6_500, 170);
console.log(
  `inputs: 7-message request ${(small.length / 1024).toFixed(1)} KiB; 6,500-message request ${(big.length / 1024 / 1024).toFixed(2)} MiB`,
);

function check(text: string) {
  const result = fixAll(text, context, { random });
  const errors = validateImportRequest(result.text, context).diagnostics.filter(
    (d) => d.severity === 'error',
  );
  if (errors.some((d) => d.rule !== 'msg-list-count')) throw new Error(`fixAll left ${errors[0].rule}`);
}

describe('7 messages near the byte budget', () => {
  bench('validateImportRequest', () => {
    validateImportRequest(small, context);
  });
  bench('fixesFor', () => {
    fixesFor(small, context, { random });
  });
  bench('fixAll', () => check(small));
});

describe('6,500 messages, 2 MB', () => {
  bench(
    'validateImportRequest',
    () => {
      validateImportRequest(big, context);
    },
    { iterations: 5, time: 0 },
  );
  bench(
    'fixesFor',
    () => {
      fixesFor(big, context, { random });
    },
    { iterations: 5, time: 0 },
  );
  bench('fixAll', () => check(big), { iterations: 5, time: 0 });
});
