import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOnlyTransportFor } from '../../../src/lib/send/build-only';
import { REGIONS, SEED_REQUEST_TEXT } from '../../../src/lib/api';
import { HISTORY_KEY } from '../../../src/lib/history/history';
import { decompressFromBase64Url } from '../../../src/lib/share/codec';
import { SHARE_HASH_PREFIX, encodeShareHash } from '../../../src/lib/share/share';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';
import { MemoryStorage } from '../persist/fake-storage';

const USERSIG = 'eJyrVgrxCdYrSSxSslIyUtJRSs7PS8-APP-STATE-SECRET';
const apps: AppState[] = [];

function makeApp(text?: string) {
  const historyStorage = new MemoryStorage();
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  const credentials = new CredentialStore({ session, local });
  credentials.update(credentials.activeId, { sdkAppId: '1400000001', identifier: 'admin', userSig: USERSIG });
  const draftStorage = new MemoryStorage();
  const app = new AppState({
    text,
    historyStorage,
    draftStorage,
    credentials,
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    clock: () => 1_700_000_000_000,
    // These tests are about building and recording: nothing is sent (App-sandbox.test.ts sends for real).
    transportFor: buildOnlyTransportFor,
  });
  apps.push(app);
  return { app, historyStorage, draftStorage, session, local };
}

afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
});

describe('AppState', () => {
  it('starts with the seed document, the first region, the sandbox target', () => {
    const { app } = makeApp();
    expect(app.workspace.text).toBe(SEED_REQUEST_TEXT);
    expect(app.endpoint.host).toBe(REGIONS[0].host);
    expect(app.sending.target).toBe('sandbox');
    expect(app.sending.built).toBeUndefined();
  });

  it('picks main and backup hosts; a region without a backup host falls back to its main', () => {
    const { app } = makeApp();
    app.endpoint.selectRegion('sgp', 'backup');
    expect(app.endpoint.host).toBe('adminapisgp.my-imcloud.com');
    const noBackup = REGIONS.find((r) => !r.backupHost);
    expect(noBackup).toBeDefined();
    app.endpoint.selectRegion(noBackup!.id, 'backup');
    expect(app.endpoint.hostChoice).toBe('primary');
    expect(app.endpoint.host).toBe(noBackup!.host);
    app.endpoint.selectRegion('atlantis');
    expect(app.endpoint.regionId).toBe(noBackup!.id);
  });

  it('validates a custom host', () => {
    const { app } = makeApp();
    app.endpoint.useCustomHost('ftp://x');
    expect(app.endpoint.host).toBeUndefined();
    expect(app.endpoint.customHostCheck?.ok).toBe(false);
    app.endpoint.useCustomHost('Relay.Example.com');
    expect(app.endpoint.host).toBe('relay.example.com');
  });

  it('send builds the request for the host and active profile and shows the Request panel', async () => {
    const { app } = makeApp('{"GroupId":"g","MsgList":[]}');
    app.endpoint.selectRegion('ger');
    await app.sending.send();
    expect(app.sending.built?.url).toMatch(
      /^https:\/\/adminapiger\.im\.qcloud\.com\/v4\/group_open_http_svc/,
    );
    expect(app.sending.built?.url).toContain('sdkappid=1400000001');
    expect(app.sending.built?.body).toBe('{"GroupId":"g","MsgList":[]}');
    expect(app.panels.active).toBe('request');
  });

  it('the workspace’s Send (Ctrl+Enter in the editor) builds too', async () => {
    const { app } = makeApp();
    app.workspace.send();
    await vi.waitFor(() => expect(app.sending.built).toBeDefined());
  });

  it('send records history without the UserSig', async () => {
    const { app, historyStorage } = makeApp();
    await app.sending.send();
    await app.sending.send();
    expect(app.history.entries).toHaveLength(2);
    expect(app.history.entries[0]).toMatchObject({
      regionId: 'cn',
      host: REGIONS[0].host,
      time: 1_700_000_000_000,
    });
    expect(historyStorage.getItem(HISTORY_KEY)).toBeTruthy();
    expect(historyStorage.dump()).not.toContain(USERSIG);
  });

  it('says what is missing when credentials are empty, and builds anyway', async () => {
    const { app } = makeApp();
    app.credentials.add('Empty');
    await app.sending.send();
    expect(app.sending.built).toBeDefined();
    expect(app.notices.current?.text).toMatch(/without SDKAppID, admin identifier, UserSig/);
  });

  it('refuses to build with an invalid custom host and says why', async () => {
    const { app } = makeApp();
    app.endpoint.useCustomHost('has space.com');
    await app.sending.send();
    expect(app.sending.built).toBeUndefined();
    expect(app.notices.current).toMatchObject({ kind: 'error' });
    expect(app.notices.current?.text).toMatch(/custom host is not valid.*no spaces/);
    expect(app.history.entries).toHaveLength(0);
  });

  it('reopens a history entry with its body and host', async () => {
    const { app } = makeApp('{"a":1}');
    app.endpoint.selectRegion('kr', 'backup');
    await app.sending.send();
    app.endpoint.useCustomHost('relay.example.com');
    await app.sending.send();
    app.workspace.setText('{"changed":true}');
    app.history.reopen(app.history.entries[1]);
    expect(app.workspace.text).toBe('{"a":1}');
    expect(app.endpoint.regionId).toBe('kr');
    expect(app.endpoint.hostChoice).toBe('backup');
    app.history.reopen(app.history.entries[0]);
    expect(app.endpoint.hostChoice).toBe('custom');
    expect(app.endpoint.customHost).toBe('relay.example.com');
  });

  it('clears history in memory and storage', async () => {
    const { app, historyStorage } = makeApp();
    await app.sending.send();
    app.history.clear();
    expect(app.history.entries).toEqual([]);
    expect(historyStorage.getItem(HISTORY_KEY)).toBeNull();
  });

  it('loads the history kept by an earlier visit', async () => {
    const first = makeApp();
    await first.app.sending.send();
    const again = new AppState({
      historyStorage: first.historyStorage,
      credentials: new CredentialStore({}),
    });
    apps.push(again);
    expect(again.history.entries).toHaveLength(1);
  });

  it('a share link never contains the UserSig held in state', async () => {
    const { app } = makeApp();
    await app.sending.send();
    const link = await app.share.makeShareLink('https://console.example/app/#old');
    expect(link.startsWith(`https://console.example/app/${SHARE_HASH_PREFIX}`)).toBe(true);
    expect(link).not.toContain(USERSIG);
    const json = await decompressFromBase64Url(
      link.slice(link.indexOf(SHARE_HASH_PREFIX) + SHARE_HASH_PREFIX.length),
    );
    expect(json).not.toContain(USERSIG);
    expect(json).not.toContain('1400000001');
    expect(app.share.link).toBe(link);
  });

  it('restores body, region, host, target and context from a share link', async () => {
    const source = makeApp('{"shared":true}');
    source.app.endpoint.selectRegion('idn', 'backup');
    source.app.sending.setTarget('relay');
    source.app.workspace.setContext({
      groupType: 'Community',
      groupCreateTime: 1_600_000_000,
      maxMessageBytes: 12000,
    });
    const link = await source.app.share.makeShareLink('https://x.test/');

    const { app } = makeApp();
    await app.share.restoreFromHash(link.slice(link.indexOf('#')));
    expect(app.workspace.text).toBe('{"shared":true}');
    expect(app.endpoint.host).toBe('adminapiidn.my-imcloud.com');
    expect(app.sending.target).toBe('relay');
    expect(app.workspace.context).toMatchObject({
      groupType: 'Community',
      groupCreateTime: 1_600_000_000,
      maxMessageBytes: 12000,
      now: undefined,
    });
    expect(app.notices.current).toEqual({
      kind: 'info',
      text: 'Opened the shared request and its settings.',
    });
  });

  it('keeps the default document and says so for a damaged link', async () => {
    const { app } = makeApp();
    await app.share.restoreFromHash('#share=@@@');
    expect(app.workspace.text).toBe(SEED_REQUEST_TEXT);
    expect(app.notices.current?.kind).toBe('error');
    expect(app.notices.current?.text).toMatch(/damaged/);
  });

  it('does nothing for a hash that is not a share link', async () => {
    const { app } = makeApp();
    await app.share.restoreFromHash('#top');
    expect(app.notices.current).toBeUndefined();
    expect(app.workspace.text).toBe(SEED_REQUEST_TEXT);
  });

  it('opens a link with an unknown region and names what it ignored', async () => {
    const hash = await encodeShareHash({
      body: '{}',
      regionId: 'mars',
      hostChoice: 'backup',
      customHost: '',
      target: 'direct',
      context: {},
    });
    const { app } = makeApp();
    await app.share.restoreFromHash(hash);
    expect(app.workspace.text).toBe('{}');
    expect(app.endpoint.regionId).toBe(REGIONS[0].id);
    expect(app.sending.target).toBe('direct');
    expect(app.notices.current?.text).toMatch(/unusable.*region "mars"/);
  });
});

describe('AppState history storage problems', async () => {
  it('keeps history in the tab when storage refuses, and says so', async () => {
    const app = new AppState({
      historyStorage: undefined,
      credentials: new CredentialStore({ session: undefined, local: undefined }),
      theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    });
    apps.push(app);
    await app.sending.send();
    expect(app.history.entries).toHaveLength(1);
    expect(app.notices.current?.text).toMatch(/kept for this tab only/);
    app.dispose();
  });

  it('keeps only what fits when storage is full', async () => {
    const storage = new MemoryStorage();
    storage.quota = 5000;
    const app = new AppState({
      text: 'x'.repeat(2000),
      historyStorage: storage,
      credentials: new CredentialStore({ session: undefined, local: undefined }),
      theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    });
    apps.push(app);
    for (let i = 0; i < 4; i++) await app.sending.send();
    expect(app.history.entries).toHaveLength(2);
    expect(app.notices.current?.text).toMatch(/Storage is full: history keeps the last 2 requests/);
  });

  it('loads a reference example with the group type its diagnostic needs', () => {
    const { app } = makeApp();
    app.workspace.loadExample('{"GroupId":"@TGS#_x","MsgList":[]}', { groupType: 'Community' });
    expect(app.workspace.text).toBe('{"GroupId":"@TGS#_x","MsgList":[]}');
    expect(app.workspace.context.groupType).toBe('Community');
  });

  it('keeps the document across reloads, and starts from it next time', () => {
    const { app, draftStorage } = makeApp('{"GroupId":"kept"}');
    app.draft.save();
    const again = new AppState({
      draftStorage,
      historyStorage: undefined,
      credentials: new CredentialStore({}),
    });
    apps.push(again);
    expect(again.workspace.text).toBe('{"GroupId":"kept"}');
  });

  it('says once when the document cannot be kept, and never loses it', () => {
    const refusing = new MemoryStorage();
    refusing.refuse = true;
    const app = new AppState({
      text: '{"GroupId":"x"}',
      draftStorage: refusing,
      historyStorage: undefined,
      credentials: new CredentialStore({}),
    });
    apps.push(app);
    app.draft.save();
    expect(app.notices.current?.text).toMatch(/refused to keep the document/);
    app.notices.clear();
    app.draft.save();
    expect(app.notices.current).toBeUndefined();
    expect(app.workspace.text).toBe('{"GroupId":"x"}');
  });
});
