import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import DiagnosticsPanel from '../../../src/lib/components/DiagnosticsPanel.svelte';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

const TEXT = JSON.stringify({
  GroupId: 'history-import-1',
  MsgList: [
    {
      From_Account: 'amy',
      SendTime: 1620808101,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } }],
    },
    {
      From_Account: 'bob',
      SendTime: 1620808100,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }],
    },
  ],
});

async function setup(text = TEXT) {
  const workspace = new Workspace({ text, validation: { createWorker: () => undefined } });
  render(DiagnosticsPanel, { workspace });
  await waitFor(() => expect(workspace.messages).toHaveLength(text === TEXT ? 2 : workspace.messages.length));
  return workspace;
}

describe('DiagnosticsPanel', () => {
  it('groups diagnostics by message with severity, text and the predicted server code', async () => {
    const workspace = await setup();
    const second = await screen.findByRole('group', { name: 'Message 2' });
    expect(within(second).getByText('error')).toBeInTheDocument();
    expect(within(second).getByText(/not after message 1/)).toBeInTheDocument();
    expect(within(second).getByText('server would answer 10004')).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Message 1' });
    expect(within(first).queryByText('server would answer 10004')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/1 error/);
    workspace.dispose();
  });

  it('shows a strip per message: index, sender, SendTime as a date, bytes against the budget, status', async () => {
    const workspace = await setup();
    const first = await screen.findByRole('group', { name: 'Message 1' });
    expect(within(first).getByText('#1')).toBeInTheDocument();
    expect(within(first).getByText('amy')).toBeInTheDocument();
    expect(within(first).getByText('2021-05-12 08:28:21 UTC')).toBeInTheDocument();
    expect(within(first).getByText('OK')).toBeInTheDocument();
    expect(within(first).getByText(/5 \/ 8,000 bytes counted/)).toBeInTheDocument();
    const meter = within(first).getByRole('meter');
    expect(meter).toHaveAttribute('value', '5');
    expect(meter).toHaveAttribute('max', '8000');
    workspace.setContext({ maxMessageBytes: 12000 });
    await waitFor(() => expect(within(first).getByText(/5 \/ 12,000 bytes counted/)).toBeInTheDocument());
    expect(within(screen.getByRole('group', { name: 'Message 2' })).getByText('Errors')).toBeInTheDocument();
    workspace.dispose();
  });

  it('moves the editor to a diagnostic or a message on click', async () => {
    const workspace = await setup();
    const reveal = vi.spyOn(workspace, 'reveal');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /not after message 1/ }));
    const offset = TEXT.lastIndexOf('1620808100');
    expect(reveal).toHaveBeenLastCalledWith(offset, 10);
    await user.click(
      within(screen.getByRole('group', { name: 'Message 1' })).getByRole('button', { name: /#1/ }),
    );
    expect(reveal).toHaveBeenLastCalledWith(workspace.messages[0].offset, workspace.messages[0].length);
    workspace.dispose();
  });

  it('marks out-of-order, future and before-creation messages on the timeline', async () => {
    const workspace = await setup();
    workspace.setContext({ groupCreateTime: 1620808000, now: 1620808200 });
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /Message 2, SendTime 1620808100.*out of order/ }),
      ).toBeInTheDocument(),
    );
    // Message 1 is now in the future, so it is not stored: message 2 is then judged against the group alone.
    workspace.setContext({ groupCreateTime: 1620808100, now: 1620808101 });
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /Message 1, SendTime 1620808101.*in the future/ }),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText(/Message 2: before the group was created/)).toBeInTheDocument();
    workspace.dispose();
  });

  it('reports a clean request, and request-level problems apart from messages', async () => {
    const workspace = await setup('{"GroupId": "g", "MsgList": []}');
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Request-level problems' })).toBeInTheDocument(),
    );
    workspace.setText(TEXT.replace('1620808100', '1620808102'));
    await screen.findByText('No problems found.');
    workspace.dispose();
  });

  it('shows a problem repeated in several places once; each click moves to its next place', async () => {
    const text = '{\n  // one\n  "GroupId": "g", // two\n  // three\n  "MsgList": []\n}';
    const workspace = await setup(text);
    const reveal = vi.spyOn(workspace, 'reveal');
    const button = await screen.findByRole('button', { name: /Comments are not JSON.*3 places/ });
    const user = userEvent.setup();
    for (const comment of ['// one', '// two', '// three', '// one']) {
      await user.click(button);
      expect(reveal).toHaveBeenLastCalledWith(text.indexOf(comment), comment.length);
    }
    workspace.dispose();
  });

  it('explains the predicted server code once the codes table has loaded', async () => {
    const workspace = await setup();
    const code = await screen.findByText('server would answer 10004');
    await waitFor(() => expect(code.getAttribute('title')).toMatch(/SendTime/));
    expect(code.getAttribute('title')).not.toBe('');
    workspace.dispose();
  });
});
