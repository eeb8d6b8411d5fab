// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_EXAMPLES,
  GROUP_IMPORT_MSG_TYPES,
  MSG_TYPES,
  elementDocs,
  fieldDocs,
  importRequestJsonSchema,
} from '../../../../src/lib/api/schema';

type Node = { properties?: Record<string, Node>; items?: Node; required?: string[] };

describe('fieldDocs', () => {
  const docs = fieldDocs();

  it('covers every request and message field, in schema order', () => {
    expect(docs.map((d) => d.pointer)).toEqual([
      '/GroupId',
      '/RecentContactFlag',
      '/TopicId',
      '/MsgList',
      '/MsgList/-/From_Account',
      '/MsgList/-/SendTime',
      '/MsgList/-/Random',
      '/MsgList/-/MsgBody',
    ]);
    const root = importRequestJsonSchema as Node;
    const message = root.properties!.MsgList.items!;
    const names = [...Object.keys(root.properties!), ...Object.keys(message.properties!)];
    expect(docs.map((d) => d.name)).toEqual(names);
  });

  it('says which fields are required, their types, and documents each', () => {
    const byName = Object.fromEntries(docs.map((d) => [d.name, d]));
    expect(docs.filter((d) => d.required).map((d) => d.name)).toEqual([
      'GroupId',
      'MsgList',
      'From_Account',
      'SendTime',
      'MsgBody',
    ]);
    expect(byName.RecentContactFlag.type).toBe('0 | 1');
    expect(byName.Random.type).toBe('integer 0..4294967295');
    expect(byName.MsgList.type).toBe('Message[]');
    expect(byName.MsgBody.type).toBe('TIMMsgElement[]');
    expect(byName.SendTime.examples).toEqual([1620808101]);
    expect(byName.TopicId.note).toMatch(/newer docs/);
    for (const d of docs) {
      expect(d.description.length, d.name).toBeGreaterThan(10);
      expect(d.markdown.length, d.name).toBeGreaterThan(10);
    }
  });
});

describe('elementDocs', () => {
  const docs = elementDocs();

  it('covers all 8 element types and marks the 4 documented for group import', () => {
    expect(docs.map((d) => d.msgType)).toEqual([...MSG_TYPES]);
    expect(docs.filter((d) => d.documentedForGroupImport).map((d) => d.msgType)).toEqual([
      ...GROUP_IMPORT_MSG_TYPES,
    ]);
    for (const d of docs) {
      expect(d.description.length).toBeGreaterThan(5);
      expect(d.example).toEqual(ELEMENT_EXAMPLES[d.msgType]);
    }
  });

  it('lists every MsgContent field of each type, nested image fields included', () => {
    for (const d of docs) {
      const contentKeys = Object.keys(ELEMENT_EXAMPLES[d.msgType].MsgContent);
      const top = d.fields.filter((f) => f.pointer.split('/').length === 3).map((f) => f.name);
      expect(top.sort(), d.msgType).toEqual(expect.arrayContaining(contentKeys.sort()));
      for (const f of d.fields) {
        expect(f.pointer.startsWith('/MsgContent/')).toBe(true);
        expect(f.description.length, `${d.msgType} ${f.name}`).toBeGreaterThan(3);
      }
    }
    const byType = Object.fromEntries(docs.map((d) => [d.msgType, d.fields]));
    expect(byType.TIMImageElem.map((f) => f.pointer)).toEqual([
      '/MsgContent/UUID',
      '/MsgContent/ImageFormat',
      '/MsgContent/ImageInfoArray',
      '/MsgContent/ImageInfoArray/-/Type',
      '/MsgContent/ImageInfoArray/-/Size',
      '/MsgContent/ImageInfoArray/-/Width',
      '/MsgContent/ImageInfoArray/-/Height',
      '/MsgContent/ImageInfoArray/-/URL',
    ]);
    expect(byType.TIMLocationElem.map((f) => [f.name, f.type, f.required])).toEqual([
      ['Desc', 'string', true],
      ['Latitude', 'number -90..90', true],
      ['Longitude', 'number -180..180', true],
    ]);
    expect(byType.TIMSoundElem.find((f) => f.name === 'Download_Flag')).toMatchObject({
      type: '2',
      required: true,
    });
    expect(byType.TIMImageElem.find((f) => f.name === 'ImageFormat')?.type).toBe('1 | 2 | 3 | 4 | 255');
    expect(byType.TIMCustomElem.filter((f) => f.required).map((f) => f.name)).toEqual(['Data']);
  });
});
