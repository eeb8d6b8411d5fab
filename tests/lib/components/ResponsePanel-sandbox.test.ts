import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportRequest } from '../../../src/lib/api';
import ResponsePanel from '../../../src/lib/components/ResponsePanel.svelte';
import { ResponseInspector } from '../../../src/lib/state/response.svelte';
import type { AddSandboxGroup } from '../../../src/lib/state/sandbox.svelte';
import { SEED_REQUEST } from '../api/seed-fixture';

const REQUEST = { ...SEED_REQUEST, GroupId: 'migrated-42' } as ImportRequest;
const UNKNOWN_GROUP = JSON.stringify({
  ActionStatus: 'FAIL',
  ErrorInfo: 'Err_Group_Not_Exist: group not found',
  ErrorCode: 10010,
});

function show(text: string, onaddgroup?: AddSandboxGroup) {
  const inspector = new ResponseInspector();
  inspector.setRequest(REQUEST);
  inspector.setText(text);
  return render(ResponsePanel, { inspector, onaddgroup });
}

describe('ResponsePanel: the sandbox offers to add a group it does not know (10010)', () => {
  it('adds the group the call named, created before its first message', async () => {
    const user = userEvent.setup();
    const onaddgroup = vi.fn<AddSandboxGroup>().mockResolvedValue({ ok: true });
    show(UNKNOWN_GROUP, onaddgroup);
    const add = await screen.findByRole('button', { name: 'Add migrated-42 to the sandbox' });
    expect(screen.getByText(/The sandbox has no group/)).toHaveTextContent('a Public group');
    await user.click(add);
    expect(onaddgroup).toHaveBeenCalledWith('migrated-42', [1620808101, 1620892821]);
    expect(await screen.findByRole('status')).toHaveTextContent(/now has the group migrated-42.*Send again/);
    expect(screen.queryByRole('button', { name: /to the sandbox/ })).not.toBeInTheDocument();
  });

  it('says why the group could not be added, and lets the user try again', async () => {
    const user = userEvent.setup();
    const onaddgroup = vi
      .fn<AddSandboxGroup>()
      .mockResolvedValueOnce({
        ok: false,
        message: { id: 'sandbox.load.failed', params: { reason: 'offline' } },
      })
      .mockRejectedValueOnce(new Error('boom'));
    show(UNKNOWN_GROUP, onaddgroup);
    const add = await screen.findByRole('button', { name: 'Add migrated-42 to the sandbox' });
    await user.click(add);
    expect(await screen.findByRole('alert')).toHaveTextContent('The sandbox could not be loaded: offline');
    await user.click(add);
    expect(await screen.findByRole('alert')).toHaveTextContent('The group could not be added: boom');
    expect(add).toBeEnabled();
  });

  it('offers nothing when the sandbox is not the target, or for another code', async () => {
    const { unmount } = show(UNKNOWN_GROUP);
    await screen.findByText('Err_Group_Not_Exist: group not found');
    expect(screen.queryByRole('button', { name: /to the sandbox/ })).not.toBeInTheDocument();
    unmount();

    show(UNKNOWN_GROUP.replace('10010', '10007'), vi.fn<AddSandboxGroup>());
    await screen.findByText('Err_Group_Not_Exist: group not found');
    expect(screen.queryByRole('button', { name: /to the sandbox/ })).not.toBeInTheDocument();
  });
});
