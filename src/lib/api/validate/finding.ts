import type { Severity } from '../types';

/** A diagnostic before it has a position: the pointer says where, `target` which part of it to underline. */
export interface Finding {
  severity: Severity;
  rule: string;
  message: string;
  messageId: string;
  params: Readonly<Record<string, string | number>>;
  pointer: string;
  /** 'key': the property name (unknown or repeated keys); 'value': the value itself. */
  target: 'key' | 'value';
  serverCode?: number;
}
