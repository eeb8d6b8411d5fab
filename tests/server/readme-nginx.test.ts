// @vitest-environment node
// The README's nginx snippet: its allow-list is the region data's, and (where nginx is installed) it runs and
// refuses what the Node relay refuses, with the same markers, without logging the query string.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../../src/lib/api/regions';
import { rawRequest } from './helpers';
import { startChild, type Child } from './spawn';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const snippet = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);

describe('the README nginx snippet', () => {
  it('allows exactly the hosts of the region data', () => {
    const list = /\(\?<relay_host>([^)]*)\)/.exec(snippet)?.[1];
    expect(list?.split('|').map((host) => host.replaceAll('\\.', '.'))).toEqual(TENCENT_HOSTS);
  });

  it('has the limits of the Node relay and never logs $request or $args', () => {
    expect(snippet).toContain('client_max_body_size 1m;');
    for (const timeout of ['proxy_connect_timeout', 'proxy_send_timeout', 'proxy_read_timeout']) {
      expect(snippet).toContain(`${timeout} 10s;`);
    }
    expect(snippet).toContain('proxy_ssl_server_name on;');
    expect(snippet).toContain('$request_method $uri');
    const logFormats = snippet.split('\n').filter((line) => line.startsWith('log_format'));
    expect(logFormats.join('\n')).not.toMatch(/\$request\b|\$args|\$query_string|\$request_uri/);
    // Every location that answers /relay/ logs with the query-free format.
    const locations = snippet.split('location ').slice(1);
    expect(locations).toHaveLength(6);
    for (const location of locations) expect(location).toContain('relay_no_query;');
  });
});

let child: Child | undefined;
let dir = '';
afterAll(async () => {
  await child?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// CI installs nginx (.ci/run): there a missing nginx fails these tests instead of skipping them.
describe.skipIf(!nginx && process.env.CI !== 'true')(
  'the README nginx snippet in nginx (skipped outside CI where nginx is not installed)',
  { timeout: 30_000 },
  () => {
    it('refuses with the relay markers and keeps the query out of every log', async () => {
      dir = await mkdtemp(join(tmpdir(), 'nginx-relay-'));
      const port = await freePort();
      const lines = snippet.replaceAll('/var/log/nginx/', `${dir}/`).split('\n');
      const http = lines.filter((line) => line.startsWith('log_format'));
      const server = lines.filter((line) => !line.startsWith('log_format'));
      await writeFile(
        join(dir, 'nginx.conf'),
        [
          `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`,
          'events {}',
          'http {',
          `  access_log ${dir}/access.log;`,
          ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
            (name) => `  ${name}_temp_path ${dir}/${name};`,
          ),
          ...http,
          `  server { listen 127.0.0.1:${port}; root ${dir};`,
          ...server,
          '  }',
          '}',
        ].join('\n'),
      );
      child = startChild(['-c', join(dir, 'nginx.conf'), '-p', dir], {}, nginx);
      const path = '/relay/console.tim.qq.com/v4/group_open_http_svc/import_group_msg?usersig=eJwSECRET';
      for (let i = 0; i < 50; i++) {
        if (
          await rawRequest(port, { method: 'GET', path: '/relay/x' }).then(
            () => true,
            () => false,
          )
        )
          break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const cases: [Parameters<typeof rawRequest>[1], number, string][] = [
        [{ method: 'GET', path }, 405, 'method-not-allowed'],
        [{ path: '/relay/other.example/v4/x?usersig=eJwSECRET', body: '{}' }, 403, 'host-not-allowed'],
        [{ path: '/relay/console.tim.qq.com@other.example/v4/x', body: '{}' }, 403, 'host-not-allowed'],
        [
          { path: '/relay/console.tim.qq.com/v4/../../relay/other.example/v4/x', body: '{}' },
          403,
          'host-not-allowed',
        ],
        [{ path: '/relay/console.tim.qq.com:8443/v4/x', body: '{}' }, 403, 'host-not-allowed'],
        [{ path: '/relay/Console.tim.qq.com/v4/x', body: '{}' }, 403, 'host-not-allowed'],
        [{ path: '/relay/console.tim.qq.com./v4/x', body: '{}' }, 403, 'host-not-allowed'],
        [{ path: '/relay/console.tim.qq.com/v3/x', body: '{}' }, 403, 'host-not-allowed'],
        [{ path: `${path}`, body: Buffer.alloc(1024 * 1024 + 1) }, 413, 'body-too-large'],
      ];
      for (const [request, status, reason] of cases) {
        const answer = await rawRequest(port, request);
        expect(answer.status, request.path).toBe(status);
        expect(answer.headers['x-relay-refusal'], request.path).toBe(reason);
        expect(JSON.parse(answer.body.toString()).RelayRefusal).toBe(reason);
      }
      // nginx writes a log line when it finishes a request, which for a 413 is after its lingering close.
      const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '');
      for (let i = 0; i < 50 && !(await read('relay.log')).includes(' 413 '); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await child.stop();
      const logs = await Promise.all(['relay.log', 'access.log', 'error.log'].map(read));
      // Every refusal is in the relay's own log, none in the general one.
      const relayLines = logs[0].split('\n').filter((line) => line && !line.includes('"GET /relay/x"'));
      expect(relayLines).toHaveLength(cases.length);
      expect(logs[1]).not.toContain('/relay/');
      expect(logs.join('\n')).not.toContain('SECRET');
      expect(logs[0]).toContain('"POST /relay/other.example/v4/x" 403');
    });
  },
);
