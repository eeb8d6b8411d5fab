/**
 * Where the messages of a request stand in its text, found without building a tree: one forward pass, an
 * explicit depth counter instead of recursion, linear in the text whatever it holds (JSONC comments, any
 * nesting depth, broken syntax). Only the spans of wanted messages are kept, so memory stays bounded.
 */

export interface Span {
  offset: number;
  length: number;
}

/** Index after the string opening at `start` (its closing quote), or the text's end. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
    else if (c === 10 || c === 13) return i; // an unterminated string stops at the line's end
  }
  return text.length;
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
  /** How many elements MsgList holds (as far as the text can be read). */
  total: number;
}

/**
 * The elements of the request's top-level `MsgList` array. A repeated `MsgList` key resolves to the last one,
 * as JSON.parse does. `wanted(index)` says which spans to keep. Undefined when there is no such array.
 */
export function findMessageSpans(text: string, wanted: (index: number) => boolean): MessageSpans | undefined {
  const start = skipTrivia(text, 0);
  if (text.charCodeAt(start) !== 123) return undefined;
  let list = -1;
  eachMember(text, start, (key, valueStart) => {
    if (key === 'MsgList') list = text.charCodeAt(valueStart) === 91 ? valueStart : -1;
  });
  if (list === -1) return undefined;
  const spans = new Map<number, Span>();
  let total = 0;
  let i = skipTrivia(text, list + 1);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 93) break;
    if (c === 44) {
      i = skipTrivia(text, i + 1);
      continue;
    }
    const end = skipValue(text, i);
    if (end === i) break; // junk where an element should be
    if (wanted(total)) spans.set(total, { offset: i, length: end - i });
    total++;
    i = skipTrivia(text, end);
  }
  return { spans, total };
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
