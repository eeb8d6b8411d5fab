import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { parse } from 'jsonc-parser';
import { TEMPLATES } from '../../../src/lib/api';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import SnippetPalette from '../../../src/lib/components/SnippetPalette.svelte';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

const TEXT = JSON.stringify({
  GroupId: 'g',
  MsgList: [{ From_Account: 'amy', SendTime: 1620808101, MsgBody: [] }],
});
type Req = { MsgList: { From_Account: string; SendTime: number; MsgBody: { MsgType: string }[] }[] };

function setup(text = TEXT) {
  const workspace = new Workspace({ text, validation: { createWorker: () => undefined } });
  render(SnippetPalette, { workspace });
  return { workspace, user: userEvent.setup() };
}

describe('SnippetPalette', () => {
  it('has a button per template and one for the next message', () => {
    const { workspace } = setup();
    for (const template of TEMPLATES) {
      expect(screen.getByRole('button', { name: template.label })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Append next message' })).toBeInTheDocument();
    workspace.dispose();
  });

  it('inserts an element into the message and a message into MsgList', async () => {
    const { workspace, user } = setup();
    // The template planner loads on the first click: the text changes once it is there.
    await user.click(screen.getByRole('button', { name: 'Custom data' }));
    await vi.waitFor(() =>
      expect((parse(workspace.text) as Req).MsgList[0].MsgBody.map((e) => e.MsgType)).toEqual([
        'TIMCustomElem',
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Append next message' }));
    await vi.waitFor(() =>
      expect((parse(workspace.text) as Req).MsgList[1]).toMatchObject({
        From_Account: 'amy',
        SendTime: 1620808102,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Message' }));
    await vi.waitFor(() => expect((parse(workspace.text) as Req).MsgList).toHaveLength(3));
    workspace.dispose();
  });

  it('asks before a whole request replaces the text', async () => {
    const { workspace, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Whole request' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace the document?' });
    expect(dialog).toHaveTextContent(/Ctrl\+Z/);
    await user.click(screen.getByRole('button', { name: 'Keep my text' }));
    expect(workspace.text).toBe(TEXT);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Whole request' }));
    await user.click(await screen.findByRole('button', { name: 'Replace document' }));
    expect(workspace.text).not.toBe(TEXT);
    expect((parse(workspace.text) as Req).MsgList.length).toBeGreaterThan(0);
    workspace.dispose();
  });

  it('says why nothing was inserted into broken text, and keeps the text', async () => {
    const broken = '{"MsgList": [{"From_Account": "amy"';
    const { workspace, user } = setup(broken);
    await user.click(screen.getByRole('button', { name: 'Text' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/not valid JSON yet.*your text was not changed/),
    );
    expect(workspace.text).toBe(broken);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.getByRole('status')).toHaveTextContent('');
    workspace.dispose();
  });
});
