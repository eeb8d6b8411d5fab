// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  NOW,
  T0,
  errors,
  expectDiagnostic,
  message,
  messages,
  requestText,
  rulesOf,
  textElem,
  validate,
  withRule,
} from './helpers';

/** A request whose messages have the given SendTimes (distinct Randoms, so only time rules can fire). */
const timed = (...times: unknown[]) =>
  requestText(times.map((SendTime, i) => message({ SendTime, Random: i + 1 })));

describe('SendTime', () => {
  it('passes for ascending times before now and after the context times', () => {
    const text = timed(T0, T0 + 1, T0 + 100);
    const report = validate(text, { groupCreateTime: T0 - 10, latestMsgTime: T0 - 1 });
    expect(errors(report)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('non-integer: an error on that SendTime, 10004', () => {
    const text = timed(T0, 1600000001.5);
    expectDiagnostic(text, validate(text), {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/1/SendTime',
      token: '1600000001.5',
      serverCode: 10004,
      says: [/SendTime must be a whole number/],
    });
  });

  it('a date string or a quoted number: says how to write it, 10004', () => {
    const text = timed('2021-05-12', '1600000001');
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: '"2021-05-12"',
      serverCode: 10004,
      says: [/Unix seconds, e\.g\. 1620808101/],
    });
    expectDiagnostic(text, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/1/SendTime',
      token: '"1600000001"',
      serverCode: 10004,
      says: [/without quotes/],
    });
  });

  it('negative: field-range, 10004', () => {
    const text = timed(-5);
    expectDiagnostic(text, validate(text), {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: '-5',
      serverCode: 10004,
    });
  });

  it('milliseconds from 1e11 on: says to divide by 1000', () => {
    const text = timed(T0, 1620808101000);
    expectDiagnostic(text, validate(text), {
      rule: 'send-time-milliseconds',
      severity: 'error',
      pointer: '/MsgList/1/SendTime',
      token: '1620808101000',
      serverCode: 10004,
      says: [/looks like milliseconds/, /write 1620808101/],
    });
    const edge = timed(99_999_999_999);
    expect(withRule(validate(edge, { now: 2e11 }), 'send-time-milliseconds')).toEqual([]);
    expect(withRule(validate(timed(1e11), { now: 2e11 }), 'send-time-milliseconds')).toHaveLength(1);
  });

  it('equal times: the later message fails, strictly ascending', () => {
    const text = timed(1600000005, 1600000005);
    const report = validate(text);
    expect(withRule(report, 'send-time-order')).toHaveLength(1);
    expectDiagnostic(text, report, {
      rule: 'send-time-order',
      severity: 'error',
      pointer: '/MsgList/1/SendTime',
      token: '1600000005',
      nth: 1,
      serverCode: 10004,
      says: [/not after message 1/, /strictly ascending/, /Sort them/],
    });
  });

  it('descending times: each message not after the newest imported one fails', () => {
    const text = timed(1600000005, 1600000003, 1600000004, 1600000009);
    const report = validate(text);
    expect(withRule(report, 'send-time-order').map((d) => d.pointer)).toEqual([
      '/MsgList/1/SendTime',
      '/MsgList/2/SendTime',
    ]);
    expect(withRule(report, 'send-time-order')[1].message).toMatch(/not after message 1\u2019s 1600000005/);
  });

  it('a message that fails does not move the newest time forward', () => {
    // Message 2 is in the future and fails; message 3 is compared with message 1, not with message 2.
    const text = timed(T0, NOW + 3600, T0 + 5);
    const report = validate(text);
    expect(rulesOf(report).filter((r) => r.startsWith('send-time'))).toEqual(['send-time-future']);
    // Message 2 fails; message 3 is still compared with message 1 (T0+10), not with message 2 (T0+5).
    const afterFailure = timed(T0 + 10, T0 + 5, T0 + 7);
    expect(withRule(validate(afterFailure), 'send-time-order').map((d) => d.message)).toEqual([
      expect.stringMatching(/not after message 1/),
      expect.stringMatching(/not after message 1/),
    ]);
  });

  it('now or later: send-time-future on that message', () => {
    const text = timed(T0, NOW, NOW + 7200 * 24);
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'send-time-future',
      severity: 'error',
      pointer: '/MsgList/1/SendTime',
      token: String(NOW),
      serverCode: 10004,
      says: [/is now/, /earlier than the current time/],
    });
    expectDiagnostic(text, report, {
      rule: 'send-time-future',
      severity: 'error',
      pointer: '/MsgList/2/SendTime',
      token: String(NOW + 7200 * 24),
      serverCode: 10004,
      says: [/2 days in the future/],
    });
    expect(validate(timed(NOW - 1)).ok).toBe(true);
  });

  it('not after the group creation time', () => {
    const text = timed(T0, T0 + 1);
    const report = validate(text, { groupCreateTime: T0 });
    expectDiagnostic(text, report, {
      rule: 'send-time-before-group-creation',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: String(T0),
      serverCode: 10004,
      says: [/2020-09-13T12:26:40Z/, /import_group and an earlier CreateTime/],
    });
    expect(errors(report)).toHaveLength(1);
    expect(validate(text, { groupCreateTime: T0 - 1 }).ok).toBe(true);
  });

  it('not after the newest message already in the group', () => {
    const text = timed(T0, T0 + 1);
    const report = validate(text, { latestMsgTime: T0 });
    expectDiagnostic(text, report, {
      rule: 'send-time-before-latest-message',
      severity: 'error',
      pointer: '/MsgList/0/SendTime',
      token: String(T0),
      serverCode: 10004,
      says: [/newest message/, /import older history first/],
    });
    // Message 2 is after the group's newest message: it passes even though message 1 failed.
    expect(errors(report)).toHaveLength(1);
    expect(validate(text, { latestMsgTime: T0 - 1 }).ok).toBe(true);
  });

  it('context times that are not finite numbers are ignored', () => {
    const report = validate(timed(T0), { groupCreateTime: NaN, latestMsgTime: Infinity, now: NaN });
    expect(report.ok).toBe(true); // now falls back to the clock, which is after 2020
  });
});

describe('Random', () => {
  it('0 and 4294967295 pass; -1, 4294967296 and 1.5 fail at the value', () => {
    expect(validate(requestText(messages(2, (i) => ({ Random: [0, 4294967295][i] })))).ok).toBe(true);
    const text = requestText(messages(3, (i) => ({ Random: [-1, 4294967296, 1.5][i] })));
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/0/Random',
      token: '-1',
    });
    expectDiagnostic(text, report, {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/1/Random',
      token: '4294967296',
      says: [/at most 4294967295/],
    });
    expectDiagnostic(text, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/2/Random',
      token: '1.5',
    });
  });

  it('the same Random twice: a warning on the later message only', () => {
    const text = requestText(messages(3, (i) => ({ Random: [777, 778, 777][i] })));
    const report = validate(text);
    expect(report.ok).toBe(true);
    expect(withRule(report, 'random-duplicate')).toHaveLength(1);
    expectDiagnostic(text, report, {
      rule: 'random-duplicate',
      severity: 'warning',
      pointer: '/MsgList/2/Random',
      token: '777',
      nth: 1,
      says: [/Same Random as message 1/, /own Random/],
    });
  });

  it('messages without Random never collide', () => {
    expect(withRule(validate(requestText(messages(3))), 'random-duplicate')).toEqual([]);
  });
});

describe('From_Account', () => {
  const from = (...ids: string[]) => requestText(messages(ids.length, (i) => ({ From_Account: ids[i] })));

  it('32 bytes pass, 33 fail, multi-byte counted in bytes', () => {
    const ok = from('x'.repeat(32), '\u00e9'.repeat(16), '\u{1f600}'.repeat(8));
    expect(validate(ok).ok).toBe(true);
    const bad = from('y'.repeat(33), 'a' + '\u00e9'.repeat(16), '\u4e2d'.repeat(11));
    const report = validate(bad);
    expectDiagnostic(bad, report, {
      rule: 'from-account-length',
      severity: 'error',
      pointer: '/MsgList/0/From_Account',
      token: `"${'y'.repeat(33)}"`,
      says: [/33 bytes/, /at most 32 bytes/],
    });
    expectDiagnostic(bad, report, {
      rule: 'from-account-length',
      severity: 'error',
      pointer: '/MsgList/1/From_Account',
      token: `"a${'\u00e9'.repeat(16)}"`,
      says: [/33 bytes/],
    });
    expect(withRule(report, 'from-account-length')[2].message).toMatch(/33 bytes/);
  });

  it('empty: from-account-empty', () => {
    const text = from('');
    expectDiagnostic(text, validate(text), {
      rule: 'from-account-empty',
      severity: 'error',
      pointer: '/MsgList/0/From_Account',
      token: '""',
      says: [/give the sender/],
    });
  });
});

describe('message elements', () => {
  const body = (...elements: unknown[]) => requestText([message({ MsgBody: elements })]);

  it('the four documented types: no warning', () => {
    const text = body(
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } },
      { MsgType: 'TIMLocationElem', MsgContent: { Desc: 'd', Latitude: -90, Longitude: 180 } },
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'x' } },
    );
    expect(validate(text).diagnostics).toEqual([expect.objectContaining({ rule: 'group-id-type-hint' })]);
  });

  it('the four other types: msg-type-undocumented warning at MsgType', () => {
    const others = [
      { MsgType: 'TIMSoundElem', MsgContent: { Url: 'u', UUID: 'a', Download_Flag: 2 } },
      {
        MsgType: 'TIMImageElem',
        MsgContent: { UUID: 'a', ImageInfoArray: [{ Type: 1, Width: 1, Height: 1, URL: 'u' }] },
      },
      { MsgType: 'TIMFileElem', MsgContent: { Url: 'u', UUID: 'a', Download_Flag: 2 } },
      {
        MsgType: 'TIMVideoFileElem',
        MsgContent: {
          VideoUrl: 'u',
          VideoUUID: 'v',
          VideoDownloadFlag: 2,
          ThumbUrl: 't',
          ThumbUUID: 'w',
          ThumbWidth: 720,
          ThumbHeight: 1280,
          ThumbDownloadFlag: 2,
        },
      },
    ];
    const text = body(...others);
    const report = validate(text);
    expect(report.ok).toBe(true);
    others.forEach((element, j) =>
      expectDiagnostic(text, report, {
        rule: 'msg-type-undocumented',
        severity: 'warning',
        pointer: `/MsgList/0/MsgBody/${j}/MsgType`,
        token: `"${element.MsgType}"`,
        says: [/unconfirmed/, /try one call/],
      }),
    );
  });

  it('two TIMCustomElem in one message: an error at the second', () => {
    const text = body(
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'a' } },
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'b' } },
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'c' } },
    );
    expectDiagnostic(text, validate(text), {
      rule: 'custom-elem-count',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/2/MsgType',
      token: '"TIMCustomElem"',
      nth: 1,
      says: [/at most one TIMCustomElem/, /merge the payloads, or split/],
    });
    // One per message is fine, even in every message.
    const spread = requestText(
      messages(2, () => ({ MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: 'a' } }] })),
    );
    expect(validate(spread).ok).toBe(true);
  });
});

describe('a rule on one message still runs when another message has a type error', () => {
  it('message 1 has a type error; message 2 breaks a time rule and the size rule: all reported', () => {
    const text = requestText([
      message({ SendTime: T0 + 10, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 42 } }] }),
      message({
        SendTime: T0 + 5,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'z'.repeat(8001) } }],
      }),
    ]);
    const report = validate(text);
    expect(report.request).toBeUndefined();
    expectDiagnostic(text, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Text',
      token: '42',
      says: [/Text must be a string, got number 42/],
    });
    expectDiagnostic(text, report, {
      rule: 'send-time-order',
      severity: 'error',
      pointer: '/MsgList/1/SendTime',
      token: String(T0 + 5),
      serverCode: 10004,
    });
    expectDiagnostic(text, report, {
      rule: 'message-size',
      severity: 'error',
      pointer: '/MsgList/1/MsgBody',
      token: '"MsgBody"',
      nth: 1,
      serverCode: 80002,
    });
  });

  it('the rules still run on a list of 8 messages, with the count error', () => {
    const eight = messages(8, (i) => (i === 6 ? { SendTime: T0 } : {}));
    const text = requestText(eight);
    const report = validate(text);
    expect(withRule(report, 'msg-list-count')).toHaveLength(1);
    expect(withRule(report, 'send-time-order').map((d) => d.pointer)).toEqual(['/MsgList/6/SendTime']);
  });
});

describe('From_Account and message size count UTF-8 bytes', () => {
  it('From_Account: 11 three-byte characters are 33 bytes (11 units), over 32', () => {
    const text = requestText([message({ From_Account: '张'.repeat(11) })]);
    expect(withRule(validate(text), 'from-account-length')[0].message).toMatch(/33 bytes/);
    const fits = requestText([message({ From_Account: '🧧'.repeat(8) })]); // 32 bytes, 16 units
    expect(withRule(validate(fits), 'from-account-length')).toEqual([]);
    const over = requestText([message({ From_Account: '🧧'.repeat(8) + 'a' })]); // 33 bytes, 17 units
    expect(withRule(validate(over), 'from-account-length')[0].message).toMatch(/33 bytes/);
  });

  it('message size: 2,667 three-byte characters are 8,001 bytes (2,667 units), over 8,000', () => {
    const fits = requestText([message({ MsgBody: [textElem('红'.repeat(2666) + 'xx')] })]); // 8,000 bytes
    expect(withRule(validate(fits), 'message-size')).toEqual([]);
    const over = requestText([message({ MsgBody: [textElem('红'.repeat(2667))] })]);
    expect(withRule(validate(over), 'message-size')[0].message).toMatch(/8,001 bytes/);
    const emoji = requestText([message({ MsgBody: [textElem('🧧'.repeat(2000) + 'x')] })]); // 8,001 bytes
    expect(withRule(validate(emoji), 'message-size')[0].message).toMatch(/8,001 bytes/);
  });
});
