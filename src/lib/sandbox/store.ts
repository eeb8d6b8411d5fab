/**
 * What the sandbox holds: groups with their type and creation time, and per conversation (the group, or one of
 * a Community group's topics) the stored messages, the last MsgSeq and the index the duplicate rule needs.
 */
import { MAX_GROUP_ID_BYTES } from '../api/validate/ids';
import { utf8ByteLength } from '../api/validate/size';
import { GROUP_TYPES, type GroupType } from '../api/types';
import type { SandboxMessage } from './messages';

export interface SandboxGroup {
  GroupId: string;
  Type: GroupType;
  /** Unix seconds; every imported message must be later. */
  CreateTime: number;
}

/** A message as the sandbox stores it: the fields group_msg_get_simple reads back. */
export interface StoredMessage {
  From_Account: string;
  MsgSeq: number;
  MsgRandom: number;
  MsgTimeStamp: number;
  MsgBody: unknown[];
}

export class Conversation {
  readonly messages: StoredMessage[] = [];
  /** The newest stored message's SendTime; later imports must be later still. */
  newest: number | undefined;
  /** `From_Account` + NUL + Random → the newest stored message with them (the duplicate rule). */
  readonly byRandom = new Map<string, StoredMessage>();

  get lastSeq(): number {
    return this.messages.length;
  }

  store(message: StoredMessage, randomGiven: boolean): void {
    this.messages.push(message);
    this.newest = message.MsgTimeStamp;
    if (randomGiven) this.byRandom.set(duplicateKey(message.From_Account, message.MsgRandom), message);
  }
}

export const duplicateKey = (from: string, random: number) => `${from}\u0000${random}`;

export interface GroupState extends SandboxGroup {
  main: Conversation;
  topics: Map<string, Conversation>;
}

const GROUP_TYPE_SET: ReadonlySet<unknown> = new Set(GROUP_TYPES);
export const isGroupType = (value: unknown): value is GroupType => GROUP_TYPE_SET.has(value);

export const isUnixSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * Why a GroupId cannot exist (the server answers 10015 for these), or undefined: empty, not printable ASCII,
 * longer than 48 bytes (TENCENT-IM.md §5).
 */
export function groupIdProblem(groupId: string): SandboxMessage | undefined {
  if (groupId === '') return { id: 'sandbox.group.id-empty' };
  for (let i = 0; i < groupId.length; i++) {
    const code = groupId.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      const point = groupId.codePointAt(i) ?? code;
      return {
        id: 'sandbox.group.id-charset',
        params: { position: i + 1, codePoint: `U+${point.toString(16).toUpperCase().padStart(4, '0')}` },
      };
    }
  }
  // Printable ASCII: one byte per character.
  if (groupId.length > MAX_GROUP_ID_BYTES) {
    return {
      id: 'sandbox.group.id-length',
      params: { bytes: utf8ByteLength(groupId), max: MAX_GROUP_ID_BYTES },
    };
  }
  return undefined;
}

/** The creation rules of a group ID for its type (§5): Community IDs start with @TGS#_, and only theirs do. */
export function groupTypeIdProblem(groupId: string, type: GroupType): SandboxMessage | undefined {
  const communityId = groupId.startsWith('@TGS#_');
  if (type === 'Community' && !communityId) return { id: 'sandbox.group.id-community-prefix' };
  if (type !== 'Community' && communityId) return { id: 'sandbox.group.id-community-only' };
  return undefined;
}
