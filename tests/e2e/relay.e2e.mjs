// The send transports in Chromium, from the built page under its CSP, through the relay of `vite preview`
// (the plugin in vite.config.ts), to a stand-in for Tencent's host on 127.0.0.1.
//
// The stand-in starts when the runner imports this file, which is before it starts `vite preview`: setting
// RELAY_UPSTREAM_BASE here makes that preview forward every relay call to it (nothing leaves the machine).
// The transports are bundled from src/ (the page does not load them yet) and evaluated in the page.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ANSWER = '{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"ImportMsgResult":[]}';
const received = [];
const upstream = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    received.push({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(ANSWER);
  });
});
await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
upstream.unref(); // never keeps the runner alive
process.env.RELAY_UPSTREAM_BASE = `http://127.0.0.1:${upstream.address().port}`;

let bundle;
/** The send feature as one script defining `SendUnderTest` (built once, on first use). */
async function sendBundle() {
  bundle ??= build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('../../', import.meta.url)),
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./fixtures/send-under-test.ts', import.meta.url)),
        formats: ['iife'],
        name: 'SendUnderTest',
      },
    },
  }).then((outputs) => [outputs].flat()[0].output[0].code);
  return bundle;
}

/** Loads the page, puts the transports in it and records CSP violations. */
async function pageWithTransports(page, baseURL) {
  await page.goto(baseURL, { waitUntil: 'load' });
  await page.evaluate(`${await sendBundle()}; globalThis.SendUnderTest = SendUnderTest;`);
  await page.evaluate(() => {
    globalThis.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      globalThis.violations.push(event.blockedURI),
    );
  });
}

/** Sends a request built for `host` with the given transport in the page; returns the result and its explanation. */
function sendFromPage(page, target, host, body) {
  return page.evaluate(
    async ({ target, host, body }) => {
      const send = globalThis.SendUnderTest;
      const request = send.buildImportRequest({
        host,
        sdkAppId: '1400000000',
        identifier: 'administrator',
        userSig: 'eJwE2E-SECRET',
        body,
        random: 424242,
      });
      const transport = target === 'relay' ? send.createRelayTransport() : send.createDirectTransport();
      const result = await transport.send(request);
      return { result, explanation: send.explainSendFailure(result) ?? null, url: request.url };
    },
    { target, host, body },
  );
}

export const tests = {
  'relay: the page calls the API host through its own origin, within its CSP': async ({
    page,
    baseURL,
    requests,
  }) => {
    await pageWithTransports(page, baseURL);
    const body = '{"GroupId":"@TGS#2C5SZEAEF","MsgList":[{"Text":"中文 😀\\r\\n"}]}\r\n';
    const before = received.length;
    const { result, explanation, url } = await sendFromPage(page, 'relay', 'console.tim.qq.com', body);
    assert.equal(explanation, null, JSON.stringify(result));
    assert.equal(result.target, 'relay');
    assert.equal(result.status, 200);
    assert.equal(result.bodyText, ANSWER);
    assert.equal(received.length, before + 1);
    const forwarded = received.at(-1);
    assert.equal(forwarded.method, 'POST');
    assert.equal(forwarded.url, url.slice('https://console.tim.qq.com'.length));
    assert.equal(forwarded.body, body);
    const call = requests.find((request) => request.url.includes('/relay/'));
    assert.ok(call, 'the page called the relay');
    assert.ok(call.url.startsWith(`${baseURL}relay/console.tim.qq.com/v4/`), call.url);
    assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
  },

  'relay: a host outside the allow-list is refused by the relay and explained': async ({
    page,
    baseURL,
    allowConsoleError,
  }) => {
    allowConsoleError(/status of 403 \(Forbidden\)/); // Chromium logs every 4xx answer
    await pageWithTransports(page, baseURL);
    const before = received.length;
    const { result, explanation } = await sendFromPage(page, 'relay', 'other.example', '{}');
    assert.equal(result.status, 403);
    assert.deepEqual(result.failure, { kind: 'relay-refused', detail: 'host-not-allowed' });
    assert.equal(explanation.case, 'relay-host-not-allowed');
    assert.match(explanation.todo, /RELAY_EXTRA_HOSTS/);
    assert.equal(received.length, before);
  },

  'direct: an unreachable API host is classified as blocked, with the relay and curl offered': async ({
    page,
    baseURL,
    expectRequestTo,
    allowConsoleError,
  }) => {
    // The harness aborts every request that would leave the machine: the host is unreachable.
    expectRequestTo('console.tim.qq.com');
    allowConsoleError(/ERR_BLOCKED_BY_CLIENT|ERR_FAILED|Failed to load resource/);
    await pageWithTransports(page, baseURL);
    const { result, explanation } = await sendFromPage(page, 'direct', 'console.tim.qq.com', '{}');
    assert.deepEqual(result.failure, { kind: 'blocked', detail: 'console.tim.qq.com' });
    assert.equal(result.status, 0);
    assert.equal(explanation.case, 'blocked');
    assert.match(explanation.todo, /relay/i);
    assert.match(explanation.todo, /curl/);
  },

  'direct: a custom host outside the page CSP is named, and never called': async ({
    page,
    baseURL,
    requests,
  }) => {
    await pageWithTransports(page, baseURL);
    const { result, explanation } = await sendFromPage(page, 'direct', 'relay.example.org', '{}');
    assert.deepEqual(result.failure, { kind: 'csp', detail: 'relay.example.org' });
    assert.equal(explanation.case, 'csp');
    assert.equal(requests.filter((request) => request.url.includes('relay.example.org')).length, 0);
    assert.deepEqual(await page.evaluate(() => globalThis.violations), []);
  },

  'direct: a real CSP refusal in Chromium (no pre-check) is still named csp': async ({
    page,
    baseURL,
    allowConsoleError,
  }) => {
    allowConsoleError(/Content Security Policy|Failed to fetch|Refused to connect/);
    await pageWithTransports(page, baseURL);
    const result = await page.evaluate(async () => {
      const send = globalThis.SendUnderTest;
      const request = send.buildImportRequest({
        host: 'relay.example.org',
        sdkAppId: '1',
        identifier: 'a',
        userSig: 's',
        body: '{}',
      });
      return send.createDirectTransport({ connectSrc: null }).send(request);
    });
    assert.deepEqual(result.failure, { kind: 'csp', detail: 'relay.example.org' });
  },
};
