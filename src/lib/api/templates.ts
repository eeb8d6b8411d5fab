import { ELEMENT_EXAMPLES, MESSAGE_EXAMPLE, REQUEST_EXAMPLE } from './schema/examples';
import { GROUP_IMPORT_MSG_TYPES, MSG_TYPES, type MsgType } from './schema/msg-types';

/** A snippet the editor and the palette offer. Values are the schema's own examples (its `.meta()` carries them). */
export interface Template {
  id: string;
  label: string;
  kind: 'element' | 'message' | 'request';
  description: string;
  value: unknown;
}

const ELEMENT_LABELS: Record<MsgType, string> = {
  TIMTextElem: 'Text',
  TIMFaceElem: 'Emoji (face)',
  TIMLocationElem: 'Location',
  TIMCustomElem: 'Custom data',
  TIMSoundElem: 'Voice',
  TIMImageElem: 'Image',
  TIMFileElem: 'File',
  TIMVideoFileElem: 'Video',
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const TEMPLATES: readonly Template[] = [
  ...MSG_TYPES.map((msgType): Template => ({
    id: msgType,
    label: ELEMENT_LABELS[msgType],
    kind: 'element',
    description: (GROUP_IMPORT_MSG_TYPES as readonly string[]).includes(msgType)
      ? `${msgType}: documented for group import.`
      : `${msgType}: not documented for group import (the validator warns).`,
    value: clone(ELEMENT_EXAMPLES[msgType]),
  })),
  {
    id: 'message',
    label: 'Message',
    kind: 'message',
    description: 'A whole message: sender, SendTime, Random and a text element.',
    value: clone(MESSAGE_EXAMPLE),
  },
  {
    id: 'request',
    label: 'Whole request',
    kind: 'request',
    description: 'A complete request: GroupId and two messages in ascending SendTime.',
    value: clone(REQUEST_EXAMPLE),
  },
];

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/**
 * The message to append after `previous`: same sender, SendTime one second later (strictly ascending), the given
 * Random, and a text element. Without a usable previous message it starts from the message template.
 */
export function nextMessage(previous: unknown, random: number) {
  const base = clone(MESSAGE_EXAMPLE) as unknown as {
    From_Account: string;
    SendTime: number;
    Random: number;
    MsgBody: unknown[];
  };
  const last = previous !== null && typeof previous === 'object' ? (previous as Record<string, unknown>) : {};
  if (typeof last.From_Account === 'string') base.From_Account = last.From_Account;
  if (typeof last.SendTime === 'number' && Number.isInteger(last.SendTime)) base.SendTime = last.SendTime + 1;
  base.Random = random;
  return base;
}
