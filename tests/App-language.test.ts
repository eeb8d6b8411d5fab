import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle.
vi.mock('../src/lib/editor', () => import('./fake-editor'));
import { editorFake } from './fake-editor';

import App from '../src/App.svelte';
import { buildOnlyTransportFor } from '../src/lib/send/build-only';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore } from '../src/lib/state/credentials.svelte';
import { LANGUAGE_KEY, LanguageState } from '../src/lib/state/language.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';
import { MemoryStorage } from './lib/persist/fake-storage';

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

const TEXT = '{ "GroupId": "@TGS#language", "MsgList": [] }';

async function makeApp() {
  const storage = new MemoryStorage();
  const language = new LanguageState({ storage, languages: ['zh-CN', 'en'] });
  await language.ready;
  const app = new AppState({
    text: TEXT,
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined, language }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    transportFor: buildOnlyTransportFor,
    language,
  });
  return { app, storage };
}

const navButtons = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('button')
    .map((button) => button.textContent);

// The whole console renders a large DOM: role queries in jsdom take seconds.
describe('App in zh-CN', { timeout: 30_000 }, () => {
  it('shows Chinese labels in the header and the panel bar; English from the Language select, in place', async () => {
    const { app, storage } = await makeApp();
    render(App, { app });
    await waitFor(() => expect(editorFake.created).toBeGreaterThan(0));
    const editors = editorFake.created;

    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('导入群消息控制台');
    const send = screen.getByRole('button', { name: '发送' });
    for (const name of ['地域', '发送目标', '主题', '语言', '群组类型']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
    const nav = screen.getByRole('navigation', { name: '面板' });
    expect(navButtons(nav)).toEqual([
      '诊断',
      '请求',
      '应答',
      '参考',
      '历史记录',
      '沙箱',
      'UserSig 工具',
      '批量导入',
    ]);
    expect(screen.getByRole('region', { name: '请求编辑器' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '历史记录' })).toHaveTextContent('显示历史记录');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'en');
    await waitFor(() => expect(title).toHaveTextContent('Group Import Console'));
    // The same elements now say English: the page was not mounted again, the editor not created again.
    expect(screen.getByRole('heading', { level: 1 })).toBe(title);
    expect(screen.getByRole('button', { name: 'Send' })).toBe(send);
    expect(screen.getByRole('navigation', { name: 'Panels' })).toBe(nav);
    expect(navButtons(nav)).toEqual([
      'Diagnostics',
      'Request',
      'Response',
      'Reference',
      'History',
      'Sandbox',
      'UserSig',
      'Batch',
    ]);
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    expect(editorFake.created).toBe(editors);
    expect(app.workspace.text).toBe(TEXT);
    // A choice made in the header is remembered.
    expect(storage.getItem(LANGUAGE_KEY)).toBe('en');
  });
});
