import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGIONS } from '../../../src/lib/api';
import Header from '../../../src/lib/components/Header.svelte';
import { AppState } from '../../../src/lib/state/app.svelte';
import { CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { ThemeState } from '../../../src/lib/state/theme.svelte';

const apps: AppState[] = [];
afterEach(() => {
  cleanup();
  for (const app of apps.splice(0)) app.dispose();
});

function setUp() {
  const app = new AppState({
    historyStorage: undefined,
    credentials: new CredentialStore({ session: undefined, local: undefined }),
    theme: new ThemeState({ storage: undefined, matchMedia: undefined }),
  });
  apps.push(app);
  const onshare = vi.fn();
  const onshortcuts = vi.fn();
  const { endpoint, sending, workspace, theme } = app;
  render(Header, { endpoint, sending, workspace, theme, onshare, onshortcuts });
  return { app, onshare, onshortcuts };
}

describe('Header', () => {
  it('shows the product name', () => {
    setUp();
    expect(screen.getByRole('heading', { level: 1, name: 'Group Import Console' })).toBeInTheDocument();
  });

  it('offers every host of every region, each backup host, and a custom host', () => {
    setUp();
    const select = screen.getByRole('combobox', { name: 'Region' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent ?? '');
    for (const region of REGIONS) {
      expect(options.some((text) => text.includes(region.host))).toBe(true);
      if (region.backupHost) expect(options.some((text) => text.includes(region.backupHost!))).toBe(true);
    }
    expect(options).toContain('Custom host…');
    expect(options).toHaveLength(REGIONS.length + REGIONS.filter((r) => r.backupHost).length + 1);
  });

  it('changing region changes the host', async () => {
    const { app } = setUp();
    const select = screen.getByRole('combobox', { name: 'Region' });
    await userEvent.selectOptions(select, 'sgp');
    expect(app.endpoint.host).toBe('adminapisgp.im.qcloud.com');
    await userEvent.selectOptions(select, 'sgp|backup');
    expect(app.endpoint.host).toBe('adminapisgp.my-imcloud.com');
    expect((select as HTMLSelectElement).value).toBe('sgp|backup');
  });

  it('a custom host is checked, with a clear message when invalid', async () => {
    const { app } = setUp();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'custom');
    const input = screen.getByRole('textbox', { name: 'Custom host' });
    await userEvent.type(input, 'bad_host.com');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/"bad_host" contains "_"/);
    expect(app.endpoint.host).toBeUndefined();
    await userEvent.clear(input);
    await userEvent.type(input, 'relay.example.com');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(app.endpoint.host).toBe('relay.example.com');
    expect(input).toHaveAccessibleDescription(/will receive your UserSig/);
  });

  it('target defaults to Sandbox and offers Direct and Relay', async () => {
    const { app } = setUp();
    const select = screen.getByRole('combobox', { name: 'Target' }) as HTMLSelectElement;
    expect(select.value).toBe('sandbox');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sandbox', 'Direct', 'Relay']);
    await userEvent.selectOptions(select, 'relay');
    expect(app.sending.target).toBe('relay');
  });

  it('Send builds the request; Format formats; Share and ? call their handlers', async () => {
    const { app, onshare, onshortcuts } = setUp();
    const format = vi.spyOn(app.workspace, 'format');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(app.sending.built?.url).toContain(REGIONS[0].host);
    await userEvent.click(screen.getByRole('button', { name: 'Format' }));
    expect(format).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(onshare).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(onshortcuts).toHaveBeenCalledOnce();
  });

  it('the theme switch sets the theme', async () => {
    const { app } = setUp();
    const select = screen.getByRole('combobox', { name: 'Theme' });
    await fireEvent.change(select, { target: { value: 'dark' } });
    expect(app.theme.choice).toBe('dark');
    expect(app.theme.resolved).toBe('dark');
  });

  it('every control has an accessible name', () => {
    setUp();
    for (const element of screen.getAllByRole('combobox').concat(screen.getAllByRole('button'))) {
      expect(element).toHaveAccessibleName();
    }
  });
});
