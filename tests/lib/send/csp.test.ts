// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TENCENT_HOSTS } from '../../../src/lib/api/regions';
import { connectAllowed, connectSrcOf } from '../../../src/lib/send/csp';

const PAGE = 'https://console.example';

describe('connectSrcOf', () => {
  it('reads connect-src, falls back to default-src, and keeps the first occurrence', () => {
    expect(connectSrcOf("default-src 'self'; connect-src 'self' https://a.example")).toEqual([
      "'self'",
      'https://a.example',
    ]);
    expect(connectSrcOf("default-src 'none'")).toEqual(["'none'"]);
    expect(connectSrcOf("script-src 'self'")).toBeUndefined();
    expect(connectSrcOf('connect-src a.example; connect-src b.example')).toEqual(['a.example']);
  });

  it('reads the page’s own index.html: self plus every Tencent host', () => {
    const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
    const policy = /content="(default-src[^"]+)"/.exec(html)?.[1] ?? '';
    const sources = connectSrcOf(policy);
    for (const host of TENCENT_HOSTS) {
      expect(
        connectAllowed(sources, `https://${host}/v4/group_open_http_svc/import_group_msg?x=1`, PAGE),
        host,
      ).toBe(true);
    }
    expect(connectAllowed(sources, `${PAGE}/relay/console.tim.qq.com/v4/x`, PAGE)).toBe(true);
    expect(connectAllowed(sources, 'https://relay.example.org/v4/x', PAGE)).toBe(false);
    expect(connectAllowed(sources, 'http://console.tim.qq.com/v4/x', PAGE)).toBe(false);
  });
});

describe('connectAllowed', () => {
  it.each([
    [["'self'"], 'https://console.example/relay/x', true],
    [["'self'"], 'https://console.example:8443/x', false],
    [["'self'"], 'https://other.example/x', false],
    [["'none'"], 'https://console.example/x', false],
    [['*'], 'https://anything.example/x', true],
    [['https:'], 'https://anything.example/x', true],
    [['https:'], 'http://anything.example/x', false],
    [['https://a.example'], 'https://a.example/v4/x', true],
    [['https://a.example'], 'https://a.example:8443/v4/x', false],
    [['https://a.example:*'], 'https://a.example:8443/v4/x', true],
    [['https://a.example:8443'], 'https://a.example:8443/v4/x', true],
    [['a.example'], 'https://a.example/x', true],
    [['http://a.example'], 'https://a.example/x', true],
    [['https://*.example.com'], 'https://im.example.com/x', true],
    [['https://*.example.com'], 'https://example.com/x', false],
    [['https://a.example/v4/'], 'https://a.example/v4/x', true],
    [['https://a.example/v4/'], 'https://a.example/v5/x', false],
    [['https://a.example/v4/x'], 'https://a.example/v4/x', true],
    [['https://a.example/v4/x'], 'https://a.example/v4/xy', false],
    [["'nonce-abc'", "'sha256-x'"], 'https://a.example/', false],
    [['https://a.example'], 'not a url', false],
  ])('%j allows %s: %s', (sources, url, expected) => {
    expect(connectAllowed(sources, url, PAGE)).toBe(expected);
  });

  it('allows everything without a policy', () => {
    expect(connectAllowed(undefined, 'http://x.example/', PAGE)).toBe(true);
  });

  it("'self' also allows the https upgrade of an http page's own host", () => {
    expect(connectAllowed(["'self'"], 'https://127.0.0.1:4173/x', 'http://127.0.0.1:4173')).toBe(true);
    expect(connectAllowed(["'self'"], 'https://127.0.0.1/x', undefined)).toBe(false);
  });
});
