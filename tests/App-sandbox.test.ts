import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle (as in App.test.ts).
vi.mock('../src/lib/editor', () => import('./fake-editor'));

import App from '../src/App.svelte';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore, sandboxProfile } from '../src/lib/state/credentials.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';

function makeApp() {
  return new AppState({
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({
      session: undefined,
      local: undefined,
      firstProfile: sandboxProfile(),
    }),
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

describe('App: sending to the embedded sandbox', { timeout: 30_000 }, () => {
  it('Send on a fresh page, with nothing typed, shows the seed response per message', async () => {
    const user = userEvent.setup();
    const app = makeApp();
    render(App, { app });
    await user.click(screen.getByRole('button', { name: /^Send$/ }));
    await vi.waitFor(() => expect(app.sending.result?.status).toBe(200), { timeout: 10_000 });
    expect(app.sending.result?.target).toBe('sandbox');
    const answer = JSON.parse(app.sending.response.text) as Record<string, unknown>;
    expect(answer).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(answer.ImportMsgResult).toEqual([
      { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
      { MsgSeq: 2, MsgTime: 1620892821, Result: 0 },
    ]);
    const list = await within(panel('response')).findByRole(
      'list',
      { name: 'Result per message' },
      { timeout: 10_000 },
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    // History records how it was sent, never a secret.
    expect(app.history.entries[0].outcome).toMatchObject({ target: 'sandbox', status: 200 });
    expect(JSON.stringify(app.history.entries)).not.toContain(app.endpoint.profile.userSig);
  });

  it('the Sandbox view loads on first open; a 10010 answer offers to add the group, and adding it lists it', async () => {
    const user = userEvent.setup();
    const app = makeApp();
    render(App, { app });
    // Before its first open only a named placeholder stands there.
    expect(within(panel('sandbox')).getByRole('heading', { name: 'Sandbox' })).toBeInTheDocument();
    expect(panel('sandbox').querySelector('.group-id')).toBeNull();

    await user.click(within(screen.getByRole('navigation', { name: 'Panels' })).getByText('Sandbox'));
    expect(app.panels.active).toBe('sandbox');
    await within(panel('sandbox')).findByRole('list', { name: 'Groups' }, { timeout: 10_000 });
    expect(listed()).toEqual(['@TGS#2C5SZEAEF', '@TGS#aLIVEROOM', '@TGS#_community']);

    // The seed's group removed: Send gets 10010, and the Response panel offers to add it.
    await user.click(
      within(panel('sandbox')).getByRole('button', { name: 'Remove the group @TGS#2C5SZEAEF' }),
    );
    expect(listed()).toEqual(['@TGS#aLIVEROOM', '@TGS#_community']);
    await user.click(screen.getByRole('button', { name: /^Send$/ }));
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

  it('offers no group when the answer did not come from the sandbox', async () => {
    const app = makeApp();
    render(App, { app });
    app.panels.show('response');
    app.sending.response.setText(
      JSON.stringify({ ActionStatus: 'FAIL', ErrorInfo: 'group not found', ErrorCode: 10010 }),
    );
    await within(panel('response')).findByText('group not found', {}, { timeout: 10_000 });
    expect(within(panel('response')).queryByRole('button', { name: /to the sandbox/ })).toBeNull();
  });
});
