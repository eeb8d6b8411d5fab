/**
 * Where the messages of a request stand in its text, found without building a tree: one forward pass, an
 * explicit depth counter instead of recursion, linear in the text whatever it holds (JSONC comments, any
 * nesting depth, broken syntax). Only the spans of wanted messages are kept, so memory stays bounded.
 */

export interface Span {
  offset: number;
  length: number;
}

/**
 * Index after the string opening at `start` (past its closing quote), or the text's end. The native search
 * finds each quote; the backslashes before it are counted once (each run lies between two quotes): linear.
 */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length;
    let backslashes = 0;
    for (let k = quote - 1; k > start && text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** Skips white space and comments. */
export function skipTrivia(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else return i;
  }
}

function isDelimiter(c: number): boolean {
  return (
    c === 44 || c === 58 || c === 123 || c === 125 || c === 91 || c === 93 || c === 34 || c === 47 || c <= 32
  );
}

/**
 * End of the value starting at `i` (after skipping trivia): past its closing bracket, string or literal.
 * Iterative; on broken text it stops at the first place that cannot belong to the value.
 */
export function skipValue(text: string, i: number): number {
  let depth = 0;
  i = skipTrivia(text, i);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) i = stringEnd(text, i);
    else if (c === 123 || c === 91) {
      depth++;
      i++;
    } else if (c === 125 || c === 93) {
      if (depth === 0) return i; // a closer that is not ours
      depth--;
      i++;
    } else if (c === 44 || c === 58) {
      if (depth === 0) return i;
      i++;
    } else if (c === 47 || c <= 32 || c === 0xfeff) {
      const next = skipTrivia(text, i);
      i = next === i ? i + 1 : next; // a lone slash is junk: step over it
    } else {
      while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
    }
    if (depth === 0) return i;
    if (depth > 0 && i < text.length) i = skipTrivia(text, i);
  }
  return i;
}

/** The key string at `i`, decoded when it holds escapes; undefined for anything but a string. */
function readKey(text: string, start: number, end: number): string | undefined {
  if (text.charCodeAt(start) !== 34) return undefined;
  const raw = text.slice(start, end);
  if (raw.indexOf('\\') === -1) return raw.slice(1, -1);
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * Visits the members of the object opening at `open` (`{`): key, where its value starts, where it ends.
 * Returns the index after the object. A broken member ends the walk where it breaks.
 */
export function eachMember(
  text: string,
  open: number,
  visit: (key: string | undefined, valueStart: number, valueEnd: number) => void,
): number {
  let i = skipTrivia(text, open + 1);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 125) return i + 1;
    if (c === 44) {
      i = skipTrivia(text, i + 1);
      continue;
    }
    const keyEnd = c === 34 ? stringEnd(text, i) : skipValue(text, i);
    const key = readKey(text, i, keyEnd);
    let p = skipTrivia(text, keyEnd);
    if (text.charCodeAt(p) !== 58) return p; // no colon: not an object we can read further
    p = skipTrivia(text, p + 1);
    const valueEnd = skipValue(text, p);
    visit(key, p, valueEnd);
    if (valueEnd === p) return p; // nothing readable where a value should be
    i = skipTrivia(text, valueEnd);
  }
  return i;
}

export interface MessageSpans {
  /** Spans of the wanted messages, by index. */
  spans: Map<number, Span>;
  /** How many elements MsgList holds (as far as the text can be read); a lower bound after `stopAfter`. */
  total: number;
}

export interface ScanOptions {
  /**
   * Stop once the element at this index is read, taking the first MsgList: for text the core parsed without
   * repeated keys, where the list's length is known already. Otherwise every element is counted and a repeated
   * `MsgList` key resolves to the last one, as JSON.parse does.
   */
  stopAfter?: number;
}

/** Reads the elements of the array opening at `open` (`[`). Returns the index after it. */
function scanList(
  text: string,
  open: number,
  wanted: (index: number) => boolean,
  found: MessageSpans,
  stopAfter: number,
): number {
  let i = skipTrivia(text, open + 1);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 93) return i + 1;
    if (c === 44) {
      i = skipTrivia(text, i + 1);
      continue;
    }
    const end = skipValue(text, i);
    if (end === i) return i; // junk where an element should be
    if (wanted(found.total)) found.spans.set(found.total, { offset: i, length: end - i });
    found.total++;
    if (found.total > stopAfter) return end;
    i = skipTrivia(text, end);
  }
  return i;
}

/**
 * The elements of the request's top-level `MsgList` array: `wanted(index)` says which spans to keep.
 * Undefined when there is no such array.
 */
export function findMessageSpans(
  text: string,
  wanted: (index: number) => boolean,
  options: ScanOptions = {},
): MessageSpans | undefined {
  const stopAfter = options.stopAfter ?? Infinity;
  const start = skipTrivia(text, 0);
  if (text.charCodeAt(start) !== 123) return undefined;
  let result: MessageSpans | undefined;
  let i = skipTrivia(text, start + 1);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 125) break;
    if (c === 44) {
      i = skipTrivia(text, i + 1);
      continue;
    }
    const keyEnd = c === 34 ? stringEnd(text, i) : skipValue(text, i);
    const key = readKey(text, i, keyEnd);
    let p = skipTrivia(text, keyEnd);
    if (text.charCodeAt(p) !== 58) break; // no colon: nothing further can be read
    p = skipTrivia(text, p + 1);
    let end: number;
    if (key === 'MsgList') {
      // A later MsgList replaces this one, as in JSON.parse.
      result = text.charCodeAt(p) === 91 ? { spans: new Map(), total: 0 } : undefined;
      end = result ? scanList(text, p, wanted, result, stopAfter) : skipValue(text, p);
      if (result && result.total > stopAfter) return result;
    } else {
      end = skipValue(text, p);
    }
    if (end === p) break; // nothing readable where a value should be
    i = skipTrivia(text, end);
  }
  return result;
}

/**
 * UTF-8 bytes of a value's text without white space and comments outside strings: its compact size, counted
 * from the text (for values JSON.stringify cannot take, such as very deep nesting).
 */
export function compactTextBytes(text: string, span: Span): number {
  let bytes = 0;
  const end = span.offset + span.length;
  let i = span.offset;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const stop = Math.min(stringEnd(text, i), end);
      for (let k = i; k < stop; k++) bytes += utf8Units(text, k);
      i = stop;
    } else if (c === 47 || c <= 32 || c === 0xfeff) {
      const next = skipTrivia(text, i);
      if (next === i) {
        bytes++;
        i++;
      } else i = next;
    } else {
      bytes += utf8Units(text, i);
      i++;
    }
  }
  return bytes;
}

/** UTF-8 bytes the UTF-16 unit at `i` stands for (a surrogate pair counts 2 + 2). */
function utf8Units(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}
