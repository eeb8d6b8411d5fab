/**
 * The batch input: what the batch planner reads and what the importers (Slack, Telegram, ...) write.
 * Plain data, no DOM. A batch file on disk is one of:
 *  - a JSON array of messages: MsgList items, each with its own `GroupId` (or one GroupId given for all);
 *  - one or more import_group_msg request bodies (a JSON object, or an array of them, or NDJSON of them);
 *  - NDJSON of messages (one MsgList item with its GroupId per line);
 *  - a BatchDocument `{ "groups": [...], "messages": [...] }` (what the importers write).
 * A message carries, besides the MsgList item's own fields, the routing fields below; the planner takes them
 * out before building a MsgList item, so they never reach the API.
 */
import type { GroupType } from '../api/types';

/** Routing fields a batch message may carry beside From_Account, SendTime, Random, MsgBody. */
export const BATCH_ROUTING_KEYS = ['GroupId', 'TopicId', 'SourceId'] as const;

export interface BatchGroup {
  GroupId: string;
  /** The group's type, when known (AVChatRoom cannot import). */
  Type?: GroupType;
  /** The group's CreateTime (Unix seconds), as import_group would set it; every message must be later. */
  CreateTime?: number;
  /** A display name from the source system (for reports only). */
  Name?: string;
}

/** One input message as the batch file holds it: a MsgList item plus routing fields. */
export interface BatchMessageRecord {
  GroupId: string;
  TopicId?: string;
  /** The message's id in the source system (Slack ts, Telegram id, ...), carried into every report row. */
  SourceId?: string;
  From_Account: unknown;
  SendTime: unknown;
  Random?: unknown;
  MsgBody: unknown;
  [key: string]: unknown;
}

/** The importers' output and the richest batch file form. */
export interface BatchDocument {
  groups?: BatchGroup[];
  messages: BatchMessageRecord[];
}
