/**
 * The one reader of untrusted JSON text (pasted responses, share links, storage, batch files). Plain TypeScript,
 * no zod, no DOM: the page can use it at start-up.
 *
 * - `__proto__` is just a key: values come from `JSON.parse`, which defines every key as an own property (a
 *   reader that assigns keys, like jsonc-parser's `parse`, would turn `{"__proto__": {...}}` into a prototype).
 * - Nesting is bounded (MAX_JSON_DEPTH by default) and nothing here recurses, so no input overflows the stack;
 *   the bound also protects whatever reads the value next (zod, JSON.stringify, structured clone).
 * - Every loop is linear in the text: no regular expression reads the input.
 * - Junk gets a problem id with its line and column (see `jsonProblemMessage`), never an exception.
 * - A leading byte-order mark is skipped and reported (`bom`); comments and trailing commas are accepted only
 *   when asked (`lenient`), and counted.
 */

/** Deeper than any real document: an import request nests 7 levels, a response 3, a share link 2. */
export const MAX_JSON_DEPTH = 256;

export type JsonProblemId =
  | 'not-text'
  | 'empty'
  | 'too-long'
  | 'too-deep'
  | 'unexpected-character'
  | 'not-json-literal'
  | 'single-quotes'
  | 'invalid-number'
  | 'unterminated-string'
  | 'control-character'
  | 'invalid-escape'
  | 'invalid-unicode-escape'
  | 'expected-value'
  | 'expected-property-name'
  | 'expected-colon'
  | 'expected-comma-or-close'
  | 'unexpected-end'
  | 'trailing-text'
  | 'comment'
  | 'unterminated-comment'
  | 'trailing-comma'
  | 'invalid';

export interface JsonProblem {
  id: JsonProblemId;
  /** Where it is, in UTF-16 units of the text as given (a skipped byte-order mark counts). */
  offset: number;
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** The offending character or word, described for a person (`"x"`, `U+FEFF (byte-order mark)`). */
  found?: string;
  /** The bracket that would close the open container. */
  close?: '}' | ']';
  maxDepth?: number;
  chars?: number;
  maxChars?: number;
}

export interface JsonReadOptions {
  /** Accept `//` and block comments and trailing commas (counted in the result). Default: strict JSON. */
  lenient?: boolean;
  /** Deepest nesting of objects and arrays accepted. Default MAX_JSON_DEPTH. */
  maxDepth?: number;
  /** Longest text accepted, in UTF-16 units (as the editor counts characters). Default: no limit. */
  maxChars?: number;
  /**
   * Look for excessive nesting in one cheap pass before parsing, so that deep hostile text is refused without
   * being built first (a megabyte of `[` costs the native parser 100 ms). Default true; a reader in a worker that
   * parses large valid texts may skip it: the depth is checked after parsing anyway.
   */
  depthFirst?: boolean;
}

export type JsonRead =
  | {
      ok: true;
      value: unknown;
      /** The text that was parsed: without the byte-order mark, comments and trailing commas. */
      body: string;
      /** A leading byte-order mark was skipped. */
      bom: boolean;
      comments: number;
      trailingCommas: number;
      /** Object members the value holds: fewer than the text's keys means a key was repeated (the last wins). */
      keys: number;
      /** Deepest nesting of objects and arrays (0 for a plain value). */
      depth: number;
    }
  | { ok: false; problem: JsonProblem; bom: boolean };

const BOM = 0xfeff;

// Character codes.
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const APOSTROPHE = 39;
const COMMA = 44;
const MINUS = 45;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const STAR = 42;

const isSpace = (c: number) => c === SPACE || c === LF || c === CR || c === TAB;
const isDigit = (c: number) => c >= ZERO && c <= NINE;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** Ends a bare word (a literal, a number or junk): white space, a structural character, a quote, a slash. */
const endsWord = (c: number) =>
  Number.isNaN(c) ||
  isSpace(c) ||
  c === COMMA ||
  c === COLON ||
  c === OPEN_BRACE ||
  c === CLOSE_BRACE ||
  c === OPEN_BRACKET ||
  c === CLOSE_BRACKET ||
  c === QUOTE ||
  c === SLASH;

/** Names of characters people paste without seeing them, or mistake for JSON punctuation. */
const CHARACTER_NAMES: Record<number, string> = {
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2018: 'curly single quote',
  0x2019: 'curly single quote',
  0x201c: 'curly double quote',
  0x201d: 'curly double quote',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x3000: 'ideographic space',
  0xfeff: 'byte-order mark',
  0xff0c: 'full-width comma',
  0xff1a: 'full-width colon',
};

/**
 * A character as a person can read it in a message: printable ASCII in quotes, anything else (invisible, control,
 * look-alike) by its code point and, where known, its name.
 */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return `"${String.fromCodePoint(code)}"`;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[code];
  if (name) return `${hex} (${name})`;
  // Controls, spaces and separators are invisible: the code point alone says what is there.
  const visible = code > 0x9f && !(code >= 0xd800 && code <= 0xdfff);
  return visible ? `${hex} "${String.fromCodePoint(code)}"` : `${hex} (invisible)`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function problemAt(
  text: string,
  id: JsonProblemId,
  offset: number,
  extra: Partial<JsonProblem> = {},
): JsonProblem {
  const at = Math.min(Math.max(0, offset), text.length);
  return { id, offset: at, ...lineAndColumn(text, at), ...extra };
}

/** What a bare word that is not true, false or null is. */
function wordProblem(text: string, start: number, end: number): JsonProblem {
  const word = text.slice(start, Math.min(end, start + 40));
  const first = text.charCodeAt(start);
  if (/^-?(?:NaN|Infinity)$|^undefined$/.test(word)) {
    return problemAt(text, 'not-json-literal', start, { found: word });
  }
  if (first === APOSTROPHE) return problemAt(text, 'single-quotes', start);
  if (first === MINUS || isDigit(first)) return problemAt(text, 'invalid-number', start, { found: word });
  return problemAt(text, 'unexpected-character', start, {
    found: describeCharacter(String.fromCodePoint(text.codePointAt(start) ?? first)),
  });
}

/** End of the JSON number at `start` (the caller checks that the word ends there), or -1. */
function numberEnd(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  if (text.charCodeAt(i) === ZERO) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -1;
  if (text.charCodeAt(i) === 46) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === MINUS) i++;
    if (!isDigit(text.charCodeAt(i))) return -1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** End of the string opening at `start` (after its closing quote), or -1 when it is broken (see stringProblem). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) return i + 1;
    if (c === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === 117) {
        for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return -1;
        i += 5;
      } else if (
        next === QUOTE ||
        next === BACKSLASH ||
        next === SLASH ||
        next === 98 ||
        next === 102 ||
        next === 110 ||
        next === 114 ||
        next === 116
      ) {
        i++;
      } else return -1;
    } else if (c < 0x20) return -1;
  }
  return -1;
}

/** What is wrong with the string opening at `start` (stringEnd gave -1): the slow path, once. */
function stringProblem(text: string, start: number): JsonProblem {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) break; // unreachable: stringEnd found no end
    if (c === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next)) break;
      if (next === 117) {
        for (let k = 2; k < 6; k++) {
          if (!isHex(text.charCodeAt(i + k))) return problemAt(text, 'invalid-unicode-escape', i);
        }
        i += 5;
      } else if (
        next === QUOTE ||
        next === BACKSLASH ||
        next === SLASH ||
        next === 98 ||
        next === 102 ||
        next === 110 ||
        next === 114 ||
        next === 116
      ) {
        i++;
      } else return problemAt(text, 'invalid-escape', i);
    } else if (c < 0x20) {
      return problemAt(text, 'control-character', i, { found: describeCharacter(text[i]) });
    }
  }
  return problemAt(text, 'unterminated-string', start);
}

// What the grammar expects next (numbers: this loop runs once per token of multi-megabyte texts).
const VALUE = 0;
const VALUE_OR_CLOSE = 1;
const KEY = 2;
const KEY_OR_CLOSE = 3;
const COLON_NEXT = 4;
const COMMA_OR_CLOSE = 5;
const END = 6;

interface Checked {
  problem?: JsonProblem;
  /** Offset and length of each comment and trailing comma, flat pairs in text order (lenient reading only). */
  removals: number[];
  comments: number;
  trailingCommas: number;
}

/**
 * Checks the JSON grammar from `start` with an explicit stack (no recursion), stopping at the first problem.
 * Leniently, comments and trailing commas are collected for removal instead of being problems.
 */
function check(text: string, start: number, lenient: boolean, maxDepth: number): Checked {
  const out: Checked = { removals: [], comments: 0, trailingCommas: 0 };
  const fail = (problem: JsonProblem) => ((out.problem = problem), out);
  const containers: number[] = []; // OPEN_BRACE or OPEN_BRACKET
  let expect = VALUE;
  let comma = -1; // offset of the comma just read, for trailing commas
  let i = start;
  const closeOf = () => (containers[containers.length - 1] === OPEN_BRACE ? '}' : ']');
  const afterValue = () => (containers.length === 0 ? END : COMMA_OR_CLOSE);

  for (;;) {
    let c = text.charCodeAt(i);
    while (isSpace(c)) c = text.charCodeAt(++i);
    if (c === SLASH) {
      const next = text.charCodeAt(i + 1);
      let end = -1;
      if (next === SLASH) {
        end = i + 2;
        while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
      } else if (next === STAR) {
        const close = text.indexOf('*/', i + 2);
        if (close === -1) return fail(problemAt(text, 'unterminated-comment', i));
        end = close + 2;
      }
      if (end !== -1) {
        if (!lenient) return fail(problemAt(text, 'comment', i));
        out.removals.push(i, end - i);
        out.comments++;
        i = end;
        continue;
      }
    }
    if (i >= text.length) {
      if (expect === END) return out;
      if (containers.length > 0) return fail(problemAt(text, 'unexpected-end', i, { close: closeOf() }));
      return fail(problemAt(text, 'expected-value', i));
    }
    const isClose = c === CLOSE_BRACE || c === CLOSE_BRACKET;
    const matchesTop =
      isClose && containers[containers.length - 1] === (c === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET);

    if (isClose && matchesTop && (expect === KEY || (expect === VALUE && comma !== -1))) {
      if (!lenient) return fail(problemAt(text, 'trailing-comma', comma));
      out.removals.push(comma, 1);
      out.trailingCommas++;
      expect = COMMA_OR_CLOSE; // closed just below
    }

    switch (expect) {
      case END:
        return fail(problemAt(text, 'trailing-text', i));
      case COLON_NEXT:
        if (c !== COLON) return fail(problemAt(text, 'expected-colon', i));
        expect = VALUE;
        comma = -1;
        i++;
        continue;
      case COMMA_OR_CLOSE:
      case KEY_OR_CLOSE:
      case VALUE_OR_CLOSE:
        if (matchesTop) {
          containers.pop();
          expect = afterValue();
          comma = -1;
          i++;
          continue;
        }
        if (expect === COMMA_OR_CLOSE) {
          if (c !== COMMA) return fail(problemAt(text, 'expected-comma-or-close', i, { close: closeOf() }));
          expect = containers[containers.length - 1] === OPEN_BRACE ? KEY : VALUE;
          comma = i++;
          continue;
        }
        break;
    }

    if (expect === KEY || expect === KEY_OR_CLOSE) {
      if (c !== QUOTE) {
        if (c === APOSTROPHE) return fail(problemAt(text, 'single-quotes', i));
        return fail(problemAt(text, 'expected-property-name', i));
      }
      const end = stringEnd(text, i);
      if (end === -1) return fail(stringProblem(text, i));
      i = end;
      expect = COLON_NEXT;
      comma = -1;
      continue;
    }

    // A value.
    comma = -1;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      containers.push(c);
      if (containers.length > maxDepth) return fail(problemAt(text, 'too-deep', i, { maxDepth }));
      expect = c === OPEN_BRACE ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      i++;
      continue;
    }
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) return fail(stringProblem(text, i));
      i = end;
    } else if (isClose || c === COMMA || c === COLON) {
      return fail(problemAt(text, 'expected-value', i));
    } else {
      let end = -1;
      if (c === MINUS || isDigit(c)) end = numberEnd(text, i);
      else if (text.startsWith('true', i) || text.startsWith('null', i)) end = i + 4;
      else if (text.startsWith('false', i)) end = i + 5;
      if (end === -1 || !endsWord(text.charCodeAt(end))) {
        // Not a value: only the start of the word is needed to say what it is (junk can be megabytes long).
        let wordEnd = i + 1;
        while (wordEnd < i + 41 && !endsWord(text.charCodeAt(wordEnd))) wordEnd++;
        return fail(wordProblem(text, i, wordEnd));
      }
      i = end;
    }
    expect = afterValue();
  }
}

/** Deepest nesting of a parsed value and how many object members it holds: iterative, for any depth. */
function measure(root: unknown, maxDepth: number): { depth: number; keys: number } {
  if (root === null || typeof root !== 'object') return { depth: 0, keys: 0 };
  let depth = 1;
  let keys = 0;
  const values: object[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop() as object;
    const level = depths.pop() as number;
    if (level > depth) {
      depth = level;
      if (depth > maxDepth) break;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(level + 1);
        }
      }
    } else {
      for (const key in value) {
        keys++;
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') {
          values.push(item);
          depths.push(level + 1);
        }
      }
    }
  }
  return { depth, keys };
}

function withoutRanges(text: string, removals: number[]): string {
  if (removals.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < removals.length; k += 2) {
    parts.push(text.slice(from, removals[k]));
    from = removals[k] + removals[k + 1];
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Offset of the bracket that first nests deeper than `maxDepth`, or -1. Ignores every other problem. */
export function excessiveNestingAt(text: string, maxDepth: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string; an unterminated one runs to the end of its line, as a scanner would read it.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === QUOTE || d === LF || d === CR) break;
      }
    } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      while (i < text.length && text.charCodeAt(i) !== LF) i++;
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return i;
    } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && depth > 0) depth--;
  }
  return -1;
}

/**
 * Reads untrusted JSON text. Never throws: the answer is the value or the first problem, with where it is.
 * Strict JSON takes the native parser; only text it refuses (or lenient text) is checked by hand, to say where.
 */
export function readJson(text: unknown, options: JsonReadOptions = {}): JsonRead {
  if (typeof text !== 'string') {
    return { ok: false, bom: false, problem: { id: 'not-text', offset: 0, line: 1, column: 1 } };
  }
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const bom = text.charCodeAt(0) === BOM;
  const start = bom ? 1 : 0;
  if (options.maxChars !== undefined && text.length - start > options.maxChars) {
    return {
      ok: false,
      bom,
      problem: problemAt(text, 'too-long', 0, { chars: text.length - start, maxChars: options.maxChars }),
    };
  }
  let first = start;
  while (isSpace(text.charCodeAt(first))) first++;
  if (first >= text.length) return { ok: false, bom, problem: problemAt(text, 'empty', 0) };

  if (options.depthFirst !== false) {
    const at = excessiveNestingAt(text, maxDepth);
    if (at !== -1) return { ok: false, bom, problem: problemAt(text, 'too-deep', at, { maxDepth }) };
  }
  const source = bom ? text.slice(1) : text;
  let value: unknown;
  let parsed = false;
  try {
    value = JSON.parse(source);
    parsed = true;
  } catch {
    // Refused (or too deep for this engine's parser): the hand check below says where.
  }
  let checked: Checked | undefined;
  let body = source;
  if (!parsed) {
    checked = check(text, start, options.lenient === true, maxDepth);
    if (checked.problem) return { ok: false, bom, problem: checked.problem };
    body = withoutRanges(text, checked.removals).slice(start);
    try {
      value = JSON.parse(body);
    } catch {
      // The hand check and the native parser disagree: say so rather than guess.
      return { ok: false, bom, problem: problemAt(text, 'invalid', start) };
    }
  }
  const { depth, keys } = measure(value, maxDepth);
  if (depth > maxDepth) {
    const at = excessiveNestingAt(text, maxDepth);
    return { ok: false, bom, problem: problemAt(text, 'too-deep', at === -1 ? start : at, { maxDepth }) };
  }
  return {
    ok: true,
    value,
    body,
    bom,
    comments: checked?.comments ?? 0,
    trailingCommas: checked?.trailingCommas ?? 0,
    keys,
    depth,
  };
}
