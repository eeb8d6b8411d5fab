// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAnswer, looksCutShort } from '../../../src/lib/send/http-call';

describe('looksCutShort', () => {
  it('every strict prefix of a JSON object or array is cut short (property)', () => {
    const container = fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()));
    fc.assert(
      fc.property(container, fc.nat(), fc.boolean(), (value, at, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        const cut = 1 + (at % (text.length - 1 || 1));
        if (cut >= text.length) return;
        expect(looksCutShort(text.slice(0, cut))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('whole JSON texts followed by junk, and texts that are not JSON at all, are not cut short', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ minLength: 1 }), (value, junk) => {
        const text = JSON.stringify(value);
        if (text.startsWith('{') || text.startsWith('[')) expect(looksCutShort(`${text}${junk}`)).toBe(false);
      }),
    );
    for (const text of ['', 'null', 'true', '42', '"a', '<html>', 'Bad Gateway', '}{', ']']) {
      expect(looksCutShort(text), text).toBe(false);
    }
  });

  it('reads 10 MB of junk and 100,000-deep nesting in one linear pass', () => {
    const deep = '['.repeat(100_000);
    const junk = '{"a":' + 'x\\"{['.repeat(2_000_000);
    const started = performance.now();
    expect(looksCutShort(deep)).toBe(true);
    expect(looksCutShort(junk)).toBe(true);
    expect(classifyAnswer(200, '', deep)).toEqual({ kind: 'truncated' });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('classifyAnswer', () => {
  it('a 200 JSON body is usable, whatever its shape', () => {
    for (const body of ['{}', '[]', '{"ActionStatus":"FAIL","ErrorCode":60003}', '"text"', '1']) {
      expect(classifyAnswer(200, 'OK', body), body).toBeUndefined();
    }
  });

  it('any other status is http-status with its status text', () => {
    expect(classifyAnswer(502, 'Bad Gateway', '{}')).toEqual({ kind: 'http-status', detail: 'Bad Gateway' });
    expect(classifyAnswer(201, '', '{}')).toEqual({ kind: 'http-status', detail: undefined });
  });

  it('a __proto__ key is just a key', () => {
    expect(classifyAnswer(200, '', '{"__proto__":{"polluted":1}}')).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
