import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DiagnosticsPanel from '../../../src/lib/components/DiagnosticsPanel.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { FixesState } from '../../../src/lib/state/fixes.svelte';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

const NINE = JSON.stringify(
  {
    GroupId: 'history-import-1',
    MsgList: Array.from({ length: 9 }, (_, i) => ({
      From_Account: `user${i}`,
      SendTime: 1620808101 + i,
      Random: i + 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `m${i}` } }],
    })),
  },
  null,
  2,
);

async function setup(languages: string[]) {
  const language = new LanguageState({ storage: undefined, languages });
  await language.ready;
  const workspace = new Workspace({
    text: NINE,
    validation: { createWorker: () => undefined, debounceMs: 0 },
  });
  workspace.setContext({ now: 1700000000 });
  const fixes = new FixesState(workspace);
  render(DiagnosticsPanel, { props: { workspace, fixes }, context: languageContext(language) });
  await waitFor(() => expect(workspace.reportIsCurrent && !workspace.validating).toBe(true));
  return { language, workspace, fixes };
}

describe('DiagnosticsPanel: more than 7 messages', () => {
  it('offers to split into calls of 7, lists the calls, and opens one in the editor', async () => {
    const { workspace } = await setup(['en']);
    await userEvent.click(await screen.findByRole('button', { name: 'Split into calls of 7' }));
    const list = await screen.findByRole('list', { name: 'Calls of the split' });
    const calls = within(list).getAllByRole('listitem');
    expect(calls.map((c) => c.querySelector('span')?.textContent)).toEqual([
      'Call 1: messages 1–7',
      'Call 2: messages 8–9',
    ]);
    expect(screen.getByText('2 calls of at most 7 messages, to send in this order')).toBeInTheDocument();
    await userEvent.click(within(calls[1]).getByRole('button', { name: 'Open in the editor' }));
    expect(JSON.parse(workspace.text).MsgList.map((m: { From_Account: string }) => m.From_Account)).toEqual([
      'user7',
      'user8',
    ]);
    expect(
      await screen.findByText('The text has changed since this split: split again to follow it.'),
    ).toBeInTheDocument();
  });

  it('says it in Chinese, and in English again without remounting', async () => {
    const { language } = await setup(['zh-CN']);
    await userEvent.click(await screen.findByRole('button', { name: '拆分为每次 7 条的多次调用' }));
    const list = await screen.findByRole('list', { name: '拆分后的调用' });
    const first = within(list).getAllByRole('listitem')[0];
    expect(first.querySelector('span')?.textContent).toBe('第 1 次调用：第 1–7 条消息');
    await language.choose('en');
    await waitFor(() => expect(first.querySelector('span')?.textContent).toBe('Call 1: messages 1–7'));
    expect(screen.getByRole('list', { name: 'Calls of the split' })).toBe(list);
  });
});
