import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../../src/lib/api';
import { MAX_DIAGNOSTICS, capDiagnostics, runValidation } from '../../../src/lib/checker/run';

const message = (i: number, extra = '') =>
  `{"From_Account":"u${i % 50}","SendTime":${1620808101 + i},"Random":${i}${extra},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"m${i}"}}]}`;

const request = (messages: string[]) => `{"GroupId":"g","MsgList":[${messages.join(',')}]}`;

const diag = (severity: Diagnostic['severity'], offset: number): Diagnostic => ({
  severity,
  rule: 'r',
  message: 'm',
  pointer: '',
  offset,
  length: 1,
});

describe('runValidation', () => {
  it('refuses a request whose field nests 20,000 arrays deep: a json-nesting error and no body to send', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const text = request([message(0, `,"CloudCustomData":${deep}`)]);
    const outcome = runValidation(text, { now: 2_000_000_000 });
    expect(outcome.report.diagnostics.map((d) => d.rule)).toEqual(['json-nesting']);
    expect(outcome.report.body).toBeUndefined();
    expect(() => structuredClone(outcome)).not.toThrow();
  });

  it('returns the whole report of a request whose field nests as deep as the core allows', () => {
    const deep = '['.repeat(250) + ']'.repeat(250);
    const text = request([message(0, `,"CloudCustomData":${deep}`)]);
    const outcome = runValidation(text, { now: 2_000_000_000 });
    expect(outcome.report.body).toBe(text);
    expect(outcome.summaryError).toBeUndefined();
    expect(outcome.messages.map((m) => m.sender)).toEqual(['u0']);
    // The parsed value stays in the worker: copying it to the page is a second parse (and can fail this deep).
    expect('value' in outcome.report).toBe(false);
    expect(() => structuredClone(outcome)).not.toThrow();
  });

  it('counts the whole document in its totals', () => {
    const text = request([message(0), message(1)]);
    const outcome = runValidation(text, { now: 1620808101 });
    expect(outcome.totals).toEqual({ messages: 2, diagnostics: { error: 2, warning: 0, info: 0 } });
    expect(outcome.report.diagnostics.map((d) => d.rule)).toEqual(['send-time-future', 'send-time-future']);
  });
});

describe('runValidation when the summary step fails', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/lib/checker/summary');
    vi.resetModules();
  });

  it('keeps the core’s whole report and says why the strips are missing', async () => {
    vi.resetModules();
    vi.doMock('../../../src/lib/checker/summary', () => ({
      summarizeMessages: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    }));
    const { runValidation: run } = await import('../../../src/lib/checker/run');
    const text = request([message(0)]);
    const outcome = run(text, { now: 2_000_000_000 });
    expect(outcome.report).toMatchObject({ ok: true, body: text });
    expect(outcome.messages).toEqual([]);
    expect(outcome.totals.messages).toBe(1);
    expect(outcome.summaryError).toBe('Maximum call stack size exceeded');
  });
});

describe('capDiagnostics', () => {
  it('keeps the most severe first, in the text’s order, and leaves short lists alone', () => {
    const list = [diag('info', 1), diag('warning', 2), diag('error', 3), diag('info', 4), diag('error', 5)];
    expect(capDiagnostics(list, 10)).toBe(list);
    expect(capDiagnostics(list, 3).map((d) => [d.severity, d.offset])).toEqual([
      ['warning', 2],
      ['error', 3],
      ['error', 5],
    ]);
    expect(capDiagnostics(list, 2).map((d) => d.offset)).toEqual([3, 5]);
    const many = Array.from({ length: MAX_DIAGNOSTICS + 5 }, (_, i) => diag(i === 900 ? 'error' : 'info', i));
    const capped = capDiagnostics(many);
    expect(capped).toHaveLength(MAX_DIAGNOSTICS);
    expect(capped.map((d) => d.offset)).toContain(900);
  });
});
