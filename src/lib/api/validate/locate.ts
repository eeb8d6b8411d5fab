import { stringEnd } from './parse';
import { fromPointer } from './pointer';

/** Where a value stands in the text; `key` is the property name's string when the value belongs to an object. */
export interface ValueRange {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  container: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  parent?: TrieNode;
  range?: ValueRange;
}

/** Skips white space and comments (the text may be JSONC). */
function skipTrivia(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else return i;
  }
}

/** End of the value starting at `i` (iterative, so nesting depth does not matter). */
function skipValue(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    i = skipTrivia(text, i);
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i);
    else if (c === 123 || c === 91) {
      depth++;
      i++;
    } else if (c === 125 || c === 93) {
      depth--;
      i++;
    } else if (c === 44 || c === 58) {
      if (depth === 0) return i;
      i++;
    } else {
      // A literal: runs until a delimiter.
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9 || d === 47)
          break;
        i++;
      }
    }
    if (depth <= 0) return i;
  }
  return i;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  if (raw.indexOf('\\') === -1) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/** Thrown when every asked-for range is known: the rest of the text need not be read. */
const DONE = Symbol('done');

interface Walk {
  text: string;
  /** Trie nodes whose range is still unknown. */
  pending: number;
}

/** Walks one value, descending only into the children the trie asks for. Returns the end of the value. */
function walk(state: Walk, i: number, node: TrieNode, range: ValueRange): number {
  const { text } = state;
  const c = text.charCodeAt(i);
  const isObject = c === 123;
  if (!(isObject || c === 91) || node.children.size === 0) {
    state.pending--;
    if (isObject || c === 91) {
      // Nobody needs a container's end (its key or bracket is underlined), so a last one is not skipped.
      node.range = { ...range, start: i, end: i + 1, container: true };
      if (state.pending === 0) throw DONE;
      return skipValue(text, i);
    }
    const end = skipValue(text, i);
    node.range = { ...range, start: i, end, container: false };
    if (state.pending === 0) throw DONE;
    return end;
  }
  state.pending--;
  node.range = { ...range, start: i, end: i + 1, container: true };
  let index = 0;
  let p = skipTrivia(text, i + 1);
  while (p < text.length) {
    const d = text.charCodeAt(p);
    if (d === 125 || d === 93) {
      p++;
      break;
    }
    if (d === 44) {
      p = skipTrivia(text, p + 1);
      continue;
    }
    let child: TrieNode | undefined;
    const childRange: ValueRange = { start: 0, end: 0, container: false };
    if (isObject) {
      const keyEnd = d === 34 ? stringEnd(text, p) : skipValue(text, p);
      child = node.children.get(decodeKey(text, p, keyEnd));
      childRange.keyStart = p;
      childRange.keyEnd = keyEnd;
      p = skipTrivia(text, keyEnd);
      if (text.charCodeAt(p) === 58) p = skipTrivia(text, p + 1);
    } else {
      child = node.children.get(String(index++));
    }
    const before = p;
    p = child ? walk(state, p, child, childRange) : skipValue(text, p);
    if (p === before) p++; // never stall on unexpected input
    p = skipTrivia(text, p);
  }
  return p;
}

function countNodes(node: TrieNode): number {
  let count = 1;
  for (const child of node.children.values()) count += countNodes(child);
  return count;
}

/**
 * Finds the ranges of the values at the given pointers, and of their ancestors, in one pass over the text that
 * skips every subtree nobody asked about. A pointer that does not exist yields its nearest existing ancestor.
 * With `readAll` (the text repeats a key) the pass does not stop early, so a repeated key resolves to its last
 * occurrence: the one JSON.parse keeps.
 */
export function locatePointers(
  text: string,
  pointers: Iterable<string>,
  readAll = false,
): (pointer: string) => { range: ValueRange; exact: boolean } {
  const root: TrieNode = { children: new Map() };
  const nodeOf = new Map<string, TrieNode>([['', root]]);
  for (const pointer of pointers) {
    if (nodeOf.has(pointer)) continue;
    let node = root;
    for (const segment of fromPointer(pointer)) {
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { children: new Map(), parent: node }));
      node = next;
    }
    nodeOf.set(pointer, node);
  }
  const start = skipTrivia(text, 0);
  try {
    walk({ text, pending: readAll ? Infinity : countNodes(root) }, start, root, {
      start,
      end: text.length,
      container: true,
    });
  } catch (error) {
    if (error !== DONE) throw error;
  }
  const fallback: ValueRange = { start: 0, end: text.length, container: true };
  return (pointer) => {
    if (pointer === '') return { range: root.range ?? fallback, exact: true };
    let target = nodeOf.get(pointer);
    let complete = true;
    if (!target) {
      // Not asked for up front: go as deep as the trie does.
      target = root;
      for (const segment of fromPointer(pointer)) {
        const next = target.children.get(segment);
        if (!next) {
          complete = false;
          break;
        }
        target = next;
      }
    }
    // The nearest node with a range, going up: the walk reaches a node only through its ancestors.
    let node: TrieNode | undefined = target;
    while (node && !node.range) node = node.parent;
    return { range: node?.range ?? fallback, exact: complete && node === target };
  };
}
