import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CredentialProfiles from '../../../src/lib/components/CredentialProfiles.svelte';
import { MemoryStorage } from '../persist/fake-storage';
import { CREDENTIALS_KEY, CredentialStore } from '../../../src/lib/state/credentials.svelte';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function setUp() {
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  const store = new CredentialStore({ session, local });
  render(CredentialProfiles, { store });
  await userEvent.click(screen.getByRole('button', { name: 'Credentials' }));
  // The editor loads on the first click; a placeholder region stands in while it does.
  await screen.findByLabelText('SDKAppID');
  const editor = screen.getByRole('region', { name: 'Credentials' });
  return { store, session, local, editor };
}

describe('CredentialProfiles', () => {
  it('edits the active profile; the UserSig is masked until revealed', async () => {
    const { store, editor } = await setUp();
    await userEvent.type(within(editor).getByLabelText('SDKAppID'), '1400000001');
    await userEvent.type(within(editor).getByLabelText('Admin identifier'), 'admin');
    const sig = within(editor).getByLabelText('UserSig');
    expect(sig).toHaveAttribute('type', 'password');
    await userEvent.type(sig, 'eJsecret');
    expect(store.active).toMatchObject({ sdkAppId: '1400000001', identifier: 'admin', userSig: 'eJsecret' });
    const reveal = within(editor).getByRole('button', { name: 'Show UserSig' });
    expect(reveal).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(reveal);
    expect(sig).toHaveAttribute('type', 'text');
    expect(within(editor).getByRole('button', { name: 'Hide UserSig' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('adds, switches, renames and deletes profiles', async () => {
    const { store, editor } = await setUp();
    await userEvent.click(within(editor).getByRole('button', { name: 'Add profile' }));
    const select = screen.getByRole('combobox', { name: 'Credential profile' }) as HTMLSelectElement;
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Default', 'Profile 2']);
    const name = within(editor).getByLabelText('Profile name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Staging{Enter}');
    name.blur();
    expect(store.active.name).toBe('Staging');
    await userEvent.selectOptions(select, store.profiles[0].id);
    expect(store.active.name).toBe('Default');
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(within(editor).getByRole('button', { name: 'Delete profile' }));
    expect(store.profiles.map((p) => p.name)).toEqual(['Staging']);
  });

  it('keeps the profile when deletion is not confirmed', async () => {
    const { store, editor } = await setUp();
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    const before = store.activeId;
    await userEvent.click(within(editor).getByRole('button', { name: 'Delete profile' }));
    expect(store.activeId).toBe(before);
  });

  it('refuses an empty name with a message', async () => {
    const { store, editor } = await setUp();
    const name = within(editor).getByLabelText('Profile name') as HTMLInputElement;
    await userEvent.clear(name);
    name.blur();
    expect(store.active.name).toBe('Default');
    expect(name.value).toBe('Default');
    expect(name).toHaveAccessibleDescription(/needs a name/);
  });

  it('stores nothing until "remember" is ticked; localStorage only after the second choice', async () => {
    const { editor, session, local } = await setUp();
    await userEvent.type(within(editor).getByLabelText('UserSig'), 'eJsecret');
    expect(session.items.size + local.items.size).toBe(0);
    expect(within(editor).queryByRole('checkbox', { name: /keep after the browser closes/ })).toBeNull();
    await userEvent.click(within(editor).getByRole('checkbox', { name: /Remember on this device/ }));
    expect(session.items.get(CREDENTIALS_KEY)).toContain('eJsecret');
    expect(local.items.size).toBe(0);
    await userEvent.click(within(editor).getByRole('checkbox', { name: /keep after the browser closes/ }));
    expect(local.items.get(CREDENTIALS_KEY)).toContain('eJsecret');
    expect(session.items.size).toBe(0);
    await userEvent.click(within(editor).getByRole('checkbox', { name: /Remember on this device/ }));
    expect(session.items.size + local.items.size).toBe(0);
  });

  it('keeps what the editor showed across closing and opening again', async () => {
    const { editor } = await setUp();
    await userEvent.click(within(editor).getByRole('button', { name: 'Show UserSig' }));
    const name = within(editor).getByLabelText('Profile name');
    await userEvent.clear(name);
    name.blur();
    const toggle = screen.getByRole('button', { name: 'Credentials' });
    await userEvent.click(toggle);
    expect(screen.queryByRole('region', { name: 'Credentials' })).toBeNull();
    await userEvent.click(toggle);
    const again = screen.getByRole('region', { name: 'Credentials' });
    expect(within(again).getByLabelText('UserSig')).toHaveAttribute('type', 'text');
    expect(within(again).getByLabelText('Profile name')).toHaveAccessibleDescription(/needs a name/);
  });

  it('closes with Escape and with Close', async () => {
    await setUp();
    const toggle = screen.getByRole('button', { name: 'Credentials' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(
      within(screen.getByRole('region', { name: 'Credentials' })).getByLabelText('SDKAppID'),
    );
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Credentials' })).toBeNull();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Credentials' })).toBeNull();
  });
});
