/**
 * Shapes shared by the importers. Every reader (Slack, Telegram, Discord, Mattermost) turns its tool's export into
 * one `SourceExport`; the converter turns that, with a `ImportMapping`, into the batch input (`BatchDocument`),
 * the accounts to create first, and an accounting of every source message. Plain data, no DOM.
 */
import type { GroupType } from '../api/types';
import type { BatchDocument } from '../batch/types';
import type { MessageId, MessageParams } from './messages';

export const SOURCE_KINDS = ['slack', 'telegram', 'discord', 'mattermost'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One file of an export: from a dropped folder, a zip's entry or a single file. `bytes` or `read` must be given. */
export interface InputFile {
  /** Path inside the export, `/`-separated (a dropped folder's relative path, a zip entry's name). */
  path: string;
  bytes?: Uint8Array;
  read?: () => Promise<Uint8Array>;
  /** Size in bytes when known before reading. */
  size?: number;
}

/** Limits that keep a hostile export from exhausting memory. */
export interface ReadLimits {
  /** Total bytes a zip may inflate to (declared and actual). Default 2 GiB. */
  maxInflatedBytes: number;
  /** Entries a zip may hold. Default 1,000,000. */
  maxZipEntries: number;
}

/** A problem or remark about the export that does not stop the import: shown before planning. */
export interface ImportNotice {
  id: MessageId;
  params: MessageParams;
}

export type ChannelKind = 'public' | 'private' | 'direct' | 'group-direct' | 'thread';

export interface SourceChannel {
  /** Stable id of the channel in the export (Slack C…, Telegram chat id, Discord channel id, Mattermost team/name). */
  id: string;
  name: string;
  kind: ChannelKind;
  /** A thread channel's parent (Discord exports a thread as its own file): by default it shares the parent's group. */
  parentId?: string;
  parentName?: string;
  /** Creation time in Unix seconds, when the export says. */
  createdAt?: number;
}

export interface SourceUser {
  /** Stable id of the person in the export (Slack U…, Telegram user123, Discord id, Mattermost username). */
  id: string;
  /** The best display name the export gives. */
  name: string;
  /** Listed in the export's own user list (Slack users.json, Mattermost user lines); false for people seen only in messages. */
  listed: boolean;
  deleted?: boolean;
  bot?: boolean;
  avatarUrl?: string;
}

/** Something besides text in a message. URLs are absolute; paths are relative to the export's folder. */
export type ContentPart =
  | {
      kind: 'image';
      name?: string;
      url?: string;
      path?: string;
      width?: number;
      height?: number;
      size?: number;
      omitted?: string;
    }
  | { kind: 'file'; name?: string; url?: string; path?: string; size?: number; omitted?: string }
  | {
      kind: 'voice';
      name?: string;
      url?: string;
      path?: string;
      size?: number;
      seconds?: number;
      omitted?: string;
    }
  | { kind: 'sticker'; emoji?: string; name?: string; url?: string }
  | { kind: 'location'; latitude: number; longitude: number; description?: string };

export interface SourceMessage {
  /** The message's id in the source system, unique in the export; carried as `SourceId` into every output row. */
  id: string;
  channelId: string;
  /** Unix time in integer microseconds (Slack keeps microseconds, Discord milliseconds); NaN when unusable. */
  timeUs: number;
  /** Breaks ties between equal times, in the source's own order (export order, or Discord's snowflake order). */
  tie: number;
  /** Key into the export's users; undefined when the export names nobody (deleted account). */
  userId?: string;
  /** A service event (join, pin, title change…) rather than something a person wrote. */
  service: boolean;
  /** Readable text: mentions and links already rendered. */
  text: string;
  parts: ContentPart[];
  /** The thread's root message (Slack thread_ts, Mattermost replies). */
  threadRootId?: string;
  /** The message this one replies to (Telegram reply_to_message_id, Discord reference). */
  replyToId?: string;
  /** True when the reply target lives in another chat. */
  replyElsewhere?: boolean;
  edited: boolean;
  /** The reader already knows this message cannot be imported, and why. */
  skip?: SkipReason;
}

export interface SourceExport {
  source: SourceKind;
  channels: SourceChannel[];
  users: SourceUser[];
  messages: SourceMessage[];
  notices: ImportNotice[];
}

/** Why a source message was not imported: stable ids, explained in messages.ts. */
export const SKIP_REASONS = [
  'service-skipped',
  'deleted-tombstone',
  'unsupported',
  'empty',
  'time-missing',
  'time-invalid',
  'time-future',
  'before-group-creation',
  'channel-excluded',
  'event-record',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** What each kind of content becomes: part of the mapping, saved with the plan. */
export interface ContentOptions {
  /** Service messages (joins, pins, title changes): kept as text or skipped. */
  service: 'text' | 'skip';
  /** Images, files and voice with a usable URL: message elements, or always a text line naming them. */
  attachments: 'elements' | 'text';
  /** Prefix for files the export holds by relative path (Telegram photos/…, Mattermost data/…), once uploaded. */
  mediaBaseUrl?: string;
  /** Stickers: a text line, or TIMFaceElem with `faceIndex` and the sticker's emoji or name as Data. */
  stickers: 'text' | 'face';
  faceIndex: number;
  /** "↪ reply to <who>: <excerpt>" before replies and thread replies. */
  replyPrefix: boolean;
  /** Characters of the replied message shown in the prefix. */
  excerptLength: number;
  /** Append "(edited)" to messages edited in the source. */
  markEdited: boolean;
  /** Per-message byte budget, measured as the core's messageByteSize; longer text is split, never cut. */
  maxMessageBytes: number;
}

export interface GroupMapping {
  /** The source channel's id. */
  source: string;
  /** Its name in the source, for people reading the mapping. */
  name: string;
  include: boolean;
  GroupId: string;
  Type?: GroupType;
  /** The group's CreateTime for import_group; default: one second before its first message. */
  CreateTime?: number;
}

export interface UserMapping {
  source: string;
  name: string;
  From_Account: string;
  Nick: string;
  FaceUrl?: string;
}

/** The editable, serialisable mapping: shown before planning and saved with the plan. */
export interface ImportMapping {
  version: 1;
  source: SourceKind;
  groups: GroupMapping[];
  users: UserMapping[];
  /** The account used for messages whose sender the export does not name (deleted accounts, anonymous posts). */
  placeholderAccount: string;
  content: ContentOptions;
}

/** What became of one source message. */
export type MessageOutcome =
  | { sourceId: string; channel: string; outcome: 'planned'; index: number }
  | { sourceId: string; channel: string; outcome: 'split'; parts: number[] }
  | { sourceId: string; channel: string; outcome: 'skipped'; reason: SkipReason };

/** A SendTime moved from the source's own time: recorded, never silent. */
export interface TimeAdjustment {
  sourceId: string;
  index: number;
  sourceTime: number;
  sendTime: number;
  why: 'equal-or-earlier' | 'split-part';
}

export interface ChannelSummary {
  channel: string;
  name: string;
  GroupId?: string;
  source: number;
  planned: number;
  split: number;
  parts: number;
  skipped: number;
  messages: number;
  byReason: Partial<Record<SkipReason, number>>;
}

export interface Accounting {
  outcomes: MessageOutcome[];
  adjustments: TimeAdjustment[];
  channels: ChannelSummary[];
  totals: {
    source: number;
    planned: number;
    split: number;
    parts: number;
    skipped: number;
    messages: number;
  };
  byReason: Partial<Record<SkipReason, number>>;
}

/** account_import bodies (one per call) and multiaccount_import bodies (100 IDs each), ready to post. */
export interface AccountsFile {
  accounts: { UserID: string; Nick: string; FaceUrl?: string }[];
  multiaccount_import: { Accounts: string[] }[];
}

export interface ImportResult {
  source: SourceKind;
  document: BatchDocument;
  mapping: ImportMapping;
  accounts: AccountsFile;
  accounting: Accounting;
  notices: ImportNotice[];
}
