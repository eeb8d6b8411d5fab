import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, type Component } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LazyPanel from '../../../src/lib/components/LazyPanel.svelte';
import { lazy } from '../../../src/lib/lazy/lazy.svelte';
import { PanelState } from '../../../src/lib/state/panels.svelte';

type Loaded = { default: Component<Record<string, unknown>> };

const Fake: Component<Record<string, unknown>> = () => ({});

const children = createRawSnippet<[Component<Record<string, unknown>>]>(() => ({
  render: () => '<section aria-label="History"><p>The real panel</p></section>',
}));

afterEach(cleanup);

function setUp(loader: () => Promise<Loaded>) {
  const panels = new PanelState();
  const module = lazy(loader);
  render(LazyPanel, { id: 'history', title: 'History', panels, module, children });
  return { panels, module };
}

describe('LazyPanel', () => {
  it('stands in as a named region and loads nothing until opened', () => {
    let loads = 0;
    setUp(async () => {
      loads++;
      return { default: Fake };
    });
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Show History');
    expect(loads).toBe(0);
  });

  it('loads on first open (its own button) and renders the panel', async () => {
    const { module } = setUp(async () => ({ default: Fake }));
    await userEvent.click(screen.getByRole('button', { name: 'Show History' }));
    expect(await screen.findByText('The real panel')).toBeInTheDocument();
    expect(module.stage).toBe('ready');
  });

  it('loads when the panel is shown from elsewhere (the nav, Send)', async () => {
    const { panels } = setUp(async () => ({ default: Fake }));
    panels.show('history');
    expect(await screen.findByText('The real panel')).toBeInTheDocument();
  });

  it('says why it could not load and tries again', async () => {
    let fail = true;
    setUp(async () => {
      if (fail) throw new Error('chunk missing');
      return { default: Fake };
    });
    await userEvent.click(screen.getByRole('button', { name: 'Show History' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This panel could not be loaded: chunk missing',
    );
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The real panel')).toBeInTheDocument();
  });
});
