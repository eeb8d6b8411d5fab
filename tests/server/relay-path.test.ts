// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../../src/lib/api/regions';
import { parseExtraHosts, parseUpstreamBase, relaySettingsFromEnv } from '../../src/server/config';
import { authorityOf, checkRelayHeaders, parseRelayPath, splitRawUrl } from '../../src/server/relay-path';
import { upstreamUrl } from '../../src/server/relay';

const ALLOWED = new Set(TENCENT_HOSTS);
const PATH = '/v4/group_open_http_svc/import_group_msg';

describe('parseRelayPath', () => {
  it('takes an allow-listed host and a plain /v4/ path, and keeps the query as given', () => {
    expect(parseRelayPath(`console.tim.qq.com${PATH}`, '?a=1&usersig=x', ALLOWED)).toEqual({
      ok: true,
      target: { host: 'console.tim.qq.com', path: PATH, search: '?a=1&usersig=x' },
    });
  });

  it.each([
    ['console.tim.qq.com@other', 'host.userinfo'],
    ['console.tim.qq.com:443', 'host.port'],
    ['console.tim.qq.com.', 'host.trailing-dot'],
    ['Console.tim.qq.com', 'host.case'],
    ['console%2etim.qq.com', 'host.encoded'],
    ['', 'host.empty'],
    ['other.example', 'host.not-listed'],
  ])('names why the host %j is refused', (host, message) => {
    expect(parseRelayPath(`${host}${PATH}`, '', ALLOWED)).toMatchObject({
      ok: false,
      reason: 'host-not-allowed',
      message,
    });
  });

  it('forwards only hosts of the allow-list, exactly as written (property)', () => {
    const hostish = fc.oneof(
      fc.string(),
      fc
        .constantFrom(...TENCENT_HOSTS)
        .chain((host) =>
          fc
            .tuple(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }))
            .map(([a, b]) => `${a}${host}${b}`),
        ),
      fc.constantFrom(...TENCENT_HOSTS).map((host) => host.toUpperCase()),
    );
    fc.assert(
      fc.property(hostish, (host) => {
        const result = parseRelayPath(`${host}${PATH}`, '', ALLOWED);
        const segment = host.split('/')[0];
        if (result.ok) expect(ALLOWED.has(result.target.host) && result.target.host === segment).toBe(true);
        else expect(ALLOWED.has(segment) && host === segment).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('forwards only plain paths under /v4/ (property): no %, backslash, empty or dot segment', () => {
    const pathish = fc.oneof(
      fc.string().map((s) => `/v4/${s}`),
      fc
        .array(fc.constantFrom('v4', '..', '.', '', '%2e', '%2f', 'a', 'b.c', '\\', 'x_y-z'), {
          maxLength: 6,
        })
        .map((parts) => `/${parts.join('/')}`),
    );
    fc.assert(
      fc.property(pathish, (path) => {
        const result = parseRelayPath(`console.tim.qq.com${path}`, '', ALLOWED);
        if (!result.ok) return;
        const forwarded = result.target.path;
        expect(forwarded.startsWith('/v4/')).toBe(true);
        const segments = forwarded.slice(1).split('/');
        expect(segments.every((s) => s !== '' && s !== '.' && s !== '..' && !s.startsWith('.'))).toBe(true);
        expect(forwarded).not.toMatch(/[%\\?#\s]/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitRawUrl and upstreamUrl', () => {
  it('splits at the first ? and keeps every later one', () => {
    expect(splitRawUrl('/a/b?x=1?y')).toEqual({ path: '/a/b', search: '?x=1?y' });
    expect(splitRawUrl('/a')).toEqual({ path: '/a', search: '' });
  });

  it('calls https://{host} unless a test base is given, keeping path and query', () => {
    const target = { host: 'console.tim.qq.com', path: PATH, search: '?q=1' };
    expect(upstreamUrl(target)).toBe(`https://console.tim.qq.com${PATH}?q=1`);
    expect(upstreamUrl(target, 'http://127.0.0.1:9999')).toBe(`http://127.0.0.1:9999${PATH}?q=1`);
  });
});

describe('authorityOf', () => {
  it.each([
    ['LocalHost:5173', 'localhost:5173'],
    ['example.com:443', 'example.com'],
    ['example.com.:80', 'example.com'],
    ['[::1]:8080', '[::1]:8080'],
    ['127.0.0.1', '127.0.0.1'],
  ])('reads %j as %j', (value, expected) => {
    expect(authorityOf(value)).toBe(expected);
  });

  it.each(['', 'a b', 'user@host', 'host/path', 'host:port', 'host:123456', '[::1', ':80'])(
    'refuses %j',
    (value) => {
      expect(authorityOf(value)).toBeUndefined();
    },
  );
});

describe('checkRelayHeaders', () => {
  it('accepts the page calling its own server', () => {
    expect(
      checkRelayHeaders({ host: 'localhost:5173', origin: 'http://localhost:5173' }, ALLOWED),
    ).toBeUndefined();
    expect(
      checkRelayHeaders({ host: 'console.example:443', origin: 'https://console.example' }, ALLOWED),
    ).toBeUndefined();
  });

  it.each([
    [{}, 'header.host-missing'],
    [{ host: 'a b' }, 'header.host-missing'],
    [{ host: 'console.tim.qq.com' }, 'header.host-upstream'],
    [{ host: 'CONSOLE.TIM.QQ.COM.' }, 'header.host-upstream'],
    [{ host: 'localhost', forwardedHost: 'console.tim.qq.com' }, 'header.forwarded-host'],
    [{ host: 'localhost', forwardedHost: ['localhost', 'other.example'] }, 'header.forwarded-host'],
    [{ host: 'localhost', forwardedHost: 'localhost, other.example' }, 'header.forwarded-host'],
    [{ host: 'localhost:5173', origin: 'http://localhost:3000' }, 'header.origin'],
    [{ host: 'localhost', origin: 'not a url' }, 'header.origin'],
  ])('refuses %j', (headers, message) => {
    expect(checkRelayHeaders(headers, ALLOWED)).toBe(message);
  });

  it('asks the server which names it answers to', () => {
    const onlyLocal = (name: string) => name === 'localhost';
    expect(checkRelayHeaders({ host: 'localhost:1' }, ALLOWED, onlyLocal)).toBeUndefined();
    expect(checkRelayHeaders({ host: 'rebind.example:1' }, ALLOWED, onlyLocal)).toBe('header.host-unknown');
  });
});

describe('relay settings from the environment', () => {
  it('allows every host and backup host of the region data, plus RELAY_EXTRA_HOSTS (lower-cased)', () => {
    const settings = relaySettingsFromEnv({ RELAY_EXTRA_HOSTS: ' relay.example.org, IM.Example.COM ,,' });
    for (const host of TENCENT_HOSTS) expect(settings.allowedHosts.has(host)).toBe(true);
    expect(settings.allowedHosts.has('relay.example.org')).toBe(true);
    expect(settings.allowedHosts.has('im.example.com')).toBe(true);
    expect(settings.allowedHosts.size).toBe(TENCENT_HOSTS.length + 2);
    expect(settings.upstreamBase).toBeUndefined();
  });

  it.each([
    'https://relay.example.org',
    'relay.example.org/path',
    'user@relay.example.org',
    'relay.example.org:8443',
    'bad_host!',
    'a..b',
  ])('refuses the RELAY_EXTRA_HOSTS entry %j with a message naming it', (entry) => {
    expect(() => parseExtraHosts(entry)).toThrow(/RELAY_EXTRA_HOSTS/);
  });

  it('takes an http(s) RELAY_UPSTREAM_BASE without a trailing slash and refuses anything else', () => {
    expect(parseUpstreamBase('http://127.0.0.1:9999/')).toBe('http://127.0.0.1:9999');
    expect(parseUpstreamBase('')).toBeUndefined();
    for (const bad of ['ftp://x', '127.0.0.1:9999', 'http://x/?q=1', 'http://u:p@x/']) {
      expect(() => parseUpstreamBase(bad)).toThrow(/RELAY_UPSTREAM_BASE/);
    }
  });
});
