// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIX_MESSAGES, renderFixMessage, type FixMessageId } from '../../../../src/lib/api/fix';
import { FIXERS } from '../../../../src/lib/api/fix/table';
import { MISTAKES } from '../../../../src/lib/reference/mistakes';
import { planFixes } from '../../../../src/lib/api/fix';
import { NOW } from './helpers';

const PARAMS = {
  from: 'a',
  to: 'b',
  count: 2,
  moved: 3,
  key: 'k',
  removed: 2,
  value: 5,
  field: 'F',
  groupType: 'Community',
  messages: 8,
  calls: 2,
  perCall: 7,
  asSeconds: 'x',
  asMilliseconds: 'y',
  created: 'z',
  latest: 'w',
  first: 1,
  second: 2,
  time: 9,
  keys: 'k',
  rule: 'r',
};

describe('fix messages', () => {
  it('every id renders a sentence with its params, no "undefined" left in it', () => {
    for (const id of Object.keys(FIX_MESSAGES) as FixMessageId[]) {
      const sentence = renderFixMessage(id, PARAMS);
      expect(sentence.length, id).toBeGreaterThan(10);
      expect(sentence, id).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('ids are stable and namespaced: fix.* for titles, no-fix.* for reasons', () => {
    for (const id of Object.keys(FIX_MESSAGES)) expect(id).toMatch(/^(fix|no-fix)\.[a-z-]+$/);
  });

  it('singular and plural read right', () => {
    expect(renderFixMessage('fix.keep-last-duplicate', { key: 'a', removed: 1 })).toBe(
      'Keep the last "a" and remove the earlier one',
    );
    expect(renderFixMessage('fix.sort-msg-list', { moved: 1 })).toBe(
      'Sort MsgList by SendTime (moves 1 message)',
    );
    expect(renderFixMessage('fix.send-time-seconds-and-sort', { count: 1 })).toMatch(
      /^Convert 1 SendTime value from/,
    );
  });

  it('every title and reason a fix carries is its id rendered with its params', () => {
    let seen = 0;
    for (const mistake of MISTAKES) {
      const plan = planFixes(mistake.text, { now: NOW, ...mistake.context });
      for (const fix of plan.fixes) {
        seen++;
        expect(fix.title).toBe(renderFixMessage(fix.titleId, fix.titleParams));
      }
      for (const reason of plan.noFix)
        expect(reason.reason).toBe(renderFixMessage(reason.reasonId, reason.reasonParams));
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('the fixer table names only rules the validator emits (no typo leaves a fixer unused)', () => {
    const dir = fileURLToPath(new URL('../../../../src/lib/api/validate/', import.meta.url));
    const source = readdirSync(dir)
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    for (const rule of FIXERS.keys()) expect(source, rule).toContain(`'${rule}'`);
  });
});
