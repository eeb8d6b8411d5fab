import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_REQUEST_TEXT } from '../../../src/lib/api';
import { encodeShareHash } from '../../../src/lib/share/share';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import type { AddressBar } from '../../../src/lib/state/share.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';

const apps: AppState[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
  vi.unstubAllGlobals();
});

function makeApp() {
  const app = new AppState({
    text: SEED_REQUEST_TEXT,
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
  });
  apps.push(app);
  return app;
}

function addressBar(hash: string) {
  const replaced: string[] = [];
  const bar: AddressBar = {
    location: {
      hash,
      pathname: '/console/',
      search: '?x=1',
      href: `https://example.test/console/?x=1${hash}`,
    },
    history: { state: null, replaceState: (_data, _unused, url) => void replaced.push(url ?? '') },
  };
  return { bar, replaced };
}

describe('ShareState', () => {
  it('share() makes the link, copies it and says so', async () => {
    const app = makeApp();
    const copied: string[] = [];
    await app.share.share('https://example.test/', async (text) => {
      copied.push(text);
      return { ok: true };
    });
    expect(copied).toEqual([app.share.link]);
    expect(app.share.link).toMatch(/^https:\/\/example\.test\/#share=/);
    expect(app.notices.current).toEqual({
      kind: 'info',
      text: 'Share link copied. It holds the request and settings, never credentials.',
    });
  });

  it('share() points to the field when the clipboard refuses', async () => {
    const app = makeApp();
    await app.share.share('https://example.test/', async () => ({ ok: false }));
    expect(app.share.link).not.toBe('');
    expect(app.notices.current?.text).toBe('Share link made: copy it from the field below the header.');
  });

  it('share() says so when the browser cannot compress', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const app = makeApp();
    await app.share.share('https://example.test/', async () => ({ ok: true }));
    expect(app.notices.current).toEqual({
      kind: 'error',
      text: 'This browser cannot compress the share link (no CompressionStream).',
    });
  });

  it('carries the target from the sending store and no credential', () => {
    const app = makeApp();
    app.credentials.update(app.credentials.activeId, { userSig: 'SECRET-SIG', sdkAppId: '1400000009' });
    app.sending.setTarget('direct');
    const settings = app.share.sharedSettings();
    expect(settings.target).toBe('direct');
    expect(JSON.stringify(settings)).not.toMatch(/SECRET-SIG|1400000009/);
  });

  it('openFromAddressBar applies a link once and takes it out of the address bar', async () => {
    const app = makeApp();
    const hash = await encodeShareHash({
      body: '{"GroupId":"from-link","MsgList":[]}',
      regionId: 'sgp',
      hostChoice: 'primary',
      customHost: '',
      target: 'relay',
      context: {},
    });
    const { bar, replaced } = addressBar(hash);
    await app.share.openFromAddressBar(bar);
    expect(app.workspace.text).toBe('{"GroupId":"from-link","MsgList":[]}');
    expect(app.endpoint.regionId).toBe('sgp');
    expect(app.sending.target).toBe('relay');
    expect(replaced).toEqual(['/console/?x=1']);
  });

  it('openFromAddressBar leaves an address without a link alone', async () => {
    const app = makeApp();
    const { bar, replaced } = addressBar('#section');
    await app.share.openFromAddressBar(bar);
    expect(replaced).toEqual([]);
    expect(app.workspace.text).toBe(SEED_REQUEST_TEXT);
  });
});
