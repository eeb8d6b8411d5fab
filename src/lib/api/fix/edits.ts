/**
 * Text edits and the layout rules that keep a fixed text looking as if a careful person had edited it: a removed
 * member takes its comma, its line and its own trailing comment with it; an inserted member copies its neighbour's
 * indentation. Everything else stays byte for byte.
 */
import type { JsonNode, JsonTree } from './tree';
import type { TextEdit } from './types';

/** Whether two edits touch the same text (two insertions at one offset count: their order would be a guess). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/**
 * Applies edits made on `text` to it, in one pass (as applying them by descending offset would, without copying the
 * text once per edit). Throws a RangeError on edits that overlap or fall outside the text: a caller's mistake.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < sorted.length; i++) {
    const edit = sorted[i];
    const valid =
      Number.isInteger(edit.offset) &&
      Number.isInteger(edit.length) &&
      edit.offset >= from &&
      edit.length >= 0 &&
      edit.offset + edit.length <= text.length &&
      (i === 0 || !editsOverlap(sorted[i - 1], edit));
    if (!valid)
      throw new RangeError(`edit at ${edit.offset}+${edit.length} overlaps another or leaves the text`);
    parts.push(text.slice(from, edit.offset), edit.text);
    from = edit.offset + edit.length;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const isBlank = (code: number) => code === 32 || code === 9;

/** The first line feed in [from, to), or -1 (never reads past `to`: a minified text may have no line break). */
function lineBreakIn(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** The start of the line holding `pos` when only blanks precede `pos` on it; -1 otherwise. */
export function lineHead(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  const before = text.charCodeAt(i - 1);
  return i === 0 || before === 10 || before === 13 ? i : -1;
}

/**
 * When nothing but blanks (and, with `eatComments`, comments closing on this line) follows `pos` on its line: where
 * that line's content ends and where the next line starts. Undefined when more code follows on the line.
 */
export function lineTail(
  tree: JsonTree,
  pos: number,
  eatComments: boolean,
): { end: number; next: number } | undefined {
  const { text } = tree;
  let i = pos;
  for (;;) {
    while (isBlank(text.charCodeAt(i))) i++;
    const commentEnd = eatComments ? tree.commentEnds.get(i) : undefined;
    if (commentEnd === undefined) break;
    if (lineBreakIn(text, i, commentEnd) !== -1) return undefined; // a block comment running on: leave it
    i = commentEnd;
  }
  if (i >= text.length) return { end: text.length, next: text.length };
  const code = text.charCodeAt(i);
  if (code === 10) return { end: i, next: i + 1 };
  if (code === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  return undefined;
}

/**
 * The range to delete so that [start, end) disappears cleanly: whole lines when it stands alone on its lines, its
 * leading blanks when it ends a line, its trailing blanks when code follows it on the line.
 */
export function removalRange(tree: JsonTree, start: number, end: number, eatComments: boolean): TextEdit {
  const { text } = tree;
  const tail = lineTail(tree, end, eatComments);
  if (tail) {
    const head = lineHead(text, start);
    if (head >= 0 && !(head === 0 && tail.next === text.length)) {
      return { offset: head, length: tail.next - head, text: '' };
    }
    let from = start;
    while (from > 0 && isBlank(text.charCodeAt(from - 1))) from--;
    return { offset: from, length: tail.end - from, text: '' };
  }
  let to = end;
  while (isBlank(text.charCodeAt(to))) to++;
  return { offset: start, length: to - start, text: '' };
}

/**
 * Edits that remove the members at `indices` of `object`, commas included, leaving valid JSON(C) behind. Reads only
 * the members named and their neighbours, so removing a few members of a huge object stays cheap.
 */
export function removeMembers(tree: JsonTree, object: JsonNode, indices: ReadonlySet<number>): TextEdit[] {
  const { text } = tree;
  const entries = object.entries!;
  const edits: TextEdit[] = [];
  const sorted = [...indices].filter((i) => i >= 0 && i < entries.length).sort((x, y) => x - y);
  for (let r = 0; r < sorted.length; r++) {
    const a = sorted[r];
    let b = a;
    while (r + 1 < sorted.length && sorted[r + 1] === b + 1) b = sorted[++r];
    const start = entries[a].key?.start ?? entries[a].node.start;
    const last = entries[b];
    const end = last.comma >= 0 ? last.comma + 1 : last.node.end;
    if (b < entries.length - 1 || a === 0) {
      // A member follows (its own comma goes with the run), or nothing is left to need a comma.
      edits.push(removalRange(tree, start, end, true));
    } else {
      // The run ends the object: the comma before it goes instead.
      const comma = entries[a - 1].comma;
      if (text.slice(comma + 1, start).includes('/')) {
        // Comments between: they belong to the member before; only the comma and the run go.
        edits.push({ offset: comma, length: 1, text: '' }, removalRange(tree, start, end, true));
      } else {
        const tail = lineTail(tree, end, true);
        edits.push({ offset: comma, length: (tail ? tail.end : end) - comma, text: '' });
      }
    }
  }
  return edits;
}

/** Edits that add `"key": valueText` as the last member of `object`, laid out like the member before it. */
export function insertMember(tree: JsonTree, object: JsonNode, key: string, valueText: string): TextEdit[] {
  const { text } = tree;
  const entries = object.entries!;
  const member = `${JSON.stringify(key)}: ${valueText}`;
  if (entries.length === 0) return [{ offset: object.start + 1, length: 0, text: member }];
  const last = entries[entries.length - 1];
  const lastStart = last.key!.start;
  const boundary = entries.length > 1 ? entries[entries.length - 2].comma + 1 : object.start + 1;
  const multiLine = /[\r\n]/.test(text.slice(boundary, lastStart));
  const head = lineHead(text, lastStart);
  const separator = multiLine ? tree.eol + (head >= 0 ? text.slice(head, lastStart) : '') : ' ';
  if (last.comma >= 0) {
    const tail = multiLine ? lineTail(tree, last.comma + 1, true) : undefined;
    return [{ offset: tail ? tail.end : last.comma + 1, length: 0, text: separator + member }];
  }
  const tail = multiLine ? lineTail(tree, last.node.end, true) : undefined;
  if (tail && tail.end > last.node.end && text.slice(last.node.end, tail.end).trim() !== '') {
    // A comment ends the last member's line: it stays with that member.
    return [
      { offset: last.node.end, length: 0, text: ',' },
      { offset: tail.end, length: 0, text: separator + member },
    ];
  }
  return [{ offset: last.node.end, length: 0, text: ',' + separator + member }];
}

/** The edit that replaces a node's whole text. */
export const replaceNode = (node: JsonNode, text: string): TextEdit => ({
  offset: node.start,
  length: node.end - node.start,
  text,
});

/**
 * Where an array item's text starts for moving it: its own comment lines just above it travel with it (a comment on
 * the line of the comma before belongs to the item before, and stays).
 */
export function itemStart(tree: JsonTree, list: JsonNode, index: number): number {
  const { text, comments } = tree;
  const items = list.entries!;
  const start = items[index].node.start;
  const gapStart = index === 0 ? list.start + 1 : items[index - 1].comma + 1;
  const lineBreak = lineBreakIn(text, gapStart, start);
  if (lineBreak === -1) return start;
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (comments[middle].start < lineBreak) low = middle + 1;
    else high = middle;
  }
  return low < comments.length && comments[low].start < start ? comments[low].start : start;
}
