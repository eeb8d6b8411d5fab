import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { messageByteSize, utf8ByteLength, validateImportRequest } from '../../../src/lib/api';
import { messageIndexOf } from '../../../src/lib/api/facts';
import { MAX_SUMMARIES, summarizeMessages } from '../../../src/lib/checker/summary';
import { buildTimeline, groupDiagnostics, statusOf } from '../../../src/lib/diagnostics/groups';
import { formatUtc, readUnixSeconds } from '../../../src/lib/format/time';
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

/** The summaries alone, from the text only (as when it does not parse). */
const summariesOf = (text: string, diagnostics: Diagnostic[], size: (message: unknown) => number) =>
  summarizeMessages(text, { diagnostics }, size).messages;

/** The core's diagnostics of TEXT: the timeline reads its time rules from them. */
const CONTEXT = { now: 250, groupCreateTime: 100 };
const TEXT_DIAGNOSTICS = validateImportRequest(TEXT, CONTEXT).diagnostics;

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
    const summaries = summariesOf(TEXT, TEXT_DIAGNOSTICS, messageByteSize);
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
    // Message 1 repeats message 0's time, but message 0 fails (not after the group's creation) and is not stored:
    // like the server and the core's diagnostics, the timeline does not call message 1 out of order.
    expect(summaries[1].timing).toMatchObject({ outOfOrder: false, beforeCreation: true });
    expect(summaries[3].timing).toMatchObject({ outOfOrder: false, future: true });
  });

  it('returns nothing for text without a MsgList array, and survives a counter that throws', () => {
    expect(summariesOf('not json', [], messageByteSize)).toEqual([]);
    expect(summariesOf('{"MsgList": 3}', [], messageByteSize)).toEqual([]);
    const [only] = summariesOf('{"MsgList": [{}]}', [], () => {
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
      summariesOf('{"MsgList": [{}, {}]}', [], () => 0),
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
    const messages = summariesOf(TEXT, TEXT_DIAGNOSTICS, () => 0);
    const timeline = buildTimeline(messages, { now: 250, groupCreateTime: 100 })!;
    expect(timeline.start).toBe(100);
    expect(timeline.end).toBe(300);
    expect(timeline.marks).toEqual([
      { reference: 'group-created', time: 100, position: 0 },
      { reference: 'now', time: 250, position: 75 },
    ]);
    expect(timeline.points.map((p) => [p.index, p.position, p.problems])).toEqual([
      [0, 0, ['before-creation']],
      [1, 0, ['before-creation']],
      [3, 100, ['future']],
    ]);
  });

  it('marks a message out of order where the core reports send-time-order', () => {
    const text =
      '{"GroupId":"g","MsgList":[{"From_Account":"a","SendTime":200,"MsgBody":[]},{"From_Account":"b","SendTime":150,"MsgBody":[]}]}';
    const diagnostics = validateImportRequest(text, CONTEXT).diagnostics;
    const timeline = buildTimeline(
      summariesOf(text, diagnostics, () => 0),
      CONTEXT,
    )!;
    expect(timeline.points.map((p) => [p.index, p.problems])).toEqual([
      [0, []],
      [1, ['out-of-order']],
    ]);
  });

  it('leaves far-away references off the axis and handles one message', () => {
    const messages = summariesOf('{"MsgList": [{"SendTime": 1620808101}]}', [], () => 0);
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
    expect(readUnixSeconds(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(readUnixSeconds('')).toEqual({ ok: true, value: undefined });
    expect(readUnixSeconds('-1')).toEqual({ ok: false, problem: 'not-seconds', text: '-1' });
    expect(readUnixSeconds('99999999999999')).toEqual({
      ok: false,
      problem: 'milliseconds',
      text: '99999999999999',
    });
    expect(readUnixSeconds('999999999999')).toMatchObject({ ok: false, problem: 'too-far' });
  });
});

describe('summarizeMessages on hostile and large documents', () => {
  const message = (i: number, extra = '') =>
    `{"From_Account":"u${i}","SendTime":${1620808101 + i},"Random":${i}${extra},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"m${i}"}}]}`;

  it('reads a message whose field nests 20,000 arrays deep (no recursion)', () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const text = `{"GroupId":"g","MsgList":[${message(0, `,"CloudCustomData":${deep}`)}]}`;
    const report = validateImportRequest(text, CONTEXT);
    const { messages, total } = summarizeMessages(text, report, messageByteSize);
    expect(total).toBe(1);
    expect(messages[0]).toMatchObject({ index: 0, sender: 'u0', sendTime: 1620808101, bytes: 2 });
    // Too deep for JSON.stringify: the compact size is counted from the text instead.
    expect(messages[0].rawBytes).toBe(utf8ByteLength(text.slice(messages[0].offset, -2)));
  });

  it('reads what it can of a message that does not parse', () => {
    const text = `{"GroupId":"g","MsgList":[${message(0)}, {"From_Account": "bob", /* soon */ "SendTime": 5, "MsgBody": [ , }`;
    const { messages, total } = summarizeMessages(text, { diagnostics: [] }, messageByteSize);
    expect(total).toBe(2);
    expect(messages.map((m) => [m.sender, m.sendTime])).toEqual([
      ['u0', 1620808101],
      ['bob', 5],
    ]);
  });

  it('gives the same summaries from the core’s parsed value as from the text alone (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              From_Account: fc.oneof(fc.string(), fc.integer()),
              SendTime: fc.oneof(fc.integer(), fc.string(), fc.double()),
              MsgBody: fc.array(
                fc.record({
                  MsgType: fc.constant('TIMTextElem'),
                  MsgContent: fc.dictionary(fc.string(), fc.jsonValue()),
                }),
                { maxLength: 2 },
              ),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 9 },
        ),
        (list) => {
          const text = JSON.stringify({ GroupId: 'g', MsgList: list }, null, 1);
          const report = validateImportRequest(text, CONTEXT);
          const fromValue = summarizeMessages(text, report, messageByteSize);
          const fromText = summarizeMessages(text, { diagnostics: report.diagnostics }, messageByteSize);
          expect(fromValue).toEqual(fromText);
          expect(fromValue.total).toBe(list.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('summarizes the first MAX_SUMMARIES messages and those diagnostics point into, and counts them all', () => {
    const count = MAX_SUMMARIES + 500;
    const parts = Array.from({ length: count }, (_, i) => message(i));
    parts[count - 2] = message(count - 2).replace(`"SendTime":${1620808101 + count - 2}`, '"SendTime":1');
    const text = `{"GroupId":"g","MsgList":[${parts.join(',')}]}`;
    const report = validateImportRequest(text, { now: 2_000_000_000 });
    const { messages, total } = summarizeMessages(text, report, messageByteSize);
    expect(total).toBe(count);
    expect(messages).toHaveLength(MAX_SUMMARIES + 1);
    expect(messages.at(-1)).toMatchObject({ index: count - 2, sendTime: 1, timing: { outOfOrder: true } });
    expect(messages.slice(0, MAX_SUMMARIES).map((m) => m.index)).toEqual([...Array(MAX_SUMMARIES).keys()]);
  });
});

describe('summarizeMessages on 1,000,000 messages', () => {
  it('summarizes a bounded part and counts the whole list, from the core’s value or from the text alone', () => {
    const parts = new Array<string>(1_000_000);
    for (let i = 0; i < parts.length; i++)
      parts[i] = `{"From_Account":"u${i % 50}","SendTime":${1620808101 + i},"MsgBody":[]}`;
    const text = `{"GroupId":"g","MsgList":[${parts.join(',')}]}`;
    const late: Diagnostic = { ...diag('/MsgList/999998/SendTime', 'error'), rule: 'send-time-order' };
    // What the core hands over: its parsed value and its diagnostics (one deep in the list).
    const withValue = summarizeMessages(text, { diagnostics: [late], value: JSON.parse(text) }, () => 0);
    expect(withValue.total).toBe(1_000_000);
    expect(withValue.messages).toHaveLength(MAX_SUMMARIES + 1);
    expect(withValue.messages.at(-1)).toMatchObject({
      index: 999_998,
      sender: 'u48',
      timing: { outOfOrder: true },
    });
    // A document that did not parse: every message is counted from the text.
    const textOnly = summarizeMessages(text, { diagnostics: [] }, () => 0);
    expect(textOnly.total).toBe(1_000_000);
    expect(textOnly.messages).toHaveLength(MAX_SUMMARIES);
    expect(textOnly.messages[MAX_SUMMARIES - 1]).toEqual(withValue.messages[MAX_SUMMARIES - 1]);
  }, 60_000);
});
