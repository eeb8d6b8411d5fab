import { expect } from 'vitest';
import { validateImportRequest, type ValidationReport } from '../../../../src/lib/api/validate';
import type { ValidationContext } from '../../../../src/lib/api/context';
import type { Diagnostic, Severity } from '../../../../src/lib/api/types';

/** A fixed clock for every test: 2023-11-14T22:13:20Z. */
export const NOW = 1_700_000_000;
/** A SendTime comfortably in the past of NOW. */
export const T0 = 1_600_000_000;

export type Json = Record<string, unknown>;

export const textElem = (text = 'hi') => ({ MsgType: 'TIMTextElem', MsgContent: { Text: text } });

/** A valid message; `overrides` replace or add fields (undefined removes one). */
export function message(overrides: Json = {}): Json {
  const base: Json = { From_Account: 'leckie', SendTime: T0, MsgBody: [textElem()], ...overrides };
  for (const key of Object.keys(base)) if (base[key] === undefined) delete base[key];
  return base;
}

/** Messages with ascending SendTimes T0, T0+1, ... unless a message sets its own. */
export function messages(count: number, overrides: (i: number) => Json = () => ({})): Json[] {
  return Array.from({ length: count }, (_, i) => message({ SendTime: T0 + i, ...overrides(i) }));
}

/** A request text, pretty-printed like a user would write it. */
export function requestText(msgs: unknown[], overrides: Json = {}): string {
  const request: Json = { GroupId: '@TGS#2C5SZEAEF', ...overrides, MsgList: msgs };
  for (const key of Object.keys(request)) if (request[key] === undefined) delete request[key];
  return JSON.stringify(request, null, 2);
}

export function validate(text: string, context: ValidationContext = {}): ValidationReport {
  return validateImportRequest(text, { now: NOW, ...context });
}

export const withRule = (report: ValidationReport, rule: string) =>
  report.diagnostics.filter((d) => d.rule === rule);

export const errors = (report: ValidationReport) => report.diagnostics.filter((d) => d.severity === 'error');

/**
 * Offset and length of the `nth` occurrence (0-based) of `token` in `text`, counting from the end of `after` when
 * given; failing if it is not there.
 */
export function rangeOf(
  text: string,
  token: string,
  nth = 0,
  after?: string,
): { offset: number; length: number } {
  let offset = after === undefined ? -1 : text.indexOf(after) + after.length - 1;
  if (after !== undefined && offset < after.length - 1) throw new Error(`"${after}" is not in the text`);
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(token, offset + 1);
    if (offset === -1) throw new Error(`"${token}" occurs fewer than ${nth + 1} times in the text`);
  }
  return { offset, length: token.length };
}

export interface Expected {
  rule: string;
  severity: Severity;
  pointer: string;
  /** The exact text the diagnostic underlines, and which occurrence of it. */
  token: string;
  nth?: number;
  /** Search `token` only after this text (e.g. the key before the value). */
  after?: string;
  serverCode?: number;
  /** Words the message must contain (what is wrong, what to change). */
  says?: Array<string | RegExp>;
}

/** Asserts the report holds exactly one diagnostic of `rule` at `pointer`, with every detail. */
export function expectDiagnostic(text: string, report: ValidationReport, expected: Expected): Diagnostic {
  const found = report.diagnostics.filter((d) => d.rule === expected.rule && d.pointer === expected.pointer);
  expect(found, `one ${expected.rule} at ${expected.pointer}`).toHaveLength(1);
  const [d] = found;
  expect(d.severity).toBe(expected.severity);
  expect(d.serverCode).toBe(expected.serverCode);
  const { offset, length } = rangeOf(text, expected.token, expected.nth, expected.after);
  expect({ offset: d.offset, length: d.length }).toEqual({ offset, length });
  for (const words of expected.says ?? []) expect(d.message).toMatch(words);
  return d;
}

/** The rules a report holds, for "nothing else fired" checks. */
export const rulesOf = (report: ValidationReport) => report.diagnostics.map((d) => d.rule).sort();
