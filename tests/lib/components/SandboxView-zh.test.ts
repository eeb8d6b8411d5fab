/** The Sandbox view and the 10010 offer in Simplified Chinese, and back to English without remounting. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildImportRequest } from '../../../src/lib/api/request';
import SandboxGroupOffer from '../../../src/lib/components/SandboxGroupOffer.svelte';
import SandboxView from '../../../src/lib/components/SandboxView.svelte';
import { languageContext } from '../../../src/lib/components/language';
import * as sandboxModule from '../../../src/lib/sandbox';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { SandboxState, type AddSandboxGroup } from '../../../src/lib/state/sandbox.svelte';
import { SEED_REQUEST } from '../api/seed-fixture';

const NOW = 1704067200;
const SEED_GROUP = '@TGS#2C5SZEAEF';

async function chinese() {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  expect(language.locale).toBe('zh-CN');
  return language;
}

async function show(loadModule = () => Promise.resolve(sandboxModule)) {
  const language = await chinese();
  const sandbox = new SandboxState({ now: () => NOW }, loadModule);
  render(SandboxView, { props: { sandbox }, context: languageContext(language) });
  return { language, sandbox, user: userEvent.setup() };
}

function groupItem(list: HTMLElement, groupId: string): HTMLElement {
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.group-id')?.textContent === groupId);
  if (!item) throw new Error(`no group ${groupId} listed`);
  return item;
}

async function sendSeed(sandbox: SandboxState) {
  const request = buildImportRequest({
    host: 'console.tim.qq.com',
    body: JSON.stringify(SEED_REQUEST),
    sdkAppId: sandboxModule.SANDBOX_SDK_APP_ID,
    identifier: sandboxModule.SANDBOX_IDENTIFIER,
    userSig: sandboxModule.SANDBOX_USER_SIG,
  });
  await (await sandbox.transport()).send(request);
}

describe('SandboxView in zh-CN', () => {
  it('shows the view, its groups and the sandbox’s readings in Chinese, and English after a switch', async () => {
    const { language } = await show();
    const view = screen.getByRole('region', { name: '沙箱' });
    const list = await within(view).findByRole('list', { name: '群组' });
    expect(view).toHaveTextContent(
      '页面内置的腾讯云 IM 替身：目标为“沙箱”时，发送的请求在这里应答，应答方式与真实的 import_group_msg 相同',
    );
    expect(view.querySelector('.field-note code')).toHaveTextContent('import_group_msg');
    const seed = within(groupItem(list, SEED_GROUP));
    expect(seed.getByText('0 条消息')).toBeInTheDocument();
    const type = seed.getByRole('combobox', { name: '群组类型' });
    expect(type).toHaveValue('Public');
    expect(within(type).getByRole('option', { name: 'Public（陌生人社交群）' })).toBeInTheDocument();
    expect(seed.getByRole('textbox', { name: '建群时间' })).toHaveValue('1620000000');
    expect(seed.getByRole('button', { name: `删除群 ${SEED_GROUP}` })).toHaveTextContent('删除');
    expect(screen.getByText('沙箱如何理解文档')).toBeInTheDocument();
    expect(screen.getByText(/^沙箱相当于一个应用，接受任意 SDKAppID 和 identifier。/)).toBeInTheDocument();
    expect(screen.getByText(/^超过 12,000 字节的消息返回 80002/)).toBeInTheDocument();
    expect(screen.queryByText(/answers to any SDKAppID/)).not.toBeInTheDocument();

    expect(await language.choose('en')).toBe(true);
    expect(screen.getByRole('list', { name: 'Groups' })).toBe(list); // the same elements, not a remount
    expect(view).toHaveAccessibleName('Sandbox');
    expect(seed.getByText('0 messages')).toBeInTheDocument();
    expect(seed.getByRole('combobox', { name: 'Type' })).toBe(type);
    expect(within(type).getByRole('option', { name: 'Public' })).toBeInTheDocument();
    expect(screen.getByText(/^The sandbox is one app that answers to any SDKAppID/)).toBeInTheDocument();
    expect(screen.getByText(/^Messages over 12,000 bytes answer 80002/)).toBeInTheDocument();
  });

  it('says why a group is refused in Chinese, and the same refusal in English after a switch', async () => {
    const { language, user } = await show();
    const form = within(await screen.findByRole('form', { name: '添加群组' }));
    await user.type(form.getByRole('textbox', { name: '群 ID' }), 'my-group');
    await user.click(form.getByRole('button', { name: '添加群组' }));
    expect(form.getByRole('status')).toHaveTextContent('已添加群 my-group。');
    await language.choose('en');
    expect(form.getByRole('status')).toHaveTextContent('Added the group my-group.');
    await language.choose('zh-CN');
    await user.type(form.getByRole('textbox', { name: '群 ID' }), 'my-group');
    await user.click(form.getByRole('button', { name: '添加群组' }));
    const alert = form.getByRole('alert');
    expect(alert).toHaveTextContent('沙箱中已有群 my-group。');

    await language.choose('en');
    expect(form.getByRole('alert')).toBe(alert);
    expect(alert).toHaveTextContent('The sandbox already has a group my-group.');

    await language.choose('zh-CN');
    await user.clear(form.getByRole('textbox', { name: '建群时间' }));
    await user.tab();
    await user.click(form.getByRole('button', { name: '添加群组' }));
    expect(form.getByRole('alert')).toHaveTextContent('请以 Unix 时间戳（秒）填写建群时间。');
    await language.choose('en');
    expect(form.getByRole('alert')).toHaveTextContent('Give the creation time in Unix seconds.');
  });

  it('reads back stored messages with local times in the language in use', async () => {
    const { language, sandbox, user } = await show();
    const list = await screen.findByRole('list', { name: '群组' });
    const seed = within(groupItem(list, SEED_GROUP));
    await user.click(seed.getByText('已存储的消息（0）'));
    expect(seed.getByText('没有已存储的消息。')).toBeInTheDocument();
    await sendSeed(sandbox);
    const stored = await seed.findByRole('list', { name: `群 ${SEED_GROUP} 已存储的消息` });
    const first = within(stored).getAllByRole('listitem')[1];
    expect(first).toHaveTextContent('2021-05-12 08:28:21 UTC (1620808101)');
    const local = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      1620808101000,
    );
    expect(first).toHaveTextContent(`本地时间 ${local}`);
    expect(seed.getByText('已存储的消息（2）')).toBeInTheDocument();
    expect(seed.getByText('group_msg_get_simple').closest('summary')).toHaveTextContent(
      'group_msg_get_simple 的原始应答',
    );

    await language.choose('en');
    const english = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium' }).format(
      1620808101000,
    );
    expect(first).toHaveTextContent(`local time ${english}`);
    expect(seed.getByText('Stored messages (2)')).toBeInTheDocument();
  });

  it('says what group_msg_get_simple answers for an AVChatRoom, its ErrorInfo left as the wire has it', async () => {
    const { user } = await show();
    const list = await screen.findByRole('list', { name: '群组' });
    const room = within(groupItem(list, '@TGS#aLIVEROOM'));
    await user.click(room.getByText('已存储的消息（0）'));
    expect(room.getByText(/返回 ErrorCode 10007/)).toHaveTextContent(
      'group_msg_get_simple 返回 ErrorCode 10007：AVChatRoom does not support this operation',
    );
  });

  it('says why the sandbox did not load, in the language in use', async () => {
    const { language } = await show(() => Promise.reject(new Error('offline')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法加载沙箱：offline');
    expect(screen.getByRole('button', { name: '重试' })).toBeInTheDocument();
    await language.choose('en');
    expect(alert).toHaveTextContent('The sandbox could not be loaded: offline');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('SandboxGroupOffer in zh-CN', () => {
  it('offers to add the unknown group, says a refusal, and follows a switch', async () => {
    const language = await chinese();
    const onaddgroup = vi
      .fn<AddSandboxGroup>()
      .mockResolvedValueOnce({
        ok: false,
        message: { id: 'sandbox.group.exists', params: { groupId: 'migrated-42' } },
      })
      .mockResolvedValueOnce({ ok: true });
    render(SandboxGroupOffer, {
      props: { groupId: 'migrated-42', sendTimes: [1620808101], onaddgroup },
      context: languageContext(language),
    });
    const prompt = screen.getByText(/^沙箱中没有群/);
    expect(prompt).toHaveTextContent(
      '沙箱中没有群 migrated-42。可以添加该群（Public 群组，建群时间早于本次调用的第一条消息），这样再次发送同一调用即可成功。',
    );
    expect(prompt.querySelector('code')).toHaveTextContent('migrated-42');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '将 migrated-42 添加到沙箱' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('沙箱中已有群 migrated-42。');
    await language.choose('en');
    expect(alert).toHaveTextContent('The sandbox already has a group migrated-42.');
    expect(prompt).toHaveTextContent(
      /^The sandbox has no group migrated-42\. It can add one \(a Public group/,
    );

    await language.choose('zh-CN');
    await user.click(screen.getByRole('button', { name: '将 migrated-42 添加到沙箱' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      '沙箱中现已有群 migrated-42，建群时间早于本次调用的第一条消息。再次发送即可导入。',
    );
  });
});
