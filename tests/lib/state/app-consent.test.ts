// What the console must not do behind the user's back: keep credentials in history, build an older document,
// send credentials to a host a link chose, or lose the document a link replaced.
import { afterEach, describe, expect, it } from 'vitest';
import { buildOnlyTransportFor } from '../../../src/lib/send/build-only';
import { REGIONS, SEED_REQUEST_TEXT } from '../../../src/lib/api';
import { HISTORY_KEY } from '../../../src/lib/history/history';
import { encodeShareHash } from '../../../src/lib/share/share';
import type { SharedSettings } from '../../../src/lib/share/settings';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { REPLACED_DRAFT_KEY } from '../../../src/lib/state/link-inbox.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';
import { MemoryStorage } from '../persist/fake-storage';

const APP_ID = '1400987654';
const ADMIN = 'consent_admin';
const USERSIG = 'eJyrVgrxCdYrSSxSslIyUtJRSs7PS8-CONSENT-SECRET';
const apps: AppState[] = [];

function makeApp(options: { text?: string; remember?: boolean; draftStorage?: MemoryStorage } = {}) {
  const historyStorage = new MemoryStorage();
  const draftStorage = options.draftStorage ?? new MemoryStorage();
  const credentials = new CredentialStore({ session: new MemoryStorage(), local: new MemoryStorage() });
  credentials.update(credentials.activeId, { sdkAppId: APP_ID, identifier: ADMIN, userSig: USERSIG });
  if (options.remember) credentials.setRemember(true);
  const app = new AppState({
    text: options.text,
    historyStorage,
    draftStorage,
    credentials,
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    transportFor: buildOnlyTransportFor,
  });
  apps.push(app);
  return { app, historyStorage, draftStorage };
}

afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
});

const VALID = (group: string) =>
  `{"GroupId":"${group}","MsgList":[{"From_Account":"amy","SendTime":1620808101,"Random":1,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}]}`;

describe('history keeps credentials only with consent', () => {
  it('without "remember", history (in memory and in storage) holds no credential field', async () => {
    const { app, historyStorage } = makeApp({ text: VALID('g1') });
    await app.sending.send();
    expect(app.sending.built?.url).toContain(`sdkappid=${APP_ID}`);
    const stored = historyStorage.getItem(HISTORY_KEY) ?? '';
    expect(stored).toContain('import_group_msg');
    for (const secret of [APP_ID, ADMIN, USERSIG]) {
      expect(stored).not.toContain(secret);
      expect(JSON.stringify(app.history.entries)).not.toContain(secret);
    }
    expect(app.history.entries[0].redactedUrl).not.toMatch(/sdkappid|identifier|usersig/i);
    expect(app.history.entries[0].redactedUrl).toMatch(/\?random=\d+&contenttype=json$/);
  });

  it('with "remember", history may keep the SDKAppID and identifier, never the UserSig', async () => {
    const { app, historyStorage } = makeApp({ text: VALID('g1'), remember: true });
    await app.sending.send();
    const stored = historyStorage.getItem(HISTORY_KEY) ?? '';
    expect(stored).toContain(`sdkappid=${APP_ID}`);
    expect(stored).toContain(`identifier=${ADMIN}`);
    expect(stored).not.toContain(USERSIG);
  });

  it('unticking "remember" takes the credential fields out of the stored history', async () => {
    const { app, historyStorage } = makeApp({ text: VALID('g1'), remember: true });
    await app.sending.send();
    app.credentials.setRemember(false);
    app.enforceHistoryConsent(); // the page calls it when persistence turns to memory
    const stored = historyStorage.getItem(HISTORY_KEY) ?? '';
    expect(stored).not.toContain(APP_ID);
    expect(stored).not.toContain(ADMIN);
    expect(app.history.entries).toHaveLength(1);
  });

  it('entries stored with credentials by an earlier version lose them on load', () => {
    const historyStorage = new MemoryStorage();
    historyStorage.setItem(
      HISTORY_KEY,
      JSON.stringify([
        {
          id: '1',
          time: 1,
          regionId: 'cn',
          host: REGIONS[0].host,
          redactedUrl: `https://${REGIONS[0].host}/v4/group_open_http_svc/import_group_msg?sdkappid=${APP_ID}&identifier=${ADMIN}&usersig=REDACTED&random=5&contenttype=json`,
          body: '{}',
        },
      ]),
    );
    const app = new AppState({
      historyStorage,
      draftStorage: undefined,
      credentials: new CredentialStore({ session: undefined, local: undefined }),
    });
    apps.push(app);
    expect(app.history.entries[0].redactedUrl).toBe(
      `https://${REGIONS[0].host}/v4/group_open_http_svc/import_group_msg?random=5&contenttype=json`,
    );
    expect(historyStorage.getItem(HISTORY_KEY)).not.toContain(APP_ID);
  });
});

describe('Send builds the current text or nothing', () => {
  it('builds a valid request whose field nests 20,000 arrays deep, not the previous document', async () => {
    const { app } = makeApp({ text: VALID('first') });
    await app.sending.send();
    expect(app.sending.built?.body).toBe(VALID('first'));
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const text = VALID('second').replace('"Random":1', `"Random":1,"CloudCustomData":${deep}`);
    app.workspace.setText(text);
    await app.sending.send();
    expect(app.sending.built?.body).toBe(text);
    expect(app.history.entries[0].body).toBe(text);
    expect(app.workspace.validationError).toBeUndefined();
  });
});

describe('a share link never changes where credentials go without a yes', () => {
  const link = (patch: Partial<SharedSettings>) =>
    encodeShareHash({
      body: VALID('shared'),
      regionId: 'sgp',
      hostChoice: 'custom',
      customHost: 'collector.evil.example',
      target: 'direct',
      context: {},
      ...patch,
    });

  it('holds a foreign host as pending: the next Send still goes to the host in use', async () => {
    const { app } = makeApp();
    const before = app.endpoint.host;
    expect(await app.share.restoreFromHash(await link({}))).toBe(true);
    expect(app.linkInbox.pendingHost).toEqual({
      input: 'collector.evil.example',
      host: 'collector.evil.example',
    });
    expect(app.endpoint.hostChoice).toBe('primary');
    expect(app.endpoint.host).toBe('adminapisgp.im.qcloud.com');
    expect(before).not.toBe('collector.evil.example');
    expect(app.notices.current?.text).toMatch(
      /asks to send requests to collector\.evil\.example, which is not a Tencent host: requests still go to adminapisgp\.im\.qcloud\.com unless you accept it/,
    );
    await app.sending.send();
    expect(app.sending.built?.url).toMatch(/^https:\/\/adminapisgp\.im\.qcloud\.com\//);
    expect(app.notices.current?.text).toMatch(/collector\.evil\.example is not in use/);
  });

  it('uses the host only after the explicit yes, and keeps the old one on no', async () => {
    const { app } = makeApp();
    await app.share.restoreFromHash(await link({}));
    app.share.rejectPendingHost();
    expect(app.linkInbox.pendingHost).toBeUndefined();
    expect(app.endpoint.host).toBe('adminapisgp.im.qcloud.com');
    await app.share.restoreFromHash(await link({}));
    app.share.acceptPendingHost();
    expect(app.endpoint.host).toBe('collector.evil.example');
    await app.sending.send();
    expect(app.sending.built?.url).toMatch(/^https:\/\/collector\.evil\.example\//);
  });

  it('applies a Tencent host given as custom as its region, and names an unusable host', async () => {
    const { app } = makeApp();
    await app.share.restoreFromHash(await link({ customHost: 'adminapiger.my-imcloud.com' }));
    expect(app.linkInbox.pendingHost).toBeUndefined();
    expect([app.endpoint.regionId, app.endpoint.hostChoice]).toEqual(['ger', 'backup']);
    await app.share.restoreFromHash(await link({ customHost: 'http://x y' }));
    expect(app.linkInbox.pendingHost).toBeUndefined();
    expect(app.notices.current?.text).toMatch(/unusable.*custom host "http:\/\/x y"/);
  });

  it('never takes a typed custom host from a link that does not choose it', async () => {
    const { app } = makeApp();
    await app.share.restoreFromHash(await link({ hostChoice: 'primary' }));
    expect(app.endpoint.customHost).toBe('');
    expect(app.linkInbox.pendingHost).toBeUndefined();
  });
});

describe('a share link keeps the document it replaced', () => {
  it('keeps the replaced document (also across a reload) until restored', async () => {
    const draftStorage = new MemoryStorage();
    const { app } = makeApp({ text: VALID('my-work'), draftStorage });
    const hash = await encodeShareHash({
      body: VALID('from-link'),
      regionId: 'cn',
      hostChoice: 'primary',
      customHost: '',
      target: 'sandbox',
      context: {},
    });
    await app.share.restoreFromHash(hash);
    expect(app.workspace.text).toBe(VALID('from-link'));
    expect(app.linkInbox.replacedDraft).toBe(VALID('my-work'));
    expect(app.notices.current?.text).toMatch(
      /replaced the document you had open: "Restore previous document"/,
    );
    expect(draftStorage.getItem(REPLACED_DRAFT_KEY)).toBe(VALID('my-work'));

    const reloaded = makeApp({ text: VALID('from-link'), draftStorage }).app;
    expect(reloaded.linkInbox.replacedDraft).toBe(VALID('my-work'));
    reloaded.share.restoreReplacedDraft();
    expect(reloaded.workspace.text).toBe(VALID('my-work'));
    expect(reloaded.linkInbox.replacedDraft).toBeUndefined();
    expect(draftStorage.getItem(REPLACED_DRAFT_KEY)).toBeNull();
  });

  it('keeps nothing when the link changes nothing or replaces the default document', async () => {
    const { app, draftStorage } = makeApp();
    const hash = await encodeShareHash({
      body: SEED_REQUEST_TEXT,
      regionId: 'cn',
      hostChoice: 'primary',
      customHost: '',
      target: 'sandbox',
      context: {},
    });
    await app.share.restoreFromHash(hash);
    expect(app.linkInbox.replacedDraft).toBeUndefined();
    expect(draftStorage.getItem(REPLACED_DRAFT_KEY)).toBeNull();
    expect(await app.share.restoreFromHash('#section')).toBe(false);
    expect(await app.share.restoreFromHash('#share=damaged')).toBe(true);
  });
});
