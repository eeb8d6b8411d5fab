// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../../src/lib/api/regions';
import {
  RELAY_MAX_BODY_BYTES,
  RELAY_REFUSAL_HEADER,
  relayRefusalOf,
} from '../../src/lib/send/relay-protocol';
import { createRelayMiddleware, formatRelayLog, safeForLog, type RelayOptions } from '../../src/server/relay';
import {
  IMPORT_PATH,
  SECRET_QUERY,
  close,
  listen,
  rawRequest,
  startUpstream,
  type Upstream,
} from './helpers';

let upstream: Upstream;
let server: Server | undefined;
let port = 0;
const log: string[] = [];

async function startRelay(options: Partial<RelayOptions> = {}): Promise<number> {
  const relay = createRelayMiddleware({
    allowedHosts: new Set([...TENCENT_HOSTS, 'relay.example.org']),
    upstreamBase: upstream.base,
    log: (entry) => log.push(formatRelayLog(entry)),
    ...options,
  });
  server = createServer((req, res) =>
    relay(req, res, () => {
      res.writeHead(418);
      res.end('not the relay');
    }),
  );
  port = await listen(server);
  return port;
}

let defaultAnswer: Upstream['answer'];
beforeAll(async () => {
  upstream = await startUpstream();
  defaultAnswer = upstream.answer;
});
afterAll(() => upstream.close());
afterEach(async () => {
  if (server) await close(server);
  server = undefined;
  upstream.requests.length = 0;
  upstream.answer = defaultAnswer;
  log.length = 0;
});

function refusal(answer: { status: number; headers: Record<string, unknown>; body: Buffer }) {
  return relayRefusalOf(
    answer.status,
    answer.headers[RELAY_REFUSAL_HEADER.toLowerCase()] as string,
    answer.body.toString(),
  );
}

describe('relay forwarding', () => {
  it('forwards the body byte for byte (binary, UTF-8, CR/LF) and the query unchanged, and returns the answer as is', async () => {
    await startRelay();
    const body = Buffer.concat([
      Buffer.from('{"Text":"中文 😀\r\nline\rcr\nlf"}', 'utf8'),
      Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x0d, 0x0a]),
    ]);
    const answerBody = Buffer.from([0x7b, 0x7d, 0x0d, 0x0a, 0xe4, 0xb8, 0xad, 0x00, 0xff]);
    upstream.answer = () => ({
      status: 200,
      body: answerBody,
      headers: { 'Content-Type': 'application/json' },
    });
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}${SECRET_QUERY}`,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.equals(answerBody)).toBe(true);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['x-relay-forwarded']).toBe('yes');
    expect(upstream.requests).toHaveLength(1);
    const [forwarded] = upstream.requests;
    expect(forwarded.method).toBe('POST');
    expect(forwarded.url).toBe(`${IMPORT_PATH}${SECRET_QUERY}`);
    expect(forwarded.body.equals(body)).toBe(true);
    expect(forwarded.headers['content-type']).toBe('text/plain;charset=UTF-8');
    // Nothing of the caller's own is passed on.
    expect(forwarded.headers.cookie).toBeUndefined();
  });

  it('keeps an unusual query exactly as sent (no re-encoding)', async () => {
    await startRelay();
    const query = "?usersig=a*b~c'd%2F%2e&x=%E4%B8%AD&&y==1";
    await rawRequest(port, { path: `/relay/adminapisgp.im.qcloud.com${IMPORT_PATH}${query}`, body: '{}' });
    expect(upstream.requests[0].url).toBe(`${IMPORT_PATH}${query}`);
  });

  it('does not pass on cookies, authorization or forwarding headers', async () => {
    await startRelay();
    await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}`,
      headers: { Cookie: 'session=1', Authorization: 'Bearer x', Referer: 'http://127.0.0.1/' },
      body: '{}',
    });
    const headers = upstream.requests[0].headers;
    expect(headers.cookie).toBeUndefined();
    expect(headers.authorization).toBeUndefined();
    expect(headers.referer).toBeUndefined();
  });

  it.each([200, 400, 404, 500, 502, 503])(
    'passes the upstream status %i through, unmarked',
    async (status) => {
      await startRelay();
      upstream.answer = () => ({ status, body: `status ${status}` });
      const answer = await rawRequest(port, { path: `/relay/console.tim.qq.com${IMPORT_PATH}`, body: '{}' });
      expect(answer.status).toBe(status);
      expect(answer.body.toString()).toBe(`status ${status}`);
      expect(answer.headers[RELAY_REFUSAL_HEADER.toLowerCase()]).toBeUndefined();
      expect(refusal(answer)).toBeUndefined();
    },
  );

  it('forwards to every host and backup host of the region data, and to RELAY_EXTRA_HOSTS entries', async () => {
    await startRelay();
    for (const host of [...TENCENT_HOSTS, 'relay.example.org']) {
      const answer = await rawRequest(port, { path: `/relay/${host}${IMPORT_PATH}`, body: '{}' });
      expect(answer.status, host).toBe(200);
    }
    expect(upstream.requests).toHaveLength(TENCENT_HOSTS.length + 1);
  });

  it('works under a sub-path base, and only there', async () => {
    await startRelay({ basePath: '/some/sub/path/' });
    const answer = await rawRequest(port, {
      path: `/some/sub/path/relay/console.tim.qq.com${IMPORT_PATH}`,
      body: '{}',
    });
    expect(answer.status).toBe(200);
    const outside = await rawRequest(port, { path: `/relay/console.tim.qq.com${IMPORT_PATH}`, body: '{}' });
    expect(outside.status).toBe(418); // not the relay: passed on to the next handler
    expect(upstream.requests).toHaveLength(1);
  });

  it('passes other paths on to the next handler', async () => {
    await startRelay();
    for (const path of [
      '/',
      '/index.html',
      '/relay',
      '/relayx/console.tim.qq.com/v4/x',
      '/RELAY/console.tim.qq.com/v4/x',
    ]) {
      expect((await rawRequest(port, { method: 'GET', path })).status, path).toBe(418);
    }
  });
});

describe('relay refusals', () => {
  const hostTricks = [
    'console.tim.qq.com@other.example',
    'other.example@console.tim.qq.com',
    'user:pass@console.tim.qq.com',
    'console.tim.qq.com:443',
    'console.tim.qq.com:8443',
    'console.tim.qq.com.',
    'CONSOLE.TIM.QQ.COM',
    'Console.Tim.qq.com',
    'console.tim.qq.com%2fother.example',
    'console.tim.qq.com%2F..%2Fother.example',
    'console%2etim%2eqq%2ecom',
    'console.tim.qq.com%252f',
    'other.example',
    'tim.qq.com',
    'qq.com',
    'evilconsole.tim.qq.com',
    'console.tim.qq.com.other.example',
    '127.0.0.1',
    'localhost',
    '',
    '..',
    '.',
  ];
  it.each(hostTricks)('refuses the host segment %j with 403 host-not-allowed', async (host) => {
    await startRelay();
    const answer = await rawRequest(port, {
      path: `/relay/${host}${IMPORT_PATH}${SECRET_QUERY}`,
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(refusal(answer)).toBe('host-not-allowed');
    expect(JSON.parse(answer.body.toString()).Message).toMatch(/\S/);
    expect(upstream.requests).toHaveLength(0);
  });

  const pathTricks = [
    '/v4/../v3/x',
    '/v4/./x',
    '/v4/x/../../admin',
    '/v4//x',
    '/v4/',
    '/v4',
    '/v3/group_open_http_svc/import_group_msg',
    '/V4/group_open_http_svc/import_group_msg',
    '/',
    '',
    '/v4/%2e%2e/admin',
    '/v4/%2E%2E%2Fadmin',
    '/v4/x%2fy',
    '/v4/x%252fy',
    '/v4/x\\..\\admin',
    '/v4/x/.hidden',
    '/v4/x y',
    '/../v4/x',
    '/v4/x;usersig=1',
  ];
  it.each(pathTricks)('refuses the path %j with 403 bad-path', async (path) => {
    await startRelay();
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${path.replace(' ', '%20')}`,
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(refusal(answer)).toBe('bad-path');
    expect(upstream.requests).toHaveLength(0);
  });

  it.each([
    ['another host in Host', { Host: 'console.tim.qq.com' }],
    ['an API host with a port in Host', { Host: 'adminapisgp.im.qcloud.com:443' }],
    ['another host in X-Forwarded-Host', { 'X-Forwarded-Host': 'console.tim.qq.com' }],
    ['a different X-Forwarded-Host', { 'X-Forwarded-Host': 'other.example' }],
    ['an Origin of another site', { Origin: 'https://other.example' }],
    ['an Origin on another port', { Origin: 'http://127.0.0.1:1' }],
    ['an opaque Origin', { Origin: 'null' }],
  ])('refuses %s with 403 bad-header', async (_label, headers) => {
    await startRelay();
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}`,
      headers,
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(refusal(answer)).toBe('bad-header');
    expect(upstream.requests).toHaveLength(0);
  });

  it('accepts a same-origin call (Origin and X-Forwarded-Host naming this server)', async () => {
    await startRelay();
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}`,
      headers: { Origin: `http://127.0.0.1:${port}`, 'X-Forwarded-Host': `127.0.0.1:${port}` },
      body: '{}',
    });
    expect(answer.status).toBe(200);
  });

  it('refuses a Host the server does not answer to, when it has a list (DNS rebinding)', async () => {
    await startRelay({ isAllowedHost: (name) => name === '127.0.0.1' });
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}`,
      headers: { Host: 'rebind.attacker.example' },
      body: '{}',
    });
    expect(refusal(answer)).toBe('bad-header');
    expect(upstream.requests).toHaveLength(0);
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH'])(
    'answers %s with 405 and Allow: POST',
    async (method) => {
      await startRelay();
      const answer = await rawRequest(port, { method, path: `/relay/console.tim.qq.com${IMPORT_PATH}` });
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('POST');
      if (method !== 'HEAD') expect(refusal(answer)).toBe('method-not-allowed');
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('forwards a body of exactly 1 MiB', async () => {
    await startRelay();
    const body = Buffer.alloc(RELAY_MAX_BODY_BYTES, 0x61);
    const answer = await rawRequest(port, { path: `/relay/console.tim.qq.com${IMPORT_PATH}`, body });
    expect(answer.status).toBe(200);
    expect(upstream.requests[0].body.length).toBe(RELAY_MAX_BODY_BYTES);
  });

  it('refuses a declared Content-Length over 1 MiB with 413 before reading it', async () => {
    await startRelay();
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}`,
      body: Buffer.alloc(RELAY_MAX_BODY_BYTES + 1, 0x61),
    });
    expect(answer.status).toBe(413);
    expect(refusal(answer)).toBe('body-too-large');
    expect(upstream.requests).toHaveLength(0);
  });

  it('refuses a streamed (chunked) body at the chunk that passes 1 MiB and stops reading', async () => {
    await startRelay();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('error', () => {}); // the server may close while we still write
    socket.write(
      `POST /relay/console.tim.qq.com${IMPORT_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
        'Transfer-Encoding: chunked\r\n\r\n',
    );
    // 64 KiB chunks, up to 4 MiB, stopping as soon as the server has answered.
    const chunk = Buffer.alloc(64 * 1024, 0x62);
    let sent = 0;
    for (let i = 0; i < 64 && !received.includes('\r\n\r\n') && !socket.destroyed; i++) {
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      socket.write('\r\n');
      sent += chunk.length;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3000))]);
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('x-relay-refusal: body-too-large');
    expect(sent).toBeLessThan(4 * 1024 * 1024); // it answered long before we were done
    expect(upstream.requests).toHaveLength(0);
  });

  it('answers 504 upstream-timeout when the upstream does not answer in time, and stops waiting', async () => {
    await startRelay({ timeoutMs: 150 });
    upstream.answer = () => 'hang';
    const started = performance.now();
    const answer = await rawRequest(port, { path: `/relay/console.tim.qq.com${IMPORT_PATH}`, body: '{}' });
    const elapsed = performance.now() - started;
    expect(answer.status).toBe(504);
    expect(refusal(answer)).toBe('upstream-timeout');
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(3000);
  });

  it('answers 502 upstream-failed when the upstream cannot be reached', async () => {
    const dead = createServer();
    const deadPort = await listen(dead);
    await close(dead);
    await startRelay({ upstreamBase: `http://127.0.0.1:${deadPort}` });
    const answer = await rawRequest(port, { path: `/relay/console.tim.qq.com${IMPORT_PATH}`, body: '{}' });
    expect(answer.status).toBe(502);
    expect(refusal(answer)).toBe('upstream-failed');
  });

  it('answers 502 upstream-failed when the upstream answer is larger than the cap', async () => {
    await startRelay({ maxResponseBytes: 1000 });
    upstream.answer = () => ({ status: 200, body: Buffer.alloc(5000, 0x7a) });
    const answer = await rawRequest(port, { path: `/relay/console.tim.qq.com${IMPORT_PATH}`, body: '{}' });
    expect(answer.status).toBe(502);
    expect(refusal(answer)).toBe('upstream-failed');
  });
});

describe('relay log', () => {
  it('logs method, host, path, status and duration, never the query or the usersig', async () => {
    await startRelay({ timeoutMs: 150 });
    const path = `/relay/console.tim.qq.com${IMPORT_PATH}${SECRET_QUERY}`;
    await rawRequest(port, { path, body: '{}' });
    await rawRequest(port, { path: `/relay/other.example${IMPORT_PATH}${SECRET_QUERY}`, body: '{}' });
    await rawRequest(port, { method: 'GET', path });
    await rawRequest(port, { path: `/relay/console.tim.qq.com/v4/usersig=eJw/${SECRET_QUERY}`, body: '{}' });
    upstream.answer = () => 'hang';
    await rawRequest(port, { path, body: '{}' });

    expect(log).toHaveLength(5);
    expect(log[0]).toMatch(
      /^relay POST console\.tim\.qq\.com \/v4\/group_open_http_svc\/import_group_msg 200 \d+ ms$/,
    );
    expect(log[1]).toMatch(
      /^relay POST other\.example \/v4\/group_open_http_svc\/import_group_msg 403 \d+ ms refused: host-not-allowed$/,
    );
    expect(log[2]).toMatch(/^relay GET console\.tim\.qq\.com .* 405 \d+ ms refused: method-not-allowed$/);
    expect(log[3]).toMatch(/ 403 \d+ ms refused: bad-path$/);
    expect(log[4]).toMatch(/ 504 \d+ ms refused: upstream-timeout$/);
    const all = log.join('\n');
    expect(all).not.toContain('?');
    expect(all.toLowerCase()).not.toContain('usersig');
    expect(all).not.toContain('eJw');
    expect(all).not.toContain('sdkappid');
  });

  it('cuts a long host segment short in the log', async () => {
    await startRelay();
    await rawRequest(port, { path: `/relay/${'a'.repeat(500)}${IMPORT_PATH}`, body: '{}' });
    expect(log).toHaveLength(1);
    expect(log[0].length).toBeLessThan(600);
  });

  it('escapes what is not printable ASCII and withholds anything naming the usersig', () => {
    expect(safeForLog('a\r\nb\u00e9 c')).toBe('a\\x0d\\x0ab\\xe9\\x20c');
    expect(safeForLog('/v4/x/USERSIG=1')).toBe('(withheld)');
    expect(safeForLog('')).toBe('-');
    expect(safeForLog('x'.repeat(300))).toHaveLength(203);
  });
});
