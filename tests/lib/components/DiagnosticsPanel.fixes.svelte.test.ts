import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DiagnosticsPanel from '../../../src/lib/components/DiagnosticsPanel.svelte';
import { FixesState, type FixesOptions } from '../../../src/lib/state/fixes.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { MESSY, MIXED, NOW } from '../fixes/messy';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

async function setup(text: string, options: FixesOptions = {}) {
  const workspace = new Workspace({ text, validation: { createWorker: () => undefined, debounceMs: 0 } });
  workspace.setContext({ now: NOW });
  const fixes = new FixesState(workspace, options);
  render(DiagnosticsPanel, { workspace, fixes });
  await waitFor(() => expect(fixes.count).toBeGreaterThan(0));
  return { workspace, fixes };
}

const problemsShown = () => screen.getByRole('status').textContent ?? '';

describe('DiagnosticsPanel fixes', () => {
  it('shows a Fix button beside each fixable finding, titled with the change, and none beside the others', async () => {
    const { workspace } = await setup(MIXED);
    const first = screen.getByRole('group', { name: 'Message 1' });
    const fix = within(first).getByRole('button', {
      name: 'Fix: Convert SendTime from milliseconds to seconds: 1620808101000 → 1620808101',
    });
    expect(fix).toHaveTextContent(/^Fix$/);
    expect(fix).toHaveAttribute(
      'title',
      'Convert SendTime from milliseconds to seconds: 1620808101000 → 1620808101',
    );
    const second = screen.getByRole('group', { name: 'Message 2' });
    // "From_Account is required" has no fix of its own (the rename fixes it): no button beside it.
    const required = within(second)
      .getByText('From_Account is required here.', { selector: '.text' })
      .closest('li')!;
    expect(within(required).queryByRole('button', { name: /^Fix/ })).not.toBeInTheDocument();
    expect(
      within(second).getByRole('button', { name: 'Fix: Rename "From_Acount" to "From_Account"' }),
    ).toBeInTheDocument();
    workspace.dispose();
  });

  it('Fix applies that one fix: its finding goes, the others stay', async () => {
    const { workspace, fixes } = await setup(MIXED);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Fix: Write Index as the number 3/ }));
    await waitFor(() => expect(workspace.text).toContain('"Index": 3'));
    expect(await screen.findByText(/^Applied 1 fix\./)).toBeInTheDocument();
    await waitFor(() => expect(fixes.count).toBe(5));
    expect(screen.queryByRole('button', { name: /^Fix: Write Index/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Fix: Convert SendTime/ })).toBeInTheDocument();
    workspace.dispose();
  });

  it('"Fix all" at the top shows the count, fixes everything, and leaves no error', async () => {
    const { workspace } = await setup(MESSY);
    const user = userEvent.setup();
    expect(problemsShown()).toMatch(/2 errors/);
    const fixAll = screen.getByRole('button', { name: 'Fix all (5)' });
    await user.click(fixAll);
    await waitFor(() => expect(problemsShown()).toMatch(/0 errors, 0 warnings,\s+1 note/));
    expect(
      screen.getByText(/^Applied 5 fixes\. Undo \(Ctrl\+Z or Cmd\+Z\) takes them all back in one step\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Fix all/ })).not.toBeInTheDocument();
    expect(workspace.text).not.toMatch(/\/\/|,\s*\}/);
    workspace.dispose();
  });

  it('one button fixes a finding repeated in several places, all of them', async () => {
    const { workspace } = await setup(MESSY);
    const user = userEvent.setup();
    // The two comments are one finding shown once ("2 places"): its button fixes both.
    const button = screen.getByRole('button', { name: 'Fix: Remove this comment (and 1 more like it)' });
    expect(button).toHaveTextContent('Fix 2');
    await user.click(button);
    await waitFor(() => expect(workspace.text).not.toMatch(/\/\//));
    expect(screen.getByText(/^Applied 2 fixes\./)).toBeInTheDocument();
    workspace.dispose();
  });

  it('disables the buttons while a fix runs, and shows why nothing was applied when it fails', async () => {
    let fail!: (error: Error) => void;
    const { workspace } = await setup(MESSY, {
      load: () => new Promise((_, reject) => (fail = reject)),
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Fix all (5)' }));
    expect(screen.getByRole('button', { name: 'Fix all (5)' })).toBeDisabled();
    expect(screen.getByText('Working out the fixes…')).toBeInTheDocument();
    fail(new Error('chunk failed to load'));
    expect(
      await screen.findByText('The fixes could not be applied (chunk failed to load).'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fix all (5)' })).toBeEnabled();
    expect(workspace.text).toBe(MESSY);
    workspace.dispose();
  });

  it('says when a document is too large for fixes', async () => {
    const big = MESSY.replace('// exported from the old chat', `// ${'x'.repeat(200_001)}`);
    const workspace = new Workspace({
      text: big,
      validation: { createWorker: () => undefined, debounceMs: 0 },
    });
    workspace.setContext({ now: NOW });
    render(DiagnosticsPanel, { workspace, fixes: new FixesState(workspace) });
    expect(
      await screen.findByText(
        'Fixes are offered for documents up to 200,000 characters: split this one first.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Fix/ })).not.toBeInTheDocument();
    workspace.dispose();
  });

  it('works without fixes (no buttons) when none are given', async () => {
    const workspace = new Workspace({
      text: MESSY,
      validation: { createWorker: () => undefined, debounceMs: 0 },
    });
    render(DiagnosticsPanel, { workspace });
    await waitFor(() => expect(problemsShown()).toMatch(/error/));
    expect(screen.queryByRole('button', { name: /^Fix/ })).not.toBeInTheDocument();
    workspace.dispose();
  });
});
