import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, type Component } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGIONS } from '../../../src/lib/api';
import Header from '../../../src/lib/components/Header.svelte';
import LazyPanel from '../../../src/lib/components/LazyPanel.svelte';
import LinkPrompts from '../../../src/lib/components/LinkPrompts.svelte';
import ShortcutSheet from '../../../src/lib/components/ShortcutSheet.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { lazy } from '../../../src/lib/lazy/lazy.svelte';
import { encodeShareHash } from '../../../src/lib/share/share';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { PanelState } from '../../../src/lib/state/panels.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';

const apps: AppState[] = [];
afterEach(() => {
  cleanup();
  for (const app of apps.splice(0)) app.dispose();
});

async function chinese() {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  return language;
}

async function makeApp() {
  const language = await chinese();
  const app = new AppState({
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined, language }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    language,
  });
  apps.push(app);
  return { app, language, context: languageContext(language) };
}

const optionTexts = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the header in zh-CN', () => {
  it('names its controls and regions in Chinese, as Tencent does, and switches back in place', async () => {
    const { app, language, context } = await makeApp();
    const { endpoint, sending, workspace, theme } = app;
    render(Header, {
      props: { endpoint, sending, workspace, theme, onshare: vi.fn(), onshortcuts: vi.fn() },
      context,
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('导入群消息控制台');
    const send = screen.getByRole('button', { name: '发送' });
    expect(screen.getByRole('button', { name: '格式化' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '分享' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '键盘快捷键' })).toHaveAttribute('title', '键盘快捷键（?）');
    expect(screen.getByRole('button', { name: '凭据' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '凭据配置' })).toBeInTheDocument();
    const region = screen.getByRole('combobox', { name: '地域' });
    expect(optionTexts(region)).toContain('新加坡：adminapisgp.im.qcloud.com');
    expect(optionTexts(region)).toContain('法兰克福（备域名）：adminapiger.my-imcloud.com');
    expect(optionTexts(region)).toContain('自定义域名…');
    expect(
      within(region)
        .getAllByRole('group')
        .map((group) => group.getAttribute('label')),
    ).toEqual(['中国', '新加坡', '首尔', '法兰克福', '孟买', '硅谷', '雅加达', '东京']);
    expect(optionTexts(screen.getByRole('combobox', { name: '发送目标' }))).toEqual(['沙箱', '直连', '中转']);
    expect(optionTexts(screen.getByRole('combobox', { name: '主题' }))).toEqual(['跟随系统', '浅色', '深色']);

    // A region of newer docs says so; a custom host is checked in Chinese.
    await userEvent.selectOptions(region, 'jpn');
    expect(screen.getByText(/没有公开资料给出东京的备域名/)).toBeInTheDocument();
    await userEvent.selectOptions(region, 'custom');
    await userEvent.type(screen.getByRole('textbox', { name: '自定义域名' }), 'bad_host.com');
    expect(screen.getByText(/域名中的“bad_host”这一段含有“_”/)).toBeInTheDocument();

    await language.choose('en');
    // The same elements, now in English: nothing was mounted again.
    expect(send).toHaveTextContent('Send');
    expect(screen.getByRole('button', { name: 'Send' })).toBe(send);
    expect(screen.getByRole('combobox', { name: 'Region' })).toBe(region);
    expect(optionTexts(region)).toContain('Singapore: adminapisgp.im.qcloud.com');
    expect(screen.getByText(/The host name part "bad_host" contains "_"/)).toBeInTheDocument();
    expect(optionTexts(screen.getByRole('combobox', { name: 'Target' }))).toEqual([
      'Sandbox',
      'Direct',
      'Relay',
    ]);
  });
});

describe('the shortcut sheet in zh-CN', () => {
  it('says what each key does in Chinese, the key caps as printed', async () => {
    const language = await chinese();
    render(ShortcutSheet, { props: { onclose: vi.fn() }, context: languageContext(language) });
    const sheet = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(within(sheet).getByRole('columnheader', { name: '按键' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('发送：根据编辑器内容生成请求');
    expect(sheet).toHaveTextContent('F8');
    expect(within(sheet).getByRole('button', { name: '关闭' })).toHaveFocus();
    await language.choose('en');
    expect(sheet).toHaveTextContent('Send: build the request from the editor');
  });
});

describe('a lazy panel in zh-CN', () => {
  it('offers to show the panel and says its load failed, in Chinese', async () => {
    const language = await chinese();
    const panels = new PanelState();
    const module = lazy<{ default: Component<Record<string, unknown>> }>(() =>
      Promise.reject(new Error('offline')),
    );
    const children = createRawSnippet<[Component<Record<string, unknown>>]>(() => ({
      render: () => '<p>never</p>',
    }));
    render(LazyPanel, {
      props: { id: 'history', title: '历史记录', panels, module, children },
      context: languageContext(language),
    });
    await userEvent.click(screen.getByRole('button', { name: '显示历史记录' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法加载此面板：offline');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
  });
});

describe('the link prompts in zh-CN', () => {
  it('ask about a foreign host in Chinese, the hosts as code', async () => {
    const { app, language, context } = await makeApp();
    const hash = await encodeShareHash({
      body: '{"GroupId":"g","MsgList":[]}',
      regionId: 'sgp',
      hostChoice: 'custom',
      customHost: 'relay.example.org',
      target: 'relay',
      context: {},
      language: 'zh-CN',
    });
    app.workspace.setText('{"GroupId":"mine"}');
    await app.share.restoreFromHash(hash);
    render(LinkPrompts, { props: { share: app.share, endpoint: app.endpoint }, context });
    const dialog = screen.getByRole('alertdialog', { name: '使用分享链接中的域名？' });
    expect(dialog).toHaveTextContent(
      '分享链接要求把请求发送到 relay.example.org，它不是腾讯云 IM 的域名。请求中带有您的 SDKAppID',
    );
    expect(
      within(dialog)
        .getAllByText(/\./, { selector: 'code' })
        .map((code) => code.textContent),
    ).toEqual(['relay.example.org', REGIONS[1].host]);
    expect(within(dialog).getByRole('button', { name: '使用 relay.example.org' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '之前的文档' })).toHaveTextContent(
      '分享链接替换了您之前打开的文档。',
    );
    await language.choose('en');
    expect(dialog).toHaveTextContent(
      `The shared link asks to send requests to relay.example.org, which is not one of Tencent’s IM hosts. Requests carry your SDKAppID, admin identifier and UserSig: use it only for a relay you trust. Until you choose, requests go to ${REGIONS[1].host}.`,
    );
  });
});
