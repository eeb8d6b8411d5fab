import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The editor's chunk cannot be fetched (a deploy replaced it, the network went away).
vi.mock('../../../src/lib/components/CredentialEditor.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

import CredentialProfiles from '../../../src/lib/components/CredentialProfiles.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';

afterEach(() => cleanup());

describe('CredentialProfiles: the editor cannot load', () => {
  it('says why in its place and offers to try again; the selector still works', async () => {
    const store = new CredentialStore({ session: undefined, local: undefined });
    store.add();
    render(CredentialProfiles, { store });
    const toggle = screen.getByRole('button', { name: 'Credentials' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The credentials editor could not be loaded: .+/,
    );
    expect(screen.getByRole('region', { name: 'Credentials' })).toContainElement(
      screen.getByRole('button', { name: 'Try again' }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Credential profile' }),
      store.profiles[0].id,
    );
    expect(store.activeId).toBe(store.profiles[0].id);
    await userEvent.click(toggle);
    expect(screen.queryByRole('region', { name: 'Credentials' })).toBeNull();
  });
});
