// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixAll, fixesFor, noFixReasons } from '../../../../src/lib/api/fix';
import { requestCase, type Case } from './arbitraries';
import { honestyProblems, seededRandom, validate } from './helpers';

const errorsByRule = (text: string, context: Case['context']) => {
  const counts = new Map<string, number>();
  for (const d of validate(text, context).diagnostics)
    if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return counts;
};

/** What fixAll must guarantee on `text`: JSON out, no rule with more errors, a fixed point. Empty when all holds. */
function fixAllProblems({ text, context }: Case): string[] {
  const problems: string[] = [];
  const result = fixAll(text, context, { random: seededRandom() });
  const after = validate(result.text, context);
  if (after.value === undefined) problems.push('fixAll left text that does not parse');
  const before = errorsByRule(text, context);
  for (const [rule, count] of errorsByRule(result.text, context))
    if (count > (before.get(rule) ?? 0)) problems.push(`fixAll brought a new ${rule} error`);
  const again = fixAll(result.text, context, { random: seededRandom(7) });
  if (again.text !== result.text) problems.push('fixAll twice changed the text the second time');
  const left = fixesFor(result.text, context).filter((f) => f.kind === 'edit');
  if (left.length > 0)
    problems.push(`fixes still offered after fixAll: ${left.map((f) => f.rule).join(', ')}`);
  return problems;
}

describe('fixes on realistic requests with injected mistakes', () => {
  it('every fix offered is honest on its own: its finding goes, no new error, nothing else changes', () => {
    fc.assert(
      fc.property(requestCase(), ({ text, context }) => {
        const problems = fixesFor(text, context, { random: seededRandom() }).flatMap((fix) =>
          honestyProblems(text, fix, context),
        );
        expect(problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('fixAll leaves JSON with no new error, and running it again changes nothing', () => {
    fc.assert(
      fc.property(requestCase(), (c) => {
        expect(fixAllProblems(c)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('the same for lists longer than one call (sorting 8 to 30 messages)', () => {
    fc.assert(
      fc.property(requestCase(8, 30), (c) => {
        expect(fixAllProblems(c)).toEqual([]);
        const fixes = fixesFor(c.text, c.context, { random: seededRandom() });
        // A split wherever the validator says the list is too long (a misspelt MsgList hides it).
        const tooLong = validate(c.text, c.context).diagnostics.filter((d) => d.rule === 'msg-list-count');
        expect(fixes.filter((f) => f.kind === 'split')).toHaveLength(tooLong.length);
        for (const fix of fixes.filter((f) => f.titleId === 'fix.sort-msg-list'))
          expect(honestyProblems(c.text, fix, c.context)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it('every refusal has a reason, and a diagnostic never gets both a fix and a refusal', () => {
    fc.assert(
      fc.property(requestCase(), ({ text, context }) => {
        const fixed = new Set(fixesFor(text, context).map((f) => `${f.rule} ${f.offset}`));
        for (const reason of noFixReasons(text, context)) {
          expect(reason.reason.length).toBeGreaterThan(20);
          expect(fixed.has(`${reason.rule} ${reason.offset}`)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
