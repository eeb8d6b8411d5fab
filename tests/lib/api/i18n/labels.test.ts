// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BYTE_BUDGETS, BYTE_BUDGET_NOTE, GROUP_TYPE_NOTES } from '../../../../src/lib/api/facts';
import {
  byteBudgetNote,
  byteBudgetText,
  groupTypeNote,
  BUDGETS_NOTE_KEY,
  budgetLabelKey,
  budgetNoteKey,
  groupTypeKey,
  queryParameterKey,
  regionNameKey,
  regionNoteKey,
  templateDescriptionKey,
  templateLabelKey,
  queryParameterMeaning,
  regionText,
  templateText,
} from '../../../../src/lib/api/i18n/labels';
import { LABELS_ZH_CN } from '../../../../src/lib/api/i18n/labels-zh-CN';
import { loadCoreLocale } from '../../../../src/lib/api/i18n/render';
import { QUERY_PARAMETERS } from '../../../../src/lib/api/query-parameters';
import { REGIONS } from '../../../../src/lib/api/regions';
import { TEMPLATES } from '../../../../src/lib/api/templates';
import type { GroupType } from '../../../../src/lib/api/types';

const CJK = /[\u4e00-\u9fff]/;

/** The English labels, keyed as the Chinese catalog is: built from the data itself. */
function englishLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [type, note] of Object.entries(GROUP_TYPE_NOTES)) {
    labels.set(groupTypeKey(type as GroupType), note);
  }
  for (const budget of BYTE_BUDGETS) {
    labels.set(budgetLabelKey(budget), budget.label);
    labels.set(budgetNoteKey(budget), budget.note);
  }
  labels.set(BUDGETS_NOTE_KEY, BYTE_BUDGET_NOTE);
  for (const parameter of QUERY_PARAMETERS) labels.set(queryParameterKey(parameter), parameter.meaning);
  for (const region of REGIONS) {
    labels.set(regionNameKey(region), region.name);
    if (region.note) labels.set(regionNoteKey(region), region.note);
  }
  for (const template of TEMPLATES) {
    labels.set(templateLabelKey(template), template.label);
    labels.set(templateDescriptionKey(template), template.description);
  }
  return labels;
}

describe('the core data’s labels in zh-CN', () => {
  const english = englishLabels();

  it('has exactly the keys of the English data, each in Chinese with the same figures', () => {
    expect(Object.keys(LABELS_ZH_CN).sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect({ key, zh: LABELS_ZH_CN[key] }).toEqual({ key, zh: expect.stringMatching(CJK) });
      const figures = (s: string): string[] => s.match(/\d+(?:,\d{3})*/g) ?? [];
      const zh = figures(LABELS_ZH_CN[key]);
      expect({ key, lost: figures(text).filter((f) => !zh.includes(f)) }).toEqual({ key, lost: [] });
    }
  });

  it('gives English until Chinese is loaded, then Chinese', async () => {
    const usersig = QUERY_PARAMETERS.find((p) => p.name === 'usersig')!;
    expect(queryParameterMeaning(usersig, 'zh-CN')).toBe(usersig.meaning);
    await loadCoreLocale('zh-CN');
    expect(queryParameterMeaning(usersig, 'zh-CN')).toContain('App 管理员账号生成的签名');
    expect(queryParameterMeaning(usersig, 'en')).toBe(usersig.meaning);
    expect(queryParameterMeaning(usersig)).toBe(usersig.meaning);

    expect(groupTypeNote('AVChatRoom', 'zh-CN')).toBe('不支持导入：10007');
    expect(groupTypeNote('AVChatRoom', 'en')).toBe('import not supported: 10007');
    expect(groupTypeNote('Public', 'zh-CN')).toBeUndefined();
    expect(byteBudgetText(BYTE_BUDGETS[0], 'zh-CN')).toEqual({
      label: '8,000 字节',
      note: '原始页面和较早的文档（稳妥的默认值）',
    });
    expect(byteBudgetText(BYTE_BUDGETS[0])).toEqual({
      label: BYTE_BUDGETS[0].label,
      note: BYTE_BUDGETS[0].note,
    });
    expect(byteBudgetNote('zh-CN')).toMatch(/^原始页面/);
    const tokyo = REGIONS.find((r) => r.id === 'jpn')!;
    expect(regionText(tokyo, 'zh-CN')).toEqual({ name: '东京', note: expect.stringContaining('备域名') });
    expect(regionText(REGIONS[0], 'zh-CN')).toEqual({ name: '中国' });
    const face = TEMPLATES.find((t) => t.id === 'TIMFaceElem')!;
    expect(templateText(face, 'zh-CN')).toEqual({
      label: '表情',
      description: 'TIMFaceElem：导入群消息的文档列出的消息元素。',
    });
    expect(templateText(face, 'en')).toEqual({ label: face.label, description: face.description });
  });
});
