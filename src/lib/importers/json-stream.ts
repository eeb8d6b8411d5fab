/**
 * Reads the items of the big arrays of a JSON file (Telegram's `messages`) one at a time, straight from the bytes.
 * A whole-account export can pass V8's 512 M-character string limit, and one JSON.parse of it holds every message
 * as objects at once; here each item is decoded and parsed alone, and only the scalar members of the objects near
 * the root (a chat's name, type, id) are kept.
 *
 * Untrusted input: the scan is a loop over the bytes with its own stack (one byte a level past the first few), so
 * any depth costs no recursion and little memory; strings are skipped with indexOf; the grammar is checked as
 * strictly as JSON.parse checks it (each item, key and scalar goes through JSON.parse itself); kept members live in
 * objects without a prototype, so `__proto__` is just a key. Malformed input is reported with its line and column,
 * like parseJsonText.
 */
import { ImportError } from './errors';
import { repairHexEscapes } from './json';

/** Levels (from the root) whose containers keep their path and scalar members; deeper ones keep only a state. */
const MAX_PATH = 8;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

// What a level expects next. Objects: a key or `}`, a key, `:`, a value, `,` or `}`. Arrays likewise.
const OBJECT_KEY_OR_END = 1;
const OBJECT_KEY = 2;
const OBJECT_COLON = 3;
const OBJECT_VALUE = 4;
const OBJECT_NEXT = 5;
const ARRAY_VALUE_OR_END = 6;
const ARRAY_VALUE = 7;
const ARRAY_NEXT = 8;

interface Frame {
  /** The member key being read (objects). */
  key: string | undefined;
  /** Scalar members seen so far (objects only), without a prototype. */
  scalars: Record<string, unknown>;
  /** Items of this array are handed out one by one. */
  streamed: boolean;
  /** This object holds a streamed array. */
  owns: boolean;
  /** Keys from the root to this container (`*` for an array's items). */
  path: string[];
}

export interface StreamHandlers {
  /** Whether the array at `path` (keys from the root, `*` for array items) has its items handed out. */
  streams(path: string[]): boolean;
  /** One item, with the scalar members of the object holding the array that were seen before it. */
  item(value: unknown, owner: Record<string, unknown>, ownerPath: string[]): void;
  /** The object holding a streamed array is complete: all its scalar members. */
  ownerEnd?(owner: Record<string, unknown>, ownerPath: string[]): void;
}

export interface StreamResult {
  /** The root's scalar members; undefined when the root is not an object. */
  root: Record<string, unknown> | undefined;
  rootIsObject: boolean;
  /** Some value needed Telegram's \x repair. */
  repaired: boolean;
}

/** Line and column (in characters) of a byte offset. */
function position(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const end = Math.min(at, bytes.length, lineStart + 100_000);
  const column = new TextDecoder().decode(bytes.subarray(lineStart, end)).length + 1;
  return { line, column };
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Scans `bytes` (one JSON document, UTF-8, a BOM allowed). Arrays for which `handlers.streams` answers true have
 * each item parsed alone and handed to `handlers.item`; everything else is checked and dropped, except the scalar
 * members of objects near the root. Throws ImportError('json.syntax') at the first error.
 */
export function streamJson(
  bytes: Uint8Array,
  path: string,
  handlers: StreamHandlers,
  allowHexEscapes = false,
): StreamResult {
  const decoder = new TextDecoder();
  const n = bytes.length;
  let repaired = false;

  const fail = (at: number, detail?: string): never => {
    const { line, column } = position(bytes, at);
    const what =
      detail ??
      (at >= n ? 'the text ends too early' : `unexpected ${JSON.stringify(String.fromCharCode(bytes[at]))}`);
    throw new ImportError('json.syntax', { path, line, column, detail: what });
  };
  /** The offset of the quote closing the string that opens at `start`. */
  const stringEnd = (start: number): number => {
    let from = start + 1;
    for (;;) {
      const q = bytes.indexOf(QUOTE, from);
      if (q === -1) return fail(n);
      // Each run of backslashes is counted once, by the quote right after it: linear overall.
      let slashes = 0;
      while (bytes[q - 1 - slashes] === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return q;
      from = q + 1;
    }
  };
  /** JSON.parse of bytes[start, end); an error names its own place, found from JSON.parse's position. */
  const parse = (start: number, end: number): unknown => {
    const text = decoder.decode(bytes.subarray(start, end));
    try {
      return JSON.parse(text);
    } catch (error) {
      if (allowHexEscapes && text.includes('\\x')) {
        const fixed = repairHexEscapes(text);
        if (fixed !== text) {
          try {
            const value: unknown = JSON.parse(fixed);
            repaired = true;
            return value;
          } catch {
            // reported below, at the place in the text as written
          }
        }
      }
      const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
      const offset = match ? Math.min(Number(match[1]), text.length) : 0;
      const at = start + new TextEncoder().encode(text.slice(0, offset)).length;
      return fail(at, at >= end ? 'the value ends too early' : undefined);
    }
  };
  /** The end (exclusive) of the object or array opening at `start`; JSON.parse checks what lies between. */
  const containerEnd = (start: number): number => {
    let depth = 0;
    for (let j = start; j < n; j++) {
      const c = bytes[j];
      if (c === QUOTE) j = stringEnd(j);
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (--depth === 0) return j + 1;
      }
    }
    return fail(n);
  };
  /** The end (exclusive) of a number, true, false or null starting at `start`. */
  const scalarEnd = (start: number): number => {
    let end = start;
    while (end < n) {
      const b = bytes[end];
      if (isSpace(b) || b === COMMA || b === COLON || b === CLOSE_ARRAY || b === CLOSE_OBJECT) break;
      if (b === QUOTE || b === OPEN_ARRAY || b === OPEN_OBJECT) break;
      end++;
    }
    return end;
  };

  // One state byte per open level; frames for the first MAX_PATH + 1 levels.
  let states = new Uint8Array(64);
  let depth = 0;
  const frames: Frame[] = [];
  let rootDone = false;
  let root: Record<string, unknown> | undefined;
  let rootIsObject = false;

  const state = () => (depth === 0 ? 0 : states[depth - 1]);
  const frame = (): Frame | undefined => (depth > 0 ? frames[depth - 1] : undefined);
  const atValue = () => {
    const s = state();
    return depth === 0 ? !rootDone : s === OBJECT_VALUE || s === ARRAY_VALUE_OR_END || s === ARRAY_VALUE;
  };
  /** A value at this level is complete; `value` is kept when it is an object's scalar member near the root. */
  const valueDone = (value?: unknown, scalar = false) => {
    if (depth === 0) {
      rootDone = true;
      return;
    }
    const s = states[depth - 1];
    if (s === OBJECT_VALUE) {
      states[depth - 1] = OBJECT_NEXT;
      const f = frame();
      if (scalar && f && f.key !== undefined) f.scalars[f.key] = value;
    } else states[depth - 1] = ARRAY_NEXT;
  };

  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // UTF-8 BOM
  while (i < n) {
    const c = bytes[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const s = state();
    if (c === QUOTE) {
      const end = stringEnd(i) + 1;
      if (s === OBJECT_KEY_OR_END || s === OBJECT_KEY) {
        const key = parse(i, end) as string;
        const f = frame();
        if (f) f.key = key;
        states[depth - 1] = OBJECT_COLON;
      } else if (atValue()) {
        const value = parse(i, end);
        const f = frame();
        if (f?.streamed)
          handlers.item(value, frames[depth - 2]?.scalars ?? {}, frames[depth - 2]?.path ?? []);
        valueDone(value, true);
      } else fail(i);
      i = end;
    } else if (c === COLON) {
      if (s !== OBJECT_COLON) fail(i);
      states[depth - 1] = OBJECT_VALUE;
      i++;
    } else if (c === COMMA) {
      if (s === OBJECT_NEXT) states[depth - 1] = OBJECT_KEY;
      else if (s === ARRAY_NEXT) states[depth - 1] = ARRAY_VALUE;
      else fail(i);
      i++;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (!atValue()) fail(i);
      const parent = frame();
      if (parent?.streamed) {
        const end = containerEnd(i);
        const owner = frames[depth - 2];
        handlers.item(parse(i, end), owner ? owner.scalars : {}, owner ? owner.path : []);
        valueDone();
        i = end;
        continue;
      }
      const array = c === OPEN_ARRAY;
      if (depth === 0) rootIsObject = !array;
      if (depth === states.length) {
        const grown = new Uint8Array(states.length * 2);
        grown.set(states);
        states = grown;
      }
      if (depth <= MAX_PATH) {
        const key = depth === 0 ? undefined : s === OBJECT_VALUE ? (parent?.key ?? '') : '*';
        const here = key === undefined ? [] : [...(parent?.path ?? []), key];
        const streamed = array && handlers.streams(here);
        if (streamed && parent && s === OBJECT_VALUE) parent.owns = true;
        frames[depth] = {
          key: undefined,
          scalars: Object.create(null) as Record<string, unknown>,
          streamed,
          owns: false,
          path: here,
        };
      }
      states[depth] = array ? ARRAY_VALUE_OR_END : OBJECT_KEY_OR_END;
      depth++;
      i++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      const closes =
        c === CLOSE_OBJECT
          ? s === OBJECT_KEY_OR_END || s === OBJECT_NEXT
          : s === ARRAY_VALUE_OR_END || s === ARRAY_NEXT;
      if (depth === 0 || !closes) fail(i);
      const f = frame();
      if (f) frames.length = depth - 1;
      depth--;
      if (f?.owns) handlers.ownerEnd?.(f.scalars, f.path);
      if (depth === 0 && c === CLOSE_OBJECT && f) root = f.scalars;
      valueDone();
      i++;
    } else {
      if (!atValue()) fail(i);
      const end = scalarEnd(i);
      if (end === i) fail(i);
      const value = parse(i, end);
      const f = frame();
      if (f?.streamed) handlers.item(value, frames[depth - 2]?.scalars ?? {}, frames[depth - 2]?.path ?? []);
      valueDone(value, true);
      i = end;
    }
  }
  if (!rootDone) fail(n);
  return { root, rootIsObject, repaired };
}
