/**
 * Sentences of the core's newer modules, by stable id: code produces ids and parameters, and a catalog per
 * language (English here, Simplified Chinese to come) turns them into words.
 */
import type { JsonProblem, JsonProblemId } from './safe-json';

const at = (p: JsonProblem) => `line ${p.line}, column ${p.column}`;

/** What is wrong with a JSON text and what to do, for each problem the safe reader reports. */
export const JSON_PROBLEM_MESSAGES: Record<JsonProblemId, (p: JsonProblem) => string> = {
  'not-text': () => 'This is not text, so it cannot be JSON.',
  empty: () => 'The text is empty: there is no JSON in it.',
  'too-long': (p) =>
    `The text is ${(p.chars ?? 0).toLocaleString('en-US')} characters, over the limit of ` +
    `${(p.maxChars ?? 0).toLocaleString('en-US')}.`,
  'too-deep': (p) =>
    `The JSON nests deeper than ${p.maxDepth ?? 0} levels at ${at(p)}: no real document does. Check the brackets.`,
  'unexpected-character': (p) =>
    `Unexpected ${p.found ?? 'character'} at ${at(p)}: this is not JSON.` +
    (p.found?.startsWith('U+') ? ' Delete that character (it may be invisible).' : ''),
  'not-json-literal': (p) => `${p.found ?? 'This'} is not JSON (${at(p)}): write a number or null instead.`,
  'single-quotes': (p) => `JSON strings and keys use double quotes ("), not single quotes (${at(p)}).`,
  'invalid-number': (p) =>
    `Invalid number ${JSON.stringify(p.found ?? '')} at ${at(p)}: JSON numbers have no leading zeros, "+" sign, ` +
    'hex digits or trailing dot.',
  'unterminated-string': (p) => `Unterminated string at ${at(p)}: add the closing double quote.`,
  'control-character': (p) =>
    `A raw control character (${p.found ?? 'invisible'}) inside a string at ${at(p)}: escape it (\\t, \\n) or ` +
    'remove it.',
  'invalid-escape': (p) =>
    `Invalid escape at ${at(p)}: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX only.`,
  'invalid-unicode-escape': (p) =>
    `Invalid \\u escape at ${at(p)}: it takes exactly four hex digits, e.g. \\u00e9.`,
  'expected-value': (p) =>
    `Expected a value at ${at(p)}: a string, number, object, array, true, false or null.`,
  'expected-property-name': (p) => `Expected a property name in double quotes at ${at(p)}.`,
  'expected-colon': (p) => `Expected ":" after the property name at ${at(p)}.`,
  'expected-comma-or-close': (p) => `Expected "," or "${p.close ?? '}'}" at ${at(p)}.`,
  'unexpected-end': (p) => `The text ends at ${at(p)} before the JSON does: "${p.close ?? '}'}" is missing.`,
  'trailing-text': (p) =>
    `Unexpected text after the end of the JSON at ${at(p)}: there must be only one value.`,
  comment: (p) => `A comment at ${at(p)}: comments are not JSON.`,
  'unterminated-comment': (p) => `Unterminated comment at ${at(p)}: close it with */.`,
  'trailing-comma': (p) => `Trailing comma at ${at(p)}: JSON allows none.`,
  invalid: (p) => `This is not valid JSON (${at(p)}).`,
};

export function jsonProblemMessage(problem: JsonProblem): string {
  return JSON_PROBLEM_MESSAGES[problem.id](problem);
}
