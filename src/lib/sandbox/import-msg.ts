/**
 * `v4/group_open_http_svc/import_group_msg` as the sandbox answers it (TENCENT-IM.md §2-§7 and the seed page):
 * first the request's fields (10004), the group ID (10015), the group (10010) and its type (10007), then each
 * message on its own: SendTime (10004), size (80002), duplicate Random (dropped), else stored with the next MsgSeq.
 */
import { MAX_MESSAGES_PER_CALL, MAX_UINT32 } from '../api/facts';
import { MSG_TYPES } from '../api/schema/msg-types';
import { MAX_TOPIC_ID_BYTES } from '../api/validate/ids';
import { messageByteSize, utf8ByteLength } from '../api/validate/size';
import { ERROR_INFO, clip } from './error-info';
import type { SandboxMessage } from './messages';
import { Conversation, duplicateKey, groupIdProblem, type GroupState } from './store';
import { failed, hasOwn, isRecord, type CommandOutcome, type ImportMsgResultItem } from './wire';

export { MAX_MESSAGES_PER_CALL };
/** The docs' duplicate window: "within five minutes", read as SendTimes less than 300 s apart. */
export const DUPLICATE_WINDOW_SECONDS = 300;

const MSG_TYPE_SET: ReadonlySet<unknown> = new Set(MSG_TYPES);

/** The MsgContent fields each element type cannot do without (the core schema's required fields). */
const REQUIRED_CONTENT: Record<string, readonly string[]> = {
  TIMTextElem: ['Text'],
  TIMFaceElem: ['Index'],
  TIMLocationElem: ['Desc', 'Latitude', 'Longitude'],
  TIMCustomElem: ['Data'],
  TIMSoundElem: ['Url', 'UUID', 'Download_Flag'],
  TIMImageElem: ['UUID', 'ImageInfoArray'],
  TIMFileElem: ['Url', 'UUID', 'Download_Flag'],
  TIMVideoFileElem: [
    'VideoUrl',
    'VideoUUID',
    'VideoDownloadFlag',
    'ThumbUrl',
    'ThumbUUID',
    'ThumbDownloadFlag',
  ],
};

export interface ImportContext {
  now: number;
  maxMessageBytes: number;
  group(groupId: string): GroupState | undefined;
  /** A uint32 for a message sent without Random (the server makes one up). */
  nextRandom(): number;
}

interface CheckedMessage {
  From_Account: string;
  SendTime: number;
  Random: number | undefined;
  MsgBody: unknown[];
  raw: Record<string, unknown>;
}

const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isUint32 = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_UINT32;

/** The first structural problem of one message, as the 10004 ErrorInfo to send; undefined when it is whole. */
function messageProblem(message: unknown, i: number): string | undefined {
  const at = `MsgList[${i}]`;
  if (!isRecord(message)) return ERROR_INFO.fieldType({ field: at, expected: 'an object' });
  for (const field of ['From_Account', 'SendTime', 'MsgBody']) {
    if (!hasOwn(message, field) || message[field] === null)
      return ERROR_INFO.fieldMissing({ field: `${at}.${field}` });
  }
  if (typeof message.From_Account !== 'string') {
    return ERROR_INFO.fieldType({ field: `${at}.From_Account`, expected: 'a string' });
  }
  if (message.From_Account === '') return ERROR_INFO.fieldMissing({ field: `${at}.From_Account` });
  if (!isSeconds(message.SendTime)) {
    return ERROR_INFO.fieldType({ field: `${at}.SendTime`, expected: 'an integer (Unix seconds)' });
  }
  if (hasOwn(message, 'Random') && !isUint32(message.Random)) {
    return ERROR_INFO.fieldType({ field: `${at}.Random`, expected: 'a 32-bit unsigned integer' });
  }
  const body = message.MsgBody;
  if (!Array.isArray(body)) return ERROR_INFO.fieldType({ field: `${at}.MsgBody`, expected: 'an array' });
  if (body.length === 0) return ERROR_INFO.msgBodyEmpty({ field: `${at}.MsgBody` });
  for (let j = 0; j < body.length; j++) {
    const element: unknown = body[j];
    const el = `${at}.MsgBody[${j}]`;
    if (!isRecord(element)) return ERROR_INFO.fieldType({ field: el, expected: 'an object' });
    if (!hasOwn(element, 'MsgType')) return ERROR_INFO.fieldMissing({ field: `${el}.MsgType` });
    if (!MSG_TYPE_SET.has(element.MsgType)) {
      return ERROR_INFO.msgTypeInvalid({ field: `${el}.MsgType`, value: clip(String(element.MsgType)) });
    }
    const content = element.MsgContent;
    if (!hasOwn(element, 'MsgContent')) return ERROR_INFO.fieldMissing({ field: `${el}.MsgContent` });
    if (!isRecord(content)) return ERROR_INFO.fieldType({ field: `${el}.MsgContent`, expected: 'an object' });
    for (const field of REQUIRED_CONTENT[element.MsgType as string]) {
      if (!hasOwn(content, field) || content[field] === null) {
        return ERROR_INFO.fieldMissing({ field: `${el}.MsgContent.${field}` });
      }
    }
  }
  return undefined;
}

/** The request-level fields; undefined when they are all usable. */
function requestProblem(body: Record<string, unknown>): string | undefined {
  if (!hasOwn(body, 'GroupId')) return ERROR_INFO.fieldMissing({ field: 'GroupId' });
  if (typeof body.GroupId !== 'string')
    return ERROR_INFO.fieldType({ field: 'GroupId', expected: 'a string' });
  if (hasOwn(body, 'TopicId') && typeof body.TopicId !== 'string') {
    return ERROR_INFO.fieldType({ field: 'TopicId', expected: 'a string' });
  }
  if (hasOwn(body, 'RecentContactFlag') && !isSeconds(body.RecentContactFlag)) {
    return ERROR_INFO.fieldType({ field: 'RecentContactFlag', expected: 'an integer' });
  }
  if (!hasOwn(body, 'MsgList')) return ERROR_INFO.fieldMissing({ field: 'MsgList' });
  const list = body.MsgList;
  if (!Array.isArray(list)) return ERROR_INFO.fieldType({ field: 'MsgList', expected: 'an array' });
  if (list.length === 0) return ERROR_INFO.msgListEmpty();
  if (list.length > MAX_MESSAGES_PER_CALL) return ERROR_INFO.msgListTooLong({ count: list.length });
  for (let i = 0; i < list.length; i++) {
    const problem = messageProblem(list[i], i);
    if (problem) return problem;
  }
  return undefined;
}

/** The conversation a call imports into: the group, or (Community groups) one of its topics. */
function conversationOf(
  group: GroupState,
  topicId: string | undefined,
  notes: SandboxMessage[],
): Conversation | CommandOutcome {
  if (topicId === undefined) return group.main;
  if (group.Type !== 'Community') return failed(10004, ERROR_INFO.topicNotCommunity());
  if (!topicId.startsWith(`${group.GroupId}@TOPIC#_`) || utf8ByteLength(topicId) > MAX_TOPIC_ID_BYTES) {
    return failed(10015, ERROR_INFO.topicIdInvalid({ topicId: clip(topicId) }));
  }
  let topic = group.topics.get(topicId);
  if (!topic) {
    topic = new Conversation();
    group.topics.set(topicId, topic);
    notes.push({ id: 'sandbox.note.topic-created', params: { topicId } });
  }
  return topic;
}

function importOne(
  message: CheckedMessage,
  index: number,
  group: GroupState,
  conversation: Conversation,
  context: ImportContext,
  notes: SandboxMessage[],
): ImportMsgResultItem {
  const { SendTime: sendTime } = message;
  const rejected = (code: number): ImportMsgResultItem => ({ MsgSeq: 0, MsgTime: sendTime, Result: code });
  if (sendTime <= group.CreateTime) return rejected(10004);
  if (conversation.newest !== undefined && sendTime <= conversation.newest) return rejected(10004);
  if (sendTime >= context.now) return rejected(10004);
  if (messageByteSize(message.raw) > context.maxMessageBytes) return rejected(80002);

  if (message.Random !== undefined) {
    const first = conversation.byRandom.get(duplicateKey(message.From_Account, message.Random));
    if (first && sendTime - first.MsgTimeStamp < DUPLICATE_WINDOW_SECONDS) {
      notes.push({
        id: 'sandbox.note.duplicate',
        params: {
          index: index + 1,
          from: message.From_Account,
          random: message.Random,
          msgSeq: first.MsgSeq,
          seconds: sendTime - first.MsgTimeStamp,
        },
      });
      // The sandbox's reading: the docs say only that the later message "will be discarded as a repeated
      // message". Answering success with the first message's MsgSeq and MsgTime (rather than an error, or a new
      // MsgSeq that was never stored) keeps a retried batch idempotent; the note tells the page what happened.
      return { MsgSeq: first.MsgSeq, MsgTime: first.MsgTimeStamp, Result: 0 };
    }
  }
  const stored = {
    From_Account: message.From_Account,
    MsgSeq: conversation.lastSeq + 1,
    MsgRandom: message.Random ?? context.nextRandom(),
    MsgTimeStamp: sendTime,
    MsgBody: message.MsgBody,
  };
  conversation.store(stored, message.Random !== undefined);
  return { MsgSeq: stored.MsgSeq, MsgTime: sendTime, Result: 0 };
}

export function importGroupMsg(body: Record<string, unknown>, context: ImportContext): CommandOutcome {
  const problem = requestProblem(body);
  if (problem) return failed(10004, problem);
  const groupId = body.GroupId as string;
  if (groupIdProblem(groupId)) return failed(10015, ERROR_INFO.groupIdInvalid({ groupId: clip(groupId) }));
  const group = context.group(groupId);
  if (!group) {
    // The note carries the ID as data, so the page can offer to add the group to the sandbox.
    return failed(10010, ERROR_INFO.groupNotFound({ groupId }), [
      { id: 'sandbox.note.unknown-group', params: { groupId } },
    ]);
  }
  if (group.Type === 'AVChatRoom') return failed(10007, ERROR_INFO.avChatRoom());

  const notes: SandboxMessage[] = [];
  const conversation = conversationOf(group, body.TopicId as string | undefined, notes);
  if (!(conversation instanceof Conversation)) return conversation;

  const list = body.MsgList as Record<string, unknown>[];
  const results: ImportMsgResultItem[] = [];
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const message: CheckedMessage = {
      From_Account: raw.From_Account as string,
      SendTime: raw.SendTime as number,
      Random: raw.Random as number | undefined,
      MsgBody: raw.MsgBody as unknown[],
      raw,
    };
    results.push(importOne(message, i, group, conversation, context, notes));
  }
  return {
    answer: { ActionStatus: 'OK', ErrorInfo: '', ErrorCode: 0, ImportMsgResult: results },
    notes,
  };
}
