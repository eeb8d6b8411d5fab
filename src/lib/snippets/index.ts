/**
 * Deciding where templates go in the request text (no editor, no DOM: unit-tested on strings), and formatting
 * it. The page loads this module on first use (a template, Format before the editor is there): it brings
 * jsonc-parser. What the start-up page needs of this folder is in `edits.ts`.
 */
import { format } from 'jsonc-parser';
import {
  detectFormatting,
  lastMessageValue,
  planElementInsertion,
  planMessageInsertion,
  planRequestInsertion,
  type InsertionPlan,
  type TextEdit,
} from './insert';

export {
  applyTextEdits,
  completionText,
  detectFormatting,
  insertionKindAt,
  lastMessageValue,
  lineAndColumn,
  MAX_TEMPLATE_DEPTH,
  messageBefore,
  planElementInsertion,
  planMessageInsertion,
  planRequestInsertion,
  type InsertionFailure,
  type InsertionKind,
  type InsertionPlan,
  type InsertProblem,
  type InsertProblemId,
  type TextEdit,
} from './insert';

/** The part of the core's `Template` this module needs. */
export interface TemplateLike {
  id: string;
  kind: 'element' | 'message' | 'request';
  value: unknown;
}

export function planTemplateInsertion(
  text: string,
  cursorOffset: number,
  template: TemplateLike,
): InsertionPlan {
  switch (template.kind) {
    case 'element':
      return planElementInsertion(text, cursorOffset, template.value);
    case 'message':
      return planMessageInsertion(text, template.value);
    case 'request':
      return planRequestInsertion(text, template.value);
  }
}

/**
 * "Append next message": built from the last message (same sender, SendTime + 1, the given Random) by the
 * core's `nextMessage`, passed in so that this module stays free of the core.
 */
export function planNextMessage<M>(
  text: string,
  random: number,
  nextMessage: (previous: M | undefined, random: number) => unknown,
): InsertionPlan {
  const last = lastMessageValue(text);
  if (!last.ok) return last;
  const previous = isObject(last.message) ? (last.message as M) : undefined;
  return planMessageInsertion(text, nextMessage(previous, random));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The edits that format the whole document, keeping the indentation it uses (2 spaces for a new one). */
export function formatEdits(text: string): TextEdit[] {
  return format(text, undefined, detectFormatting(text)).map((edit) => ({
    offset: edit.offset,
    length: edit.length,
    text: edit.content,
  }));
}
