import { expect } from 'vitest';
import { applyTextEdits, fixesFor, type Fix } from '../../../../src/lib/api/fix';
import type { ValidationContext } from '../../../../src/lib/api/context';
import type { Diagnostic } from '../../../../src/lib/api/types';
import { NOW, validate } from '../validate/helpers';

export { NOW, T0, message, messages, requestText, validate } from '../validate/helpers';

/** A deterministic random source (mulberry32), so fresh Random values are the same on every run. */
export function seededRandom(seed = 1): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fixes that move messages: their findings are compared by rule, as every pointer after a move may change. */
const MOVES = new Set(['fix.sort-msg-list', 'fix.send-time-seconds-and-sort']);

function countBy(diagnostics: readonly Diagnostic[], key: (d: Diagnostic) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return counts;
}

/**
 * What is wrong with applying `fix` to `text` alone: it must leave JSON, remove the finding it fixes, bring no new
 * error, and change nothing outside its edits. Empty when all holds.
 */
export function honestyProblems(text: string, fix: Fix, context: ValidationContext = {}): string[] {
  const ctx = { now: NOW, ...context };
  const problems: string[] = [];
  const before = validate(text, ctx);
  let fixed: string;
  try {
    fixed = applyTextEdits(text, fix.edits);
  } catch (error) {
    return [`${fix.rule} ${fix.pointer}: edits do not apply (${String(error)})`];
  }
  const after = validate(fixed, ctx);
  const where = `${fix.rule} at ${fix.pointer} (${fix.title})`;
  if (after.value === undefined) problems.push(`${where}: the result is not JSON`);
  const moves = MOVES.has(fix.titleId);
  const key = (d: Diagnostic) => (moves ? d.rule : `${d.rule} ${d.pointer}`);
  const fixedKey = moves ? fix.rule : `${fix.rule} ${fix.pointer}`;
  const countBefore = countBy(before.diagnostics, key).get(fixedKey) ?? 0;
  const countAfter = countBy(after.diagnostics, key).get(fixedKey) ?? 0;
  if (countAfter >= countBefore) problems.push(`${where}: the finding is still there`);
  const errorsBefore = countBy(
    before.diagnostics.filter((d) => d.severity === 'error'),
    key,
  );
  for (const [errorKey, count] of countBy(
    after.diagnostics.filter((d) => d.severity === 'error'),
    key,
  )) {
    if (count > (errorsBefore.get(errorKey) ?? 0)) problems.push(`${where}: new error ${errorKey}`);
  }
  // Outside the span of the edits, the text is the same, byte for byte.
  let start = text.length;
  let end = 0;
  for (const e of fix.edits) {
    start = Math.min(start, e.offset);
    end = Math.max(end, e.offset + e.length);
  }
  const tail = text.length - end;
  if (fixed.slice(0, start) !== text.slice(0, start) || fixed.slice(fixed.length - tail) !== text.slice(end))
    problems.push(`${where}: text outside the edits changed`);
  return problems;
}

/** The one fix of `rule` (at `pointer`, when given) that fixesFor offers, checked honest; failing otherwise. */
export function theFix(
  text: string,
  rule: string,
  pointer?: string,
  context: ValidationContext = {},
  random = seededRandom(),
): Fix {
  const fixes = fixesFor(text, { now: NOW, ...context }, { random }).filter(
    (f) => f.rule === rule && (pointer === undefined || f.pointer === pointer),
  );
  expect(fixes, `one ${rule} fix${pointer ? ` at ${pointer}` : ''}`).toHaveLength(1);
  expect(honestyProblems(text, fixes[0], context)).toEqual([]);
  return fixes[0];
}

/** The text with the one fix of `rule` at `pointer` applied (checked honest). */
export function fixed(text: string, rule: string, pointer?: string, context: ValidationContext = {}) {
  return applyTextEdits(text, theFix(text, rule, pointer, context).edits);
}
