/**
 * Where every value, key, comma and comment of a JSONC text stands: what the fixes need to edit the text in place.
 * Built with jsonc-parser's scanner and an explicit stack, so nesting depth never touches the call stack (jsonc-parser's
 * own parseTree recurses per level). Only texts that are JSON once comments and trailing commas go get a tree: the
 * validator has already said what is wrong with the others, and there is nothing to fix in place.
 */
import { createScanner } from 'jsonc-parser';
import { fromPointer } from '../validate/pointer';

export interface TextSpan {
  start: number;
  end: number;
}

export interface JsonKey extends TextSpan {
  /** The decoded property name. */
  name: string;
}

export interface JsonNode extends TextSpan {
  kind: 'object' | 'array' | 'string' | 'number' | 'literal';
  /** Scalars: the decoded value. */
  value?: string | number | boolean | null;
  /** Objects and arrays: their members or items, in text order (repeated keys included). */
  entries?: JsonEntry[];
}

export interface JsonEntry {
  /** Objects only: the property name. */
  key?: JsonKey;
  node: JsonNode;
  /** Offset of the comma after this entry, -1 when none follows. */
  comma: number;
}

export interface JsonTree {
  text: string;
  root: JsonNode;
  /** Every comment, in text order. */
  comments: TextSpan[];
  /** Comment end by comment start, for "is the rest of this line only a comment?". */
  commentEnds: Map<number, number>;
  /** The text's line break, for inserted lines. */
  eol: '\n' | '\r\n';
}

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read: its values, as documented.
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const COLON = 6;
const NULL = 7;
const TRUE = 8;
const FALSE = 9;
const STRING = 10;
const NUMBER = 11;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;

/** An open container: 0 wants an entry (or the close), 1 a colon, 2 a member's value, 3 a comma (or the close). */
interface Frame {
  node: JsonNode;
  state: 0 | 1 | 2 | 3;
  key?: JsonKey;
}

/** The tree of a JSONC text, or undefined when it is not JSON once comments and trailing commas are taken out. */
export function buildTree(text: string): JsonTree | undefined {
  const scanner = createScanner(text, false);
  // A byte order mark is no JSON token; skipping it keeps every offset true to the text.
  if (text.charCodeAt(0) === 0xfeff) scanner.setPosition(1);
  const comments: TextSpan[] = [];
  const commentEnds = new Map<number, number>();
  const stack: Frame[] = [];
  let root: JsonNode | undefined;

  const place = (node: JsonNode): boolean => {
    const frame = stack[stack.length - 1];
    if (!frame) {
      if (root) return false;
      root = node;
      return true;
    }
    const isArray = frame.node.kind === 'array';
    if (isArray ? frame.state !== 0 : frame.state !== 2) return false;
    frame.node.entries!.push({ key: frame.key, node, comma: -1 });
    frame.key = undefined;
    frame.state = 3;
    return true;
  };

  for (;;) {
    const token = scanner.scan();
    if (token === EOF) break;
    if (scanner.getTokenError() !== 0) return undefined;
    const start = scanner.getTokenOffset();
    const end = start + scanner.getTokenLength();
    const frame = stack[stack.length - 1];
    switch (token) {
      case LINE_COMMENT:
      case BLOCK_COMMENT:
        comments.push({ start, end });
        commentEnds.set(start, end);
        break;
      case LINE_BREAK:
      case TRIVIA:
        break;
      case OPEN_BRACE:
      case OPEN_BRACKET: {
        const node: JsonNode = {
          kind: token === OPEN_BRACE ? 'object' : 'array',
          start,
          end: -1,
          entries: [],
        };
        if (!place(node)) return undefined;
        stack.push({ node, state: 0 });
        break;
      }
      case CLOSE_BRACE:
      case CLOSE_BRACKET:
        if (!frame || frame.node.kind !== (token === CLOSE_BRACE ? 'object' : 'array')) return undefined;
        if (frame.state !== 0 && frame.state !== 3) return undefined;
        frame.node.end = end;
        stack.pop();
        break;
      case COMMA:
        if (!frame || frame.state !== 3) return undefined;
        frame.node.entries![frame.node.entries!.length - 1].comma = start;
        frame.state = 0;
        break;
      case COLON:
        if (!frame || frame.state !== 1) return undefined;
        frame.state = 2;
        break;
      case STRING:
        if (frame && frame.node.kind === 'object' && frame.state === 0) {
          frame.key = { start, end, name: scanner.getTokenValue() };
          frame.state = 1;
        } else if (!place({ kind: 'string', start, end, value: scanner.getTokenValue() })) return undefined;
        break;
      case NUMBER:
        if (!place({ kind: 'number', start, end, value: Number(scanner.getTokenValue()) })) return undefined;
        break;
      case NULL:
      case TRUE:
      case FALSE:
        if (!place({ kind: 'literal', start, end, value: token === NULL ? null : token === TRUE }))
          return undefined;
        break;
      default:
        return undefined;
    }
  }
  if (stack.length > 0 || !root) return undefined;
  return { text, root, comments, commentEnds, eol: text.indexOf('\r\n') === -1 ? '\n' : '\r\n' };
}

/** Last member by name, for objects too big to scan on every look-up (a hostile text may have 100,000 keys). */
const memberIndex = new WeakMap<JsonNode, Map<string, JsonEntry>>();

/** The last member named `name` (the one JSON.parse keeps), or undefined. */
export function memberOf(node: JsonNode | undefined, name: string): JsonEntry | undefined {
  if (node?.kind !== 'object') return undefined;
  const entries = node.entries!;
  if (entries.length <= 16) {
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].key!.name === name) return entries[i];
    return undefined;
  }
  let index = memberIndex.get(node);
  if (!index) {
    index = new Map();
    for (const entry of entries) index.set(entry.key!.name, entry);
    memberIndex.set(node, index);
  }
  return index.get(name);
}

/** The entry a JSON Pointer names, resolved as JSON.parse reads the text (a repeated key: its last occurrence). */
export function entryAt(tree: JsonTree, pointer: string): { entry: JsonEntry; parent: JsonNode } | undefined {
  let node = tree.root;
  let found: { entry: JsonEntry; parent: JsonNode } | undefined;
  for (const segment of fromPointer(pointer)) {
    let entry: JsonEntry | undefined;
    if (node.kind === 'object') entry = memberOf(node, segment);
    else if (node.kind === 'array' && /^(0|[1-9]\d{0,8})$/.test(segment))
      entry = node.entries![Number(segment)];
    if (!entry) return undefined;
    found = { entry, parent: node };
    node = entry.node;
  }
  return found;
}

/** The node a JSON Pointer names ('' is the root). */
export function nodeAt(tree: JsonTree, pointer: string): JsonNode | undefined {
  return pointer === '' ? tree.root : entryAt(tree, pointer)?.entry.node;
}

/** The object member whose key starts at `offset`, with the object holding it. Descends by binary search. */
export function memberWithKeyAt(
  tree: JsonTree,
  offset: number,
): { entry: JsonEntry; index: number; parent: JsonNode } | undefined {
  let node = tree.root;
  for (;;) {
    const entries = node.entries;
    if (!entries || entries.length === 0) return undefined;
    let low = 0;
    let high = entries.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      const entryStart = entries[middle].key?.start ?? entries[middle].node.start;
      if (entryStart <= offset) low = middle;
      else high = middle - 1;
    }
    const entry = entries[low];
    if (entry.key?.start === offset) return { entry, index: low, parent: node };
    if (offset < entry.node.start || offset >= entry.node.end) return undefined;
    node = entry.node;
  }
}
