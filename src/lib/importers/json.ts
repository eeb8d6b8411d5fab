/**
 * The one path by which the importers read untrusted JSON. JSON.parse keeps `__proto__` as an ordinary own key
 * and parses any nesting depth without recursion; the readers then only look up the fields they know, so a hostile
 * key or shape cannot reach a prototype or the call stack. Errors name the file, line and column.
 */
import { ImportError } from './errors';

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

function syntaxError(path: string, text: string, error: unknown, offset = 0): ImportError {
  const message = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : /end of (JSON )?input/i.test(message) ? text.length : 0;
  const { line, column } = lineAndColumn(text, position);
  const detail =
    position >= text.length || text.length === 0
      ? 'the text ends too early'
      : `unexpected ${JSON.stringify(text[position])}`;
  return new ImportError('json.syntax', { path, line: line + offset, column, detail });
}

/**
 * Telegram Desktop writes control characters other than \n, \r and \t as `\xHH` (export_output_json.cpp,
 * SerializeString), which is not JSON. Rewrites those escapes inside strings as `\u00HH`; anything else is kept.
 */
export function repairHexEscapes(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inString) {
      if (c === 0x22) inString = true;
      continue;
    }
    if (c === 0x22) inString = false;
    else if (c === 0x5c) {
      if (text.charCodeAt(i + 1) === 0x78 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 2, i + 4))) {
        out.push(text.slice(copied, i), '\\u00', text.slice(i + 2, i + 4));
        copied = i + 4;
        i += 3;
      } else i++; // skip the escaped character (it may be a quote)
    }
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

export interface ParsedJson {
  value: unknown;
  /** The text needed the \x repair. */
  repaired: boolean;
}

/** Parses a whole file's text; throws ImportError('json.syntax') with the place of the first error. */
export function parseJsonText(path: string, text: string, allowHexEscapes = false): ParsedJson {
  try {
    return { value: JSON.parse(text), repaired: false };
  } catch (error) {
    if (allowHexEscapes && text.includes('\\x')) {
      const fixed = repairHexEscapes(text);
      if (fixed !== text) {
        try {
          return { value: JSON.parse(fixed), repaired: true };
        } catch (second) {
          throw syntaxError(path, fixed, second);
        }
      }
    }
    throw syntaxError(path, text, error);
  }
}

/** Parses one line of a JSONL file; `lineNumber` is 1-based. */
export function parseJsonLine(path: string, line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    throw syntaxError(path, line, error, lineNumber - 1);
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** An own string field (never an inherited one). */
export function str(value: Record<string, unknown>, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  const v = value[key];
  return typeof v === 'string' ? v : undefined;
}

/** An own finite number field, or a string of digits. */
export function num(value: Record<string, unknown>, key: string): number | undefined {
  if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  const v = value[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return undefined;
}

/** An own field as an id: strings as they are, integers in decimal. */
export function idOf(value: Record<string, unknown>, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  const v = value[key];
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function obj(value: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  const v = value[key];
  return isObject(v) ? v : undefined;
}

export function arr(value: Record<string, unknown>, key: string): unknown[] | undefined {
  if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
  const v = value[key];
  return Array.isArray(v) ? v : undefined;
}
