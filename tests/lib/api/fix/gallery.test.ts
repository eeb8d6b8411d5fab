// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixAll, fixesFor, noFixReasons, splitIntoCalls } from '../../../../src/lib/api/fix';
import { MISTAKES, type Mistake } from '../../../../src/lib/reference/mistakes';
import { honestyProblems, NOW, seededRandom, theFix, validate } from './helpers';

/** The gallery's base SendTime (May 2021). */
const BASE_TIME = 1620808101;

const mistake = (id: string): Mistake => {
  const found = MISTAKES.find((m) => m.id === id);
  if (!found) throw new Error(`no mistake ${id} in the gallery`);
  return found;
};

/** Replaces the nth (0-based) occurrence of `from`, failing when it is not there. */
function replaceNth(text: string, from: string, to: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(from, at + 1);
    if (at === -1) throw new Error(`"${from}" occurs fewer than ${nth + 1} times`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** What each fixable example must become: computed from the example, not from the fixer. */
const EXPECTED: Record<
  string,
  (text: string, fix: { titleParams?: Record<string, string | number> }) => string
> = {
  'send-time-order': (text) => {
    const request = JSON.parse(text);
    request.MsgList.reverse();
    return JSON.stringify(request, null, 2);
  },
  'send-time-milliseconds': (text) => replaceNth(text, String(BASE_TIME * 1000), String(BASE_TIME)),
  'duplicate-random': (text, fix) =>
    replaceNth(text, '"Random": 42', `"Random": ${fix.titleParams!.value}`, 1),
  'json-comments': (text) => replaceNth(text, ' // the sender', ''),
  'recent-contact-community': (text) => {
    const request = JSON.parse(text);
    delete request.RecentContactFlag;
    return JSON.stringify(request, null, 2);
  },
  'duplicate-key': (text) => replaceNth(text, `      "SendTime": ${BASE_TIME},\n`, ''),
  'face-index-string': (text) => replaceNth(text, '"Index": "6"', '"Index": 6'),
  'random-too-large': (text, fix) =>
    replaceNth(text, '"Random": 4294967296', `"Random": ${fix.titleParams!.value}`),
  'misspelt-field': (text) => replaceNth(text, '"Ramdom"', '"Random"'),
};

describe('the mistakes gallery, fixed', () => {
  it.each(Object.keys(EXPECTED))(
    '%s: the fix gives the corrected request, and nothing else changes',
    (id) => {
      const { text, expectRule, context } = mistake(id);
      const fix = theFix(text, expectRule, undefined, context);
      const result = fixAll(text, { now: NOW, ...context }, { random: seededRandom() });
      expect(result.text).toBe(EXPECTED[id](text, fix));
      const report = validate(result.text, context);
      expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(result.applied.map((a) => a.rule)).toContain(expectRule);
      expect(fixAll(result.text, { now: NOW, ...context }).text).toBe(result.text);
    },
  );

  it('trailing-commas: each comma has its own fix, and all of them give strict JSON', () => {
    const { text, context } = mistake('trailing-commas');
    const fixes = fixesFor(text, { now: NOW, ...context });
    expect(fixes.map((f) => f.rule)).toEqual(['json-trailing-comma', 'json-trailing-comma']);
    for (const fix of fixes) expect(honestyProblems(text, fix, context)).toEqual([]);
    const result = fixAll(text, { now: NOW, ...context }).text;
    expect(result).toBe(replaceNth(text, '} }],\n    },\n  ]', '} }]\n    }\n  ]'));
    expect(() => JSON.parse(result)).not.toThrow();
  });

  it('too-many-messages: a split, with the calls from splitIntoCalls', () => {
    const { text } = mistake('too-many-messages');
    const [fix] = fixesFor(text, { now: NOW });
    expect(fix).toMatchObject({
      kind: 'split',
      rule: 'msg-list-count',
      pointer: '/MsgList',
      edits: [],
      title: 'Split the 8 messages into 2 calls of at most 7',
    });
    const calls = splitIntoCalls(text);
    const all = JSON.parse(text).MsgList;
    expect(calls.map((call) => JSON.parse(call).MsgList)).toEqual([all.slice(0, 7), all.slice(7)]);
    for (const call of calls)
      expect(validate(call).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    // fixAll never applies a split: the text stays as it is.
    expect(fixAll(text, { now: NOW })).toEqual({ text, applied: [] });
  });

  const fixable = new Set([...Object.keys(EXPECTED), 'trailing-commas', 'too-many-messages']);
  const unfixable = MISTAKES.filter((m) => !fixable.has(m.id));

  it.each(unfixable.map((m) => [m.id, m] as const))(
    '%s: no fix is offered where none is unambiguous',
    (_id, m) => {
      const context = { now: NOW, ...m.context };
      expect(fixesFor(m.text, context)).toEqual([]);
      expect(fixAll(m.text, context).text).toBe(m.text);
      // Not a refusal either: no fixer knows these rules.
      expect(noFixReasons(m.text, context)).toEqual([]);
    },
  );

  it('covers every gallery example', () => {
    expect(unfixable.map((m) => m.id).sort()).toEqual(
      [
        'send-time-future',
        'message-too-large',
        'two-custom-elements',
        'unknown-msg-type',
        'latitude-range',
        'missing-from-account',
        'from-account-too-long',
        'group-id-non-ascii',
        'topic-non-community',
      ].sort(),
    );
  });
});
