// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../../src/lib/api/regions';
import { createConsoleServer, isLocalHostName } from '../../src/server/console-server';
import { cspOfHtml, mimeTypeOf, safeSegments } from '../../src/server/static';
import { IMPORT_PATH, close, listen, rawRequest, startUpstream, type Upstream } from './helpers';

const PAGE_CSP = "default-src 'self'; connect-src 'self' https://console.tim.qq.com; object-src 'none'";
const INDEX = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" /></head><body>console</body></html>`;

let dist: string;
let outside: string;
let upstream: Upstream;
let server: Server | undefined;
let port = 0;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'console-server-'));
  dist = join(root, 'dist');
  outside = join(root, 'secret.txt');
  await mkdir(join(dist, 'assets', 'deep'), { recursive: true });
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'app-abc123.js'), 'export const x = 1;\n');
  await writeFile(join(dist, 'assets', 'style.css'), 'body{}');
  await writeFile(join(dist, 'assets', 'deep', 'worker.mjs'), '//w');
  await writeFile(join(dist, 'assets', 'font.woff2'), Buffer.from([0, 1, 2, 3]));
  await writeFile(join(dist, 'assets', 'data.bin'), Buffer.from([9]));
  await writeFile(join(dist, '.env'), 'SECRET=1');
  await writeFile(outside, 'outside the folder');
  await symlink(outside, join(dist, 'link.txt'));
  upstream = await startUpstream();
});

afterAll(async () => {
  await upstream.close();
  await rm(join(dist, '..'), { recursive: true, force: true });
});

afterEach(async () => {
  if (server) await close(server);
  server = undefined;
});

async function start(options: { basePath?: string; listenHost?: string } = {}): Promise<void> {
  server = await createConsoleServer({
    root: dist,
    basePath: options.basePath,
    listenHost: options.listenHost ?? '127.0.0.1',
    relay: { allowedHosts: new Set(TENCENT_HOSTS), upstreamBase: upstream.base },
  });
  port = await listen(server);
}

const get = (path: string, headers?: Record<string, string>) =>
  rawRequest(port, { method: 'GET', path, headers });

describe('npm run serve: static files', () => {
  it('serves index.html at the base with the page CSP as a header and the other security headers', async () => {
    await start();
    const answer = await get('/');
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(INDEX);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8'],
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/assets/deep/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/data.bin', 'application/octet-stream'],
    ['/index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    await start();
    const answer = await get(path);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
  });

  it('marks hashed assets immutable', async () => {
    await start();
    expect((await get('/assets/app-abc123.js')).headers['cache-control']).toContain('immutable');
  });

  it('answers HEAD with the headers only', async () => {
    await start();
    const answer = await rawRequest(port, { method: 'HEAD', path: '/assets/style.css' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe('6');
    expect(answer.body.length).toBe(0);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/%00index.html',
    '/.env',
    '/%2eenv',
    '/assets/%E0%A4%A',
  ])('refuses %s (no directory traversal, no dotfiles)', async (path) => {
    await start();
    const answer = await get(path);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body.toString()).not.toContain('outside the folder');
    expect(answer.body.toString()).not.toContain('SECRET');
  });

  it('does not follow a symlink out of the folder', async () => {
    await start();
    const answer = await get('/link.txt');
    expect(answer.status).toBe(404);
    expect(await readFile(outside, 'utf8')).toBe('outside the folder'); // the link itself is there
  });

  it('answers 404 for a missing file and redirects a folder to its slash', async () => {
    await start();
    expect((await get('/nothing.js')).status).toBe(404);
    const folder = await get('/assets');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/assets/');
  });

  it('answers other methods than GET and HEAD outside the relay with 405', async () => {
    await start();
    const answer = await rawRequest(port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('serves under a sub-path base and redirects the root to it', async () => {
    await start({ basePath: '/some/sub/path/' });
    expect((await get('/some/sub/path/')).body.toString()).toBe(INDEX);
    expect((await get('/some/sub/path/assets/style.css')).status).toBe(200);
    const root = await get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/some/sub/path/');
    expect((await get('/assets/style.css')).status).toBe(404);
  });

  it('on a loopback address, answers only Host names that are IPs or localhost (DNS rebinding)', async () => {
    await start();
    expect((await get('/', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await get('/', { Host: `app.localhost:${port}` })).status).toBe(200);
    expect((await get('/', { Host: `[::1]:${port}` })).status).toBe(200);
    expect((await get('/', { Host: `rebind.attacker.example:${port}` })).status).toBe(403);
  });

  it('on another address, answers any Host name', async () => {
    await start({ listenHost: '0.0.0.0' });
    expect((await get('/', { Host: 'console.internal.example' })).status).toBe(200);
  });

  it('fails to start without index.html', async () => {
    await expect(
      createConsoleServer({ root: join(dist, 'assets'), relay: { allowedHosts: new Set(TENCENT_HOSTS) } }),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('npm run serve: the relay on the same origin', () => {
  it('forwards /relay/{host}/v4/... and /{base}relay/... to the upstream', async () => {
    await start({ basePath: '/tools/im/' });
    const answer = await rawRequest(port, {
      path: `/tools/im/relay/console.tim.qq.com${IMPORT_PATH}?x=1`,
      body: '{"a":1}',
    });
    expect(answer.status).toBe(200);
    expect(upstream.requests.at(-1)?.url).toBe(`${IMPORT_PATH}?x=1`);
    expect(upstream.requests.at(-1)?.body.toString()).toBe('{"a":1}');
  });

  it('refuses a rebinding Host on the relay with its marker', async () => {
    await start();
    const count = upstream.requests.length;
    const answer = await rawRequest(port, {
      path: `/relay/console.tim.qq.com${IMPORT_PATH}`,
      headers: { Host: 'rebind.attacker.example' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
    expect(answer.headers['x-relay-refusal']).toBe('bad-header');
    expect(upstream.requests.length).toBe(count);
  });
});

describe('static helpers', () => {
  it('reads the CSP from a meta tag, decoding entities', () => {
    expect(cspOfHtml(INDEX)).toBe(PAGE_CSP);
    expect(cspOfHtml(`<meta http-equiv="Content-Security-Policy" content="a &#39;self&#39;;\n  b">`)).toBe(
      "a 'self'; b",
    );
    expect(cspOfHtml('<html></html>')).toBeUndefined();
  });

  it('reads the CSP of index.html as built: the page and the server send the same policy', async () => {
    const source = await readFile(new URL('../../index.html', import.meta.url), 'utf8');
    const csp = cspOfHtml(source);
    expect(csp).toMatch(/^default-src 'self';/);
    expect(csp).toContain("connect-src 'self' https://console.tim.qq.com");
  });

  it('maps extensions to MIME types case-insensitively', () => {
    expect(mimeTypeOf('A.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('noext')).toBe('application/octet-stream');
  });

  it('decodes segments and refuses anything that could leave the folder', () => {
    expect(safeSegments('assets/a%20b.js')).toEqual(['assets', 'a b.js']);
    for (const bad of ['..', 'a/../b', '%2e%2e', 'a%2fb', 'a\\b', '%5c', '%00', '.git/config', '%zz']) {
      expect(safeSegments(bad), bad).toBeUndefined();
    }
  });

  it('knows local host names', () => {
    expect(['127.0.0.1', '[::1]', 'localhost', 'a.localhost', '10.0.0.2'].every(isLocalHostName)).toBe(true);
    expect(['example.com', 'localhost.example.com'].some(isLocalHostName)).toBe(false);
  });
});
