import { describe, expect, it } from 'vitest';
import { messageByteSize, utf8ByteLength } from '../../../src/lib/api';
import { summarizeMessages } from '../../../src/lib/validation/summary';
import {
  buildTimeline,
  groupDiagnostics,
  messageIndexOf,
  statusOf,
} from '../../../src/lib/validation/groups';
import { formatUtc, parseUnixSeconds } from '../../../src/lib/validation/time';
import type { Diagnostic } from '../../../src/lib/api';

const TEXT = `{
  // comments are fine
  "MsgList": [
    { "From_Account": "amy", "SendTime": 100, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "héllo" } }] },
    { "From_Account": "bob", "SendTime": 100, "MsgBody": [] },
    { "From_Account": 7, "SendTime": "soon" },
    { "SendTime": 300 },
  ]
}`;

const diag = (pointer: string, severity: Diagnostic['severity'], offset = 0): Diagnostic => ({
  severity,
  rule: 'r',
  message: pointer,
  pointer,
  offset,
  length: 1,
});

describe('summarizeMessages', () => {
  it('summarizes each message from the raw text, even when the schema would refuse it', () => {
    const summaries = summarizeMessages(TEXT, { now: 250, groupCreateTime: 100 }, messageByteSize);
    expect(summaries.map((s) => [s.index, s.sender, s.sendTime])).toEqual([
      [0, 'amy', 100],
      [1, 'bob', 100],
      [2, undefined, undefined],
      [3, undefined, 300],
    ]);
    expect(summaries[0].bytes).toBe(utf8ByteLength('héllo'));
    expect(summaries[0].bytes).toBe(6);
    expect(summaries[0].rawBytes).toBeGreaterThan(summaries[0].bytes);
    expect(TEXT.slice(summaries[1].offset, summaries[1].offset + summaries[1].length)).toBe(
      '{ "From_Account": "bob", "SendTime": 100, "MsgBody": [] }',
    );
    expect(summaries[0].timing).toEqual({
      outOfOrder: false,
      future: false,
      beforeCreation: true,
      beforeLatest: false,
    });
    expect(summaries[1].timing.outOfOrder).toBe(true);
    expect(summaries[3].timing).toMatchObject({ outOfOrder: false, future: true });
  });

  it('returns nothing for text without a MsgList array, and survives a counter that throws', () => {
    expect(summarizeMessages('not json', {}, messageByteSize)).toEqual([]);
    expect(summarizeMessages('{"MsgList": 3}', {}, messageByteSize)).toEqual([]);
    const [only] = summarizeMessages('{"MsgList": [{}]}', { latestMsgTime: 5 }, () => {
      throw new Error('cannot count');
    });
    expect(only.bytes).toBe(0);
  });
});

describe('groupDiagnostics', () => {
  it('puts request problems apart and sorts each message worst first', () => {
    const groups = groupDiagnostics(
      [
        diag('/GroupId', 'error'),
        diag('/MsgList/1/SendTime', 'info', 5),
        diag('/MsgList/1', 'error', 9),
        diag('/MsgList', 'warning'),
      ],
      summarizeMessages('{"MsgList": [{}, {}]}', {}, () => 0),
    );
    expect(groups.request.map((d) => d.pointer)).toEqual(['/GroupId', '/MsgList']);
    expect(groups.messages.map((g) => [g.index, g.status, g.diagnostics.map((d) => d.pointer)])).toEqual([
      [0, 'ok', []],
      [1, 'error', ['/MsgList/1', '/MsgList/1/SendTime']],
    ]);
  });

  it('keeps a message group for diagnostics beyond the parsed messages', () => {
    const groups = groupDiagnostics([diag('/MsgList/4/MsgBody', 'warning')], []);
    expect(groups.messages).toEqual([
      {
        index: 4,
        summary: undefined,
        diagnostics: [diag('/MsgList/4/MsgBody', 'warning')],
        status: 'warning',
      },
    ]);
  });

  it('reads message indexes from pointers only', () => {
    expect(messageIndexOf('/MsgList/12/From_Account')).toBe(12);
    expect(messageIndexOf('/MsgList/3')).toBe(3);
    expect(messageIndexOf('/MsgList')).toBeUndefined();
    expect(messageIndexOf('/MsgListX/3')).toBeUndefined();
    expect(statusOf([diag('', 'info'), diag('', 'warning')])).toBe('warning');
  });
});

describe('buildTimeline', () => {
  it('places SendTimes and references on one axis and names the problems', () => {
    const messages = summarizeMessages(TEXT, { now: 250, groupCreateTime: 100 }, () => 0);
    const timeline = buildTimeline(messages, { now: 250, groupCreateTime: 100 })!;
    expect(timeline.start).toBe(100);
    expect(timeline.end).toBe(300);
    expect(timeline.marks).toEqual([
      { label: 'group created', time: 100, position: 0 },
      { label: 'now', time: 250, position: 75 },
    ]);
    expect(timeline.points.map((p) => [p.index, p.position, p.problems])).toEqual([
      [0, 0, ['before the group was created']],
      [1, 0, ['out of order', 'before the group was created']],
      [3, 100, ['in the future']],
    ]);
  });

  it('leaves far-away references off the axis and handles one message', () => {
    const messages = summarizeMessages(
      '{"MsgList": [{"SendTime": 1620808101}]}',
      { now: 1900000000 },
      () => 0,
    );
    const timeline = buildTimeline(messages, { now: 1900000000 })!;
    expect(timeline.marks).toEqual([]);
    expect(timeline.points[0].position).toBe(50);
    expect(buildTimeline([], {})).toBeUndefined();
  });
});

describe('time', () => {
  it('formats and parses Unix seconds', () => {
    expect(formatUtc(0)).toBe('1970-01-01 00:00:00 UTC');
    expect(formatUtc(1e15)).toBe('out of range');
    expect(parseUnixSeconds(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseUnixSeconds('')).toEqual({ ok: true, value: undefined });
    expect(parseUnixSeconds('-1')).toMatchObject({ ok: false });
    expect(parseUnixSeconds('99999999999999')).toEqual({
      ok: false,
      message: expect.stringMatching(/looks like milliseconds/),
    });
  });
});
