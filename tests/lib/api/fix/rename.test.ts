// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixAll, fixesFor, noFixReasons } from '../../../../src/lib/api/fix';
import { fixed, NOW, validate } from './helpers';

const T = 1_600_000_000;
const body = '[{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]';
const request = (messages: string, root = '') => `{"GroupId": "g1"${root}, "MsgList": [${messages}]}`;
const reasons = (text: string, context = {}) =>
  noFixReasons(text, { now: NOW, ...context }).map((r) => [r.pointer, r.reasonId, r.reason]);

describe('a near-miss key is renamed to the field of its own object', () => {
  it.each([
    [
      'a message field',
      request(`{"From_Account": "a", "SendTime": ${T}, "ramdom": 5, "MsgBody": ${body}}`),
      '"ramdom"',
      '"Random"',
    ],
    [
      'a misspelt required field',
      request(`{"From_account": "a", "SendTime": ${T}, "MsgBody": ${body}}`),
      '"From_account"',
      '"From_Account"',
    ],
    [
      'a request field',
      `{"GroupId": "g1", "MsgList": [{"From_Account": "a", "SendTime": ${T}, "MsgBody": ${body}}], /* c */ "recentContactFlag": 1}`,
      '"recentContactFlag"',
      '"RecentContactFlag"',
    ],
    [
      'a content field',
      request(
        `{"From_Account": "a", "SendTime": ${T}, "MsgBody": [{"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "data": "d"}}]}`,
      ),
      '"data"',
      '"Data"',
    ],
    [
      'an image size field',
      request(
        `{"From_Account": "a", "SendTime": ${T}, "MsgBody": [{"MsgType": "TIMImageElem", "MsgContent": {"UUID": "i", "ImageInfoArray": [{"Type": 1, "Width": 2, "height": 3, "URL": "u"}]}}]}`,
      ),
      '"height"',
      '"Height"',
    ],
    [
      'a SendTime that fits between its neighbours',
      request(
        [
          `{"From_Account": "a", "SendTime": ${T}, "MsgBody": ${body}}`,
          `{"From_Account": "a", "Sendtime": ${T + 1}, "MsgBody": ${body}}`,
          `{"From_Account": "a", "SendTime": ${T + 2}, "MsgBody": ${body}}`,
        ].join(', '),
      ),
      '"Sendtime"',
      '"SendTime"',
    ],
  ])('%s', (_name, text, from, to) => {
    const result = fixed(text, 'unknown-key');
    expect(result).toBe(text.replace(from, to));
    expect(validate(result).diagnostics.filter((d) => d.rule === 'unknown-key')).toEqual([]);
  });

  it('the title says what becomes what', () => {
    const [fix] = fixesFor(
      request(`{"From_Account": "a", "SendTime": ${T}, "Ramdom": 5, "MsgBody": ${body}}`),
      { now: NOW },
    );
    expect(fix).toMatchObject({
      rule: 'unknown-key',
      pointer: '/MsgList/0/Ramdom',
      title: 'Rename "Ramdom" to "Random"',
    });
  });
});

describe('no rename where it would not be the one obvious fix', () => {
  it('the object already has the field: which one to keep is unclear', () => {
    const text = request(`{"From_Account": "a", "SendTime": ${T}, "sendTime": ${T + 1}, "MsgBody": ${body}}`);
    expect(fixesFor(text, { now: NOW })).toEqual([]);
    expect(reasons(text)).toEqual([
      [
        '/MsgList/0/sendTime',
        'no-fix.rename-target-exists',
        '"sendTime" looks like "SendTime", but the object already has "SendTime": remove the one you do not want.',
      ],
    ]);
  });

  it('two keys look like the same field', () => {
    const text = request(
      `{"From_Account": "a", "SendTime": ${T}, "Ramdom": 1, "Randum": 2, "MsgBody": ${body}}`,
    );
    expect(fixesFor(text, { now: NOW })).toEqual([]);
    expect(reasons(text).map((r) => r[1])).toEqual(['no-fix.rename-ambiguous', 'no-fix.rename-ambiguous']);
    expect(reasons(text)[0][2]).toBe(
      'Several keys look like "Random" ("Ramdom", "Randum"): rename the right one by hand.',
    );
  });

  it('the misspelt key repeats: the repeat goes first (its fix is offered), then the rename', () => {
    const text = request(
      `{"From_Account": "a", "SendTime": ${T}, "Ramdom": 1, "Ramdom": 2, "MsgBody": ${body}}`,
    );
    expect(fixesFor(text, { now: NOW }).map((f) => f.rule)).toEqual(['json-duplicate-key']);
    expect(reasons(text).map((r) => r[1])).toEqual(['no-fix.rename-repeated']);
    expect(fixAll(text, { now: NOW }).text).toBe(
      request(`{"From_Account": "a", "SendTime": ${T}, "Random": 2, "MsgBody": ${body}}`),
    );
  });

  it.each([
    [
      'its value has the wrong type',
      `{"From_Account": "a", "SendTime": ${T}, "Ramdom": "x", "MsgBody": ${body}}`,
      'field-type',
    ],
    [
      'a renamed body would fail inside',
      `{"From_Account": "a", "SendTime": ${T}, "Msgbody": [{"msgType": "TIMTextElem"}]}`,
      'field-required',
    ],
    [
      'a renamed SendTime would be out of order',
      [
        `{"From_Account": "a", "SendTime": ${T + 5}, "MsgBody": ${body}}`,
        `{"From_Account": "a", "sendtime": ${T}, "MsgBody": ${body}}`,
      ].join(','),
      'send-time-order',
    ],
    [
      'a renamed Random repeats another message’s',
      [
        `{"From_Account": "a", "SendTime": ${T}, "Random": 9, "MsgBody": ${body}}`,
        `{"From_Account": "a", "SendTime": ${T + 1}, "random": 9, "MsgBody": ${body}}`,
      ].join(','),
      'random-duplicate',
    ],
  ])('%s: the rename would bring a new error', (_name, messages, rule) => {
    const text = request(messages);
    expect(fixesFor(text, { now: NOW }).filter((f) => f.rule === 'unknown-key')).toEqual([]);
    const [reason] = noFixReasons(text, { now: NOW });
    expect(reason).toMatchObject({
      rule: 'unknown-key',
      reasonId: 'no-fix.rename-breaks',
      reasonParams: { rule },
    });
  });

  it('a request field whose value would fail: checked against the whole request', () => {
    const text = `{"GroupId": "g1", "Msglist": [{"From_Account": "a", "SendTime": "later", "MsgBody": ${body}}]}`;
    expect(reasons(text)).toEqual([
      [
        '/Msglist',
        'no-fix.rename-breaks',
        'Renaming to "MsgList" would bring a new error (field-type): correct its value, then rename it.',
      ],
    ]);
    const good = text.replace('"later"', String(T));
    expect(fixed(good, 'unknown-key', '/Msglist')).toBe(good.replace('"Msglist"', '"MsgList"'));
  });

  it('no near miss, or a key that is a field elsewhere only: nothing to offer', () => {
    const text = request(
      `{"From_Account": "a", "SendTime": ${T}, "Text": "x", "colour": 1, "MsgBody": ${body}}`,
    );
    expect(fixesFor(text, { now: NOW })).toEqual([]);
    expect(noFixReasons(text, { now: NOW })).toEqual([]);
  });
});
