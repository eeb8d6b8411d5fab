/*
 * Target (issue 8): the sandbox, rate limit off, answers at least 10,000 seven-message calls per second in Node.
 * Run: npx vitest bench --run tests/lib/sandbox/sandbox.bench.ts   (hz = calls per second)
 * Two shapes: 7 short messages (a chat export) and 7 messages near the 12,000-byte budget (84 KB bodies), the
 * worst case. Every call imports all 7 messages (SendTime moves forward), so the whole path runs: URL,
 * credentials (the decoded UserSig is cached, as a batch reuses it), JSON, rules, storing. The sandbox is reset
 * every 2,000 calls so memory stays flat; a reset costs microseconds.
 */
import { bench, describe } from 'vitest';
import { buildImportRequest } from '../../../src/lib/api/request';
import {
  createSandbox,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
} from '../../../src/lib/sandbox';

const URL_TEXT = buildImportRequest({
  host: 'console.tim.qq.com',
  sdkAppId: SANDBOX_SDK_APP_ID,
  identifier: SANDBOX_IDENTIFIER,
  userSig: SANDBOX_USER_SIG,
  body: '',
}).url;
const START = 1620000001;

/** A body template: the seven SendTimes are the only parts that change between calls. */
function template(text: string): (first: number) => string {
  const parts = Array.from({ length: 7 }, (_, i) => [
    `{"From_Account":"user${i}","SendTime":`,
    `,"Random":${1000 + i},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":${JSON.stringify(text)}}}]}`,
  ]);
  return (first) =>
    `{"GroupId":"@TGS#2C5SZEAEF","MsgList":[${parts.map(([a, b], i) => `${a}${first + i}${b}`).join(',')}]}`;
}

function runner(body: (first: number) => string) {
  const sandbox = createSandbox({ rateLimit: false, now: () => 1900000000 });
  let calls = 0;
  return async () => {
    if (calls % 2000 === 0) sandbox.reset();
    const first = START + (calls % 2000) * 7 * 301; // 301 s apart: no message is a duplicate
    calls++;
    const response = await sandbox.handle(URL_TEXT, body(first));
    if (response.bodyText.indexOf('"Result":0') === -1 || response.bodyText.indexOf('"Result":1') !== -1) {
      throw new Error(`not imported: ${response.bodyText}`);
    }
  };
}

const short = template('see you at 8 👋');
const long = template('x'.repeat(11990));
console.log(`bodies: short ${short(START).length} bytes, long ${(long(START).length / 1024).toFixed(1)} KiB`);

/** The floor no implementation can beat: parsing the same body (and building it, as the runner does). */
function parseOnly(body: (first: number) => string) {
  let calls = 0;
  return () => {
    JSON.parse(body(START + (calls++ % 2000) * 7 * 301));
  };
}

describe('7 short messages per call', () => {
  bench('sandbox.handle', runner(short), { time: 2000 });
  bench('JSON.parse of the body alone', parseOnly(short), { time: 1000 });
});

describe('7 messages near 12,000 bytes per call', () => {
  bench('sandbox.handle', runner(long), { time: 2000 });
  bench('JSON.parse of the body alone', parseOnly(long), { time: 1000 });
});
