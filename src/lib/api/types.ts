/** Shared shapes of the domain core. Plain data: no Svelte, no Monaco, no DOM. */

/** Group types that `import_group_msg` knows. Work is the new name of Private, Meeting of ChatRoom. */
export const GROUP_TYPES = [
  'Private',
  'Work',
  'Public',
  'ChatRoom',
  'Meeting',
  'AVChatRoom',
  'Community',
] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** The per-message byte budget of the original API page: the safe default (newer docs say 12 KB). */
export const DEFAULT_MAX_MESSAGE_BYTES = 8000;

/** What the rules that depend on the world outside the request need to know. */
export interface ValidationContext {
  /** The current time, Unix seconds. Default: the clock. */
  now: number;
  groupType?: GroupType;
  /** The group's CreateTime, Unix seconds. */
  groupCreateTime?: number;
  /** SendTime of the newest message already in the group, Unix seconds. */
  latestMsgTime?: number;
  /** Per-message byte budget. Default 8000 (the seed's figure); newer docs say 12 KB. */
  maxMessageBytes: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable id of the rule, e.g. `send-time-order`. */
  rule: string;
  /** What is wrong and what to change. */
  message: string;
  /** RFC 6901 JSON Pointer of the value at fault; '' for the root. */
  pointer: string;
  /** Where it stands in the text (UTF-16 code units, as JavaScript strings index). Always inside the text. */
  offset: number;
  length: number;
  /** The code the Tencent server would answer with, where known. */
  serverCode?: number;
}
