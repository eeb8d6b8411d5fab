import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Monaco does not run in jsdom: the project's editor module is replaced by a fake handle.
vi.mock('../src/lib/editor', () => import('./fake-editor'));
import { editorFake } from './fake-editor';

import { buildOnlyTransportFor } from '../src/lib/send/build-only';
import App from '../src/App.svelte';
import { SEED_REQUEST_TEXT } from '../src/lib/api';
import { encodeShareHash } from '../src/lib/share/share';
import { AppState } from '../src/lib/state/app.svelte';
import { CredentialStore } from '../src/lib/state/credentials.svelte';
import { ThemeState } from '../src/lib/state/theme.svelte';

function makeApp() {
  return new AppState({
    historyStorage: undefined,
    draftStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
    // Building and showing only: App-sandbox.test.ts sends to the sandbox for real.
    transportFor: buildOnlyTransportFor,
  });
}

beforeEach(() => {
  history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

// The whole console renders a large DOM (the Reference panel): role queries in jsdom take seconds.
describe('App', { timeout: 30_000 }, () => {
  it('lays out the editor and every panel as named regions', async () => {
    render(App, { app: makeApp() });
    for (const name of ['Request editor', 'Diagnostics', 'Request', 'Response', 'Reference', 'History']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    for (const name of ['Region', 'Credential profile', 'Target', 'Group type']) {
      expect(screen.getByRole('combobox', { name })).toBeInTheDocument();
    }
    await waitFor(() => expect(editorFake.created).toBeGreaterThan(0));
  });

  it('loads the panels other than Diagnostics on first open, from the panel bar', async () => {
    render(App, { app: makeApp() });
    const history = () => screen.getByRole('region', { name: 'History' });
    expect(history()).toHaveTextContent('Show History');
    expect(screen.getByRole('region', { name: 'Diagnostics' })).not.toHaveTextContent('Show Diagnostics');
    const nav = screen.getByRole('navigation', { name: 'Panels' });
    await userEvent.click(within(nav).getByRole('button', { name: 'History' }));
    await waitFor(() => expect(history()).toHaveTextContent('No request built yet.'));
    expect(within(nav).getByRole('button', { name: 'History' })).toHaveAttribute('aria-current', 'true');
  });

  it('one click on the panel bar scrolls to the panel once; Send scrolls to the Request panel once', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    try {
      const app = makeApp();
      render(App, { app });
      const nav = screen.getByRole('navigation', { name: 'Panels' });
      await userEvent.click(within(nav).getByRole('button', { name: 'Reference' }));
      expect(scrolled).toEqual(['panel-reference']);
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      await waitFor(() => expect(app.sending.count).toBe(1));
      expect(scrolled).toEqual(['panel-reference', 'panel-request']);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('Send shows the built request in the Request panel', async () => {
    const app = makeApp();
    render(App, { app });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'kr');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    // The Request panel loads on its first open (Send opens it).
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Request' })).toHaveTextContent('adminapikr.im.qcloud.com'),
    );
    expect(app.notices.current?.text).toMatch(/Request built/);
    expect(app.history.entries).toHaveLength(1);
  });

  it('Ctrl+Enter outside a text field sends; ? opens the shortcut sheet, not while typing', async () => {
    const app = makeApp();
    render(App, { app });
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(app.sending.built).toBeDefined();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'custom');
    await userEvent.type(screen.getByRole('textbox', { name: 'Custom host' }), '?');
    expect(screen.queryByRole('dialog')).toBeNull();
    (document.activeElement as HTMLElement).blur();
    await userEvent.keyboard('?');
    // The sheet loads when first asked for.
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('Share makes a link without credentials and shows it', async () => {
    const app = makeApp();
    app.credentials.update(app.credentials.activeId, { userSig: 'eJ-APP-TEST-SECRET' });
    const { container } = render(App, { app });
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    const notices = container.querySelector('.notices') as HTMLElement;
    const field = await within(notices).findByRole('textbox', { name: 'Share link' }, { timeout: 5000 });
    expect(notices).toHaveTextContent(/Share link made: copy it/);
    expect((field as HTMLInputElement).value).toMatch(/#share=[\w-]+$/);
    expect((field as HTMLInputElement).value).not.toContain('eJ-APP-TEST-SECRET');
  });

  it('opens the share link in the page hash', async () => {
    const hash = await encodeShareHash({
      body: '{"from":"link"}',
      regionId: 'jpn',
      hostChoice: 'primary',
      customHost: '',
      target: 'direct',
      context: { maxMessageBytes: 8000 },
    });
    history.replaceState(null, '', `/${hash}`);
    const app = makeApp();
    render(App, { app });
    await waitFor(() => expect(app.workspace.text).toBe('{"from":"link"}'), { timeout: 5000 });
    expect((screen.getByRole('combobox', { name: 'Region' }) as HTMLSelectElement).value).toBe('jpn');
    expect((screen.getByRole('combobox', { name: 'Target' }) as HTMLSelectElement).value).toBe('direct');
  });

  it('a corrupt hash shows a message and keeps the default document', async () => {
    history.replaceState(null, '', '/#share=not*valid');
    const app = makeApp();
    render(App, { app });
    await screen.findByText(/share link is damaged/, {}, { timeout: 5000 });
    expect(app.workspace.text).toBe(SEED_REQUEST_TEXT);
  });

  it('applies the resolved theme to the document', async () => {
    const app = makeApp();
    render(App, { app });
    expect(document.documentElement.dataset.theme).toBe('light');
    app.theme.set('dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'), { timeout: 5000 });
  });
});
