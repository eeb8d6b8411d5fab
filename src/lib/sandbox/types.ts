/** The sandbox's public shapes: options, answers, group summaries and the Sandbox object itself. */
import type { GroupType } from '../api/types';
import type { GroupMsgGetSimpleAnswer } from './get-simple';
import type { SandboxMessage } from './messages';
import type { SandboxGroup } from './store';

export interface SandboxOptions {
  /** The groups to start with (and to reset to); default DEFAULT_SANDBOX_GROUPS. */
  groups?: ReadonlyArray<{ GroupId: string; Type: GroupType; CreateTime: number }>;
  /** The clock, Unix seconds (fractions are dropped). Default: the system clock. */
  now?: () => number;
  /** Calls per second per SDKAppID before 60007; `false` for none. Default 200, as documented. */
  rateLimit?: number | false;
  /** Per-message byte budget before 80002; default 12,000 (see SANDBOX_DEFAULT_MAX_MESSAGE_BYTES). */
  maxMessageBytes?: number;
}

export interface SandboxResponse {
  status: number;
  bodyText: string;
}

export interface SandboxDetailedResponse extends SandboxResponse {
  /** What the sandbox noticed beside its answer (a dropped duplicate, ...), for the explanation. */
  notes: SandboxMessage[];
}

export interface SandboxGroupSummary extends SandboxGroup {
  /** Stored messages in the group itself (topics not included). */
  messageCount: number;
  /** MsgSeq of its newest message (0 when none). */
  lastMsgSeq: number;
  /** SendTime of its newest message. */
  latestMsgTime?: number;
  /** Topic IDs of a Community group, in the order they were first used. */
  topics: string[];
}

export type SandboxChange = { ok: true } | { ok: false; message: SandboxMessage; error: string };

export interface Sandbox {
  /** Answers one HTTP call (POST) as the real endpoint would. Never rejects. */
  handle(url: string, bodyText: string): Promise<SandboxResponse>;
  /** The same call, with what the sandbox noticed on the way. */
  handleDetailed(url: string, bodyText: string): Promise<SandboxDetailedResponse>;
  readonly settings: { rateLimit: number | false; maxMessageBytes: number };
  /** Changes settings (invalid values are ignored). */
  configure(settings: { rateLimit?: number | false; maxMessageBytes?: number }): void;
  listGroups(): SandboxGroupSummary[];
  getGroup(groupId: string): SandboxGroupSummary | undefined;
  addGroup(group: SandboxGroup): SandboxChange;
  updateGroup(groupId: string, changes: { Type?: GroupType; CreateTime?: number }): SandboxChange;
  removeGroup(groupId: string): SandboxChange;
  /** Back to the starting groups, no messages, a fresh rate-limit window. */
  reset(): void;
  /** A group's stored messages as group_msg_get_simple answers (ReqMsgNumber default 20). */
  readMessages(
    groupId: string,
    options?: { ReqMsgNumber?: number; ReqMsgSeq?: number; TopicId?: string },
  ): GroupMsgGetSimpleAnswer;
  /** The sandbox's readings where the docs are silent, for display. */
  readings(): SandboxMessage[];
  /** Called after every change of groups or messages; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
