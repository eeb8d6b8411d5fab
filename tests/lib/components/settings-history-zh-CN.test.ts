import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ContextSettings from '../../../src/lib/components/ContextSettings.svelte';
import CredentialProfiles from '../../../src/lib/components/CredentialProfiles.svelte';
import HistoryList from '../../../src/lib/components/HistoryList.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { withEntry } from '../../../src/lib/history/history';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function chinese() {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  return language;
}

describe('the context settings in zh-CN', () => {
  it('label the rules’ context in Tencent’s terms (the core’s labels), problems in Chinese, and switch back', async () => {
    const language = await chinese();
    const workspace = new Workspace({ text: '{}', validation: { createWorker: () => undefined } });
    render(ContextSettings, { props: { workspace }, context: languageContext(language) });
    const groupType = screen.getByRole('combobox', { name: '群组类型' });
    expect(
      within(groupType).getByRole('option', { name: 'AVChatRoom（不支持导入：10007）' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('radio', { name: '8,000 字节：原始页面和较早的文档（稳妥的默认值）' }),
    ).toBeChecked();
    expect(screen.getByText(/12 KB 指 12,000 还是 12,288 字节尚未确认/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '实时时钟' })).toBeChecked();

    const created = screen.getByRole('textbox', { name: '建群时间' });
    expect(created).toHaveAttribute('placeholder', 'Unix 时间戳，单位为秒，例如 1620808101');
    await userEvent.type(created, '1620808101');
    await userEvent.tab();
    expect(
      screen.getByText(/^1620808101 秒 = 2021-05-12 08:28:21 UTC = .+（本地时间）$/),
    ).toBeInTheDocument();
    await userEvent.clear(created);
    await userEvent.type(created, '1620808101000');
    await userEvent.tab();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('它看起来是毫秒：请去掉最后三位数字。');

    await language.choose('en');
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert).toHaveTextContent('It looks like milliseconds: drop the last three digits.');
    expect(screen.getByRole('combobox', { name: 'Group type' })).toBe(groupType);
    expect(screen.getByText(/whether 12 KB means 12,000 or 12,288 is unconfirmed/)).toBeInTheDocument();
    workspace.dispose();
  });
});

describe('the history in zh-CN', () => {
  it('lists entries with Chinese words and dates in the chosen language, and switches back', async () => {
    const language = await chinese();
    const time = 1_700_000_000_000;
    const entries = withEntry([], {
      time,
      regionId: 'sgp',
      host: 'adminapisgp.im.qcloud.com',
      redactedUrl: 'https://adminapisgp.im.qcloud.com/v4/x?usersig=***',
      body: '{"GroupId":"@TGS#1"}',
      outcome: { target: 'sandbox', status: 200, durationMs: 12 },
    });
    render(HistoryList, {
      props: { entries, onreopen: vi.fn(), onclear: vi.fn() },
      context: languageContext(language),
    });
    const region = screen.getByRole('region', { name: '历史记录' });
    expect(region).toHaveTextContent('最近生成的 50 个请求，保存在此浏览器中，不含凭据。');
    const item = within(region).getByRole('listitem');
    expect(item).toHaveTextContent('群 ID（GroupId）：@TGS#1');
    expect(item).toHaveTextContent('沙箱：HTTP 200，12 毫秒');
    const when = new Date(time).toLocaleString('zh-CN');
    expect(within(item).getByText(when, { selector: 'time' })).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: `在编辑器中打开 ${when} 的请求` })).toHaveTextContent(
      '打开',
    );
    expect(within(region).getByRole('button', { name: '清空历史记录' })).toBeInTheDocument();

    await language.choose('en');
    expect(screen.getByRole('region', { name: 'History' })).toBe(region);
    expect(item).toHaveTextContent('Sandbox: HTTP 200, 12 ms');
    expect(
      within(item).getByText(new Date(time).toLocaleString('en'), { selector: 'time' }),
    ).toBeInTheDocument();
  });
});

describe('the credentials in zh-CN', () => {
  it('edit a profile in Chinese: labels, the refused name, the delete confirmation', async () => {
    const language = await chinese();
    const store = new CredentialStore({ session: undefined, local: undefined, language });
    render(CredentialProfiles, { props: { store }, context: languageContext(language) });
    expect(screen.getByRole('combobox', { name: '凭据配置' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '凭据' }));
    // The editor loads on the first click; a placeholder region stands in while it does.
    await screen.findByLabelText('App 管理员账号');
    const editor = screen.getByRole('region', { name: '凭据' });
    expect(within(editor).getByRole('button', { name: '显示 UserSig' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(
      within(editor).getByRole('checkbox', { name: '在此设备上记住（直到关闭浏览器）' }),
    ).not.toBeChecked();
    const name = within(editor).getByLabelText('配置名称') as HTMLInputElement;
    await userEvent.clear(name);
    name.blur();
    expect(name).toHaveAccessibleDescription('配置需要名称：请至少输入一个字符。');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await userEvent.click(within(editor).getByRole('button', { name: '删除配置' }));
    expect(confirm).toHaveBeenCalledWith('删除配置“Default”及其凭据？');

    await language.choose('en');
    expect(name).toHaveAccessibleDescription('A profile needs a name: type at least one character.');
    expect(within(editor).getByRole('button', { name: 'Show UserSig' })).toBeInTheDocument();
  });

  it('say in the page’s language that storage refused the profiles', async () => {
    const language = await chinese();
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = new CredentialStore({ session: refusing, local: refusing, language });
    store.setRemember(true);
    expect(store.storageProblem).toMatch(/^此浏览器拒绝存储这些配置/);
    expect(store.rename(store.activeId, ' ')).toBe('配置需要名称：请至少输入一个字符。');
    await language.choose('en');
    expect(store.storageProblem).toMatch(/^This browser refused to store the profiles/);
  });
});
