import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildImportRequest } from '../../../src/lib/api/request';
import SandboxView from '../../../src/lib/components/SandboxView.svelte';
import * as sandboxModule from '../../../src/lib/sandbox';
import { SandboxState } from '../../../src/lib/state/sandbox.svelte';
import { SEED_REQUEST } from '../api/seed-fixture';

const NOW = 1704067200;
const SEED_GROUP = '@TGS#2C5SZEAEF';

function show(loadModule = () => Promise.resolve(sandboxModule)) {
  const sandbox = new SandboxState({ now: () => NOW }, loadModule);
  render(SandboxView, { sandbox });
  return { sandbox, user: userEvent.setup() };
}

/** The group IDs listed, in order. */
function listedGroups(): string[] {
  const list = screen.getByRole('list', { name: 'Groups' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.group-id')?.textContent ?? '');
}

function groupItem(groupId: string): HTMLElement {
  const item = within(screen.getByRole('list', { name: 'Groups' }))
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

describe('SandboxView', () => {
  it('lists the starting groups with their type and creation time', async () => {
    show();
    await screen.findByRole('list', { name: 'Groups' });
    expect(listedGroups()).toEqual([SEED_GROUP, '@TGS#aLIVEROOM', '@TGS#_community']);
    const seed = within(groupItem(SEED_GROUP));
    expect(seed.getByRole('combobox', { name: 'Type' })).toHaveValue('Public');
    expect(seed.getByRole('textbox', { name: 'Created' })).toHaveValue('1620000000');
    expect(seed.getByText(/2021-05-03 00:00:00 UTC/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sandbox' })).toHaveTextContent('0 messages');
  });

  it('adds a group, and says why one is refused', async () => {
    const { user } = show();
    const form = within(await screen.findByRole('form', { name: 'Add a group' }));
    await user.type(form.getByRole('textbox', { name: 'Group ID' }), 'my-group');
    await user.selectOptions(form.getByRole('combobox', { name: 'Type' }), 'Work');
    await user.click(form.getByRole('button', { name: 'Add group' }));
    expect(form.getByRole('status')).toHaveTextContent('Added the group my-group.');
    expect(listedGroups().at(-1)).toBe('my-group');
    expect(within(groupItem('my-group')).getByRole('combobox', { name: 'Type' })).toHaveValue('Work');
    expect(form.getByRole('textbox', { name: 'Group ID' })).toHaveValue('');

    await user.type(form.getByRole('textbox', { name: 'Group ID' }), 'my-group');
    await user.click(form.getByRole('button', { name: 'Add group' }));
    expect(form.getByRole('alert')).toHaveTextContent('The sandbox already has a group my-group.');

    await user.clear(form.getByRole('textbox', { name: 'Created' }));
    await user.tab();
    await user.click(form.getByRole('button', { name: 'Add group' }));
    expect(form.getByRole('alert')).toHaveTextContent('Give the creation time in Unix seconds.');
  });

  it('makes a group with an @TGS#_ ID a Community group', async () => {
    const { user } = show();
    const form = within(await screen.findByRole('form', { name: 'Add a group' }));
    await user.type(form.getByRole('textbox', { name: 'Group ID' }), '@TGS#_topics');
    expect(form.getByRole('combobox', { name: 'Type' })).toHaveValue('Community');
    await user.click(form.getByRole('button', { name: 'Add group' }));
    expect(within(groupItem('@TGS#_topics')).getByRole('combobox', { name: 'Type' })).toHaveValue(
      'Community',
    );
  });

  it('edits a group’s type and creation time, and keeps what the sandbox holds when refused', async () => {
    const { sandbox, user } = show();
    await screen.findByRole('list', { name: 'Groups' });
    const seed = within(groupItem(SEED_GROUP));
    await user.selectOptions(seed.getByRole('combobox', { name: 'Type' }), 'ChatRoom');
    await waitFor(() => expect(sandbox.groups[0].Type).toBe('ChatRoom'));

    await user.selectOptions(seed.getByRole('combobox', { name: 'Type' }), 'Community');
    expect(await seed.findByRole('alert')).toHaveTextContent('Community group IDs start with @TGS#_');
    expect(seed.getByRole('combobox', { name: 'Type' })).toHaveValue('ChatRoom');
    expect(sandbox.groups[0].Type).toBe('ChatRoom');

    const created = seed.getByRole('textbox', { name: 'Created' });
    await user.clear(created);
    await user.type(created, '1500000000');
    await user.tab();
    await waitFor(() => expect(sandbox.groups[0].CreateTime).toBe(1500000000));
    expect(seed.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('removes a group', async () => {
    const { user } = show();
    await screen.findByRole('list', { name: 'Groups' });
    await user.click(screen.getByRole('button', { name: 'Remove the group @TGS#aLIVEROOM' }));
    expect(listedGroups()).toEqual([SEED_GROUP, '@TGS#_community']);
  });

  it('reads back what a call stored, as group_msg_get_simple answers, and follows new calls', async () => {
    const { sandbox, user } = show();
    await screen.findByRole('list', { name: 'Groups' });
    const seed = within(groupItem(SEED_GROUP));
    await user.click(seed.getByText('Stored messages (0)'));
    expect(seed.getByText('No messages stored.')).toBeInTheDocument();

    await sendSeed(sandbox);
    const stored = await seed.findByRole('list', { name: `Stored messages of ${SEED_GROUP}` });
    const items = within(stored).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['MsgSeq 2', 'MsgSeq 1']);
    expect(items[1]).toHaveTextContent('leckie');
    expect(items[1]).toHaveTextContent('2021-05-12 08:28:21 UTC (1620808101)');
    expect(items[1]).toHaveTextContent('Random 8912345');
    expect(items[1]).toHaveTextContent('"Text": "red packet"');
    expect(seed.getByText('Stored messages (2)')).toBeInTheDocument();
    const raw = seed.getByText(/"RspMsgList"/);
    expect(JSON.parse(raw.textContent ?? '')).toMatchObject({ ActionStatus: 'OK', IsFinished: 1 });
  });

  it('pages back through more than 20 stored messages', async () => {
    const { sandbox, user } = show();
    await screen.findByRole('list', { name: 'Groups' });
    const messages = Array.from({ length: 25 }, (_, i) => ({
      From_Account: 'a',
      SendTime: 1620808101 + i,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `m${i}` } }],
    }));
    for (let i = 0; i < 25; i += 7) {
      const request = buildImportRequest({
        host: 'console.tim.qq.com',
        body: JSON.stringify({ GroupId: SEED_GROUP, MsgList: messages.slice(i, i + 7) }),
        sdkAppId: sandboxModule.SANDBOX_SDK_APP_ID,
        identifier: sandboxModule.SANDBOX_IDENTIFIER,
        userSig: sandboxModule.SANDBOX_USER_SIG,
      });
      await (await sandbox.transport()).send(request);
    }
    const seed = within(groupItem(SEED_GROUP));
    await user.click(seed.getByText('Stored messages (25)'));
    const seqs = () =>
      within(seed.getByRole('list', { name: `Stored messages of ${SEED_GROUP}` }))
        .getAllByRole('listitem')
        .map((item) => Number(item.querySelector('strong')?.textContent?.replace('MsgSeq ', '')));
    expect(seqs()).toHaveLength(20);
    expect(seqs()[0]).toBe(25);
    await user.click(seed.getByRole('button', { name: 'Older messages' }));
    expect(seqs()).toEqual([5, 4, 3, 2, 1]);
    expect(seed.queryByRole('button', { name: 'Older messages' })).not.toBeInTheDocument();
    await user.click(seed.getByRole('button', { name: 'Newest' }));
    expect(seqs()[0]).toBe(25);
  });

  it('reads back what the call answers for a group that cannot be read (AVChatRoom)', async () => {
    const { user } = show();
    await screen.findByRole('list', { name: 'Groups' });
    const room = within(groupItem('@TGS#aLIVEROOM'));
    await user.click(room.getByText('Stored messages (0)'));
    expect(room.getByText(/answers ErrorCode 10007/)).toBeInTheDocument();
  });

  it('resets to the starting groups without messages', async () => {
    const { sandbox, user } = show();
    await screen.findByRole('list', { name: 'Groups' });
    await sendSeed(sandbox);
    await user.click(screen.getByRole('button', { name: 'Remove the group @TGS#aLIVEROOM' }));
    await user.click(screen.getByRole('button', { name: 'Reset the sandbox' }));
    expect(listedGroups()).toEqual([SEED_GROUP, '@TGS#aLIVEROOM', '@TGS#_community']);
    expect(sandbox.groups[0].messageCount).toBe(0);
    expect(screen.getByText(/back to its starting groups, with no messages/)).toBeInTheDocument();
  });

  it('shows the sandbox’s readings of the docs', async () => {
    show();
    await screen.findByRole('list', { name: 'Groups' });
    expect(screen.getByText('How the sandbox reads the docs')).toBeInTheDocument();
    expect(screen.getByText(/answers to any SDKAppID and identifier/)).toBeInTheDocument();
  });

  it('says why the sandbox did not load, and loads on Try again', async () => {
    const load = vi
      .fn<() => Promise<typeof sandboxModule>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(sandboxModule);
    const { user } = show(load);
    expect(await screen.findByRole('alert')).toHaveTextContent('The sandbox could not be loaded: offline');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('list', { name: 'Groups' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
