import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative, relativeUnit } from '../../../src/lib/format/relative';

const MIN = 60;
const HOUR = 3600;
const DAY = 86400;

describe('relative times', () => {
  it('grows the unit with the distance', () => {
    expect(relativeUnit(-45)).toEqual({ value: -45, unit: 'second' });
    expect(relativeUnit(5 * MIN + 20)).toEqual({ value: 5, unit: 'minute' });
    expect(relativeUnit(-3 * HOUR)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeUnit(47 * HOUR)).toEqual({ value: 47, unit: 'hour' });
    expect(relativeUnit(180 * DAY - 1)).toEqual({ value: 180, unit: 'day' });
    expect(relativeUnit(50 * 365 * DAY)).toEqual({ value: 50, unit: 'year' });
  });

  it('says until and since in English and Chinese', () => {
    expect(formatRelative(0, 3 * HOUR, 'en')).toBe('3 hours ago');
    expect(formatRelative(5 * MIN, 0, 'en')).toBe('in 5 minutes');
    expect(formatRelative(0, 3 * HOUR, 'zh-CN')).toBe('3小时前');
    expect(formatRelative(180 * DAY, 0, 'zh-CN')).toBe('180天后');
    expect(formatRelative(100, 100, 'en')).toBe('now');
  });

  it('gives nothing for a value that is no time, and never throws', () => {
    expect(formatRelative(Number.NaN, 0, 'en')).toBe('');
    expect(formatRelative(Infinity, 0, 'en')).toBe('');
    expect(formatDuration(-1, 'en')).toBe('');
  });

  it('says a validity as a duration', () => {
    expect(formatDuration(180 * DAY, 'en')).toBe('180 days');
    expect(formatDuration(HOUR, 'en')).toBe('1 hour');
    expect(formatDuration(180 * DAY, 'zh-CN')).toBe('180天');
  });
});
