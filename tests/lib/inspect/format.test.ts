// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatUnixSeconds, isoDateTime, utf8ByteLength } from '../../../src/lib/inspect/format';

describe('formatUnixSeconds', () => {
  it('shows seconds as a UTC date', () => {
    expect(formatUnixSeconds(1620808101)).toBe('2021-05-12 08:28:21 UTC');
    expect(formatUnixSeconds(0)).toBe('1970-01-01 00:00:00 UTC');
  });
  it('says so for values that are no date, and nothing for no value', () => {
    expect(formatUnixSeconds(1e20)).toBe('not a valid date');
    expect(formatUnixSeconds(Number.NaN)).toBe('');
    expect(formatUnixSeconds(undefined)).toBe('');
  });
});

describe('isoDateTime', () => {
  it('gives an ISO string, or undefined for an impossible date', () => {
    expect(isoDateTime(1620808101)).toBe('2021-05-12T08:28:21.000Z');
    expect(isoDateTime(1e20)).toBeUndefined();
  });
});

describe('utf8ByteLength', () => {
  it('matches TextEncoder for any string, lone surrogates included', () => {
    fc.assert(
      // Any UTF-16 units, lone surrogates included (fc.string's 'binary' unit is far slower to generate).
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), (units) => {
        const text = String.fromCharCode(...units);
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 500 },
    );
    expect(utf8ByteLength('a😀é')).toBe(1 + 4 + 2);
    expect(utf8ByteLength('\uD800x\uDC00')).toBe(new TextEncoder().encode('\uD800x\uDC00').length);
  });
});

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(1_000_000)).toBe('1.0 MB');
  });
});
