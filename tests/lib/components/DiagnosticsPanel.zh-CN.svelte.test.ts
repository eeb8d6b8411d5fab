import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import DiagnosticsPanel from '../../../src/lib/components/DiagnosticsPanel.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { FixesState } from '../../../src/lib/state/fixes.svelte';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { MESSY, MIXED, NOW } from '../fixes/messy';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

const OUT_OF_ORDER = JSON.stringify({
  GroupId: 'history-import-1',
  MsgList: [
    {
      From_Account: 'amy',
      SendTime: 1620808101,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } }],
    },
    {
      From_Account: 'bob',
      SendTime: 1620808100,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'b' } }],
    },
  ],
});

async function chinese() {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  expect(language.locale).toBe('zh-CN');
  return language;
}

async function setup(text: string, { withFixes = false } = {}) {
  const language = await chinese();
  const workspace = new Workspace({ text, validation: { createWorker: () => undefined, debounceMs: 0 } });
  workspace.setContext({ now: NOW });
  const fixes = withFixes ? new FixesState(workspace) : undefined;
  render(DiagnosticsPanel, { props: { workspace, fixes }, context: languageContext(language) });
  await waitFor(() => expect(workspace.reportIsCurrent && !workspace.validating).toBe(true));
  return { language, workspace, fixes };
}

const summary = () => screen.getByRole('status').textContent ?? '';

describe('DiagnosticsPanel in zh-CN', () => {
  it('says findings, counts, headings, strips and the server code in Chinese; English again without remounting', async () => {
    const { language, workspace } = await setup(OUT_OF_ORDER);
    const second = await screen.findByRole('group', { name: '第 2 条消息' });
    await waitFor(() => expect(summary()).toMatch(/1 个错误，0 个警告，\s*0 条提示/));
    expect(within(second).getByText('错误', { selector: '.severity' })).toBeInTheDocument();
    expect(
      within(second).getByText(/SendTime 1620808100 不晚于第 1 条消息的 1620808101/),
    ).toBeInTheDocument();
    expect(within(second).getByText('错误', { selector: '.status' })).toBeInTheDocument();
    const code = within(second).getByText('服务端将返回 10004');
    // The code's meaning (the codes table loads after first paint) in Chinese too.
    await waitFor(() =>
      expect(code.getAttribute('title')).toMatch(/SendTime（消息发送时间）非法|SendTime\(消息发送时间\)非法/),
    );
    const first = screen.getByRole('group', { name: '第 1 条消息' });
    expect(within(first).getByText('正常')).toBeInTheDocument();
    expect(within(first).getByText(/已计 1 \/ 8,000 字节（原始 JSON \d+ 字节）/)).toBeInTheDocument();
    expect(
      within(first).getByRole('meter', { name: '第 1 条消息的大小（上限 8,000 字节）' }),
    ).toBeInTheDocument();
    // The timeline.
    expect(screen.getByText(/^SendTime 时间轴：2021-05-12/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^第 2 条消息，SendTime 1620808100（.*）：未按时间戳递增$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('第 2 条消息：未按时间戳递增')).toBeInTheDocument();

    await language.choose('en');
    expect(await screen.findByRole('group', { name: 'Message 2' })).toBe(second);
    expect(within(second).getByText(/SendTime 1620808100 is not after message 1/)).toBeInTheDocument();
    expect(within(second).getByText('server would answer 10004')).toBe(code);
    expect(summary()).toMatch(/1 error, 0 warnings,\s+0 notes/);
    expect(screen.getByText('Message 2: out of order')).toBeInTheDocument();
    expect(screen.queryByText(/第 2 条消息/)).not.toBeInTheDocument();
    workspace.dispose();
  });

  it('names repeats and the request group in Chinese', async () => {
    const { workspace } = await setup('{\n  // one\n  "GroupId": "g", // two\n  "MsgList": []\n}');
    const request = await screen.findByRole('group', { name: '请求级问题' });
    expect(within(request).getByRole('heading', { name: '请求' })).toBeInTheDocument();
    expect(within(request).getByText('（共 2 处：再次点击跳到下一处）')).toBeInTheDocument();
    workspace.dispose();
  });

  it('titles Fix and Fix all with the core’s Chinese fix titles; the notice follows a switch back to English', async () => {
    const { language, workspace, fixes } = await setup(MIXED, { withFixes: true });
    await waitFor(() => expect(fixes!.count).toBeGreaterThan(0));
    const first = screen.getByRole('group', { name: '第 1 条消息' });
    const fix = within(first).getByRole('button', {
      name: /^修复：将 SendTime 从毫秒转换为秒.1620808101000 → 1620808101$/,
    });
    expect(fix).toHaveTextContent(/^修复$/);
    expect(fix.getAttribute('title')).toMatch(/^将 SendTime 从毫秒转换为秒/);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `全部修复（${fixes!.count}）` }));
    expect(
      await screen.findByText(/^已应用 \d+ 处修复。撤销（Ctrl\+Z 或 Cmd\+Z）可一步撤回。$/),
    ).toBeInTheDocument();

    await language.choose('en');
    expect(
      await screen.findByText(/^Applied \d+ fixes\. Undo \(Ctrl\+Z or Cmd\+Z\) takes them all back/),
    ).toBeInTheDocument();
    workspace.dispose();
  });

  it('says a repeated fix and a document too large for fixes in Chinese', async () => {
    const { workspace, fixes } = await setup(MESSY, { withFixes: true });
    await waitFor(() => expect(fixes!.count).toBeGreaterThan(0));
    const button = screen.getByRole('button', { name: '修复：删除此注释（另有 1 处同类问题）' });
    expect(button).toHaveTextContent('修复 2 处');
    workspace.setText(MESSY.replace('// exported from the old chat', `// ${'x'.repeat(200_001)}`));
    expect(
      await screen.findByText('只为不超过 200,000 个字符的文档提供修复：请先拆分该文档。'),
    ).toBeInTheDocument();
    workspace.dispose();
  });
});
