import { visit } from 'jsonc-parser';
import type { Diagnostic } from '../types';
import { toPointer, type PathSegment } from './pointer';

export interface ParsedText {
  /** The parsed value, when the text is JSON once comments and trailing commas are taken out. */
  value?: unknown;
  /** What would be sent: the text without comments and trailing commas. */
  body?: string;
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

/** Keys the parsed value kept. Fewer than the text has means a key was repeated (JSON.parse keeps the last). */
function countParsedKeys(root: unknown): number {
  let keys = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
    } else {
      for (const key in value) {
        keys++;
        const item = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
    }
  }
  return keys;
}

function syntaxMessage(code: number, token: string): string {
  switch (code) {
    case 1:
      if (/^-?(NaN|Infinity)$|^undefined$/.test(token))
        return `${token} is not JSON: write a number (or null) instead.`;
      if (token.startsWith("'")) return 'JSON strings and keys use double quotes ("), not single quotes.';
      return `Unexpected "${token.slice(0, 20)}": this is not JSON.`;
    case 2:
      return 'Invalid number: JSON numbers have no leading zeros, "+" sign, hex digits or trailing dot.';
    case 3:
      return 'Expected a property name in double quotes, e.g. "GroupId".';
    case 4:
      return 'Expected a value: a string, number, object, array, true, false or null.';
    case 5:
      return 'Expected ":" after the property name.';
    case 6:
      return 'Expected "," between two items.';
    case 7:
      return 'Expected "}" to close the object.';
    case 8:
      return 'Expected "]" to close the array.';
    case 9:
      return 'Unexpected text after the end of the request: a document holds exactly one JSON object.';
    case 10:
    case 11:
      return 'Unterminated comment: close it with */ (or better, remove it: comments are not JSON).';
    case 12:
      return 'Unterminated string: add the closing double quote.';
    case 14:
      return 'Invalid \\u escape: it takes exactly four hex digits, e.g. \\u00e9.';
    case 15:
      return 'Invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX only.';
    case 16:
      return 'A control character (a raw tab or line break) inside a string: escape it as \\t or \\n.';
    default:
      return 'This is not valid JSON here.';
  }
}

function at(text: string, offset: number, length: number) {
  const start = Math.min(Math.max(0, offset), text.length);
  return { offset: start, length: Math.max(0, Math.min(length, text.length - start)) };
}

/** The lenient path: finds comments, trailing commas, duplicate keys and syntax errors with their positions. */
function parseLeniently(text: string): ParsedText {
  const diagnostics: Diagnostic[] = [];
  const removals: Array<[number, number]> = [];
  const keyStack: Set<string>[] = [];
  let pendingComma = -1;
  let syntaxErrors = 0;
  const closeContainer = () => {
    if (pendingComma >= 0) {
      removals.push([pendingComma, 1]);
      diagnostics.push({
        severity: 'warning',
        rule: 'json-trailing-comma',
        message:
          'Trailing comma: JSON allows none. The console removes it before sending; remove it here too.',
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
            message: `"${name}" appears twice in this object: JSON.parse and most servers keep only the last one. Remove one of them.`,
            pointer: toPointer(path),
            ...at(text, offset, length),
          });
        },
        onComment: (offset, length) => {
          removals.push([offset, length]);
          diagnostics.push({
            severity: 'warning',
            rule: 'json-comment',
            message:
              'Comments are not JSON: the console removes them before sending. Remove them to keep the text valid JSON.',
            pointer: '',
            ...at(text, offset, length),
          });
        },
        onError: (code, offset, length) => {
          if (++syntaxErrors > MAX_SYNTAX_ERRORS) return;
          diagnostics.push({
            severity: 'error',
            rule: 'json-syntax',
            message: syntaxMessage(code, text.substr(offset, Math.max(length, 1))),
            pointer: '',
            ...at(text, offset, Math.max(length, 1)),
          });
        },
      },
      { allowTrailingComma: true, disallowComments: false },
    );
  } catch {
    // jsonc-parser recurses per nesting level: absurdly deep input overflows the stack.
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'json-nesting',
          message:
            'The JSON nests too deeply to check. A request nests 6 levels at most: check the brackets.',
          pointer: '',
          ...at(text, 0, 1),
        },
      ],
    };
  }
  if (syntaxErrors > 0) return { diagnostics };
  removals.sort((a, b) => a[0] - b[0]);
  let body = '';
  let from = 0;
  for (const [offset, length] of removals) {
    body += text.slice(from, offset);
    from = offset + length;
  }
  body += text.slice(from);
  try {
    return { value: JSON.parse(body), body, diagnostics };
  } catch {
    diagnostics.push({
      severity: 'error',
      rule: 'json-syntax',
      message: 'This is not valid JSON.',
      pointer: '',
      ...at(text, 0, 1),
    });
    return { diagnostics };
  }
}

/**
 * Parses a request text. Strict JSON takes the fast path (native JSON.parse plus a key count to catch duplicates);
 * anything else goes through jsonc-parser, which knows where each comment, comma and error stands.
 */
export function parseRequestText(text: string): ParsedText {
  if (text.trim() === '') {
    return {
      diagnostics: [
        {
          severity: 'error',
          rule: 'json-empty',
          message: 'The request is empty: start from the "Whole request" template, or paste a request.',
          pointer: '',
          offset: 0,
          length: text.length,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseLeniently(text);
  }
  if (countKeyTokens(text) !== countParsedKeys(value)) return parseLeniently(text);
  return { value, body: text, diagnostics: [] };
}
