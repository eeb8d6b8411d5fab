import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ShortcutSheet from '../../../src/lib/components/ShortcutSheet.svelte';

afterEach(cleanup);

describe('ShortcutSheet', () => {
  it('is a modal dialog listing the shortcuts, focused on Close', () => {
    render(ShortcutSheet, { onclose: vi.fn() });
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveTextContent(/Enter\s*Send/);
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('closes on Escape, on Close and on the backdrop; keeps Tab inside', async () => {
    const onclose = vi.fn();
    render(ShortcutSheet, { onclose });
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalledTimes(2);
    await userEvent.click(screen.getByRole('dialog').parentElement!);
    expect(onclose).toHaveBeenCalledTimes(3);
    await userEvent.click(screen.getByRole('dialog'));
    expect(onclose).toHaveBeenCalledTimes(3);
  });
});
