import { afterEach, describe, expect, it } from 'vitest';
import { SEED_REQUEST_TEXT } from '../../../src/lib/api';
import { buildOnlyTransportFor, type TransportFor } from '../../../src/lib/send/build-only';
import { compressToBase64Url } from '../../../src/lib/share/codec';
import { SHARE_HASH_PREFIX, decodeShareHash, encodeShareHash } from '../../../src/lib/share/share';
import type { SharedSettings } from '../../../src/lib/share/settings';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { LANGUAGE_KEY, LanguageState } from '../../../src/lib/state/language.svelte';
import { NoticeState } from '../../../src/lib/state/notices.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';
import { MemoryStorage } from '../persist/fake-storage';

const apps: AppState[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.dispose();
});

async function makeApp(
  locale: 'en' | 'zh-CN',
  options: {
    historyStorage?: MemoryStorage;
    draftStorage?: MemoryStorage;
    text?: string;
    transportFor?: TransportFor;
  } = {},
) {
  const languageStorage = new MemoryStorage();
  const language = new LanguageState({ storage: languageStorage, languages: [locale] });
  await language.ready;
  const app = new AppState({
    text: options.text ?? '{"GroupId":"g","MsgList":[]}',
    historyStorage: options.historyStorage,
    draftStorage: options.draftStorage,
    credentials: new CredentialStore({ session: undefined, local: undefined, language }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    clock: () => 1_700_000_000_000,
    transportFor: options.transportFor ?? buildOnlyTransportFor,
    language,
  });
  apps.push(app);
  return { app, language, languageStorage };
}

const LINK: SharedSettings = {
  body: '{"GroupId":"from-link","MsgList":[]}',
  regionId: 'sgp',
  hostChoice: 'primary',
  customHost: '',
  target: 'direct',
  context: {},
};

const hashOf = async (payload: unknown) =>
  SHARE_HASH_PREFIX + (await compressToBase64Url(JSON.stringify(payload)));

describe('NoticeState with words said when shown', () => {
  it('says a function-made notice each time it is read', () => {
    const notices = new NoticeState();
    let word = 'one';
    notices.error(() => `said ${word}`);
    expect(notices.current).toEqual({ kind: 'error', text: 'said one' });
    word = 'two';
    expect(notices.current).toEqual({ kind: 'error', text: 'said two' });
  });
});

describe('notices in zh-CN follow a switch of language', () => {
  it('Send: built without credentials, in Chinese, then in English without sending again', async () => {
    const { app, language } = await makeApp('zh-CN');
    await app.sending.send();
    expect(app.notices.current?.text).toBe(
      '已生成请求，但缺少 SDKAppID、App 管理员账号、UserSig：请在“凭据”中填写。历史记录仅保留在此标签页中：此浏览器拒绝存储。',
    );
    await language.choose('en');
    expect(app.sending.count).toBe(1);
    expect(app.notices.current?.text).toBe(
      'Request built without SDKAppID, admin identifier, UserSig: fill them in under Credentials. History is kept for this tab only: this browser refused to store it.',
    );
  });

  it('Send that gets no answer: the send failure and the answer are said in the language in use', async () => {
    const { app, language } = await makeApp('zh-CN', {
      transportFor: (target) => ({
        target,
        send: async () => ({
          target,
          status: 0,
          bodyText: '',
          durationMs: 10_000,
          failure: { kind: 'timeout' },
        }),
      }),
    });
    app.sending.setTarget('direct');
    await app.sending.send();
    expect(app.notices.current?.kind).toBe('error');
    expect(app.notices.current?.text).toMatch(/^\d+ 秒内没有应答：/);
    await language.choose('en');
    expect(app.notices.current?.text).toMatch(/^No answer within \d+ s: /);
  });

  it('Send with an invalid custom host: the host check is said in the language in use', async () => {
    const { app, language } = await makeApp('zh-CN');
    app.endpoint.useCustomHost('bad host');
    expect(app.endpoint.customHostCheck).toEqual({
      ok: false,
      message: '域名中不能有空格。只需输入域名，例如 adminapisgp.im.qcloud.com。',
    });
    await app.sending.send();
    expect(app.notices.current).toEqual({
      kind: 'error',
      text: '未生成请求：自定义域名无效。域名中不能有空格。只需输入域名，例如 adminapisgp.im.qcloud.com。',
    });
    await language.choose('en');
    expect(app.notices.current?.text).toBe(
      'Nothing was built: the custom host is not valid. A host name has no spaces. Type only the host name, e.g. adminapisgp.im.qcloud.com.',
    );
  });

  it('history: a full storage, reopening (a date in the chosen language) and clearing', async () => {
    const historyStorage = new MemoryStorage();
    historyStorage.quota = 5000;
    const { app, language } = await makeApp('zh-CN', { historyStorage, text: 'x'.repeat(2000) });
    for (let i = 0; i < 4; i++) await app.sending.send();
    expect(app.notices.current?.text).toMatch(/存储空间已满：历史记录只保留最近的 2 个请求。$/);
    app.history.reopen(app.history.entries[0]);
    const time = app.history.entries[0].time;
    expect(app.notices.current?.text).toBe(`已重新打开 ${new Date(time).toLocaleString('zh-CN')} 的请求。`);
    await language.choose('en');
    expect(app.notices.current?.text).toBe(`Reopened the request of ${new Date(time).toLocaleString('en')}.`);
    app.history.clear();
    expect(app.notices.current?.text).toBe('History cleared.');
    await language.choose('zh-CN');
    expect(app.notices.current?.text).toBe('已清空历史记录。');
  });

  it('the draft that cannot be kept', async () => {
    const draftStorage = new MemoryStorage();
    draftStorage.refuse = true;
    const { app } = await makeApp('zh-CN', { draftStorage });
    app.draft.save();
    expect(app.notices.current?.text).toBe('此浏览器拒绝在刷新后保留文档：如需以后使用，请将其保存到文件。');
  });

  it('share links: made, damaged, of another version', async () => {
    const { app, language } = await makeApp('zh-CN');
    await app.share.share('https://example.test/', async () => ({ ok: true }));
    expect(app.notices.current?.text).toBe('已复制分享链接。链接包含请求和设置，从不包含凭据。');
    await app.share.restoreFromHash('#share=%%%');
    expect(app.notices.current).toEqual({
      kind: 'error',
      text: '此分享链接已损坏或不完整，因此显示默认文档。请重新获取完整的链接。',
    });
    await app.share.restoreFromHash(await hashOf({ v: 2, body: '{}' }));
    expect(app.notices.current?.text).toBe('此分享链接由其他版本的控制台生成（格式 2），因此显示默认文档。');
    await language.choose('en');
    expect(app.notices.current?.text).toBe(
      'This share link was made by another version of the console (format 2), so the default document is shown.',
    );
  });
});

describe('a share link carries the language', () => {
  it('puts the sharer’s language in the link', async () => {
    const { app } = await makeApp('zh-CN');
    expect(app.share.sharedSettings().language).toBe('zh-CN');
    const link = await app.share.makeShareLink('https://example.test/');
    const decoded = await decodeShareHash(link.slice(link.indexOf('#')));
    expect(decoded.kind === 'ok' && decoded.settings.language).toBe('zh-CN');
  });

  it('opens in the link’s language for this visit, without remembering it', async () => {
    const { app, language, languageStorage } = await makeApp('en', { text: SEED_REQUEST_TEXT });
    expect(await app.share.restoreFromHash(await encodeShareHash({ ...LINK, language: 'zh-CN' }))).toBe(true);
    expect(language.locale).toBe('zh-CN');
    expect(languageStorage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(app.workspace.text).toBe(LINK.body);
    expect(app.notices.current).toEqual({ kind: 'info', text: '已打开分享的请求及其设置。' });
  });

  it('ignores a language it does not have, a hostile one included, and lists it as unusable', async () => {
    for (const hostile of ['__proto__', 'constructor', 'fr', '<img src=x onerror=alert(1)>', { en: true }]) {
      const { app, language, languageStorage } = await makeApp('en', { text: SEED_REQUEST_TEXT });
      const payload = { v: 1, ...LINK, context: {}, language: hostile };
      expect(await app.share.restoreFromHash(await hashOf(payload))).toBe(true);
      expect(language.locale).toBe('en');
      expect(language.error).toBeNull();
      expect(languageStorage.getItem(LANGUAGE_KEY)).toBeNull();
      // The rest of the link is applied; the notice names the field, never echoes the value.
      expect(app.workspace.text).toBe(LINK.body);
      expect(app.endpoint.regionId).toBe('sgp');
      expect(app.notices.current).toEqual({
        kind: 'error',
        text: 'Opened the shared request; these settings were unusable and left as they were: language.',
      });
    }
  });
});
