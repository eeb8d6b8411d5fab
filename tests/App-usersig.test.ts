import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle (as in App.test.ts).
vi.mock('../src/lib/editor', () => import('./fake-editor'));

import App from '../src/App.svelte';
import { generateUserSig } from '../src/lib/api/usersig';
import { SANDBOX_IDENTIFIER, SANDBOX_SDK_APP_ID } from '../src/lib/sandbox/credentials';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore, sandboxProfile } from '../src/lib/state/credentials.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';

/** Tencent's public demo SecretKey (TENCENT-IM.md §8 item 7). */
const DEMO_KEY = '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e';

/** A page whose profile holds a UserSig for the sandbox's app and admin that expired in 2023. */
async function makeApp() {
  const userSig = await generateUserSig({
    sdkAppId: Number(SANDBOX_SDK_APP_ID),
    identifier: SANDBOX_IDENTIFIER,
    secretKey: DEMO_KEY,
    expireSeconds: 60,
    now: 1700000000,
  });
  return new AppState({
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({
      session: undefined,
      local: undefined,
      firstProfile: { name: 'Old', sdkAppId: SANDBOX_SDK_APP_ID, identifier: SANDBOX_IDENTIFIER, userSig },
    }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
  });
}

beforeEach(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => cleanup());

const panel = (id: string) => document.getElementById(`panel-${id}`) as HTMLElement;

describe('App: the UserSig tools', { timeout: 30_000 }, () => {
  it('an expired UserSig shows 70001 before sending; the sandbox answers it; the note says when it expired', async () => {
    const user = userEvent.setup();
    const app = await makeApp();
    render(App, { app });
    // Before anything is sent: with the other diagnostics.
    const checks = await within(panel('diagnostics')).findByRole(
      'group',
      { name: 'Problems with the UserSig of the profile in use' },
      { timeout: 10_000 },
    );
    expect(checks).toHaveTextContent('The UserSig expired');
    expect(checks).toHaveTextContent('server would answer 70001');

    // The sandbox (same decoder, same rules) refuses it with that code.
    await user.click(screen.getByRole('button', { name: /^Send$/ }));
    await vi.waitFor(() => expect(app.sending.result?.status).toBe(200), { timeout: 10_000 });
    expect(JSON.parse(app.sending.response.text)).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 70001 });
    const note = await within(panel('response')).findByRole(
      'region',
      { name: 'The UserSig sent' },
      { timeout: 10_000 },
    );
    expect(note).toHaveTextContent(/It expired \d+ years? ago/);

    // "UserSig tools" brings the panel: the profile's UserSig decoded.
    await user.click(within(checks).getByRole('button', { name: 'UserSig tools' }));
    const tools = await within(panel('usersig')).findByRole(
      'region',
      { name: 'UserSig' },
      { timeout: 10_000 },
    );
    await waitFor(() =>
      expect(within(tools).getByLabelText('Decoded UserSig')).toHaveTextContent(SANDBOX_IDENTIFIER),
    );
    expect(within(tools).getByLabelText('Decoded UserSig')).toHaveTextContent('expired');
  });

  it('the built-in sandbox profile has nothing to report', async () => {
    const app = new AppState({
      historyStorage: undefined,
      draftStorage: undefined,
      theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
      credentials: new CredentialStore({
        session: undefined,
        local: undefined,
        firstProfile: sandboxProfile(),
      }),
    });
    render(App, { app });
    const usersig = await app.usersig.load();
    expect(usersig.builtInSandbox).toBe(true);
    await usersig.decode(app.credentials.active.userSig);
    expect(usersig.current).toMatchObject({ ok: true, identifier: SANDBOX_IDENTIFIER });
    expect(usersig.checks).toEqual([]);
    expect(within(panel('diagnostics')).queryByRole('group', { name: /UserSig/ })).toBeNull();
  });
});
