// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ELEMENT_EXAMPLES,
  ELEMENT_SCHEMAS,
  GROUP_IMPORT_MSG_TYPES,
  ImportMessageSchema,
  ImportRequestSchema,
  MESSAGE_EXAMPLE,
  MSG_TYPES,
  MsgElementSchema,
  OTHER_MSG_TYPES,
  REQUEST_EXAMPLE,
  importRequestJsonSchema,
} from '../../../../src/lib/api/schema';

type Node = Record<string, unknown> & {
  properties?: Record<string, Node>;
  items?: Node;
  oneOf?: Node[];
  anyOf?: Node[];
};

/** Every schema node reachable from the root, with its path. */
function* nodes(node: Node, path = '#'): Generator<[string, Node]> {
  yield [path, node];
  for (const [key, child] of Object.entries(node.properties ?? {}))
    yield* nodes(child, `${path}/properties/${key}`);
  if (node.items) yield* nodes(node.items, `${path}/items`);
  for (const [i, option] of (node.oneOf ?? node.anyOf ?? []).entries())
    yield* nodes(option, `${path}/oneOf/${i}`);
}

const schema = importRequestJsonSchema as Node;

describe('message types', () => {
  it('8 types: the 4 documented for group import, then the 4 others', () => {
    expect(GROUP_IMPORT_MSG_TYPES).toEqual([
      'TIMTextElem',
      'TIMFaceElem',
      'TIMLocationElem',
      'TIMCustomElem',
    ]);
    expect(OTHER_MSG_TYPES).toEqual(['TIMSoundElem', 'TIMImageElem', 'TIMFileElem', 'TIMVideoFileElem']);
    expect(MSG_TYPES).toEqual([...GROUP_IMPORT_MSG_TYPES, ...OTHER_MSG_TYPES]);
    expect(Object.keys(ELEMENT_SCHEMAS).sort()).toEqual([...MSG_TYPES].sort());
  });
});

describe('zod schemas', () => {
  it('accept their own examples', () => {
    for (const type of MSG_TYPES) {
      expect(ELEMENT_SCHEMAS[type].safeParse(ELEMENT_EXAMPLES[type]).success, type).toBe(true);
      expect(MsgElementSchema.safeParse(ELEMENT_EXAMPLES[type]).success, type).toBe(true);
    }
    expect(ImportMessageSchema.safeParse(MESSAGE_EXAMPLE).success).toBe(true);
    expect(ImportRequestSchema.safeParse(REQUEST_EXAMPLE).success).toBe(true);
  });

  it('are strict: unknown keys are rejected at every level', () => {
    expect(ImportRequestSchema.safeParse({ ...REQUEST_EXAMPLE, Extra: 1 }).success).toBe(false);
    expect(ImportMessageSchema.safeParse({ ...MESSAGE_EXAMPLE, Extra: 1 }).success).toBe(false);
    const text = ELEMENT_EXAMPLES.TIMTextElem;
    expect(MsgElementSchema.safeParse({ ...text, Extra: 1 }).success).toBe(false);
    expect(MsgElementSchema.safeParse({ ...text, MsgContent: { Text: 'a', Extra: 1 } }).success).toBe(false);
  });

  it('discriminate on MsgType: content of one type under another fails', () => {
    expect(MsgElementSchema.safeParse({ MsgType: 'TIMFaceElem', MsgContent: { Text: 'a' } }).success).toBe(
      false,
    );
    expect(MsgElementSchema.safeParse({ MsgType: 'TIMNope', MsgContent: {} }).success).toBe(false);
  });

  it('limit MsgList to 1..7, Random to uint32, RecentContactFlag to 0 or 1', () => {
    const list = (n: number) => ({
      ...REQUEST_EXAMPLE,
      MsgList: Array.from({ length: n }, () => MESSAGE_EXAMPLE),
    });
    expect([0, 1, 7, 8].map((n) => ImportRequestSchema.safeParse(list(n)).success)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const random = (Random: number) => ImportMessageSchema.safeParse({ ...MESSAGE_EXAMPLE, Random }).success;
    expect([0, 4294967295, 4294967296, -1, 0.5].map(random)).toEqual([true, true, false, false, false]);
    const flag = (RecentContactFlag: unknown) =>
      ImportRequestSchema.safeParse({ ...REQUEST_EXAMPLE, RecentContactFlag }).success;
    expect([0, 1, 2, '1', true].map(flag)).toEqual([true, true, false, false, false]);
  });
});

describe('importRequestJsonSchema', () => {
  it('is draft-07 and describes an object with GroupId and MsgList required', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['GroupId', 'MsgList']);
    expect(Object.keys(schema.properties!)).toEqual(['GroupId', 'RecentContactFlag', 'TopicId', 'MsgList']);
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema); // plain data, ready for Monaco
  });

  it('every property has a description and a markdownDescription', () => {
    let count = 0;
    for (const [path, node] of nodes(schema)) {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        count++;
        expect(typeof child.description, `${path}/properties/${key}`).toBe('string');
        expect((child.description as string).length, `${path}/properties/${key}`).toBeGreaterThan(5);
        expect(typeof child.markdownDescription, `${path}/properties/${key}`).toBe('string');
      }
    }
    // 4 request fields, 4 message fields, 2 per element, and every MsgContent field.
    expect(count).toBeGreaterThan(50);
  });

  it('has defaultSnippets for the request, the message and every element', () => {
    const snippets = (node: Node) =>
      node.defaultSnippets as Array<{ label: string; body: unknown }> | undefined;
    expect(snippets(schema)?.[0].body).toEqual(REQUEST_EXAMPLE);
    const message = schema.properties!.MsgList.items!;
    expect(snippets(message)?.[0].body).toEqual(MESSAGE_EXAMPLE);
    const elements = message.properties!.MsgBody.items!.oneOf!;
    expect(elements.map((e) => snippets(e)?.[0].label)).toEqual([...MSG_TYPES]);
    for (const e of elements)
      expect(snippets(e)?.[0].body).toEqual(ELEMENT_EXAMPLES[e.title as keyof typeof ELEMENT_EXAMPLES]);
  });

  it('has a MsgType const for each of the 8 types, and marks the 4 documented ones', () => {
    const elements = schema.properties!.MsgList.items!.properties!.MsgBody.items!.oneOf!;
    expect(elements.map((e) => e.properties!.MsgType.const)).toEqual([...MSG_TYPES]);
    expect(elements.filter((e) => e.documentedForGroupImport).map((e) => e.title)).toEqual([
      ...GROUP_IMPORT_MSG_TYPES,
    ]);
    for (const e of elements) expect(e.required).toEqual(['MsgType', 'MsgContent']);
  });

  it('carries the limits: 1..7 messages, uint32 Random, latitude and longitude ranges, Download_Flag 2', () => {
    const message = schema.properties!.MsgList;
    expect([message.minItems, message.maxItems]).toEqual([1, 7]);
    const fields = message.items!.properties!;
    expect([fields.Random.minimum, fields.Random.maximum]).toEqual([0, 4294967295]);
    expect(fields.SendTime.type).toBe('integer');
    const byType = Object.fromEntries(
      fields.MsgBody.items!.oneOf!.map((e) => [e.title as string, e.properties!.MsgContent.properties!]),
    );
    expect([byType.TIMLocationElem.Latitude.minimum, byType.TIMLocationElem.Latitude.maximum]).toEqual([
      -90, 90,
    ]);
    expect([byType.TIMLocationElem.Longitude.minimum, byType.TIMLocationElem.Longitude.maximum]).toEqual([
      -180, 180,
    ]);
    expect(byType.TIMSoundElem.Download_Flag.const).toBe(2);
    expect(byType.TIMVideoFileElem.ThumbDownloadFlag.const).toBe(2);
  });
});
