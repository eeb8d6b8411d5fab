import { visit } from 'jsonc-parser';
import { MAX_JSON_DEPTH, describeCharacter, excessiveNestingAt, readJson } from '../safe-json';
import { say, type Said } from '../i18n/render';
import type { Diagnostic } from '../types';
import { toPointer, type PathSegment } from './pointer';

export interface ParsedText {
  /** The parsed value, when the text is JSON once comments and trailing commas are taken out. */
  value?: unknown;
  /** What would be sent: the text without a byte-order mark, comments and trailing commas. */
  body?: string;
  /**
   * The text as read: the given text with a leading byte-order mark turned into a space (JSON white space of the
   * same length), so offsets found in it are offsets in the given text.
   */
  source: string;
  diagnostics: Diagnostic[];
}

const MAX_SYNTAX_ERRORS = 10;

/** Closing quote of the string opening at `start` (index after it), skipping escaped quotes. */
export function stringEnd(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

/** Keys written in a strict JSON text: strings followed by a colon. */
function countKeyTokens(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    const end = stringEnd(text, i);
    let k = end;
    let c = text.charCodeAt(k);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++k);
    if (c === 58) keys++;
    i = text.indexOf('"', end);
  }
  return keys;
}

const SYNTAX_MESSAGES: Readonly<Record<number, Parameters<typeof say>[0]>> = {
  2: 'json-syntax.invalid-number',
  3: 'json-syntax.expected-property-name',
  4: 'json-syntax.expected-value',
  5: 'json-syntax.expected-colon',
  6: 'json-syntax.expected-comma',
  7: 'json-syntax.expected-close-brace',
  8: 'json-syntax.expected-close-bracket',
  9: 'json-syntax.trailing-text',
  10: 'json-syntax.unterminated-comment',
  11: 'json-syntax.unterminated-comment',
  12: 'json-syntax.unterminated-string',
  14: 'json-syntax.invalid-unicode-escape',
  15: 'json-syntax.invalid-escape',
  16: 'json-syntax.control-character',
};

function syntaxMessage(code: number, token: string): Said {
  if (code === 1) {
    if (/^-?(NaN|Infinity)$|^undefined$/.test(token)) return say('json-syntax.not-json-literal', { token });
    if (token.startsWith("'")) return say('json-syntax.single-quotes');
    const first = token.codePointAt(0) ?? 0;
    // An invisible or look-alike character would show as nothing (or as punctuation) between quotes: name it.
    if (first <= 0x20 || first >= 0x7f)
      return say('json-syntax.invisible', { char: describeCharacter(String.fromCodePoint(first)) });
    return say('json-syntax.unexpected', { token: token.slice(0, 20) });
  }
  return say(Object.hasOwn(SYNTAX_MESSAGES, code) ? SYNTAX_MESSAGES[code] : 'json-syntax');
}

function at(text: string, offset: number, length: number) {
  const start = Math.min(Math.max(0, offset), text.length);
  return { offset: start, length: Math.max(0, Math.min(length, text.length - start)) };
}

function nestingError(text: string, offset: number): ParsedText {
  return {
    source: text,
    diagnostics: [
      {
        severity: 'error',
        rule: 'json-nesting',
        ...say('json-nesting', { max: MAX_JSON_DEPTH }),
        pointer: '',
        ...at(text, offset, 1),
      },
    ],
  };
}

/**
 * The lenient path: finds comments, trailing commas, duplicate keys and syntax errors with their positions.
 * `diagnostics` and `removals` start with what the caller found (a byte-order mark).
 */
function parseLeniently(
  text: string,
  diagnostics: Diagnostic[],
  removals: Array<[number, number]>,
): ParsedText {
  // jsonc-parser recurses per nesting level: bounded nesting keeps it far from the stack's end.
  const tooDeep = excessiveNestingAt(text);
  if (tooDeep !== -1) return nestingError(text, tooDeep);
  const keyStack: Set<string>[] = [];
  let pendingComma = -1;
  let syntaxErrors = 0;
  const closeContainer = () => {
    if (pendingComma >= 0) {
      removals.push([pendingComma, 1]);
      diagnostics.push({
        severity: 'warning',
        rule: 'json-trailing-comma',
        ...say('json-trailing-comma'),
        pointer: '',
        ...at(text, pendingComma, 1),
      });
    }
    pendingComma = -1;
  };
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          keyStack.push(new Set());
          pendingComma = -1;
        },
        onObjectEnd: () => {
          keyStack.pop();
          closeContainer();
        },
        onArrayBegin: () => {
          pendingComma = -1;
        },
        onArrayEnd: closeContainer,
        onLiteralValue: () => {
          pendingComma = -1;
        },
        onSeparator: (character, offset) => {
          if (character === ',') pendingComma = offset;
        },
        onObjectProperty: (name, offset, length, _line, _column, pathSupplier) => {
          pendingComma = -1;
          const keys = keyStack[keyStack.length - 1];
          if (!keys) return;
          if (!keys.has(name)) return void keys.add(name);
          const path: PathSegment[] = [...pathSupplier(), name];
          diagnostics.push({
            severity: 'warning',
            rule: 'json-duplicate-key',
            ...say('json-duplicate-key', { name }),
            pointer: toPointer(path),
            ...at(text, offset, length),
          });
        },
        onComment: (offset, length) => {
          removals.push([offset, length]);
          diagnostics.push({
            severity: 'warning',
            rule: 'json-comment',
            ...say('json-comment'),
            pointer: '',
            ...at(text, offset, length),
          });
        },
        onError: (code, offset, length) => {
          if (++syntaxErrors > MAX_SYNTAX_ERRORS) return;
          diagnostics.push({
            severity: 'error',
            rule: 'json-syntax',
            ...syntaxMessage(code, text.substr(offset, Math.max(length, 1))),
            pointer: '',
            ...at(text, offset, Math.max(length, 1)),
          });
        },
      },
      { allowTrailingComma: true, disallowComments: false },
    );
  } catch {
    // Not expected with bounded nesting; a stack this close to its end is still no reason to throw.
    return nestingError(text, 0);
  }
  if (syntaxErrors > 0) return { source: text, diagnostics };
  removals.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [offset, length] of removals) {
    parts.push(text.slice(from, offset));
    from = offset + length;
  }
  parts.push(text.slice(from));
  const body = parts.join('');
  const read = readJson(body);
  if (read.ok) return { value: read.value, body, source: text, diagnostics };
  diagnostics.push({
    severity: 'error',
    rule: 'json-syntax',
    ...say('json-syntax.invalid'),
    pointer: '',
    ...at(text, 0, 1),
  });
  return { source: text, diagnostics };
}

const BOM_WARNING: Diagnostic = {
  severity: 'warning',
  rule: 'json-bom',
  ...say('json-bom'),
  pointer: '',
  offset: 0,
  length: 1,
};

/**
 * Parses a request text through the core's safe reader. Strict JSON takes the fast path (native JSON.parse plus a
 * key count to catch duplicates); anything else goes through jsonc-parser, which knows where each comment, comma
 * and error stands. A leading byte-order mark is accepted with a warning and left out of the body.
 */
export function parseRequestText(text: string): ParsedText {
  const bom = text.charCodeAt(0) === 0xfeff;
  const source = bom ? ' ' + text.slice(1) : text;
  if (source.trim() === '') {
    return {
      source,
      diagnostics: [
        {
          severity: 'error',
          rule: 'json-empty',
          ...say('json-empty'),
          pointer: '',
          offset: 0,
          length: text.length,
        },
      ],
    };
  }
  const diagnostics: Diagnostic[] = bom ? [{ ...BOM_WARNING }] : [];
  // In the worker, on texts up to tens of megabytes: parse first, the depth is checked on the parsed value.
  const read = readJson(source, { depthFirst: false });
  if (read.ok && countKeyTokens(source) === read.keys) {
    return { value: read.value, body: bom ? text.slice(1) : text, source, diagnostics };
  }
  if (!read.ok && read.problem.id === 'too-deep') return nestingError(source, read.problem.offset);
  return parseLeniently(source, diagnostics, bom ? [[0, 1]] : []);
}
