// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../../../src/lib/api/regions';
import { createDirectTransport, type DirectTransportOptions } from '../../../src/lib/send/direct';
import { explainSendFailure } from '../../../src/lib/send/messages';
import {
  SEED_OK,
  answering,
  fakeFetch,
  hanging,
  redirecting,
  rejecting,
  request,
  steppingClock,
  streaming,
} from './fake-fetch';

const PAGE_CSP_SOURCES = ["'self'", ...TENCENT_HOSTS.map((host) => `https://${host}`)];

/** A transport as the built page has it: https page, the page's CSP, online. */
function direct(fetch: typeof globalThis.fetch, options: DirectTransportOptions = {}) {
  return createDirectTransport({
    fetch,
    isOnline: () => true,
    pageProtocol: 'https:',
    pageOrigin: 'https://console.example',
    connectSrc: PAGE_CSP_SOURCES,
    violationEvents: null,
    now: steppingClock(),
    ...options,
  });
}

describe('direct transport: a usable answer', () => {
  it('sends a CORS simple request and returns status, body and duration', async () => {
    const fetch = answering(SEED_OK, { status: 200 });
    const built = request();
    const result = await direct(fetch).send(built);
    expect(result).toEqual({ target: 'direct', status: 200, bodyText: SEED_OK, durationMs: 5 });
    expect(fetch.calls).toHaveLength(1);
    const [{ url, init }] = fetch.calls;
    expect(url).toBe(built.url);
    expect(init.method).toBe('POST');
    expect(init.body).toBe(built.body);
    // Only the safelisted Content-Type: no preflight.
    expect(init.headers).toEqual({ 'Content-Type': 'text/plain;charset=UTF-8' });
    expect(init.mode).toBe('cors');
    expect(init.credentials).toBe('omit');
    expect(init.referrerPolicy).toBe('no-referrer');
    expect(init.redirect).toBe('manual');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends text/plain even when the request was built for application/json', async () => {
    const fetch = answering(SEED_OK);
    const built = { ...request(), headers: { 'Content-Type': 'application/json;charset=UTF-8' } };
    await direct(fetch).send(built);
    expect(fetch.calls[0].init.headers).toEqual({ 'Content-Type': 'text/plain;charset=UTF-8' });
  });

  it('reports the API’s own errors as an answer, not a failure (HTTP 200 with ErrorCode)', async () => {
    const body = '{"ActionStatus":"FAIL","ErrorCode":10010,"ErrorInfo":"group not found"}';
    const result = await direct(answering(body)).send(request());
    expect(result.failure).toBeUndefined();
    expect(result.bodyText).toBe(body);
    expect(explainSendFailure(result)).toBeUndefined();
  });
});

describe('direct transport: every failure is classified and explained', () => {
  it('blocked: a fetch TypeError (CORS or network) names the host and suggests the relay or curl', async () => {
    const result = await direct(rejecting(new TypeError('Failed to fetch'))).send(request());
    expect(result).toMatchObject({
      target: 'direct',
      status: 0,
      bodyText: '',
      failure: { kind: 'blocked', detail: 'console.tim.qq.com' },
    });
    const explanation = explainSendFailure(result);
    expect(explanation?.case).toBe('blocked');
    expect(explanation?.what).toContain('console.tim.qq.com');
    expect(explanation?.what).toContain('CORS');
    expect(explanation?.todo).toMatch(/relay/i);
    expect(explanation?.todo).toMatch(/curl/);
  });

  it('blocked, for real: Node’s fetch against a closed port on 127.0.0.1', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const built = {
      ...request(),
      url: `http://127.0.0.1:${port}/v4/group_open_http_svc/import_group_msg?x=1`,
    };
    const result = await createDirectTransport({
      isOnline: () => true,
      connectSrc: null,
      violationEvents: null,
    }).send(built);
    expect(result.failure).toEqual({ kind: 'blocked', detail: `127.0.0.1:${port}` });
  });

  it('csp: a host outside connect-src is refused before any call, naming the host', async () => {
    const fetch = answering(SEED_OK);
    const result = await direct(fetch).send(request('relay.example.org'));
    expect(result.failure).toEqual({ kind: 'csp', detail: 'relay.example.org' });
    expect(fetch.calls).toHaveLength(0);
    const explanation = explainSendFailure(result);
    expect(explanation?.what).toContain('relay.example.org');
    expect(explanation?.todo).toMatch(/relay/);
    expect(explanation?.todo).toMatch(/connect-src/);
  });

  it('csp: every Tencent host of the region data is allowed by the page’s policy', async () => {
    for (const host of TENCENT_HOSTS) {
      const fetch = answering(SEED_OK);
      expect((await direct(fetch).send(request(host))).failure, host).toBeUndefined();
    }
  });

  it('csp: a securitypolicyviolation for the URL’s origin during the call turns a TypeError into csp', async () => {
    const events = new EventTarget();
    const fetch = fakeFetch(async () => {
      const violation = Object.assign(new Event('securitypolicyviolation'), {
        blockedURI: 'https://console.tim.qq.com/v4/group_open_http_svc/import_group_msg',
      });
      setTimeout(() => events.dispatchEvent(violation), 0);
      throw new TypeError('Failed to fetch');
    });
    const result = await direct(fetch, { connectSrc: null, violationEvents: events }).send(request());
    expect(result.failure).toEqual({ kind: 'csp', detail: 'console.tim.qq.com' });
  });

  it('csp: a violation for another origin does not count', async () => {
    const events = new EventTarget();
    const fetch = fakeFetch(async () => {
      events.dispatchEvent(
        Object.assign(new Event('securitypolicyviolation'), { blockedURI: 'https://other.example/x' }),
      );
      throw new TypeError('Failed to fetch');
    });
    const result = await direct(fetch, { connectSrc: null, violationEvents: events }).send(request());
    expect(result.failure?.kind).toBe('blocked');
  });

  it('timeout: no answer within the limit aborts the call', async () => {
    const fetch = hanging();
    const started = performance.now();
    const result = await direct(fetch, { timeoutMs: 30, now: () => performance.now() }).send(request());
    expect(result.failure).toEqual({ kind: 'timeout' });
    expect(fetch.calls[0].init.signal?.aborted).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(result.durationMs).toBeGreaterThanOrEqual(25);
  });

  it('timeout: the limit covers reading the body, and the explanation gives the seconds', async () => {
    const result = await direct(streaming('{"ActionStatus":', 'stall'), { timeoutMs: 30 }).send(request());
    expect(result.failure).toEqual({ kind: 'timeout' });
    const explanation = explainSendFailure({ ...result, durationMs: 10_004 });
    expect(explanation?.title).toBe('No answer within 10 s');
    expect(explanation?.todo).toContain('10004');
  });

  it('the default time limit is 10 s', async () => {
    const { DIRECT_TIMEOUT_MS } = await import('../../../src/lib/send/direct');
    expect(DIRECT_TIMEOUT_MS).toBe(10_000);
  });

  it('aborted: the caller’s signal cancels the call, before or during it', async () => {
    const before = new AbortController();
    before.abort();
    const idle = answering(SEED_OK);
    expect((await direct(idle).send(request(), { signal: before.signal })).failure).toEqual({
      kind: 'aborted',
    });
    expect(idle.calls).toHaveLength(0);

    const during = new AbortController();
    const fetch = hanging();
    const pending = direct(fetch).send(request(), { signal: during.signal });
    setTimeout(() => during.abort(), 5);
    const result = await pending;
    expect(result.failure).toEqual({ kind: 'aborted' });
    expect(explainSendFailure(result)?.case).toBe('aborted');
  });

  it('offline: no call when the browser says it is offline', async () => {
    const fetch = answering(SEED_OK);
    const result = await direct(fetch, { isOnline: () => false }).send(request());
    expect(result.failure).toEqual({ kind: 'offline' });
    expect(fetch.calls).toHaveLength(0);
    expect(explainSendFailure(result)?.todo).toContain('Sandbox');
  });

  it('offline: a TypeError while the browser went offline is named offline', async () => {
    let online = true;
    const fetch = fakeFetch(async () => {
      online = false;
      throw new TypeError('Failed to fetch');
    });
    const result = await direct(fetch, { isOnline: () => online }).send(request());
    expect(result.failure).toEqual({ kind: 'offline' });
  });

  it('mixed content: an https page calling an http URL is refused before the call', async () => {
    const fetch = answering(SEED_OK);
    const built = {
      ...request(),
      url: 'http://relay.example.org/v4/group_open_http_svc/import_group_msg?x=1',
    };
    const result = await direct(fetch, { connectSrc: null }).send(built);
    expect(result.failure).toEqual({ kind: 'mixed-content', detail: 'http://relay.example.org' });
    expect(fetch.calls).toHaveLength(0);
    expect(explainSendFailure(result)?.what).toContain('http://relay.example.org');
  });

  it('mixed content: not for loopback hosts, nor from an http page', async () => {
    const loopback = { ...request(), url: 'http://127.0.0.1:8787/v4/x?y=1' };
    expect((await direct(answering(SEED_OK), { connectSrc: null }).send(loopback)).failure).toBeUndefined();
    const plain = { ...request(), url: 'http://relay.example.org/v4/x' };
    const fromHttp = direct(answering(SEED_OK), { connectSrc: null, pageProtocol: 'http:' });
    expect((await fromHttp.send(plain)).failure).toBeUndefined();
  });

  it.each([
    [502, 'Bad Gateway', 'http-5xx', /gateway/],
    [503, '', 'http-5xx', /gateway/],
    [403, 'Forbidden', 'http-other', /proxy/],
    [404, 'Not Found', 'http-other', /proxy/],
  ])('http-status: HTTP %i is a failure with its status text', async (status, statusText, which, what) => {
    const result = await direct(answering('<html>gateway</html>', { status, statusText })).send(request());
    expect(result.status).toBe(status);
    expect(result.bodyText).toBe('<html>gateway</html>');
    expect(result.failure).toEqual({ kind: 'http-status', detail: statusText || undefined });
    const explanation = explainSendFailure(result);
    expect(explanation?.case).toBe(which);
    expect(explanation?.title).toBe(`HTTP ${status}${statusText ? ` ${statusText}` : ''} instead of 200`);
    expect(explanation?.what).toMatch(what);
  });

  it('redirect: not followed (the URL carries the UserSig), and said so', async () => {
    const result = await direct(redirecting()).send(request());
    expect(result.failure).toEqual({ kind: 'http-status', detail: 'redirect' });
    expect(explainSendFailure(result)?.what).toContain('UserSig');
  });

  it.each([
    ['', 'empty', 'not-json-empty'],
    ['   \n', 'empty', 'not-json-empty'],
    ['<!DOCTYPE html><html><title>Sign in</title></html>', 'html', 'not-json-html'],
    ['  <html><body>portal', 'html', 'not-json-html'],
    ['Service Unavailable', 'text', 'not-json-text'],
    ['{"ActionStatus":"OK"}}', 'text', 'not-json-text'],
    ['{"a":1} trailing', 'text', 'not-json-text'],
  ])('not-json: a 200 body %j', async (body, detail, which) => {
    const result = await direct(answering(body)).send(request());
    expect(result.failure).toEqual({ kind: 'not-json', detail });
    expect(result.bodyText).toBe(body);
    expect(explainSendFailure(result)?.case).toBe(which);
  });

  it.each([
    '{"ActionStatus":"OK","ErrorCode":0,"ImportMsgResult":[{"MsgSeq":1',
    '{"ActionStatus":"O',
    '[',
    '{"a":"\\"}',
  ])('truncated: a 200 body cut short %j', async (body) => {
    const result = await direct(answering(body)).send(request());
    expect(result.failure).toEqual({ kind: 'truncated' });
    expect(explainSendFailure(result)?.case).toBe('truncated');
  });

  it('truncated: the connection drops while the body arrives', async () => {
    const result = await direct(streaming('{"ActionStatus":"OK",', 'break')).send(request());
    expect(result.failure).toEqual({ kind: 'truncated', detail: 'stream' });
  });

  it('internal: never rejects, whatever fetch throws', async () => {
    const result = await direct(rejecting(new RangeError('boom'))).send(request());
    expect(result.failure).toEqual({ kind: 'internal', detail: 'RangeError: boom' });
    const throwsSync = (() => {
      throw new Error('sync');
    }) as unknown as typeof fetch;
    expect((await direct(throwsSync).send(request())).failure?.kind).toBe('internal');
    expect(explainSendFailure(await direct(throwsSync).send(request()))?.what).toContain('sync');
  });

  it('internal: a URL that cannot be parsed never reaches fetch', async () => {
    const fetch = answering(SEED_OK);
    const result = await direct(fetch).send({
      ...request(),
      url: 'https://exa mple/x',
      redactedUrl: 'https://exa mple/x',
    });
    expect(result.failure?.kind).toBe('internal');
    expect(fetch.calls).toHaveLength(0);
  });

  it('never puts the UserSig into a failure', async () => {
    const outcomes = [
      rejecting(new TypeError('Failed to fetch')),
      answering('nope', { status: 500 }),
      answering('<html>'),
      redirecting(),
    ];
    for (const fetch of outcomes) {
      const result = await direct(fetch).send(request());
      const explanation = explainSendFailure(result);
      expect(JSON.stringify([result.failure, explanation])).not.toContain('eJw-secret');
    }
  });
});
