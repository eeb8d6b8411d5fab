/**
 * `v4/group_open_http_svc/group_msg_get_simple`, as the sandbox answers it: the stored messages read back the
 * way Tencent's docs of that call show them (newest first, at most 20 per call, paging backwards by MsgSeq).
 */
import { ERROR_INFO, clip } from './error-info';
import type { Conversation, GroupState } from './store';
import { groupIdProblem } from './store';
import { failure, hasOwn, type WireAnswer } from './wire';

/** The docs: "a maximum of 20 historical messages can be returned per request". */
export const MAX_MESSAGES_PER_READ = 20;
/** MsgPriority of every stored message: the docs' sample shows 1 for ordinary messages. */
const MSG_PRIORITY = 1;

export interface ReadMessagesRequest {
  GroupId: string;
  /** How many messages; at most 20 come back. */
  ReqMsgNumber: number;
  /** The newest MsgSeq wanted (messages with MsgSeq <= it). Default: the newest there is. */
  ReqMsgSeq?: number;
  /** A Community group's topic. */
  TopicId?: string;
}

export interface RspMsgItem {
  From_Account: string;
  IsPlaceMsg: 0 | 1;
  MsgBody: unknown[];
  MsgPriority: number;
  MsgRandom: number;
  MsgSeq: number;
  MsgTimeStamp: number;
}

export interface GroupMsgGetSimpleAnswer extends WireAnswer {
  GroupId?: string;
  /** 1: every message asked for came back; 0: more than 20 were asked for and more remain. */
  IsFinished?: number;
  RspMsgList?: RspMsgItem[];
}

const isPositiveInteger = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

function page(
  conversation: Conversation,
  request: ReadMessagesRequest,
): { items: RspMsgItem[]; finished: boolean } {
  const { messages } = conversation;
  const top = Math.min(request.ReqMsgSeq ?? messages.length, messages.length); // MsgSeq n is messages[n - 1]
  const wanted = Math.min(request.ReqMsgNumber, top);
  const count = Math.min(wanted, MAX_MESSAGES_PER_READ);
  const items: RspMsgItem[] = [];
  for (let seq = top; seq > top - count; seq--) {
    const stored = messages[seq - 1];
    items.push({
      From_Account: stored.From_Account,
      IsPlaceMsg: 0,
      // A copy: whoever reads the answer cannot change what the sandbox stores.
      MsgBody: structuredClone(stored.MsgBody),
      MsgPriority: MSG_PRIORITY,
      MsgRandom: stored.MsgRandom,
      MsgSeq: stored.MsgSeq,
      MsgTimeStamp: stored.MsgTimeStamp,
    });
  }
  return { items, finished: count === wanted };
}

/** Reads a request body (already JSON-parsed) and answers it. */
export function groupMsgGetSimple(
  body: Record<string, unknown>,
  group: (groupId: string) => GroupState | undefined,
): GroupMsgGetSimpleAnswer {
  if (!hasOwn(body, 'GroupId')) return failure(10004, ERROR_INFO.fieldMissing({ field: 'GroupId' }));
  const groupId = body.GroupId;
  if (typeof groupId !== 'string')
    return failure(10004, ERROR_INFO.fieldType({ field: 'GroupId', expected: 'a string' }));
  if (!hasOwn(body, 'ReqMsgNumber'))
    return failure(10004, ERROR_INFO.fieldMissing({ field: 'ReqMsgNumber' }));
  if (!isPositiveInteger(body.ReqMsgNumber)) return failure(10004, ERROR_INFO.reqMsgNumber());
  if (hasOwn(body, 'ReqMsgSeq') && !isPositiveInteger(body.ReqMsgSeq)) {
    return failure(10004, ERROR_INFO.fieldType({ field: 'ReqMsgSeq', expected: 'a positive integer' }));
  }
  if (hasOwn(body, 'TopicId') && typeof body.TopicId !== 'string') {
    return failure(10004, ERROR_INFO.fieldType({ field: 'TopicId', expected: 'a string' }));
  }
  if (groupIdProblem(groupId)) return failure(10015, ERROR_INFO.groupIdInvalid({ groupId: clip(groupId) }));
  const state = group(groupId);
  if (!state) return failure(10010, ERROR_INFO.groupNotFound({ groupId }));
  if (state.Type === 'AVChatRoom') return failure(10007, ERROR_INFO.avChatRoom());

  const topicId = body.TopicId as string | undefined;
  let conversation: Conversation | undefined = state.main;
  if (topicId !== undefined) {
    if (state.Type !== 'Community') return failure(10004, ERROR_INFO.topicNotCommunity());
    conversation = state.topics.get(topicId);
    if (!conversation) return failure(10010, ERROR_INFO.groupNotFound({ groupId: clip(topicId) }));
  }
  const { items, finished } = page(conversation, {
    GroupId: groupId,
    ReqMsgNumber: body.ReqMsgNumber as number,
    ReqMsgSeq: body.ReqMsgSeq as number | undefined,
  });
  return {
    ActionStatus: 'OK',
    ErrorInfo: '',
    ErrorCode: 0,
    GroupId: groupId,
    IsFinished: finished ? 1 : 0,
    RspMsgList: items,
  };
}
