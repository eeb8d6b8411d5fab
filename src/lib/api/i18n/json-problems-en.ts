/**
 * What is wrong with a JSON text and what to do, for each problem the safe reader reports (`JsonProblemId`;
 * `.invisible` where the character may not show). Simplified Chinese: `json-problems-zh-CN.ts`.
 */
import type { JsonProblemId } from '../safe-json';

export const JSON_PROBLEMS_EN = {
  'not-text': 'This is not text, so it cannot be JSON.',
  empty: 'The text is empty: there is no JSON in it.',
  'too-long': 'The text is {chars} characters, over the limit of {maxChars}.',
  'too-deep':
    'The JSON nests deeper than {maxDepth} levels at line {line}, column {column}: no real document does. Check the brackets.',
  'unexpected-character': 'Unexpected {found} at line {line}, column {column}: this is not JSON.',
  'unexpected-character.invisible':
    'Unexpected {found} at line {line}, column {column}: this is not JSON. Delete that character (it may be invisible).',
  'not-json-literal': '{found} is not JSON (line {line}, column {column}): write a number or null instead.',
  'single-quotes':
    'JSON strings and keys use double quotes ("), not single quotes (line {line}, column {column}).',
  'invalid-number':
    'Invalid number {number} at line {line}, column {column}: JSON numbers have no leading zeros, "+" sign, hex digits or trailing dot.',
  'unterminated-string': 'Unterminated string at line {line}, column {column}: add the closing double quote.',
  'control-character':
    'A raw control character ({found}) inside a string at line {line}, column {column}: escape it (\\t, \\n) or remove it.',
  'invalid-escape':
    'Invalid escape at line {line}, column {column}: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX only.',
  'invalid-unicode-escape':
    'Invalid \\u escape at line {line}, column {column}: it takes exactly four hex digits, e.g. \\u00e9.',
  'expected-value':
    'Expected a value at line {line}, column {column}: a string, number, object, array, true, false or null.',
  'expected-property-name': 'Expected a property name in double quotes at line {line}, column {column}.',
  'expected-colon': 'Expected ":" after the property name at line {line}, column {column}.',
  'expected-comma-or-close': 'Expected "," or "{close}" at line {line}, column {column}.',
  'unexpected-end':
    'The text ends at line {line}, column {column} before the JSON does: "{close}" is missing.',
  'trailing-text':
    'Unexpected text after the end of the JSON at line {line}, column {column}: there must be only one value.',
  comment: 'A comment at line {line}, column {column}: comments are not JSON.',
  'unterminated-comment': 'Unterminated comment at line {line}, column {column}: close it with */.',
  'trailing-comma': 'Trailing comma at line {line}, column {column}: JSON allows none.',
  invalid: 'This is not valid JSON (line {line}, column {column}).',
  // Terms: what `found` says when the reader could not name the text.
  'term.found.@character': 'character',
  'term.found.@this': 'This',
  'term.found.@invisible': 'invisible',
} as const satisfies Record<JsonProblemId, string> & Record<string, string>;
