// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { explainSendFailure } from '../../../src/lib/send/messages';
import {
  RELAY_TIMEOUT_MS,
  createRelayTransport,
  relayUrlFor,
  type RelayTransportOptions,
} from '../../../src/lib/send/relay';
import { RELAY_REFUSALS, type RelayRefusalReason } from '../../../src/lib/send/relay-protocol';
import { SEED_OK, answering, hanging, rejecting, request, steppingClock } from './fake-fetch';

const BASE = 'http://127.0.0.1:4173/e2e/sub/path/';

function relay(fetch: typeof globalThis.fetch, options: RelayTransportOptions = {}) {
  return createRelayTransport({
    fetch,
    baseUrl: BASE,
    isOnline: () => true,
    now: steppingClock(),
    ...options,
  });
}

function refusalResponse(reason: RelayRefusalReason, withHeader = true): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (withHeader) headers['X-Relay-Refusal'] = reason;
  return new Response(JSON.stringify({ RelayRefusal: reason, Message: 'refused' }), {
    status: RELAY_REFUSALS[reason],
    headers,
  });
}

describe('relayUrlFor', () => {
  it('puts the relay under the page’s base and keeps path and query byte for byte', () => {
    const built = request();
    const url = relayUrlFor(built.url, BASE);
    const query = built.url.slice(built.url.indexOf('?'));
    expect(url).toBe(
      `http://127.0.0.1:4173/e2e/sub/path/relay/console.tim.qq.com/v4/group_open_http_svc/import_group_msg${query}`,
    );
  });

  it('takes the folder of a base that names a file, and works at the root', () => {
    expect(relayUrlFor('https://h.example/v4/x?a=1', 'http://s.example/tools/index.html')).toBe(
      'http://s.example/tools/relay/h.example/v4/x?a=1',
    );
    expect(relayUrlFor('https://h.example/v4/x', 'http://s.example/')).toBe(
      'http://s.example/relay/h.example/v4/x',
    );
  });

  it('keeps a custom host’s port (the relay refuses it, with a reason)', () => {
    expect(relayUrlFor('https://relay.example.org:8443/v4/x', 'http://s.example/')).toBe(
      'http://s.example/relay/relay.example.org:8443/v4/x',
    );
  });
});

describe('relay transport', () => {
  it('posts the body with the request’s headers to the same origin and returns the API’s answer', async () => {
    const fetch = answering(SEED_OK, { status: 200, headers: { 'X-Relay-Forwarded': 'yes' } });
    const built = request();
    const result = await relay(fetch).send(built);
    expect(result).toEqual({ target: 'relay', status: 200, bodyText: SEED_OK, durationMs: 5 });
    const [{ url, init }] = fetch.calls;
    expect(url).toBe(relayUrlFor(built.url, BASE));
    expect(init).toMatchObject({
      method: 'POST',
      body: built.body,
      headers: built.headers,
      credentials: 'omit',
    });
    expect(init.redirect).toBe('manual');
  });

  it('defaults its time limit to 15 s, longer than the relay’s own 10 s upstream limit', () => {
    expect(RELAY_TIMEOUT_MS).toBe(15_000);
  });

  it.each([
    ['host-not-allowed', 'relay-host-not-allowed', /RELAY_EXTRA_HOSTS/],
    ['bad-path', 'relay-bad-path', /\/v4\//],
    ['method-not-allowed', 'relay-method-not-allowed', /POST/],
    ['bad-header', 'relay-bad-header', /Origin/],
    ['body-too-large', 'relay-body-too-large', /1024 KB/],
    ['upstream-failed', 'relay-upstream-failed', /DNS/],
  ] as const)('relay-refused: the relay’s own %s answer', async (reason, which, text) => {
    const result = await relay(fetchOf(refusalResponse(reason))).send(request());
    expect(result.failure).toEqual({ kind: 'relay-refused', detail: reason });
    expect(result.status).toBe(RELAY_REFUSALS[reason]);
    const explanation = explainSendFailure(result);
    expect(explanation?.case).toBe(which);
    expect(`${explanation?.what} ${explanation?.todo}`).toMatch(text);
  });

  it('relay-refused: recognised by its body when a proxy dropped the header', async () => {
    const result = await relay(fetchOf(refusalResponse('host-not-allowed', false))).send(request());
    expect(result.failure).toEqual({ kind: 'relay-refused', detail: 'host-not-allowed' });
  });

  it('timeout: the relay’s 504 upstream-timeout is a timeout of the API host, explained as such', async () => {
    const result = await relay(fetchOf(refusalResponse('upstream-timeout'))).send(request());
    expect(result.failure).toEqual({ kind: 'timeout', detail: 'relay-upstream' });
    const explanation = explainSendFailure(result);
    expect(explanation?.case).toBe('timeout-relay');
    expect(explanation?.what).toContain('10 s');
  });

  it('an API answer that merely looks like a refusal status is the API’s (no marker)', async () => {
    const result = await relay(
      answering('{"ActionStatus":"FAIL"}', { status: 403, headers: { 'X-Relay-Forwarded': 'yes' } }),
    ).send(request());
    expect(result.failure).toEqual({ kind: 'http-status', detail: undefined });
    const gateway = await relay(
      answering('bad gateway', { status: 504, headers: { 'X-Relay-Forwarded': 'yes' } }),
    ).send(request());
    expect(gateway.failure?.kind).toBe('http-status');
  });

  it('a marker header whose status does not match is not trusted', async () => {
    const fake = answering('{}', { status: 200, headers: { 'X-Relay-Refusal': 'host-not-allowed' } });
    expect((await relay(fake).send(request())).failure).toBeUndefined();
  });

  it.each([404, 405, 501])(
    'no relay: HTTP %i on the relay path without the forwarded marker',
    async (status) => {
      const result = await relay(answering('Not Found', { status })).send(request());
      expect(result.failure).toEqual({ kind: 'http-status', detail: 'no-relay' });
      const explanation = explainSendFailure(result);
      expect(explanation?.case).toBe('no-relay');
      expect(explanation?.todo).toContain('npm run serve');
      expect(explanation?.todo).toContain('nginx');
    },
  );

  it('a 404 the relay forwarded from the API host is the API host’s', async () => {
    const result = await relay(
      answering('nope', { status: 404, headers: { 'X-Relay-Forwarded': 'yes' } }),
    ).send(request());
    expect(explainSendFailure(result)?.case).toBe('http-other');
  });

  it('blocked: the page’s own server did not answer, explained as the relay being down', async () => {
    const result = await relay(rejecting(new TypeError('Failed to fetch'))).send(request());
    expect(result.failure).toEqual({ kind: 'blocked', detail: '127.0.0.1:4173' });
    const explanation = explainSendFailure(result);
    expect(explanation?.case).toBe('blocked-relay');
    expect(explanation?.todo).toContain('npm run serve');
  });

  it('timeout, aborted and offline as for direct calls', async () => {
    expect((await relay(hanging(), { timeoutMs: 20 }).send(request())).failure).toEqual({ kind: 'timeout' });
    const cancel = new AbortController();
    cancel.abort();
    expect((await relay(answering(SEED_OK)).send(request(), { signal: cancel.signal })).failure).toEqual({
      kind: 'aborted',
    });
    const idle = answering(SEED_OK);
    expect((await relay(idle, { isOnline: () => false }).send(request())).failure).toEqual({
      kind: 'offline',
    });
    expect(idle.calls).toHaveLength(0);
  });

  it('not-json and truncated answers through the relay', async () => {
    expect((await relay(answering('<html><body>')).send(request())).failure).toEqual({
      kind: 'not-json',
      detail: 'html',
    });
    expect((await relay(answering('{"ActionStatus":"OK",')).send(request())).failure).toEqual({
      kind: 'truncated',
    });
  });

  it('internal: no base URL (no document and none given)', async () => {
    const fetch = answering(SEED_OK);
    const result = await createRelayTransport({ fetch, isOnline: () => true }).send(request());
    expect(result.failure?.kind).toBe('internal');
    expect(result.failure?.detail).not.toContain('eJw-secret');
    expect(fetch.calls).toHaveLength(0);
  });
});

function fetchOf(response: Response) {
  return answering(response.body, { status: response.status, headers: response.headers });
}
