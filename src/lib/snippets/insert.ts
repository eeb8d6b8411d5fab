/**
 * Where a template goes in the request text. Plain TypeScript over jsonc-parser: comments and the user's
 * layout survive, and every change is a list of text edits that the editor can apply as one undoable step.
 */
import {
  findNodeAtLocation,
  getLocation,
  modify,
  parseTree,
  printParseErrorCode,
  type FormattingOptions,
  type JSONPath,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { excessiveNestingAt, readJson } from '../api/safe-json';
import { renderMessage, type MessageParams } from '../i18n/catalog';
import { EDITOR_EN } from '../i18n/ui/editor.en';
import { applyTextEdits, type TextEdit } from './edits';

export { applyTextEdits, type TextEdit } from './edits';

/**
 * The deepest document templates go into. A request nests 8 levels; jsonc-parser recurses per level (its
 * parser overflows the stack at a few thousand) and its formatter throws once an indentation reaches 200
 * spaces (100 levels of 2 spaces, 25 of 8), so deeper documents are refused with a message before it runs.
 */
export const MAX_TEMPLATE_DEPTH = 24;

export type InsertionPlan =
  | {
      ok: true;
      edits: TextEdit[];
      /** Where the inserted value stands in the text after the edits: select it, reveal it. */
      focus: { offset: number; length: number };
      /** True when the edits replace the whole (non-empty) document: ask before applying. */
      replacesDocument: boolean;
    }
  | InsertionFailure;

/** Why a template cannot go in: a message id of the editor area's catalog and its params (say it in any language). */
export interface InsertProblem {
  id: InsertProblemId;
  params?: MessageParams;
}

export type InsertProblemId = Extract<keyof typeof EDITOR_EN, `insert.${string}`>;

/** A plan that cannot be carried out: why (`problem`), and the same in English (`message`). */
export interface InsertionFailure {
  ok: false;
  message: string;
  problem: InsertProblem;
}

function failure(id: InsertProblemId, params?: MessageParams): InsertionFailure {
  return { ok: false, message: renderMessage(EDITOR_EN, 'en', id, params), problem: { id, params } };
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type InsertionKind = 'element' | 'message' | 'request';

interface ParsedDocument {
  root: Node | undefined;
  errors: ParseError[];
}

function parseDocument(text: string): ParsedDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return { root, errors };
}

/** The value of a node, read from its text by the safe reader (jsonc-parser's getNodeValue would turn a
 * `__proto__` key into the prototype). Undefined when the node's text is not a complete value. */
function nodeValue(text: string, node: Node): unknown {
  const read = readJson(text.slice(node.offset, node.offset + node.length), { lenient: true });
  return read.ok ? read.value : undefined;
}

/** Why the document is too deep for templates, or undefined. Linear, iterative. */
function nestingProblem(text: string): InsertionFailure | undefined {
  const at = excessiveNestingAt(text, MAX_TEMPLATE_DEPTH);
  if (at === -1) return undefined;
  const { line, column } = lineAndColumn(text, at);
  return failure('insert.tooDeep', { max: MAX_TEMPLATE_DEPTH, line, column });
}

/**
 * Runs a planning step so that nothing can throw into the UI: whatever jsonc-parser or a hostile document does,
 * the answer is a plan or a message.
 */
function guarded(plan: () => InsertionPlan): InsertionPlan {
  try {
    return plan();
  } catch (error) {
    return failure('insert.failed', { reason: errorText(error) });
  }
}

/** 1-based line and column of an offset, for messages people read. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

function syntaxProblem(text: string, errors: ParseError[]): InsertionFailure | undefined {
  if (errors.length === 0) return undefined;
  const first = errors[0];
  const { line, column } = lineAndColumn(text, first.offset);
  return failure('insert.notJson', { error: printParseErrorCode(first.error), line, column });
}

/** Indentation the document already uses (the seed uses 4 spaces); 2 spaces for a new document. */
export function detectFormatting(text: string): FormattingOptions {
  const indented = /^([ \t]+)\S/m.exec(text);
  if (indented && indented[1].startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol: '\n' };
  const size = indented ? Math.min(indented[1].length, 8) : 2;
  return { insertSpaces: true, tabSize: size, eol: '\n' };
}

function toTextEdits(edits: { offset: number; length: number; content: string }[]): TextEdit[] {
  return edits.map((edit) => ({ offset: edit.offset, length: edit.length, text: edit.content }));
}

/** Insert `value` into the array at `arrayPath` (appending), and locate it afterwards. */
function appendToArray(text: string, arrayPath: JSONPath, index: number, value: unknown): InsertionPlan {
  const formattingOptions = detectFormatting(text);
  const edits = toTextEdits(modify(text, [...arrayPath, -1], value, { formattingOptions }));
  const after = applyTextEdits(text, edits);
  const node = findNodeAtLocation(parseDocument(after).root as Node, [...arrayPath, index]);
  const focus = node ? { offset: node.offset, length: node.length } : { offset: 0, length: 0 };
  return { ok: true, edits, focus, replacesDocument: false };
}

function msgListOf(root: Node | undefined): Node | undefined {
  if (!root || root.type !== 'object') return undefined;
  return findNodeAtLocation(root, ['MsgList']);
}

function containing(node: Node, offset: number): boolean {
  return offset >= node.offset && offset <= node.offset + node.length;
}

/** An element goes into the MsgBody of the message under the cursor, or of the last message. */
export function planElementInsertion(text: string, cursorOffset: number, element: unknown): InsertionPlan {
  return guarded(() => elementInsertion(text, cursorOffset, element));
}

function elementInsertion(text: string, cursorOffset: number, element: unknown): InsertionPlan {
  const tooDeep = nestingProblem(text);
  if (tooDeep) return tooDeep;
  const { root, errors } = parseDocument(text);
  const problem = syntaxProblem(text, errors);
  if (problem) return problem;
  const msgList = msgListOf(root);
  const messages = msgList?.type === 'array' ? (msgList.children ?? []) : [];
  if (messages.length === 0) {
    return failure('insert.noMessage');
  }
  let index = messages.findIndex((message) => containing(message, cursorOffset));
  if (index < 0) index = messages.length - 1;
  const message = messages[index];
  if (message.type !== 'object') {
    return failure('insert.messageNotObject', { n: index + 1 });
  }
  const body = findNodeAtLocation(message, ['MsgBody']);
  if (body && body.type !== 'array') {
    return failure('insert.msgBodyNotArray', { n: index + 1 });
  }
  if (!body) {
    // No MsgBody yet: create it with the element inside.
    const formattingOptions = detectFormatting(text);
    const edits = toTextEdits(modify(text, ['MsgList', index, 'MsgBody'], [element], { formattingOptions }));
    const after = applyTextEdits(text, edits);
    const node = findNodeAtLocation(parseDocument(after).root as Node, ['MsgList', index, 'MsgBody', 0]);
    const focus = node ? { offset: node.offset, length: node.length } : { offset: 0, length: 0 };
    return { ok: true, edits, focus, replacesDocument: false };
  }
  return appendToArray(text, ['MsgList', index, 'MsgBody'], body.children?.length ?? 0, element);
}

/** A message is appended to MsgList (created if the request has none). */
export function planMessageInsertion(text: string, message: unknown): InsertionPlan {
  return guarded(() => messageInsertion(text, message));
}

function messageInsertion(text: string, message: unknown): InsertionPlan {
  if (text.trim() === '') {
    return failure('insert.emptyDocument');
  }
  const tooDeep = nestingProblem(text);
  if (tooDeep) return tooDeep;
  const { root, errors } = parseDocument(text);
  const problem = syntaxProblem(text, errors);
  if (problem) return problem;
  if (!root || root.type !== 'object') {
    return failure('insert.notObject');
  }
  const msgList = msgListOf(root);
  if (msgList && msgList.type !== 'array') {
    return failure('insert.msgListNotArray');
  }
  if (!msgList) {
    const formattingOptions = detectFormatting(text);
    const edits = toTextEdits(modify(text, ['MsgList'], [message], { formattingOptions }));
    const after = applyTextEdits(text, edits);
    const node = findNodeAtLocation(parseDocument(after).root as Node, ['MsgList', 0]);
    const focus = node ? { offset: node.offset, length: node.length } : { offset: 0, length: 0 };
    return { ok: true, edits, focus, replacesDocument: false };
  }
  return appendToArray(text, ['MsgList'], msgList.children?.length ?? 0, message);
}

/** A whole request fills an empty document; over existing text it is a replacement the caller must confirm. */
export function planRequestInsertion(text: string, request: unknown): InsertionPlan {
  return guarded(() => requestInsertion(text, request));
}

function requestInsertion(text: string, request: unknown): InsertionPlan {
  const formattingOptions = detectFormatting(text.trim() === '' ? '' : text);
  const indent = formattingOptions.insertSpaces ? ' '.repeat(formattingOptions.tabSize ?? 2) : '\t';
  const content = JSON.stringify(request, null, indent) + '\n';
  return {
    ok: true,
    edits: [{ offset: 0, length: text.length, text: content }],
    focus: { offset: 0, length: content.length - 1 },
    replacesDocument: text.trim() !== '',
  };
}

/** The last message of MsgList as a plain value, when the text parses. */
export function lastMessageValue(text: string): { ok: true; message: unknown } | InsertionFailure {
  try {
    const tooDeep = nestingProblem(text);
    if (tooDeep) return tooDeep;
    const { root, errors } = parseDocument(text);
    const problem = syntaxProblem(text, errors);
    if (problem) return problem;
    const msgList = msgListOf(root);
    const messages = msgList?.type === 'array' ? (msgList.children ?? []) : [];
    const last = messages[messages.length - 1];
    return { ok: true, message: last ? nodeValue(text, last) : undefined };
  } catch (error) {
    return failure('insert.unreadable', { reason: errorText(error) });
  }
}

/**
 * The last complete message in `textBefore`, the text up to a cursor in MsgList (so it does not parse as a
 * whole: jsonc-parser recovers the complete items).
 */
export function messageBefore(textBefore: string): unknown {
  try {
    if (excessiveNestingAt(textBefore, MAX_TEMPLATE_DEPTH) !== -1) return undefined;
    const root = parseTree(textBefore, [], { allowTrailingComma: true });
    const msgList = msgListOf(root);
    const last = msgList?.type === 'array' ? msgList.children?.at(-1) : undefined;
    return last?.type === 'object' ? nodeValue(textBefore, last) : undefined;
  } catch {
    return undefined; // a completion without context is still a completion
  }
}

/**
 * What a completion at `offset` would insert: an element in MsgBody, a message in MsgList, a request in an
 * empty document. Scans only the text before `offset` (cheap in large documents; callers may pass just that).
 */
export function insertionKindAt(text: string, offset: number): InsertionKind | undefined {
  if (text.trim() === '') return 'request';
  let location: ReturnType<typeof getLocation>;
  try {
    // getLocation recurses per level: a document too deep for templates offers none.
    if (excessiveNestingAt(text.slice(0, offset), MAX_TEMPLATE_DEPTH) !== -1) return undefined;
    location = getLocation(text, offset);
  } catch {
    return undefined;
  }
  // A slot between array items: the path ends in an index and the cursor is not inside a value.
  const path = location.path;
  if (location.previousNode || typeof path[path.length - 1] !== 'number') return undefined;
  if (path.length === 2 && path[0] === 'MsgList') return 'message';
  if (path.length === 4 && path[0] === 'MsgList' && typeof path[1] === 'number' && path[2] === 'MsgBody') {
    return 'element';
  }
  return undefined;
}

/**
 * Text for a completion at `offset`: the JSON of `value`, indented to the line, with the commas it needs to
 * sit between neighbours.
 */
export function completionText(text: string, offset: number, value: unknown): string {
  const formattingOptions = detectFormatting(text);
  const indentUnit = formattingOptions.insertSpaces ? ' '.repeat(formattingOptions.tabSize ?? 2) : '\t';
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let indentEnd = lineStart;
  while (text[indentEnd] === ' ' || text[indentEnd] === '\t') indentEnd++;
  const lineIndent = text.slice(lineStart, indentEnd);
  const body = JSON.stringify(value, null, indentUnit).replace(/\n/g, '\n' + lineIndent);
  const before = text.slice(0, endOfCode(text, offset));
  let afterStart = offset;
  while (/\s/.test(text.charAt(afterStart))) afterStart++;
  const needsLeadingComma = /[}\]"\del]/.test(before.charAt(before.length - 1));
  const needsTrailingComma = /[{["\d\-tfn]/.test(text.charAt(afterStart));
  return (needsLeadingComma ? ',' : '') + body + (needsTrailingComma ? ',' : '');
}

/**
 * Where the code before `offset` ends, once trailing white space and `//` comments are set aside (a backward
 * scan, linear: the regular expression it replaces backtracked exponentially on `//` followed by spaces).
 * As before, the first `//` of a line counts as a comment's start.
 */
function endOfCode(text: string, offset: number): number {
  let end = offset;
  for (;;) {
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const comment = text.indexOf('//', lineStart);
    if (comment === -1 || comment >= end) return end;
    end = comment;
  }
}
