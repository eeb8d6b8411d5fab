// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitIntoCalls } from '../../../../src/lib/api/fix';
import { MESSAGES_PER_CALL } from '../../../../src/lib/api/fix/fields';
import { MAX_MESSAGES_PER_CALL } from '../../../../src/lib/api/facts';
import { messages, requestText, validate } from './helpers';

describe('splitIntoCalls', () => {
  it('knows the API’s limit', () => {
    expect(MESSAGES_PER_CALL).toBe(MAX_MESSAGES_PER_CALL);
  });

  it('cuts a long MsgList into calls of at most 7, in order, keeping GroupId, RecentContactFlag and TopicId', () => {
    const list = messages(20);
    const text = requestText(list, {
      GroupId: '@TGS#_c',
      RecentContactFlag: 1,
      TopicId: '@TGS#_c@TOPIC#_news',
    });
    const calls = splitIntoCalls(text);
    expect(calls).toHaveLength(3);
    const parsed = calls.map((call) => JSON.parse(call));
    expect(parsed.map((p) => p.MsgList)).toEqual([list.slice(0, 7), list.slice(7, 14), list.slice(14)]);
    for (const p of parsed)
      expect(p).toMatchObject({ GroupId: '@TGS#_c', RecentContactFlag: 1, TopicId: '@TGS#_c@TOPIC#_news' });
    // Each call is laid out as the original: the same text as formatting that call's request.
    expect(calls[1]).toBe(
      requestText(list.slice(7, 14), {
        GroupId: '@TGS#_c',
        RecentContactFlag: 1,
        TopicId: '@TGS#_c@TOPIC#_news',
      }),
    );
    for (const call of calls) expect(validate(call).ok).toBe(true);
  });

  it('keeps comments: those of the request in every call, those of a message with it', () => {
    const item = (i: number) =>
      `{"From_Account": "a", "SendTime": ${1600000000 + i}, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "${i}"}}]}`;
    const items = Array.from({ length: 8 }, (_, i) => `    // message ${i}\n    ${item(i)}`);
    const text = `{\n  "GroupId": "g1", // the group\n  "MsgList": [\n${items.join(',\n')}\n  ]\n}`;
    const calls = splitIntoCalls(text);
    expect(calls).toEqual([
      `{\n  "GroupId": "g1", // the group\n  "MsgList": [\n${items.slice(0, 7).join(',\n')}\n  ]\n}`,
      `{\n  "GroupId": "g1", // the group\n  "MsgList": [\n${items[7]}\n  ]\n}`,
    ]);
  });

  it('takes a smaller call size', () => {
    const text = requestText(messages(5));
    expect(splitIntoCalls(text, { perCall: 2 }).map((call) => JSON.parse(call).MsgList.length)).toEqual([
      2, 2, 1,
    ]);
    // Never more than the API takes, never less than one.
    for (const perCall of [0, -1, 1.5, 8, NaN]) {
      expect(
        splitIntoCalls(requestText(messages(8)), { perCall }).map((c) => JSON.parse(c).MsgList.length),
      ).toEqual([7, 1]);
    }
  });

  it('a request that fits is one call, the text itself', () => {
    const text = requestText(messages(7));
    expect(splitIntoCalls(text)).toEqual([text]);
  });

  it.each([
    ['no JSON', '{"GroupId": '],
    ['no object', '[1, 2]'],
    ['no MsgList', '{"GroupId": "g1"}'],
    ['a MsgList that is no array', '{"GroupId": "g1", "MsgList": {}}'],
    ['no text at all', undefined as unknown as string],
  ])('%s: nothing to split', (_name, text) => {
    expect(splitIntoCalls(text)).toEqual([]);
  });
});
