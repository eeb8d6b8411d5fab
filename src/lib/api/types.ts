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
