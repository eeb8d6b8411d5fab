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
  /** What is wrong and what to change, in English (`diagnosticText` says it in another language). */
  message: string;
  /**
   * The message's id in the core's catalogs (`api/i18n/diagnostics-en.ts`): the rule id, or `rule.variant`.
   * Always set by the validator; optional for diagnostics made elsewhere.
   */
  messageId?: string;
  /** The values the message names (sizes, times, keys), for rendering it in any language. */
  params?: Readonly<Record<string, string | number>>;
  /** RFC 6901 JSON Pointer of the value at fault; '' for the root. */
  pointer: string;
  /** Where it stands in the text (UTF-16 code units, as JavaScript strings index). Always inside the text. */
  offset: number;
  length: number;
  /** The code the Tencent server would answer with, where known. */
  serverCode?: number;
}
