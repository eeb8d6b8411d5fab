// @vitest-environment node
// The relay inside `vite preview` and `vite dev` (the plugin in vite.config.ts), under a sub-path base, against a
// local upstream. Preview serves a fake dist/ from a temp folder (--outDir), so no build is needed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_PATH, SECRET_QUERY, rawRequest, startUpstream, type Upstream } from './helpers';
import { startChild, viteBin, type Child } from './spawn';

let dist: string;
let upstream: Upstream;
const children: Child[] = [];

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'vite-preview-dist-'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><p>preview</p>');
  upstream = await startUpstream();
});

afterAll(async () => {
  await Promise.all(children.map((child) => child.stop()));
  await upstream.close();
  await rm(dist, { recursive: true, force: true });
});

async function startVite(mode: 'preview' | 'dev'): Promise<{ child: Child; port: number }> {
  const args = [viteBin, ...(mode === 'preview' ? ['preview', '--outDir', dist] : []), '--host', '127.0.0.1'];
  args.push('--port', '0', '--base', '/sub/path/', '--clearScreen', 'false');
  const child = startChild(args, { RELAY_UPSTREAM_BASE: upstream.base, RELAY_EXTRA_HOSTS: '' });
  children.push(child);
  const [, port] = await child.waitFor(/Local:\s+http:\/\/127\.0\.0\.1:(\d+)\/sub\/path\//, 30_000);
  return { child, port: Number(port) };
}

async function checkRelay(child: Child, port: number): Promise<void> {
  const body = Buffer.from('{"GroupId":"@TGS#2C5SZEAEF"}\r\n\u00e9', 'utf8');
  const count = upstream.requests.length;
  const answer = await rawRequest(port, {
    path: `/sub/path/relay/console.tim.qq.com${IMPORT_PATH}${SECRET_QUERY}`,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: `http://127.0.0.1:${port}` },
    body,
  });
  expect(answer.status).toBe(200);
  expect(answer.body.toString()).toBe('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
  expect(upstream.requests.length).toBe(count + 1);
  expect(upstream.requests.at(-1)?.url).toBe(`${IMPORT_PATH}${SECRET_QUERY}`);
  expect(upstream.requests.at(-1)?.body.equals(body)).toBe(true);

  const other = await rawRequest(port, { path: `/sub/path/relay/other.example${IMPORT_PATH}`, body: '{}' });
  expect(other.status).toBe(403);
  expect(other.headers['x-relay-refusal']).toBe('host-not-allowed');
  const get = await rawRequest(port, {
    method: 'GET',
    path: `/sub/path/relay/console.tim.qq.com${IMPORT_PATH}`,
  });
  expect(get.status).toBe(405);
  expect(upstream.requests.length).toBe(count + 1);

  await child.waitFor(/relay GET console\.tim\.qq\.com \S+ 405/);
  expect(child.output()).toMatch(
    /relay POST console\.tim\.qq\.com \/v4\/group_open_http_svc\/import_group_msg 200 \d+ ms/,
  );
  expect(child.output()).not.toContain('eJw');
}

describe('the relay in Vite', { timeout: 60_000 }, () => {
  it('vite preview forwards {base}relay/{host}/v4/... and refuses what it must', async () => {
    const { child, port } = await startVite('preview');
    expect((await rawRequest(port, { method: 'GET', path: '/sub/path/' })).body.toString()).toContain(
      'preview',
    );
    await checkRelay(child, port);
    await child.stop();
  });

  it('vite dev does the same', async () => {
    const { child, port } = await startVite('dev');
    await checkRelay(child, port);
    await child.stop();
  });
});
