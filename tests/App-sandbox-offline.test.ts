import { cleanup, render, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle (as in App.test.ts).
// The Sandbox view's chunk cannot be fetched (a deploy replaced it, the network went away).
vi.mock('../src/lib/components/SandboxView.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../src/lib/editor', () => import('./fake-editor'));

import App from '../src/App.svelte';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore } from '../src/lib/state/credentials.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => cleanup());

describe('App: the Sandbox panel cannot load', { timeout: 30_000 }, () => {
  it('says why in its placeholder', async () => {
    const app = new AppState({
      historyStorage: undefined,
      draftStorage: undefined,
      credentials: new CredentialStore({ session: undefined, local: undefined }),
      theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    });
    render(App, { app });
    const slot = within(document.getElementById('panel-sandbox') as HTMLElement);
    await userEvent.click(slot.getByRole('button', { name: 'Show Sandbox' }));
    expect(await slot.findByText(/^This panel could not be loaded: .+/)).toBeInTheDocument();
    expect(slot.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
