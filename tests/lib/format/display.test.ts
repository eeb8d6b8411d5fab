// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatBytes, formatUnixSeconds, isoDateTime } from '../../../src/lib/format/display';

describe('formatUnixSeconds', () => {
  it('shows seconds as a UTC date', () => {
    expect(formatUnixSeconds(1620808101)).toBe('2021-05-12 08:28:21 UTC');
    expect(formatUnixSeconds(0)).toBe('1970-01-01 00:00:00 UTC');
  });
  it('says so for values that are no date, and nothing for no value', () => {
    expect(formatUnixSeconds(1e20)).toBe('out of range');
    expect(formatUnixSeconds(Number.NaN)).toBe('out of range');
    expect(formatUnixSeconds(undefined)).toBe('');
  });
});

describe('isoDateTime', () => {
  it('gives an ISO string, or undefined for an impossible date', () => {
    expect(isoDateTime(1620808101)).toBe('2021-05-12T08:28:21.000Z');
    expect(isoDateTime(1e20)).toBeUndefined();
  });
});

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1500)).toBe('1.5 KB');
    expect(formatBytes(1_000_000)).toBe('1.0 MB');
  });
});
