// @vitest-environment node
// `npm run serve` as it runs: tsx, a child process, the environment settings, a fake dist/ in a temp folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSettings } from '../../src/server/serve';
import { IMPORT_PATH, SECRET_QUERY, rawRequest, startUpstream, type Upstream } from './helpers';
import { startChild, tsxCli, type Child } from './spawn';

const INDEX =
  '<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'self\'; connect-src \'self\'"><p>served</p>';

let dist: string;
let upstream: Upstream;
const children: Child[] = [];

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'serve-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'a.js'), 'export {};');
  upstream = await startUpstream();
});

afterAll(async () => {
  await Promise.all(children.map((child) => child.stop()));
  await upstream.close();
  await rm(dist, { recursive: true, force: true });
});

function serve(args: string[], env: Record<string, string | undefined>): Child {
  const child = startChild([tsxCli, 'src/server/serve.ts', ...args], env);
  children.push(child);
  return child;
}

describe('npm run serve (child process)', { timeout: 30_000 }, () => {
  it('serves dist/ and the relay on one origin, logging without the query', async () => {
    const child = serve(['--dist', dist, '--base', '/sub/path/'], {
      PORT: '0',
      HOST: '127.0.0.1',
      RELAY_UPSTREAM_BASE: upstream.base,
      RELAY_EXTRA_HOSTS: 'relay.example.org',
    });
    const [, port] = await child.waitFor(/Serving the console at http:\/\/127\.0\.0\.1:(\d+)\/sub\/path\//);
    expect(child.output()).toContain('RELAY_UPSTREAM_BASE is set');

    const page = await rawRequest(Number(port), { method: 'GET', path: '/sub/path/' });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe(INDEX);
    expect(page.headers['content-security-policy']).toBe("default-src 'self'; connect-src 'self'");
    expect(
      (await rawRequest(Number(port), { method: 'GET', path: '/sub/path/assets/a.js' })).headers[
        'content-type'
      ],
    ).toBe('text/javascript; charset=utf-8');

    const body = Buffer.from('{"MsgList":[]}\r\n中', 'utf8');
    const relayed = await rawRequest(Number(port), {
      path: `/sub/path/relay/relay.example.org${IMPORT_PATH}${SECRET_QUERY}`,
      body,
    });
    expect(relayed.status).toBe(200);
    expect(upstream.requests.at(-1)?.url).toBe(`${IMPORT_PATH}${SECRET_QUERY}`);
    expect(upstream.requests.at(-1)?.body.equals(body)).toBe(true);
    const refused = await rawRequest(Number(port), {
      path: `/sub/path/relay/other.example${IMPORT_PATH}`,
      body: '{}',
    });
    expect(refused.headers['x-relay-refusal']).toBe('host-not-allowed');

    await child.waitFor(/relay POST other\.example \S+ 403/);
    const output = child.output();
    expect(output).toMatch(
      /relay POST relay\.example\.org \/v4\/group_open_http_svc\/import_group_msg 200 \d+ ms/,
    );
    expect(output).not.toContain('eJw');
    expect(output.toLowerCase()).not.toContain('usersig=');
    await child.stop();
  });

  it('stops with a clear message when dist/ has no index.html', async () => {
    const child = serve(['--dist', join(dist, 'assets')], { PORT: '0' });
    expect(await child.exited).toBe(1);
    expect(child.output()).toContain('index.html does not exist: run `npm run build` first');
  });

  it('stops with a clear message for a bad RELAY_EXTRA_HOSTS entry', async () => {
    const child = serve(['--dist', dist], {
      PORT: '0',
      RELAY_EXTRA_HOSTS: 'ok.example, https://bad.example/x',
    });
    expect(await child.exited).toBe(1);
    expect(child.output()).toContain('RELAY_EXTRA_HOSTS: "https://bad.example/x"');
  });
});

describe('serveSettings', () => {
  it('defaults to 127.0.0.1:8080, dist/ and the root base', () => {
    const settings = serveSettings([], {});
    expect(settings).toMatchObject({ host: '127.0.0.1', port: 8080, basePath: '/' });
    expect(settings.root).toMatch(/dist$/);
  });

  it('reads PORT, HOST and the options', () => {
    expect(
      serveSettings(['--base', '/a/b/', '--dist', '/tmp/x'], { PORT: '0', HOST: '0.0.0.0' }),
    ).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      basePath: '/a/b/',
      root: '/tmp/x',
    });
  });

  it.each([
    [['--base', 'a/'], {}, /--base must be/],
    [['--base', '/a/../b/'], {}, /--base must be/],
    [['--base', '/a'], {}, /--base must be/],
    [['--port', '1'], {}, /Unknown or incomplete option: --port/],
    [['--dist'], {}, /Unknown or incomplete option: --dist/],
    [['--cert', 'c.pem'], {}, /both --cert and --key/],
    [[], { PORT: 'http' }, /PORT must be a number/],
    [[], { PORT: '70000' }, /PORT must be a number/],
  ])('refuses %j %j', (argv, env, message) => {
    expect(() => serveSettings(argv, env)).toThrow(message);
  });
});
