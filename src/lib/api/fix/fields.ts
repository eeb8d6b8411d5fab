/**
 * The field names each object of a request may hold, zod-free (the schema in ../schema is the source of truth;
 * tests/lib/api/fix/fields.test.ts checks these lists against it). A near-miss key is renamed only to a field of
 * its own object.
 */
import { MAX_MESSAGES_PER_CALL } from '../facts';
import { fromPointer } from '../validate/pointer';
import { memberOf, nodeAt, type JsonTree } from './tree';

/** The core's MAX_MESSAGES_PER_CALL (from the zod-free facts), under the name the fixers use. */
export const MESSAGES_PER_CALL = MAX_MESSAGES_PER_CALL;

export const ROOT_FIELDS = ['GroupId', 'RecentContactFlag', 'TopicId', 'MsgList'];
export const MESSAGE_FIELDS = ['From_Account', 'SendTime', 'Random', 'MsgBody'];
export const ELEMENT_FIELDS = ['MsgType', 'MsgContent'];
export const IMAGE_INFO_FIELDS = ['Type', 'Size', 'Width', 'Height', 'URL'];
export const CONTENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  TIMTextElem: ['Text'],
  TIMFaceElem: ['Index', 'Data'],
  TIMLocationElem: ['Desc', 'Latitude', 'Longitude'],
  TIMCustomElem: ['Data', 'Desc', 'Ext', 'Sound'],
  TIMSoundElem: ['Url', 'UUID', 'Size', 'Second', 'Download_Flag'],
  TIMImageElem: ['UUID', 'ImageFormat', 'ImageInfoArray'],
  TIMFileElem: ['Url', 'UUID', 'FileSize', 'FileName', 'Download_Flag'],
  TIMVideoFileElem: [
    'VideoUrl',
    'VideoUUID',
    'VideoSize',
    'VideoSecond',
    'VideoFormat',
    'VideoDownloadFlag',
    'ThumbUrl',
    'ThumbUUID',
    'ThumbSize',
    'ThumbWidth',
    'ThumbHeight',
    'ThumbFormat',
    'ThumbDownloadFlag',
  ],
};

const INDEX = /^(0|[1-9]\d{0,8})$/;

/** The MsgType of the element at /MsgList/{i}/MsgBody/{j}, when it is a known one. */
export function elementType(tree: JsonTree, message: string, element: string): string | undefined {
  const type = memberOf(nodeAt(tree, `/MsgList/${message}/MsgBody/${element}`), 'MsgType')?.node.value;
  return typeof type === 'string' && Object.hasOwn(CONTENT_FIELDS, type) ? type : undefined;
}

/** The fields the object at `pointer` may hold, or undefined where the request has no such object. */
export function fieldsAt(tree: JsonTree, pointer: string): readonly string[] | undefined {
  const path = fromPointer(pointer);
  if (path.length === 0) return ROOT_FIELDS;
  if (path[0] !== 'MsgList' || !INDEX.test(path[1] ?? '')) return undefined;
  if (path.length === 2) return MESSAGE_FIELDS;
  if (path[2] !== 'MsgBody' || !INDEX.test(path[3] ?? '')) return undefined;
  if (path.length === 4) return ELEMENT_FIELDS;
  if (path[4] !== 'MsgContent') return undefined;
  const type = elementType(tree, path[1], path[3]);
  if (!type) return undefined;
  if (path.length === 5) return CONTENT_FIELDS[type];
  if (type === 'TIMImageElem' && path[5] === 'ImageInfoArray' && path.length === 7 && INDEX.test(path[6]))
    return IMAGE_INFO_FIELDS;
  return undefined;
}
