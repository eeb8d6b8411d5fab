import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle (as in App.test.ts).
// The shortcut sheet's chunk cannot be fetched (a deploy replaced it, the network went away).
vi.mock('../src/lib/components/ShortcutSheet.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module');
});
vi.mock('../src/lib/editor', () => import('./fake-editor'));

import App from '../src/App.svelte';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore } from '../src/lib/state/credentials.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';

afterEach(() => cleanup());

describe('App: the shortcut sheet cannot load', { timeout: 30_000 }, () => {
  it('says why in the notice, and ? asks again', async () => {
    const app = new AppState({
      historyStorage: undefined,
      draftStorage: undefined,
      credentials: new CredentialStore({ session: undefined, local: undefined }),
      theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    });
    render(App, { app });
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    await vi.waitFor(() =>
      expect(app.notices.current).toEqual({
        kind: 'error',
        text: expect.stringMatching(/^The keyboard shortcuts could not be shown \(.+\)\.$/),
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    app.notices.info('cleared');
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('?');
    await vi.waitFor(() => expect(app.notices.current?.kind).toBe('error'));
  });
});
