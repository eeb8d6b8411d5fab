import { render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { explainCode, type ImportRequest } from '../../../src/lib/api';
import ResponsePanel from '../../../src/lib/components/ResponsePanel.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { LanguageState } from '../../../src/lib/state/language.svelte';
import { ResponseInspector } from '../../../src/lib/state/response.svelte';
import { SEED_REQUEST } from '../api/seed-fixture';

const REQUEST = SEED_REQUEST as ImportRequest;

async function show(text: string, inspector = new ResponseInspector()) {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  inspector.setRequest(REQUEST);
  inspector.setText(text);
  render(ResponsePanel, { props: { inspector }, context: languageContext(language) });
  return { language, inspector, region: screen.getByRole('region', { name: '应答' }) };
}

const FAILED_ONE = JSON.stringify({
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
  ImportMsgResult: [
    { MsgSeq: 1, MsgTime: 1620808101, Result: 0 },
    { MsgSeq: 0, MsgTime: 1620892821, Result: 10004 },
  ],
});

describe('ResponsePanel in zh-CN', () => {
  it('explains a 10004 Result in Chinese, then in English after a switch, without remounting', async () => {
    const { language, region } = await show(FAILED_ONE);
    const zh10004 = explainCode(10004, 'message', 'zh-CN');
    const card = await screen.findByRole('listitem', { name: '第 2 条消息：未导入' });
    await waitFor(() => expect(card).toHaveTextContent(zh10004.meaning));
    expect(card).toHaveTextContent(`处理建议： ${zh10004.action}`);
    expect(card).toHaveTextContent('Result 10004');
    expect(within(region).getByRole('list', { name: '每条消息的结果' })).toBeInTheDocument();
    expect(region).toHaveTextContent('2 条消息中有 1 条未导入：请查看下方每条消息。');
    expect(region).toHaveTextContent('未导入的消息排在前面。');
    expect(screen.getByRole('textbox', { name: '应答 JSON' })).toHaveAttribute(
      'placeholder',
      expect.stringMatching(/^例如： \{ "ActionStatus"/),
    );

    await language.choose('en');
    const en10004 = explainCode(10004, 'message');
    expect(await screen.findByRole('listitem', { name: 'Message #2: Not imported' })).toBe(card);
    expect(card).toHaveTextContent(en10004.meaning);
    expect(card).toHaveTextContent(`What to do: ${en10004.action}`);
    expect(screen.getByRole('region', { name: 'Response' })).toBe(region);
    expect(region).toHaveTextContent('1 of 2 messages were not imported');
    expect(region).not.toHaveTextContent(zh10004.meaning);
  });

  it('says the call’s code, its kind and the notes in Chinese', async () => {
    const text = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 10007, ErrorInfo: 'no', Extra: 1 });
    const { language, region } = await show(text);
    const zh10007 = explainCode(10007, 'call', 'zh-CN');
    await waitFor(() => expect(region).toHaveTextContent(zh10007.meaning));
    expect(region).toHaveTextContent('含义');
    expect(region).toHaveTextContent(`处理建议 ${zh10007.action}`);
    expect(region).toHaveTextContent('10007 （群组服务）');
    expect(region).toHaveTextContent('关于该应答的说明：');
    expect(region).toHaveTextContent('ActionStatus 为 OK，但 ErrorCode 为 10007：两者矛盾，按请求失败处理。');
    expect(region).toHaveTextContent('未知字段 "Extra"（不在文档列出的应答字段中）：已忽略。');
    // The messages of a failed call: no result, said in Chinese.
    expect(region).toHaveTextContent('缺少 ImportMsgResult');

    await language.choose('en');
    await waitFor(() => expect(region).toHaveTextContent(explainCode(10007).meaning));
    expect(region).toHaveTextContent('10007 (group service)');
    expect(region).toHaveTextContent('Unknown field "Extra" (not in the documented response): ignored.');
  });

  it('says why a text cannot be explained in Chinese, with the JSON problem in Chinese too', async () => {
    const { region } = await show('{"ActionStatus": "OK",');
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('无法说明该应答：');
    expect(alert).toHaveTextContent(/应答不是有效的 JSON：文本在第 1 行/);
    expect(alert).toHaveTextContent('这不是即时通信 IM 的应答');
    expect(screen.getByLabelText('原始应答')).toHaveTextContent('"ActionStatus": "OK"');
    expect(region).toHaveTextContent(/原始应答（22 字节）/);
  });

  it('says an unavailable parser and an empty panel in Chinese', async () => {
    const inspector = new ResponseInspector(() => Promise.reject(new Error('offline')));
    const { region } = await show('{}', inspector);
    expect(await within(region).findByRole('alert')).toHaveTextContent(
      '无法加载应答解析器：offline。请刷新页面后重新粘贴应答；原文保留在下方。',
    );
    inspector.setText('');
    await waitFor(() =>
      expect(region).toHaveTextContent(
        '请粘贴 import_group_msg 返回的 JSON。每条消息的结果会在它所属的消息旁说明。',
      ),
    );
    expect(within(region).getByText('import_group_msg').tagName).toBe('CODE');
  });
});
