// @vitest-environment node
// Snippet insertion on documents built to break it: deep nesting (jsonc-parser's formatter threw at ~100 levels,
// its parser overflows the stack at thousands), __proto__ keys, and text that made a regular expression backtrack.
import { describe, expect, it } from 'vitest';
import {
  MAX_TEMPLATE_DEPTH,
  completionText,
  insertionKindAt,
  lastMessageValue,
  messageBefore,
  planNextMessage,
  planTemplateInsertion,
} from '../../../src/lib/snippets';

const element = {
  id: 'text',
  kind: 'element' as const,
  value: { MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } },
};
const message = {
  id: 'message',
  kind: 'message' as const,
  value: { From_Account: 'amy', SendTime: 1, MsgBody: [] },
};
const request = { id: 'request', kind: 'request' as const, value: { GroupId: 'g', MsgList: [] } };
const next = (previous: { From_Account?: string } | undefined, random: number) => ({
  From_Account: previous?.From_Account ?? 'user',
  Random: random,
});

/** A compact valid request with an extra field nested `levels` deep (arrays). */
function nested(levels: number): string {
  const deep = '['.repeat(levels) + ']'.repeat(levels);
  return `{"GroupId":"g","Deep":${deep},"MsgList":[{"From_Account":"a","SendTime":1,"MsgBody":[]}]}`;
}

describe('snippets on deep documents: a message, never an exception', () => {
  it.each([101, 5_000, 8_000, 100_000])(
    '%d levels: every planning function refuses with a message',
    (levels) => {
      const text = nested(levels);
      for (const template of [element, message]) {
        const plan = planTemplateInsertion(text, text.length - 5, template);
        expect(plan).toEqual({
          ok: false,
          message: expect.stringMatching(/nests deeper than 24 levels.*not changed/s),
          problem: { id: 'insert.tooDeep', params: { max: 24, line: 1, column: expect.any(Number) } },
        });
      }
      expect(planNextMessage(text, 1, next)).toMatchObject({ ok: false });
      expect(lastMessageValue(text)).toMatchObject({ ok: false });
      expect(messageBefore(text)).toBeUndefined();
      expect(insertionKindAt(text, text.length - 3)).toBeUndefined();
      expect(() => completionText(text, text.length - 3, element.value)).not.toThrow();
      // A whole request replaces the document: no parse needed, so it is still offered.
      expect(planTemplateInsertion(text, 0, request)).toMatchObject({ ok: true, replacesDocument: true });
    },
  );

  it(`inserts into a document of exactly ${MAX_TEMPLATE_DEPTH} levels, compact or indented by 8`, () => {
    // 22 levels in the extra field + the root object: 23; the inserted element goes 5 deep.
    for (const text of [
      nested(MAX_TEMPLATE_DEPTH - 1),
      JSON.stringify(JSON.parse(nested(MAX_TEMPLATE_DEPTH - 1)), null, 8),
    ]) {
      expect(planTemplateInsertion(text, text.length - 5, element)).toMatchObject({ ok: true });
      expect(planTemplateInsertion(text, 0, message)).toMatchObject({ ok: true });
    }
    expect(planTemplateInsertion(nested(MAX_TEMPLATE_DEPTH), 0, message)).toMatchObject({ ok: false });
  });
});

describe('snippets read values with __proto__ as a key', () => {
  it('the last message does not lend its fields through a prototype', () => {
    const text = '{"MsgList": [{"__proto__": {"From_Account": "mallory"}, "SendTime": 5}]}';
    const last = lastMessageValue(text);
    expect(last.ok && Object.getPrototypeOf(last.message)).toBe(Object.prototype);
    expect(last.ok && (last.message as { From_Account?: string }).From_Account).toBeUndefined();
    const plan = planNextMessage(text, 7, next);
    expect(plan.ok && plan.edits.map((e) => e.text).join('')).toContain('"From_Account": "user"');
    expect(messageBefore(text.slice(0, text.lastIndexOf(']')))).toEqual(
      JSON.parse('{"__proto__": {"From_Account": "mallory"}, "SendTime": 5}'),
    );
  });
});

describe('completionText in linear time', () => {
  it.each([
    ['"//" followed by 50,000 spaces and a letter', `[1, // ${' '.repeat(50_000)}x\n`],
    ['200,000 spaces before a letter', `[1${' '.repeat(200_000)}x`],
    ['10,000 comment lines', `[1,\n${'// c\n'.repeat(10_000)}`],
  ])('%s', (_name, before) => {
    const text = `${before}]`;
    const started = performance.now();
    completionText(text, before.length, { a: 1 });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('still sets comment lines aside when deciding on commas', () => {
    const text = '[\n  {"a": 1} // first\n  // more\n  \n]';
    expect(completionText(text, text.lastIndexOf('\n'), 2)).toBe(',2');
    const url = '[\n  "http://x" \n  \n]'; // "//" inside a string counts as a comment start, as it always did
    expect(completionText(url, url.lastIndexOf('\n'), 2)).toBe('2');
  });
});
