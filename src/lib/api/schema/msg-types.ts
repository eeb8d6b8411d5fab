/** MsgType names, zod-free so the page can use them without loading the schema. */

/** The element types the group-import page documents. */
export const GROUP_IMPORT_MSG_TYPES = [
  'TIMTextElem',
  'TIMFaceElem',
  'TIMLocationElem',
  'TIMCustomElem',
] as const;
/** Element types of the message format that group import is not documented to take (unconfirmed: a warning). */
export const OTHER_MSG_TYPES = ['TIMSoundElem', 'TIMImageElem', 'TIMFileElem', 'TIMVideoFileElem'] as const;
export const MSG_TYPES = [...GROUP_IMPORT_MSG_TYPES, ...OTHER_MSG_TYPES] as const;
export type MsgType = (typeof MSG_TYPES)[number];
