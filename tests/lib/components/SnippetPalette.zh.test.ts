import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TEMPLATES } from '../../../src/lib/api';
import { LABELS_ZH_CN } from '../../../src/lib/api/i18n/labels-zh-CN';
import SnippetPalette from '../../../src/lib/components/SnippetPalette.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

vi.mock('../../../src/lib/editor', () => ({ createEditor: vi.fn() }));

const TEXT = JSON.stringify({
  GroupId: 'g',
  MsgList: [{ From_Account: 'amy', SendTime: 1620808101, MsgBody: [] }],
});

async function setup(text = TEXT) {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  const workspace = new Workspace({ text, language, validation: { createWorker: () => undefined } });
  render(SnippetPalette, { props: { workspace }, context: languageContext(language) });
  return { language, workspace, user: userEvent.setup() };
}

describe('SnippetPalette in zh-CN', () => {
  it('names every template in Chinese with its note, and in English again after a switch', async () => {
    const { language, workspace } = await setup();
    const palette = screen.getByRole('group', { name: '模板' });
    expect(palette).toHaveTextContent('消息元素（插入当前消息的 MsgBody）');
    for (const template of TEMPLATES) {
      const button = screen.getByRole('button', { name: LABELS_ZH_CN[`template.${template.id}.label`] });
      expect(button).toHaveAttribute('title', LABELS_ZH_CN[`template.${template.id}.description`]);
    }
    const face = screen.getByRole('button', { name: '表情' });
    const next = screen.getByRole('button', { name: '追加下一条消息' });
    expect(next).toHaveAttribute('title', '消息发送者同上一条消息，SendTime 加 1，新的 Random');

    await language.choose('en');
    expect(screen.getByRole('group', { name: 'Templates' })).toBe(palette);
    expect(screen.getByRole('button', { name: 'Emoji (face)' })).toBe(face);
    expect(face).toHaveAttribute('title', 'TIMFaceElem: documented for group import.');
    expect(screen.getByRole('button', { name: 'Append next message' })).toBe(next);
    workspace.dispose();
  });

  it('asks before a whole request replaces the text, in Chinese', async () => {
    const { workspace, user } = await setup();
    await user.click(screen.getByRole('button', { name: '完整请求' }));
    const dialog = await screen.findByRole('alertdialog', { name: '替换整个文档？' });
    expect(dialog).toHaveTextContent(
      '“完整请求”会替换整个文档。可以在编辑器中按 Ctrl+Z（Cmd+Z）恢复原来的文本。',
    );
    await user.click(screen.getByRole('button', { name: '保留我的文本' }));
    expect(workspace.text).toBe(TEXT);
    workspace.dispose();
  });

  it('says why nothing was inserted in Chinese, and the same notice in English after a switch', async () => {
    const broken = '{"MsgList": [{"From_Account": "amy"';
    const { language, workspace, user } = await setup(broken);
    await user.click(screen.getByRole('button', { name: '文本' }));
    const status = screen.getByRole('status');
    await vi.waitFor(() => expect(status).toHaveTextContent(/^文档还不是有效的 JSON（第 1 行，第 \d+ 列：/));
    expect(status).toHaveTextContent('您的文本未被改动。');
    expect(screen.getByRole('button', { name: '关闭' })).toBeInTheDocument();
    expect(workspace.text).toBe(broken);

    await language.choose('en');
    expect(status).toHaveTextContent(/not valid JSON yet.*your text was not changed/);
    expect(workspace.notice).toMatch(/^The document is not valid JSON yet/);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(status).toHaveTextContent('');
    workspace.dispose();
  });
});
