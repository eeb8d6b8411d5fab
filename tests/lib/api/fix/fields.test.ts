// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CONTENT_FIELDS,
  ELEMENT_FIELDS,
  IMAGE_INFO_FIELDS,
  MESSAGE_FIELDS,
  ROOT_FIELDS,
  fieldsAt,
} from '../../../../src/lib/api/fix/fields';
import { buildTree } from '../../../../src/lib/api/fix/tree';
import {
  ELEMENT_SCHEMAS,
  ImageElemSchema,
  ImportMessageSchema,
  ImportRequestSchema,
} from '../../../../src/lib/api/schema';

/** The property names zod's own JSON Schema gives an object schema. */
const keysOf = (schema: z.ZodType) =>
  Object.keys((z.toJSONSchema(schema, { target: 'draft-07' }) as { properties: object }).properties);

describe('the zod-free field lists agree with the schema', () => {
  it('request, message and element', () => {
    expect(ROOT_FIELDS).toEqual(keysOf(ImportRequestSchema));
    expect(MESSAGE_FIELDS).toEqual(keysOf(ImportMessageSchema));
    for (const schema of Object.values(ELEMENT_SCHEMAS)) expect(ELEMENT_FIELDS).toEqual(keysOf(schema));
  });

  it('every element type’s MsgContent', () => {
    expect(Object.keys(CONTENT_FIELDS)).toEqual(Object.keys(ELEMENT_SCHEMAS));
    for (const [type, schema] of Object.entries(ELEMENT_SCHEMAS))
      expect(CONTENT_FIELDS[type], type).toEqual(keysOf(schema.shape.MsgContent));
  });

  it('an image size', () => {
    expect(IMAGE_INFO_FIELDS).toEqual(keysOf(ImageElemSchema.shape.MsgContent.shape.ImageInfoArray.element));
  });
});

describe('fieldsAt', () => {
  const tree = buildTree(
    JSON.stringify({
      GroupId: 'g',
      MsgList: [
        {
          MsgBody: [
            { MsgType: 'TIMImageElem', MsgContent: { ImageInfoArray: [{}] } },
            { MsgType: 'TIMNope', MsgContent: {} },
          ],
        },
      ],
    }),
  )!;

  it.each([
    ['', ROOT_FIELDS],
    ['/MsgList/0', MESSAGE_FIELDS],
    ['/MsgList/0/MsgBody/0', ELEMENT_FIELDS],
    ['/MsgList/0/MsgBody/0/MsgContent', CONTENT_FIELDS.TIMImageElem],
    ['/MsgList/0/MsgBody/0/MsgContent/ImageInfoArray/0', IMAGE_INFO_FIELDS],
    ['/MsgList/0/MsgBody/1/MsgContent', undefined],
    ['/MsgList/x', undefined],
    ['/Other/0', undefined],
    ['/MsgList/0/MsgBody/0/Other', undefined],
    ['/MsgList/0/MsgBody/0/MsgContent/ImageInfoArray', undefined],
  ])('%s', (pointer, fields) => {
    expect(fieldsAt(tree, pointer)).toEqual(fields);
  });
});
