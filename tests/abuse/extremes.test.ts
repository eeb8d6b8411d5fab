// @vitest-environment node
// The abuse suite, extreme sizes: a million messages, 100,000-deep nesting and 10 MB of junk into the validator
// and the response reader. Each must answer with its own diagnostic: no throw, no stack overflow, no 'internal'.
import { describe, expect, it } from 'vitest';
import { parseImportResponse } from '../../src/lib/api/response';
import { readJson } from '../../src/lib/api/safe-json';
import { validateImportRequest, type ValidationReport } from '../../src/lib/api/validate';

const NOW = 1_700_000_000;

function rulesOf(report: ValidationReport): string[] {
  return [...new Set(report.diagnostics.map((d) => d.rule))].sort();
}

/** 10 MB of text that is nothing like JSON, and 10 MB that is almost JSON everywhere. */
const JUNK = {
  letters: 'x'.repeat(10_000_000),
  punctuation: '{[,:"\\/*'.repeat(1_250_000),
  'unclosed strings': '["a\\'.repeat(2_500_000),
  'binary bytes': Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(i % 0xd800))
    .join('')
    .repeat(1000),
};

describe('extreme sizes', { timeout: 60_000 }, () => {
  it('1,000,000 valid messages: one msg-list-count error, every message checked', () => {
    const parts: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      parts.push(
        `{"From_Account":"a","SendTime":${1_600_000_000 + i},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"m"}}]}`,
      );
    }
    const text = `{"GroupId":"group-1","MsgList":[${parts.join(',')}]}`;
    parts.length = 0;
    const started = performance.now();
    const report = validateImportRequest(text, { now: NOW });
    const elapsed = performance.now() - started;
    expect(rulesOf(report)).toEqual(['msg-list-count']);
    expect(report.diagnostics[0].message).toMatch(/1000000 messages/);
    console.info(
      `1,000,000 messages (${(text.length / 1e6).toFixed(0)} MB): validated in ${elapsed.toFixed(0)} ms`,
    );
  });

  it.each([
    ['arrays', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['unclosed', '['.repeat(100_000)],
    ['inside a request', `{"GroupId":"g","MsgList":[],"X":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
  ])(
    '100,000-deep nesting (%s): json-nesting from the validator, a problem from the readers',
    (_name, text) => {
      expect(rulesOf(validateImportRequest(text, { now: NOW }))).toEqual(['json-nesting']);
      expect(parseImportResponse(text).problems[0].message).toMatch(/nests deeper than 256 levels/);
      expect(readJson(text, { lenient: true })).toMatchObject({ ok: false, problem: { id: 'too-deep' } });
    },
  );

  it.each(Object.entries(JUNK))(
    '10 MB of junk (%s): a syntax diagnostic, a refused response',
    (_name, junk) => {
      expect(junk.length).toBeGreaterThanOrEqual(10_000_000);
      const report = validateImportRequest(junk, { now: NOW });
      expect(report.ok).toBe(false);
      expect(rulesOf(report).every((rule) => rule.startsWith('json-'))).toBe(true);
      expect(report.diagnostics.length).toBeLessThanOrEqual(11);
      expect(parseImportResponse(junk).problems[0].message).toMatch(/over the 1,000,000-byte limit/);
      const read = readJson(junk, { lenient: true });
      expect(read.ok).toBe(false);
    },
  );
});
