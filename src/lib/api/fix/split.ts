/**
 * More than 7 messages cannot be one call: splitIntoCalls cuts a request into calls of at most 7, in order. Each
 * call is the original text with MsgList cut down to that call's messages, so GroupId, RecentContactFlag, TopicId,
 * comments and layout are kept as written (the body sent is what the validator's `body` gives: comments stripped).
 * The batch planner can reuse it. Zod-free.
 */
import { itemStart } from './edits';
import { MESSAGES_PER_CALL } from './fields';
import { buildTree, memberOf } from './tree';

export interface SplitOptions {
  /** Messages per call: 7 (the API's limit) unless a smaller whole number is given. */
  perCall?: number;
}

/**
 * The request texts, in order, each with at most `perCall` messages; the text itself when it needs no split; an empty
 * array when there is nothing to split (no object with a MsgList array). Never throws.
 */
export function splitIntoCalls(text: string, options: SplitOptions = {}): string[] {
  if (typeof text !== 'string') return [];
  const wanted = options.perCall;
  const perCall =
    typeof wanted === 'number' && Number.isInteger(wanted) && wanted >= 1 && wanted < MESSAGES_PER_CALL
      ? wanted
      : MESSAGES_PER_CALL;
  const tree = buildTree(text);
  if (tree?.root.kind !== 'object') return [];
  const list = memberOf(tree.root, 'MsgList')?.node;
  if (list?.kind !== 'array') return [];
  const items = list.entries!;
  if (items.length <= perCall) return [text];
  const starts = items.map((_, i) => itemStart(tree, list, i));
  const head = text.slice(0, starts[0]);
  const close = text.slice(items[items.length - 1].node.end);
  const calls: string[] = [];
  for (let first = 0; first < items.length; first += perCall) {
    const last = Math.min(first + perCall, items.length) - 1;
    const parts = [head];
    for (let i = first; i <= last; i++) {
      parts.push(text.slice(starts[i], items[i].node.end));
      if (i < last) parts.push(text.slice(items[i].node.end, starts[i + 1]));
    }
    parts.push(close);
    calls.push(parts.join(''));
  }
  return calls;
}
