// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyTextEdits, fixAll, fixesFor, noFixReasons } from '../../../../src/lib/api/fix';
import { fixed, honestyProblems, NOW, theFix, validate } from './helpers';

const T = 1_600_000_000;
const msg = (time: number | string, label = String(time)) =>
  `{"From_Account": "a", "SendTime": ${time}, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "${label}"}}]}`;
const request = (...items: string[]) => `{"GroupId": "g1", "MsgList": [\n  ${items.join(',\n  ')}\n]}`;
const errors = (text: string, context = {}) =>
  validate(text, context).diagnostics.filter((d) => d.severity === 'error');

describe('SendTime in milliseconds', () => {
  it('becomes seconds, written where it stands, comments around it untouched', () => {
    const text = `{"GroupId": "g1", "MsgList": [{"From_Account": "a", /* ms! */ "SendTime"  :  ${T}123 // from JS\n, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}]}`;
    const fix = theFix(text, 'send-time-milliseconds', '/MsgList/0/SendTime');
    expect(fix.title).toBe(`Convert SendTime from milliseconds to seconds: ${T}123 → ${T}`);
    expect(applyTextEdits(text, fix.edits)).toBe(text.replace(`${T}123`, String(T)));
  });

  it('each value on its own while the times stay in order once converted', () => {
    const text = request(msg(T * 1000), msg(T + 10), msg((T + 20) * 1000));
    const fixes = fixesFor(text, { now: NOW });
    expect(fixes.map((f) => [f.pointer, f.titleId])).toEqual([
      ['/MsgList/0/SendTime', 'fix.send-time-seconds'],
      ['/MsgList/2/SendTime', 'fix.send-time-seconds'],
    ]);
    for (const fix of fixes) expect(honestyProblems(text, fix)).toEqual([]);
    expect(fixAll(text, { now: NOW }).text).toBe(
      request(msg(T, String(T * 1000)), msg(T + 10), msg(T + 20, String((T + 20) * 1000))),
    );
  });

  it('converted and sorted in one fix where converting alone would put a message out of order', () => {
    const text = request(msg((T + 30) * 1000, 'c'), msg(T + 10, 'a'), msg((T + 20) * 1000, 'b'));
    const fixes = fixesFor(text, { now: NOW });
    expect(fixes.map((f) => f.titleId)).toEqual([
      'fix.send-time-seconds-and-sort',
      'fix.send-time-seconds-and-sort',
    ]);
    expect(fixes[0].edits).toBe(fixes[1].edits);
    expect(fixes[0].title).toBe(
      'Convert 2 SendTime values from milliseconds to seconds and sort MsgList by SendTime',
    );
    for (const fix of fixes) expect(honestyProblems(text, fix)).toEqual([]);
    expect(applyTextEdits(text, fixes[0].edits)).toBe(
      request(msg(T + 10, 'a'), msg(T + 20, 'b'), msg(T + 30, 'c')),
    );
  });

  it.each([
    [
      'between a far-future second and a 1970s millisecond',
      150_000_000_000,
      {},
      'no-fix.ms-ambiguous',
      '150000000000 read as seconds is 6723-04-25T02:40:00Z, read as milliseconds 1974-10-03T02:40:00Z: neither is a likely message time, so which was meant is unclear. Check the value.',
    ],
    [
      'still in the future as milliseconds',
      (NOW + 100) * 1000,
      {},
      'no-fix.ms-future',
      'Read as milliseconds it is still in the future (2023-11-14T22:15:00Z): check the value.',
    ],
    [
      'microseconds',
      T * 1_000_000,
      {},
      'no-fix.ms-still-too-large',
      'Even divided by 1000, 1600000000000000 is no plausible time in seconds (microseconds?): check how it was produced.',
    ],
    [
      'before the group was created',
      T * 1000,
      { groupCreateTime: T + 1 },
      'no-fix.ms-before-creation',
      'Read as milliseconds it is 2020-09-13T12:26:40Z, not after the group’s creation (2020-09-13T12:26:41Z): converting it would not make it importable.',
    ],
    [
      'before the group’s newest message',
      T * 1000,
      { latestMsgTime: T },
      'no-fix.ms-before-latest',
      'Read as milliseconds it is 2020-09-13T12:26:40Z, not after the group’s newest message (2020-09-13T12:26:40Z): converting it would not make it importable.',
    ],
  ])('no fix when %s, and the reason says so', (_name, time, context, reasonId, reason) => {
    const text = request(msg(time));
    expect(fixesFor(text, { now: NOW, ...context })).toEqual([]);
    expect(noFixReasons(text, { now: NOW, ...context })).toEqual([
      {
        rule: 'send-time-milliseconds',
        pointer: '/MsgList/0/SendTime',
        offset: text.indexOf(String(time)),
        length: String(time).length,
        reason,
        reasonId,
        reasonParams: expect.any(Object),
      },
    ]);
  });
});

describe('MsgList out of order', () => {
  it('sorted: whole messages move with their own comment lines; comments between stay', () => {
    const text = [
      '{"GroupId": "g1", "MsgList": [',
      '    // third, written first',
      `    ${msg(T + 300)},`,
      `    ${msg(T + 100)}, // stays at the second place`,
      '    /* a message without a time:',
      '       it keeps its place */',
      `    ${msg('"soon"', 'soon')},`,
      `    ${msg(T + 200)}`,
      '  ]}',
    ].join('\n');
    const fixes = fixesFor(text, { now: NOW }).filter((f) => f.rule === 'send-time-order');
    expect(fixes).toHaveLength(2);
    expect(fixes[0].edits).toBe(fixes[1].edits);
    expect(fixes[0].title).toBe('Sort MsgList by SendTime (moves 3 messages)');
    for (const fix of fixes) expect(honestyProblems(text, fix)).toEqual([]);
    expect(applyTextEdits(text, fixes[0].edits)).toBe(
      [
        '{"GroupId": "g1", "MsgList": [',
        `    ${msg(T + 100)},`,
        `    ${msg(T + 200)}, // stays at the second place`,
        '    /* a message without a time:',
        '       it keeps its place */',
        `    ${msg('"soon"', 'soon')},`,
        '    // third, written first',
        `    ${msg(T + 300)}`,
        '  ]}',
      ].join('\n'),
    );
  });

  it('stable, and ignores messages that fail anyway (future, before creation) only where they do not matter', () => {
    const text = request(msg(T + 50), msg(NOW + 10), msg(T + 40), msg(T - 5));
    const context = { groupCreateTime: T };
    const result = fixed(text, 'send-time-order', '/MsgList/2/SendTime', context);
    expect(result).toBe(request(msg(T - 5), msg(T + 40), msg(T + 50), msg(NOW + 10)));
    // The future and the too-early messages still fail, as before; nothing is out of order any more.
    expect(
      errors(result, context)
        .map((d) => d.rule)
        .sort(),
    ).toEqual(['send-time-before-group-creation', 'send-time-future']);
  });

  it('equal SendTimes: no order is right, so no fix, and the reason names both messages', () => {
    const text = request(msg(T + 20), msg(T + 10), msg(T + 10));
    expect(fixesFor(text, { now: NOW })).toEqual([]);
    const reasons = noFixReasons(text, { now: NOW });
    expect(reasons.map((r) => [r.rule, r.pointer, r.reasonId])).toEqual([
      ['send-time-order', '/MsgList/1/SendTime', 'no-fix.equal-send-times'],
      ['send-time-order', '/MsgList/2/SendTime', 'no-fix.equal-send-times'],
    ]);
    expect(reasons[0].reason).toBe(
      `Messages 2 and 3 have the same SendTime (${T + 10}): no order makes them strictly ascending, and which comes first is unclear. Change one of them by a second.`,
    );
  });

  it('equal once converted from milliseconds: no fix either', () => {
    const text = request(msg(T + 20), msg((T + 10) * 1000), msg(T + 10));
    expect(fixesFor(text, { now: NOW })).toEqual([]);
    expect(noFixReasons(text, { now: NOW }).map((r) => r.reasonId)).toEqual([
      'no-fix.equal-send-times',
      'no-fix.equal-send-times',
    ]);
  });

  it('fixAll converts and sorts: no error left', () => {
    const text = request(msg(T + 30), msg((T + 10) * 1000), msg(T + 20), msg(T + 5));
    const result = fixAll(text, { now: NOW });
    expect(result.text).toBe(
      request(msg(T + 5), msg(T + 10, String((T + 10) * 1000)), msg(T + 20), msg(T + 30)),
    );
    expect(errors(result.text)).toEqual([]);
    expect(result.applied).toContainEqual({ rule: 'send-time-milliseconds', pointer: '/MsgList/1/SendTime' });
  });

  it('fixAll: a fix inside a message that moves waits for the next pass, and both happen', () => {
    const face = (index: string) =>
      `{"From_Account": "a", "SendTime": ${T + 20}, "MsgBody": [{"MsgType": "TIMFaceElem", "MsgContent": {"Index": ${index}}}]}`;
    const text = request(face('"6"'), msg(T + 10));
    const result = fixAll(text, { now: NOW });
    expect(result.text).toBe(request(msg(T + 10), face('6')));
    expect(result.applied.map((a) => a.rule).sort()).toEqual(['field-type', 'send-time-order']);
  });

  it('CRLF text keeps its line breaks when messages move', () => {
    const text = request(msg(T + 2), msg(T + 1)).replace(/\n/g, '\r\n');
    expect(fixed(text, 'send-time-order')).toBe(request(msg(T + 1), msg(T + 2)).replace(/\n/g, '\r\n'));
  });
});
