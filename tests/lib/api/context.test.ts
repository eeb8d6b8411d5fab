// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveContext, type ValidationContext } from '../../../src/lib/api/context';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../../src/lib/api/facts';

describe('resolveContext', () => {
  it('drops unset fields and fills now from the clock and the budget from its default', () => {
    const resolved = resolveContext({ groupType: undefined, maxMessageBytes: 12000 }, () => 42);
    expect(resolved).toStrictEqual({ now: 42, maxMessageBytes: 12000 });
    expect(resolveContext({ now: 7, groupType: 'Public' }, () => 42)).toStrictEqual({
      now: 7,
      groupType: 'Public',
      maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
    });
    expect(resolveContext(undefined, () => 5)).toStrictEqual({ now: 5, maxMessageBytes: 8000 });
  });

  it('keeps every field that is set', () => {
    const context: ValidationContext = {
      now: 100,
      groupType: 'Community',
      groupCreateTime: 10,
      latestMsgTime: 20,
      maxMessageBytes: 12288,
    };
    expect(resolveContext(context, () => 1)).toStrictEqual(context);
  });

  it('treats a value that is not a finite number as unset', () => {
    const hostile = {
      now: NaN,
      maxMessageBytes: Infinity,
      groupCreateTime: '10',
      latestMsgTime: -Infinity,
    } as unknown as ValidationContext;
    expect(resolveContext(hostile, () => 9)).toStrictEqual({ now: 9, maxMessageBytes: 8000 });
  });

  it('reads the live clock when no clock is given, in whole Unix seconds', () => {
    const before = Math.floor(Date.now() / 1000);
    const { now } = resolveContext({});
    expect(Number.isInteger(now)).toBe(true);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it('changes nothing in a context already resolved', () => {
    const once = resolveContext({ groupType: 'Work', latestMsgTime: 3 }, () => 50);
    expect(resolveContext(once, () => 99)).toStrictEqual(once);
  });
});
