import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactTextBytes, findMessageSpans, skipValue } from '../../../src/lib/checker/scan';
import { utf8ByteLength } from '../../../src/lib/api';

const all = () => true;
const spansOf = (text: string) => {
  const found = findMessageSpans(text, all);
  return found && [...found.spans.values()].map((s) => text.slice(s.offset, s.offset + s.length));
};

describe('findMessageSpans', () => {
  it('finds each element of the top-level MsgList, whatever the white space and comments', () => {
    const text = `{
      "GroupId": "g", // a comment with ] and } and "
      /* MsgList: [ not this one ] */
      "MsgList": [ {"a": [1, {"b": "]}"}]} , 7, "x\\"y", [ [] ] , null ],
      "Other": {"MsgList": [1]}
    }`;
    expect(spansOf(text)).toEqual(['{"a": [1, {"b": "]}"}]}', '7', '"x\\"y"', '[ [] ]', 'null']);
    expect(findMessageSpans(text, all)?.total).toBe(5);
  });

  it('takes the last MsgList when the key repeats, as JSON.parse does', () => {
    expect(spansOf('{"MsgList": [1], "MsgList": [2, 3]}')).toEqual(['2', '3']);
    expect(spansOf('{"MsgList": [1], "MsgList": 5}')).toBeUndefined();
    expect(spansOf('{"Msg\\u004cist": [4]}')).toEqual(['4']);
  });

  it('keeps only the wanted spans but counts every element', () => {
    const text = JSON.stringify({ MsgList: Array.from({ length: 50 }, (_, i) => ({ i })) });
    const found = findMessageSpans(text, (index) => index === 3 || index === 40)!;
    expect(found.total).toBe(50);
    expect([...found.spans.keys()]).toEqual([3, 40]);
    const span = found.spans.get(40)!;
    expect(text.slice(span.offset, span.offset + span.length)).toBe('{"i":40}');
  });

  it('reads as far as broken text allows, and never loops', () => {
    expect(spansOf('{"MsgList": [{"a": 1}, {"b": ')).toEqual(['{"a": 1}', '{"b": ']);
    expect(spansOf('{"MsgList": [1, }')).toEqual(['1']);
    expect(spansOf('{"MsgList": [1 2]}')).toEqual(['1', '2']);
    expect(spansOf('not json')).toBeUndefined();
    expect(spansOf('[{"MsgList": [1]}]')).toBeUndefined();
    expect(spansOf('{"MsgList" [1]}')).toBeUndefined();
  });

  it('matches JSON.stringify on any JSON value as a message (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.boolean(), (list, pretty) => {
        const text = pretty
          ? JSON.stringify({ GroupId: 'g', MsgList: list }, null, 2)
          : JSON.stringify({ GroupId: 'g', MsgList: list });
        const spans = spansOf(text)!;
        expect(spans.length).toBe(list.length);
        spans.forEach((slice, i) => expect(JSON.parse(slice)).toEqual(JSON.parse(JSON.stringify(list[i]))));
      }),
    );
  });

  it('never throws and keeps every span inside the text, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]",:/*\\ \nMsgList1a') }), (junk) => {
        for (const text of [junk, `{"MsgList": [${junk}`]) {
          const found = findMessageSpans(text, all);
          for (const span of found?.spans.values() ?? []) {
            expect(span.offset).toBeGreaterThanOrEqual(0);
            expect(span.offset + span.length).toBeLessThanOrEqual(text.length);
          }
        }
      }),
    );
  });

  it('stays linear on hostile shapes: deep nesting, long escapes, unclosed comments', () => {
    const cases = [
      `{"MsgList": [${'['.repeat(500_000)}${']'.repeat(500_000)}]}`,
      `{"MsgList": [${'['.repeat(1_000_000)}`,
      `{"MsgList": ["${'\\\\'.repeat(500_000)}"]}`,
      `{"MsgList": [/*${'*'.repeat(1_000_000)}`,
      `{"MsgList": [${'"a",'.repeat(250_000)}]}`,
      `{"MsgList": [${'/'.repeat(1_000_000)}]}`,
    ];
    for (const text of cases) {
      const started = performance.now();
      findMessageSpans(text, all);
      // Quadratic work on a million characters would take minutes; linear takes well under a second.
      expect(performance.now() - started).toBeLessThan(3000);
    }
    expect(spansOf(cases[0])).toHaveLength(1);
    expect(spansOf(cases[4])).toHaveLength(250_000);
  });
});

describe('skipValue and compactTextBytes', () => {
  it('skips one value of any depth without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(skipValue(`${deep}, 1`, 0)).toBe(deep.length);
    expect(skipValue('  "a,b" , 2', 0)).toBe(7);
    expect(skipValue('true]', 0)).toBe(4);
  });

  it('counts the UTF-8 bytes of a value as compact JSON, from its text', () => {
    const value = { Text: 'héllo 😀', List: [1, 2, { a: null }] };
    const pretty = `/* note */ ${JSON.stringify(value, null, 4).replace('\n', ' // comment\n')}`;
    const start = pretty.indexOf('{');
    expect(compactTextBytes(pretty, { offset: start, length: pretty.length - start })).toBe(
      utf8ByteLength(JSON.stringify(value)),
    );
  });
});
