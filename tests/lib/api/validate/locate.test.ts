// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { locatePointers } from '../../../../src/lib/api/validate/locate';
import { rangeOf } from './helpers';

/** The exact span of `token` as a [start, end) pair. */
const span = (text: string, token: string, nth = 0) => {
  const { offset, length } = rangeOf(text, token, nth);
  return { start: offset, end: offset + length };
};

const key = (text: string, token: string, nth = 0) => {
  const { start, end } = span(text, token, nth);
  return { keyStart: start, keyEnd: end };
};

describe('locatePointers', () => {
  const text = `{
  "GroupId": "g1",
  "MsgList": [
    { "From_Account": "a", "SendTime": 1600000000, "MsgBody": [ { "MsgType": "TIMTextElem", "MsgContent": { "Text": "x" } } ] },
    { "From_Account": "b", "SendTime": 1600000001 }
  ]
}`;

  it('finds values, with the key of object members', () => {
    const locate = locatePointers(text, [
      '/GroupId',
      '/MsgList/1/SendTime',
      '/MsgList/0/MsgBody/0/MsgContent/Text',
    ]);
    expect(locate('/GroupId')).toEqual({
      range: { ...span(text, '"g1"'), ...key(text, '"GroupId"'), container: false },
      exact: true,
    });
    expect(locate('/MsgList/1/SendTime').range).toMatchObject({
      ...span(text, '1600000001'),
      ...key(text, '"SendTime"', 1),
    });
    expect(locate('/MsgList/0/MsgBody/0/MsgContent/Text').range).toMatchObject(span(text, '"x"'));
  });

  it('gives containers their start and the container flag; array elements have no key', () => {
    const locate = locatePointers(text, ['/MsgList/1', '/MsgList']);
    const second = locate('/MsgList/1').range;
    expect(second).toMatchObject({ start: text.indexOf('{ "From_Account": "b"'), container: true });
    expect(second.keyStart).toBeUndefined();
    expect(locate('/MsgList').range).toMatchObject({
      start: text.indexOf('['),
      container: true,
      ...key(text, '"MsgList"'),
    });
  });

  it('the root pointer is the document', () => {
    const padded = `  \n${text}`;
    expect(locatePointers(padded, [''])('')).toMatchObject({
      range: { start: 3, container: true },
      exact: true,
    });
  });

  it('a missing pointer yields its nearest existing ancestor, not exact', () => {
    const locate = locatePointers(text, ['/MsgList/1/MsgBody', '/Nope/deeper', '/MsgList/9']);
    const missing = locate('/MsgList/1/MsgBody');
    expect(missing.exact).toBe(false);
    expect(missing.range).toMatchObject({ start: text.indexOf('{ "From_Account": "b"'), container: true });
    expect(locate('/Nope/deeper')).toMatchObject({ exact: false, range: { start: 0, container: true } });
    expect(locate('/MsgList/9')).toMatchObject({ exact: false, range: { start: text.indexOf('[') } });
  });

  it('decodes ~0 and ~1 in pointers and escapes in keys', () => {
    const t = '{"a/b": 1, "c~d": 2, "Group\\u0049d": "x"}';
    const locate = locatePointers(t, ['/a~1b', '/c~0d', '/GroupId']);
    expect(locate('/a~1b').range).toMatchObject({ ...span(t, '1'), ...key(t, '"a/b"') });
    expect(locate('/c~0d').range).toMatchObject({ ...span(t, '2'), ...key(t, '"c~d"') });
    expect(locate('/GroupId').range).toMatchObject({ ...span(t, '"x"'), ...key(t, '"Group\\u0049d"') });
  });

  it('skips comments, and brackets or quotes inside strings', () => {
    const t = '{ /* { */ "a": "]}\\"[{", // "b": 0\n "b": [ /*,*/ 1, // ]\n 2 ] }';
    const locate = locatePointers(t, ['/b/1', '/a']);
    expect(locate('/b/1')).toEqual({
      range: { ...span(t, '2 ]'), end: t.indexOf('2 ]') + 1, container: false },
      exact: true,
    });
    expect(locate('/a').range).toMatchObject(span(t, '"]}\\"[{"'));
  });

  it('with readAll, a repeated key resolves to its last occurrence, the one JSON.parse keeps', () => {
    const t = '{"a": 1, "a": 22}';
    expect(locatePointers(t, ['/a'], true)('/a').range).toMatchObject({
      ...span(t, '22'),
      ...key(t, '"a"', 1),
    });
    // Without readAll the pass may stop at the first occurrence: the engine asks for readAll when keys repeat.
    expect(locatePointers(t, ['/a'])('/a').range).toMatchObject({ ...span(t, '1'), ...key(t, '"a"') });
  });

  it('walks deep arrays iteratively and never stalls on odd input', () => {
    const deep = '{"a": ' + '['.repeat(50_000) + ']'.repeat(50_000) + ', "b": 5}';
    expect(locatePointers(deep, ['/b'])('/b').range).toMatchObject(span(deep, '5'));
    for (const odd of ['', '}', '{"a" 1', '[,,,', '{"a": [1, {"b": }']) {
      const result = locatePointers(odd, ['/a/1/b', '/0'])('/a/1/b');
      expect(result.range.start).toBeGreaterThanOrEqual(0);
      expect(result.range.end).toBeLessThanOrEqual(Math.max(odd.length, 0) + 1);
    }
  });
});
