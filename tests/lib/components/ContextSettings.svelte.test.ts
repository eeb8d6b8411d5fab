import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import ContextSettings from '../../../src/lib/components/ContextSettings.svelte';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

function setup() {
  const workspace = new Workspace({ text: '{}', validation: { createWorker: () => undefined } });
  render(ContextSettings, { workspace });
  return { workspace, user: userEvent.setup() };
}

describe('ContextSettings', () => {
  it('sets the group type through the "Group type" select', async () => {
    const { workspace, user } = setup();
    const select = screen.getByRole('combobox', { name: 'Group type' });
    await user.selectOptions(select, 'AVChatRoom');
    expect(workspace.context.groupType).toBe('AVChatRoom');
    expect(
      screen.getByRole('option', { name: /AVChatRoom \(import not supported: 10007\)/ }),
    ).toBeInTheDocument();
    await user.selectOptions(select, '');
    expect(workspace.context.groupType).toBeUndefined();
    workspace.dispose();
  });

  it('takes times as Unix seconds and shows them as UTC and local dates', async () => {
    const { workspace, user } = setup();
    const created = screen.getByRole('textbox', { name: 'Group creation time' });
    await user.type(created, '1620808101');
    await user.tab();
    expect(workspace.context.groupCreateTime).toBe(1620808101);
    expect(screen.getByText(/1620808101 s = 2021-05-12 08:28:21 UTC = .+ \(local\)/)).toBeInTheDocument();
    const latest = screen.getByRole('textbox', { name: 'Latest message time in the group' });
    await user.type(latest, '1620808000');
    await user.tab();
    expect(workspace.context.latestMsgTime).toBe(1620808000);
    await user.clear(created);
    await user.tab();
    expect(workspace.context.groupCreateTime).toBeUndefined();
    workspace.dispose();
  });

  it('refuses what is not Unix seconds, says why, and keeps the last good value', async () => {
    const { workspace, user } = setup();
    const created = screen.getByRole('textbox', { name: 'Group creation time' });
    await user.type(created, '1620808101');
    await user.tab();
    await user.clear(created);
    await user.type(created, '2021-05-12');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('"2021-05-12" is not Unix seconds');
    expect(created).toHaveAttribute('aria-invalid', 'true');
    expect(workspace.context.groupCreateTime).toBe(1620808101);
    await user.clear(created);
    await user.type(created, '1620808101000');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent(/looks like milliseconds/);
    expect(created).toHaveValue('1620808101000');
    workspace.dispose();
  });

  it('offers 8,000, 12,000 or 12,288 bytes and says the newer docs say 12 KB', async () => {
    const { workspace, user } = setup();
    expect(screen.getByRole('radio', { name: /8,000 bytes/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /12,000 bytes: newer docs \(2023 on\) say 12 KB/ }));
    expect(workspace.context.maxMessageBytes).toBe(12000);
    expect(screen.getByText(/12,000 or 12,288 is unconfirmed/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('radio', { name: /12,288 bytes: if 12 KB means 12 KiB \(unconfirmed\)/ }),
    );
    expect(workspace.context.maxMessageBytes).toBe(12288);
    workspace.dispose();
  });

  it('uses the live clock for "now" unless a fixed time is chosen', async () => {
    const { workspace, user } = setup();
    expect(screen.getByRole('radio', { name: 'Live clock' })).toBeChecked();
    expect(workspace.context.now).toBeUndefined();
    await user.click(screen.getByRole('radio', { name: 'Fixed time' }));
    expect(Math.abs(workspace.context.now! - Date.now() / 1000)).toBeLessThan(5);
    const fixed = screen.getByRole('textbox', { name: 'Fixed now' });
    await user.clear(fixed);
    await user.type(fixed, '1700000000');
    await user.tab();
    expect(workspace.context.now).toBe(1700000000);
    await user.click(screen.getByRole('radio', { name: 'Live clock' }));
    expect(workspace.context.now).toBeUndefined();
    workspace.dispose();
  });
});
