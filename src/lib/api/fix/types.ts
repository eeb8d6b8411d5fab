import type { FixMessageId } from './messages';

/** Replace `length` UTF-16 code units at `offset` of the ORIGINAL text with `text` (length 0: insert). */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * One fix for one diagnostic. `kind: 'edit'`: apply `edits` (never overlapping one another) to the text the fix was
 * computed on. `kind: 'split'`: the request must become several calls; `edits` is empty, and `splitIntoCalls(text)`
 * gives the request texts (fixAll never applies it).
 */
export interface Fix {
  kind: 'edit' | 'split';
  /** The rule and pointer of the diagnostic it fixes. */
  rule: string;
  pointer: string;
  /** The diagnostic's range, as the validator reported it: how the editor matches a fix to its marker. */
  offset: number;
  length: number;
  /** English title; `titleId` + `titleParams` render it in any language (see messages.ts). */
  title: string;
  titleId: FixMessageId;
  titleParams?: Record<string, string | number>;
  /** Several diagnostics may share one fix (e.g. one sort for every out-of-order message): the same array. */
  edits: TextEdit[];
}

/** A diagnostic that a fixer knows but declines, because the fix is not unambiguous: why. */
export interface NoFix {
  rule: string;
  pointer: string;
  offset: number;
  length: number;
  reason: string;
  reasonId: FixMessageId;
  reasonParams?: Record<string, string | number>;
}

export interface FixOptions {
  /** The random source for fresh Random values, returning [0, 1) as Math.random (the default) does. */
  random?: () => number;
}
