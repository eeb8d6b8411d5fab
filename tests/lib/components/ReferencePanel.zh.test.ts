import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ReferencePanel from '../../../src/lib/components/ReferencePanel.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { REGIONS } from '../../../src/lib/api/regions';
import { SCHEMA_DOCS_ZH_CN } from '../../../src/lib/api/i18n/schema-docs-zh-CN';
import { REFERENCE_ZH_CN } from '../../../src/lib/i18n/ui/reference.zh-CN';
import { MISTAKES } from '../../../src/lib/reference/mistakes';
import { LanguageState } from '../../../src/lib/state/language.svelte';

async function showInChinese() {
  const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
  await language.ready;
  const onloadexample = vi.fn();
  render(ReferencePanel, { props: { onloadexample }, context: languageContext(language) });
  return { language, onloadexample };
}

/** The description cell of a field's row in a table of fields. */
function descriptionOf(table: HTMLElement, name: string): string {
  const row = [...table.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === name,
  );
  return row?.querySelectorAll('td')[2]?.textContent ?? '';
}

describe('ReferencePanel in zh-CN', () => {
  it('says the endpoint, query parameters, regions and mistakes in Chinese, and English after a switch', async () => {
    const { language } = await showInChinese();
    const panel = screen.getByRole('region', { name: '参考' });
    expect(panel).toHaveTextContent(
      '所有 API 层面的结果，HTTP 状态码都是 200；错误在 ErrorCode 和 ErrorInfo 中',
    );
    expect(panel.querySelector('p code')?.textContent).toContain('POST https://{host}/');
    const params = screen.getByRole('table', { name: '请求参数' });
    const usersig = within(params).getByRole('rowheader', { name: 'usersig' }).closest('tr') as HTMLElement;
    expect(usersig).toHaveTextContent('App 管理员账号生成的签名');
    const regions = screen.getByRole('table', { name: '各地域的域名' });
    expect(within(regions).getByRole('rowheader', { name: '中国' }).closest('tr')).toHaveTextContent(
      REGIONS[0].host,
    );
    expect(within(regions).getByRole('rowheader', { name: '东京' }).closest('tr')).toHaveTextContent(
      '备域名',
    );
    const first = MISTAKES[0];
    const title = REFERENCE_ZH_CN[`mistake.${first.id}.title`];
    const item = screen.getByRole('heading', { name: title }).closest('li') as HTMLElement;
    expect(item).toHaveTextContent(REFERENCE_ZH_CN[`mistake.${first.id}.explanation`]);
    expect(item).toHaveTextContent(`规则 ${first.expectRule}；服务端返回 ${first.expectServerCode}。`);
    const community = MISTAKES.find((m) => m.context?.groupType === 'Community')!;
    expect(
      screen.getByRole('heading', { name: REFERENCE_ZH_CN[`mistake.${community.id}.title`] }).closest('li'),
    ).toHaveTextContent('加载时还会在上下文设置中将群组类型设为 Community。');
    await fireEvent.click(screen.getByRole('button', { name: `加载示例：${title}` }));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(`已将“${title}”加载到编辑器。`);

    // Back to English in place: the same panel, the same status, English words.
    expect(await language.choose('en')).toBe(true);
    expect(screen.getByRole('region', { name: 'Reference' })).toBe(panel);
    expect(screen.getByRole('table', { name: 'Query parameters' })).toBe(params);
    expect(within(regions).getByRole('rowheader', { name: REGIONS[0].name })).toBeInTheDocument();
    expect(status).toHaveTextContent(`Loaded “${first.title}” into the editor.`);
    expect(item).toHaveTextContent(first.explanation);
    expect(item).toHaveTextContent(`Rule ${first.expectRule}; the server answers ${first.expectServerCode}.`);
  });

  it('shows the schema’s field docs in Chinese, and in English again after a switch', async () => {
    const { language } = await showInChinese();
    await fireEvent.click(screen.getByText('请求字段与消息元素'));
    const fields = await screen.findByRole('table', { name: '请求字段' });
    expect(descriptionOf(fields, 'GroupId')).toContain(SCHEMA_DOCS_ZH_CN['/GroupId'].description);
    expect(descriptionOf(fields, 'TopicId')).toContain(SCHEMA_DOCS_ZH_CN['/TopicId'].note);
    expect(descriptionOf(fields, 'GroupId')).toContain('示例："@TGS#2C5SZEAEF"');
    expect(fields.querySelector('thead')).toHaveTextContent('字段类型必填说明');
    const face = screen.getByRole('table', { name: 'TIMFaceElem 字段' });
    expect(descriptionOf(face, 'Index')).toContain('表情索引，由 App 自定义。');
    expect(face.closest('.element')).toHaveTextContent(SCHEMA_DOCS_ZH_CN.TIMFaceElem.description);
    expect(screen.getByRole('table', { name: 'TIMSoundElem 字段' }).closest('.element')).toHaveTextContent(
      '导入群消息的文档未列出：会给出警告',
    );
    expect(screen.getByLabelText('TIMFaceElem 示例')).toBeInTheDocument();

    await language.choose('en');
    // The table is the same; its words follow once the docs are made again in English.
    expect(screen.getByRole('table', { name: 'Request fields' })).toBe(fields);
    await vi.waitFor(() =>
      expect(descriptionOf(fields, 'GroupId')).toMatch(/^ID of the group to import into/),
    );
    expect(descriptionOf(screen.getByRole('table', { name: 'TIMFaceElem fields' }), 'Index')).toContain(
      'App-defined emoji index.',
    );
  });
});
