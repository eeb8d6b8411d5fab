import { afterEach, describe, expect, it, vi } from 'vitest';
import { SEED_REQUEST_TEXT } from '../../../src/lib/api';
import { encodeShareHash } from '../../../src/lib/share/share';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { ShareState, type AddressBar } from '../../../src/lib/state/share.svelte';
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

describe('ShareState: the link code loads on use', () => {
  function shareWith(app: AppState, loadLinks: () => Promise<typeof import('../../../src/lib/share/share')>) {
    const { workspace, endpoint, sending, notices } = app;
    return new ShareState({ workspace, endpoint, sending, notices, linkInbox: app.share.inbox, loadLinks });
  }

  it('is not loaded for an address without a share link, and loaded once for links', async () => {
    const app = makeApp();
    const load = vi.fn(() => import('../../../src/lib/share/share'));
    const share = shareWith(app, load);
    await share.openFromAddressBar(addressBar('#section').bar);
    await share.openFromAddressBar(addressBar('').bar);
    expect(load).not.toHaveBeenCalled();
    await share.share('https://example.test/', async () => ({ ok: true }));
    const { bar } = addressBar(share.link.slice(share.link.indexOf('#')));
    await share.openFromAddressBar(bar);
    expect(load).toHaveBeenCalledTimes(1);
    expect(app.notices.current?.text).toBe('Opened the shared request and its settings.');
  });

  it('when it cannot load: Share says so and makes no link', async () => {
    const app = makeApp();
    const share = shareWith(app, () => Promise.reject(new Error('offline')));
    const copy = vi.fn(async () => ({ ok: true }));
    await share.share('https://example.test/', copy);
    expect(copy).not.toHaveBeenCalled();
    expect(share.link).toBe('');
    expect(app.notices.current).toEqual({
      kind: 'error',
      text: 'The share link could not be made (offline).',
    });
  });

  it('when it cannot load: an opened link says so and stays in the address bar for a reload', async () => {
    const app = makeApp();
    const share = shareWith(app, () => Promise.reject(new Error('offline')));
    const { bar, replaced } = addressBar('#share=abc');
    await share.openFromAddressBar(bar);
    expect(replaced).toEqual([]);
    expect(app.workspace.text).toBe(SEED_REQUEST_TEXT);
    expect(app.notices.current).toEqual({
      kind: 'error',
      text: 'The share link could not be opened (offline). Reload the page to try again.',
    });
  });
});
