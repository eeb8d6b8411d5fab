/** Deciding where templates go in the request text (no editor, no DOM: unit-tested on strings). */
import {
  lastMessageValue,
  planElementInsertion,
  planMessageInsertion,
  planRequestInsertion,
  type InsertionPlan,
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
