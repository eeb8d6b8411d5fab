import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle (as in App.test.ts).
vi.mock('../src/lib/editor', () => ({
  MARKER_OWNER: 'fake',
  createEditor: (_element: HTMLElement, options: { value: string }) => {
    let value = options.value;
    return {
      getValue: () => value,
      setValue: (text: string) => (value = text),
      applyEdits: () => {},
      getCursorOffset: () => 0,
      reveal: () => {},
      setMarkers: () => {},
      setTheme: () => {},
      format: () => {},
      focus: () => {},
      dispose: () => {},
    };
  },
}));

import App from '../src/App.svelte';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore } from '../src/lib/state/credentials.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';

function makeApp() {
  return new AppState({
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
  });
}

// jsdom does not scroll: the panel nav's scrollIntoView is a no-op here.
beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => cleanup());

const panel = (id: string) => document.getElementById(`panel-${id}`) as HTMLElement;
/** The group IDs the Sandbox view lists. */
const listed = () => [...panel('sandbox').querySelectorAll('.group-id')].map((code) => code.textContent);

describe('App: the Sandbox panel', { timeout: 30_000 }, () => {
  it('loads on first open, and a 10010 answer adds the group it lists', async () => {
    const user = userEvent.setup();
    const app = makeApp();
    render(App, { app });
    // Before its first open only a named placeholder stands there.
    expect(within(panel('sandbox')).getByRole('heading', { name: 'Sandbox' })).toBeInTheDocument();
    expect(panel('sandbox').querySelector('.group-id')).toBeNull();

    await user.click(within(screen.getByRole('navigation', { name: 'Panels' })).getByText('Sandbox'));
    expect(app.activePanel).toBe('sandbox');
    await within(panel('sandbox')).findByRole('list', { name: 'Groups' }, { timeout: 10_000 });
    expect(listed()).toEqual(['@TGS#2C5SZEAEF', '@TGS#aLIVEROOM', '@TGS#_community']);

    // The seed's group is gone: the sandbox would answer 10010, and the Response panel offers to add it.
    await user.click(
      within(panel('sandbox')).getByRole('button', { name: 'Remove the group @TGS#2C5SZEAEF' }),
    );
    expect(listed()).toEqual(['@TGS#aLIVEROOM', '@TGS#_community']);
    app.responseText = JSON.stringify({
      ActionStatus: 'FAIL',
      ErrorInfo: 'group not found',
      ErrorCode: 10010,
    });
    const add = await within(panel('response')).findByRole(
      'button',
      { name: 'Add @TGS#2C5SZEAEF to the sandbox' },
      { timeout: 10_000 },
    );
    await user.click(add);
    await within(panel('response')).findByText(/now has the group/);
    expect(listed()).toEqual(['@TGS#aLIVEROOM', '@TGS#_community', '@TGS#2C5SZEAEF']);
    const readded = [...panel('sandbox').querySelectorAll('li.group')].at(-1) as HTMLElement;
    // Created one second before the seed's first message (1620808101).
    expect(within(readded).getByRole('textbox', { name: 'Created' })).toHaveValue('1620808100');
  });

  it('offers no group when the target is not the sandbox', async () => {
    const app = makeApp();
    app.target = 'direct';
    render(App, { app });
    app.responseText = JSON.stringify({
      ActionStatus: 'FAIL',
      ErrorInfo: 'group not found',
      ErrorCode: 10010,
    });
    await within(panel('response')).findByText('group not found', {}, { timeout: 10_000 });
    expect(within(panel('response')).queryByRole('button', { name: /to the sandbox/ })).toBeNull();
  });
});
