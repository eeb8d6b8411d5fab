// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_SCHEMAS,
  MSG_TYPES,
  docTextsOf,
  elementDocs,
  fieldDocs,
  importRequestJsonSchema,
  loadSchemaDocs,
  localizedRequestJsonSchema,
  requestJsonSchema,
  schemaDocsLoaded,
  type SchemaDocText,
} from '../../../../src/lib/api/schema';
import { SCHEMA_DOCS_ZH_CN } from '../../../../src/lib/api/i18n/schema-docs-zh-CN';

const CJK = /[\u4e00-\u9fff]/;

type Node = {
  title?: string;
  description?: string;
  markdownDescription?: string;
  note?: string;
  defaultSnippets?: { label?: string; description?: string; body?: unknown }[];
  examples?: unknown[];
  properties?: Record<string, Node>;
  items?: Node;
  oneOf?: Node[];
};

const english = docTextsOf(importRequestJsonSchema as never);

/** The node of a JSON Schema at a path of property names, `items` and element types (`TIMFaceElem`). */
function nodeAt(schema: Record<string, unknown>, ...path: string[]): Node {
  let node = schema as Node;
  for (const step of path) {
    if (step === '-') node = node.items!;
    else if (step.startsWith('TIM')) node = node.oneOf!.find((option) => option.title === step)!;
    else node = node.properties![step];
  }
  return node;
}

describe('the schema docs in zh-CN: the same keys as the .meta()', () => {
  it('documents every node the English schema documents, and no other', () => {
    expect(Object.keys(SCHEMA_DOCS_ZH_CN).sort()).toEqual([...english.keys()].sort());
    // Every field of every element and of the request is in it: nothing described is left out.
    expect(english.size).toBeGreaterThan(70);
    for (const msgType of MSG_TYPES) expect(english.has(`${msgType}/MsgContent`)).toBe(true);
  });

  it.each([...english.keys()].map((key) => [key || "'' (the request)", key]))(
    '%s: the same parts, each in Chinese',
    (_name, key) => {
      const en = english.get(key) as SchemaDocText;
      const zh = SCHEMA_DOCS_ZH_CN[key];
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const part of Object.keys(en) as (keyof SchemaDocText)[]) {
        expect({ key, part, text: zh[part] }).toEqual({ key, part, text: expect.stringMatching(CJK) });
        // Code in backticks (field names, values) stays as written; no figure is lost.
        const codes = (text: string) => (text.match(/`[^`]+`/g) ?? []).sort();
        expect(codes(zh[part] as string)).toEqual(codes(en[part] as string));
        const figures = (text: string): string[] => text.match(/\d+(?:,\d{3})*/g) ?? [];
        const lost = figures(en[part] as string).filter((f) => !figures(zh[part] as string).includes(f));
        expect({ key, part, lost }).toEqual({ key, part, lost: [] });
      }
    },
  );

  it('uses the element names of Tencent’s message-format page', () => {
    const names = Object.fromEntries(MSG_TYPES.map((t) => [t, SCHEMA_DOCS_ZH_CN[t].description]));
    expect(names.TIMTextElem).toContain('文本消息元素');
    expect(names.TIMLocationElem).toContain('地理位置消息元素');
    expect(names.TIMFaceElem).toContain('表情消息元素');
    expect(names.TIMCustomElem).toContain('自定义消息元素');
    expect(names.TIMSoundElem).toContain('语音消息元素');
    expect(names.TIMImageElem).toContain('图像消息元素');
    expect(names.TIMFileElem).toContain('文件消息元素');
    expect(names.TIMVideoFileElem).toContain('视频消息元素');
  });
});

describe('the JSON Schema per language', () => {
  it('is English until the Chinese docs are loaded, then Chinese; English stays as it was', async () => {
    const before = JSON.stringify(importRequestJsonSchema);
    expect(localizedRequestJsonSchema('zh-CN')).toBe(importRequestJsonSchema);
    const zh = await requestJsonSchema('zh-CN');
    expect(schemaDocsLoaded('zh-CN')).toBe(true);
    expect(JSON.stringify(importRequestJsonSchema)).toBe(before);
    expect(localizedRequestJsonSchema('zh-CN')).toBe(zh);
    expect(localizedRequestJsonSchema('en')).toBe(importRequestJsonSchema);

    // The hover of GroupId (Monaco shows markdownDescription) in each language.
    expect(nodeAt(importRequestJsonSchema, 'GroupId').markdownDescription).toMatch(/^ID of the group/);
    const groupId = nodeAt(zh, 'GroupId');
    expect(groupId.markdownDescription).toBe(SCHEMA_DOCS_ZH_CN['/GroupId'].description);
    expect(groupId.markdownDescription).toContain('要导入消息的群 ID');
    expect(groupId.description).toContain('群 ID');
    expect(groupId.examples).toEqual(['@TGS#2C5SZEAEF']);
  });

  it('says titles, notes, element hovers and the completions’ snippets in Chinese, values unchanged', async () => {
    const zh = await requestJsonSchema('zh-CN');
    const message = nodeAt(zh, 'MsgList', '-');
    expect(message.title).toBe('消息');
    expect(message.defaultSnippets?.[0]).toMatchObject({ label: '消息', description: '一条文本消息' });
    expect(message.defaultSnippets?.[0].body).toEqual(
      nodeAt(importRequestJsonSchema, 'MsgList', '-').defaultSnippets?.[0].body,
    );
    expect(zh.title).toBe('import_group_msg 请求');
    expect((zh as Node).defaultSnippets?.[0]).toMatchObject({ label: '完整请求' });
    expect(nodeAt(zh, 'MsgList', '-', 'Random').note).toContain('尚未确认');
    const face = nodeAt(zh, 'MsgList', '-', 'MsgBody', '-', 'TIMFaceElem');
    expect(face.title).toBe('TIMFaceElem');
    expect(face.markdownDescription).toBe(`**TIMFaceElem**：${SCHEMA_DOCS_ZH_CN.TIMFaceElem.description}`);
    expect(face.defaultSnippets?.[0]).toMatchObject({
      label: 'TIMFaceElem',
      description: SCHEMA_DOCS_ZH_CN.TIMFaceElem.description,
    });
    const index = nodeAt(zh, 'MsgList', '-', 'MsgBody', '-', 'TIMFaceElem', 'MsgContent', 'Index');
    expect(index.markdownDescription).toBe('表情索引，由 App 自定义。');
    // Every described node of the Chinese schema is Chinese.
    const left: string[] = [];
    for (const [key] of docTextsOf(zh as never)) {
      if (!CJK.test(docTextsOf(zh as never).get(key)!.description)) left.push(key);
    }
    expect(left).toEqual([]);
  });
});

describe('the Reference panel’s docs per language', () => {
  it('fieldDocs and elementDocs say the same fields in Chinese once loaded', async () => {
    await loadSchemaDocs('zh-CN');
    const en = fieldDocs();
    const zh = fieldDocs('zh-CN');
    expect(zh.map((f) => [f.pointer, f.name, f.type, f.required])).toEqual(
      en.map((f) => [f.pointer, f.name, f.type, f.required]),
    );
    for (const field of zh) {
      expect(field.description).toMatch(CJK);
      expect(field.description).toBe(SCHEMA_DOCS_ZH_CN[field.pointer].description);
    }
    expect(zh.find((f) => f.name === 'TopicId')?.note).toBe(SCHEMA_DOCS_ZH_CN['/TopicId'].note);

    const elements = elementDocs('zh-CN');
    expect(elements.map((e) => e.msgType)).toEqual(Object.keys(ELEMENT_SCHEMAS));
    for (const element of elements) {
      expect(element.description).toBe(SCHEMA_DOCS_ZH_CN[element.msgType].description);
      for (const field of element.fields) {
        expect(field.description).toBe(SCHEMA_DOCS_ZH_CN[element.msgType + field.pointer].description);
      }
    }
    expect(elementDocs('en')).toEqual(elementDocs());
  });
});
