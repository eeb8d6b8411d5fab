import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import BatchPanel from '../../../../src/lib/components/batch/BatchPanel.svelte';
import { languageContext } from '../../../../src/lib/components/language';
import { Lazy } from '../../../../src/lib/lazy/lazy.svelte';
import { LanguageState } from '../../../../src/lib/state/language.svelte';
import { batchFixture, exportText } from '../../state/batch-fixture.svelte';

afterEach(cleanup);

async function setUp(locale: 'en' | 'zh-CN' = 'en') {
  const fixture = batchFixture();
  const language = new LanguageState({ storage: undefined, languages: [locale] });
  await language.ready;
  render(BatchPanel, {
    props: { batch: new Lazy(() => Promise.resolve(fixture.batch)) },
    context: languageContext(language),
  });
  const title = locale === 'en' ? 'Batch' : '批量导入';
  const panel = await screen.findByRole('region', { name: title });
  return { ...fixture, language, panel, user: userEvent.setup() };
}

describe('BatchPanel', () => {
  it('loads pasted text, shows the plan and its problems, runs it and offers the report', async () => {
    const { panel, user, batch } = await setUp();
    const paste = within(panel).getByRole('textbox', { name: 'Or paste an export' });
    await user.click(paste);
    await user.paste(exportText());
    await user.click(within(panel).getByRole('button', { name: 'Load the pasted text' }));
    await within(panel).findByText('Loaded the pasted text: 21 messages.');
    const figures = within(panel).getByLabelText('The plan at a glance');
    expect(figures).toHaveTextContent('Messages to send 20 of 21');
    expect(figures).toHaveTextContent('Groups 2');
    expect(figures).toHaveTextContent('Calls 4');
    expect(figures).toHaveTextContent('at least 1 second at 100 calls/s');
    const problems = within(panel).getByRole('table', { name: '1 message will not be sent' });
    expect(problems).toHaveTextContent('group-id-missing');
    expect(problems).toHaveTextContent('Input message #21: This message has no GroupId');
    expect(panel).toHaveTextContent('Target: the sandbox in this page (nothing leaves the page).');

    await user.click(within(panel).getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('Done'));
    await waitFor(() => expect(panel).toHaveTextContent('20 of 20 messages settled, 4 of 4 calls'));
    const tally = within(panel).getByRole('table', { name: 'Results by code' });
    expect(within(tally).getByRole('rowheader', { name: '0' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download the report (CSV)' })).toBeEnabled();
    expect(within(panel).getByRole('table', { name: /Messages settled per/ })).toBeInTheDocument();
    expect(batch.run?.status).toBe('done');
  });

  it('says clearly why an input cannot be imported, and what to do', async () => {
    const { panel, user } = await setUp();
    await user.click(within(panel).getByRole('textbox', { name: 'Or paste an export' }));
    await user.paste('{"groups": [], "messages": 3');
    await user.click(within(panel).getByRole('button', { name: 'Load the pasted text' }));
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing to import in this input:');
    expect(alert).toHaveTextContent('The input is not JSON (');
    expect(alert).toHaveTextContent('Fix the input and load it again.');
  });

  it('speaks Chinese, and switches to English without a remount', async () => {
    const { panel, user, language } = await setUp('zh-CN');
    await user.click(within(panel).getByRole('textbox', { name: '或粘贴导出数据' }));
    await user.paste(exportText());
    await user.click(within(panel).getByRole('button', { name: '加载粘贴的文本' }));
    await within(panel).findByText('已加载粘贴的文本：21 条消息。');
    expect(within(panel).getByRole('table', { name: '1 条消息不会发送' })).toHaveTextContent(
      '这条消息没有 GroupId',
    );
    await user.click(within(panel).getByRole('button', { name: '开始' }));
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('已完成'));
    const table = within(panel).getByRole('table', { name: '按结果码统计' });
    expect(await language.choose('en')).toBe(true);
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('Done'));
    expect(table).toBeInTheDocument(); // the same element: nothing was remounted
    expect(table).toHaveAccessibleName('Results by code');
    expect(within(panel).getByRole('heading', { name: 'Batch', level: 2 })).toBeInTheDocument();
    expect(panel).not.toHaveTextContent(/[\u4e00-\u9fff]/);
  });
});
