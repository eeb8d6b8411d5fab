// The browser side of the direct transport in jsdom: the CSP read from the page's meta tag, and the
// securitypolicyviolation event on document.
import { afterEach, describe, expect, it } from 'vitest';
import { createDirectTransport, pageConnectSrc } from '../../../src/lib/send/direct';
import { answering, fakeFetch, request } from './fake-fetch';

function setPolicy(content: string | undefined) {
  document.head.querySelectorAll('meta').forEach((meta) => meta.remove());
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.setAttribute('http-equiv', 'Content-Security-Policy');
  meta.setAttribute('content', content);
  document.head.append(meta);
}

afterEach(() => setPolicy(undefined));

describe('direct transport in the page', () => {
  it('reads connect-src from the page’s meta tag', () => {
    setPolicy("default-src 'self'; connect-src 'self' https://console.tim.qq.com");
    expect(pageConnectSrc()).toEqual(["'self'", 'https://console.tim.qq.com']);
    setPolicy(undefined);
    expect(pageConnectSrc()).toBeUndefined();
  });

  it('refuses a host outside the meta tag’s connect-src by default', async () => {
    setPolicy("default-src 'self'; connect-src 'self' https://console.tim.qq.com");
    const fetch = answering('{}');
    const transport = createDirectTransport({ fetch, isOnline: () => true });
    expect((await transport.send(request('relay.example.org'))).failure).toEqual({
      kind: 'csp',
      detail: 'relay.example.org',
    });
    expect((await transport.send(request('console.tim.qq.com'))).failure).toBeUndefined();
    expect(fetch.calls).toHaveLength(1);
  });

  it('listens for securitypolicyviolation on document during the call only', async () => {
    setPolicy(undefined);
    const fetch = fakeFetch(async () => {
      document.dispatchEvent(
        Object.assign(new Event('securitypolicyviolation'), { blockedURI: 'https://console.tim.qq.com' }),
      );
      throw new TypeError('Failed to fetch');
    });
    const transport = createDirectTransport({ fetch, isOnline: () => true });
    expect((await transport.send(request())).failure).toEqual({ kind: 'csp', detail: 'console.tim.qq.com' });
    // A later violation does not leak into the next call's verdict.
    const blocked = createDirectTransport({
      fetch: fakeFetch(async () => Promise.reject(new TypeError('x'))),
      isOnline: () => true,
    });
    expect((await blocked.send(request())).failure?.kind).toBe('blocked');
  });
});
