import { describe, expect, it } from 'vitest';
import { validateImportRequest } from '../../../src/lib/api';
import { FIX_TEXT_LIMIT, fixesOf } from '../../../src/lib/checker/fixes';
import { runValidation } from '../../../src/lib/checker/run';
import { MESSY, MIXED, NOW } from '../fixes/messy';

const context = { now: NOW };

function eightMessages(): string {
  const message = (i: number) =>
    `{ "From_Account": "u", "SendTime": ${1620808100 + i}, "Random": ${i + 1}, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "t" } }] }`;
  return `{ "GroupId": "@TGS#2C5SZEAEF", "MsgList": [${Array.from({ length: 8 }, (_, i) => message(i)).join(', ')}] }`;
}

describe('fixesOf', () => {
  it('gives the edit fixes of the diagnostics shown, from the report in hand', () => {
    const report = validateImportRequest(MIXED, context);
    const fixes = fixesOf(MIXED, report, context, report.diagnostics)!;
    expect(fixes.map((f) => f.rule)).toEqual([
      'send-time-milliseconds',
      'field-type',
      'unknown-key',
      'random-duplicate',
      'json-trailing-comma',
      'json-comment',
    ]);
    const shown = report.diagnostics.filter((d) => d.rule === 'json-comment');
    expect(fixesOf(MIXED, report, context, shown)!.map((f) => f.rule)).toEqual(['json-comment']);
  });

  it('leaves out "split into calls": it is no edit of this text', () => {
    const text = eightMessages();
    const report = validateImportRequest(text, context);
    expect(report.diagnostics.map((d) => d.rule)).toContain('msg-list-count');
    expect(fixesOf(text, report, context, report.diagnostics)).toEqual([]);
  });

  it('offers none for a text over the limit, and none (no throw) for a report it cannot use', () => {
    const big = MESSY.replace('// exported from the old chat', `// ${'x'.repeat(FIX_TEXT_LIMIT)}`);
    const report = validateImportRequest(big, context);
    expect(fixesOf(big, report, context, report.diagnostics)).toBeUndefined();
    const broken = { ...validateImportRequest(MESSY, context), diagnostics: null as never };
    expect(fixesOf(MESSY, broken, context, [])).toEqual([]);
  });
});

describe('runValidation', () => {
  it('carries the fixes of the listed diagnostics with the report', () => {
    const outcome = runValidation(MESSY, context);
    expect(outcome.fixes?.map((f) => f.rule)).toEqual([
      'json-comment',
      'send-time-milliseconds',
      'json-comment',
      'json-trailing-comma',
      'send-time-milliseconds',
    ]);
    for (const fix of outcome.fixes!)
      expect(outcome.report.diagnostics.some((d) => d.rule === fix.rule && d.offset === fix.offset)).toBe(
        true,
      );
  });
});
