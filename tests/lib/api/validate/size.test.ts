// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageByteSize, utf8ByteLength } from '../../../../src/lib/api/validate';
import { ELEMENT_EXAMPLES } from '../../../../src/lib/api/schema';
import { expectDiagnostic, message, requestText, validate, withRule } from './helpers';

describe('utf8ByteLength', () => {
  it('counts 1, 2, 3 and 4 bytes per character like TextEncoder', () => {
    const cases: Array<[string, number]> = [
      ['', 0],
      ['abc', 3],
      ['\u00e9', 2], // é
      ['\u07ff', 2],
      ['\u0800', 3],
      ['\u4e2d\u6587', 6], // 中文
      ['\uffff', 3],
      ['\u{1f600}', 4], // 😀, a surrogate pair
      ['a\u00e9\u4e2d\u{1f600}', 10],
    ];
    for (const [text, bytes] of cases) {
      expect(utf8ByteLength(text)).toBe(bytes);
      expect(new TextEncoder().encode(text).length).toBe(bytes);
    }
  });

  it('counts a lone surrogate as 3 bytes (the U+FFFD it is sent as)', () => {
    for (const lone of ['\ud800', '\udc00', 'a\ud800b', '\ud800\ud800', '\udc00\ud800']) {
      expect(utf8ByteLength(lone)).toBe(new TextEncoder().encode(lone).length);
    }
    expect(utf8ByteLength('\ud83d')).toBe(3);
  });
});

describe('messageByteSize', () => {
  const withContent = (...contents: unknown[]) => ({
    From_Account: 'someone-with-a-long-name',
    SendTime: 1600000000,
    MsgBody: contents.map((MsgContent, i) => ({ MsgType: i ? 'TIMFaceElem' : 'TIMTextElem', MsgContent })),
  });

  it('strings count their UTF-8 bytes; MsgType, keys and the sender do not count', () => {
    expect(messageByteSize(withContent({ Text: 'hello' }))).toBe(5);
    expect(messageByteSize(withContent({ Text: '\u4e2d\u6587\u{1f600}' }))).toBe(10);
    expect(messageByteSize(withContent({ Text: '' }))).toBe(0);
  });

  it('numbers count their decimal form, minus sign and decimal point included', () => {
    expect(messageByteSize(withContent({ Index: 6 }))).toBe(1);
    expect(messageByteSize(withContent({ Index: 1234567 }))).toBe(7);
    expect(messageByteSize(withContent({ Latitude: -12.5 }))).toBe(5);
    expect(messageByteSize(withContent({ Latitude: 22.5163, Longitude: 113.9419 }))).toBe(7 + 8);
    expect(messageByteSize(withContent({ Index: 0 }))).toBe(1);
  });

  it('sums over every element and nested arrays such as ImageInfoArray', () => {
    expect(messageByteSize(withContent({ Text: 'ab' }, { Index: 10, Data: 'xyz' }))).toBe(2 + 2 + 3);
    const image = { MsgBody: [ELEMENT_EXAMPLES.TIMImageElem] };
    const c = ELEMENT_EXAMPLES.TIMImageElem.MsgContent;
    let expected = c.UUID.length + String(c.ImageFormat).length;
    for (const info of c.ImageInfoArray)
      expected += `${info.Type}${info.Size}${info.Width}${info.Height}`.length + info.URL.length;
    expect(messageByteSize(image)).toBe(expected);
  });

  it('counts 0 for anything that is not a message', () => {
    for (const notMessage of [null, undefined, 5, 'text', [], {}, { MsgBody: 'x' }, { MsgBody: [null, 3] }])
      expect(messageByteSize(notMessage)).toBe(0);
    expect(messageByteSize({ MsgBody: [{ MsgType: 'TIMTextElem' }] })).toBe(0);
  });

  it('survives MsgContent nested deeper than the call stack', () => {
    let deep: unknown = 'abc';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(messageByteSize({ MsgBody: [{ MsgType: 'TIMCustomElem', MsgContent: { Data: deep } }] })).toBe(3);
  });
});

describe('the message-size rule', () => {
  const sized = (bytes: number, char = 'x') => {
    const per = utf8ByteLength(char);
    return message({ MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: char.repeat(bytes / per) } }] });
  };

  it('8,000 bytes pass and 8,001 fail with 80002 on MsgBody, saying the measured size', () => {
    expect(withRule(validate(requestText([sized(8000)])), 'message-size')).toEqual([]);
    const text = requestText([message(), sized(8001)].map((m, i) => ({ ...m, SendTime: 1600000000 + i })));
    const report = validate(text);
    expect(report.ok).toBe(false);
    expectDiagnostic(text, report, {
      rule: 'message-size',
      severity: 'error',
      pointer: '/MsgList/1/MsgBody',
      token: '"MsgBody"',
      nth: 1,
      serverCode: 80002,
      says: [/8,001 bytes/, /budget of 8,000/, /Shorten it or split it/, /12 KB/],
    });
  });

  it('counts multi-byte text by bytes, not characters', () => {
    const text = (t: string) =>
      requestText([message({ MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: t } }] })]);
    expect(validate(text('x'.repeat(7997) + '\u4e2d')).ok).toBe(true);
    expect(withRule(validate(text('x'.repeat(7998) + '\u4e2d')), 'message-size')[0].message).toMatch(/8,001/);
    // 2,667 CJK characters: 8,001 bytes.
    expect(withRule(validate(text('\u4e2d'.repeat(2667))), 'message-size')[0].message).toMatch(/8,001 bytes/);
    expect(withRule(validate(text('\u{1f600}'.repeat(2000))), 'message-size')).toEqual([]);
    expect(withRule(validate(text('\u{1f600}'.repeat(2000) + 'x')), 'message-size')).toHaveLength(1);
  });

  it('follows the budget: 12,000 takes 12,000 bytes, not 12,001', () => {
    const context = { maxMessageBytes: 12000 };
    expect(validate(requestText([sized(12000)]), context).ok).toBe(true);
    const [over] = withRule(validate(requestText([sized(12001)]), context), 'message-size');
    expect(over.message).toMatch(/12,001 bytes, over the budget of 12,000/);
    expect(over.message).not.toMatch(/12 KB/);
  });

  it('sums several elements of one message', () => {
    const two = message({
      MsgBody: [
        { MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(4000) } },
        { MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'y'.repeat(4000) } },
      ],
    });
    const [d] = withRule(validate(requestText([two])), 'message-size');
    expect(d.message).toMatch(/8,001 bytes/);
  });

  const nestedData = (levels: number) =>
    '{"GroupId":"g","MsgList":[{"From_Account":"a","SendTime":1600000000,"MsgBody":[{"MsgType":"TIMCustomElem",' +
    '"MsgContent":{"Data":' +
    '['.repeat(levels) +
    `"${'x'.repeat(9000)}"` +
    ']'.repeat(levels) +
    '}}]}]}';

  it('reports the size of MsgContent nested as deep as the reader allows', () => {
    const report = validate(nestedData(240)); // 240 levels inside the 8 of the request: under 256
    expect(withRule(report, 'internal')).toEqual([]);
    expect(withRule(report, 'message-size')[0].message).toMatch(/9,000 bytes, over .*its JSON is 9,/s);
    expect(withRule(report, 'field-type').map((d) => d.pointer)).toEqual([
      '/MsgList/0/MsgBody/0/MsgContent/Data',
    ]);
  });

  it('refuses MsgContent nested 5,000 deep with json-nesting, at the bracket past the limit', () => {
    const text = nestedData(5000);
    const report = validate(text);
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ rule: 'json-nesting', severity: 'error' }),
    ]);
    expect(text[report.diagnostics[0].offset]).toBe('[');
  });
});

describe('utf8ByteLength', () => {
  it('matches TextEncoder for any string, lone surrogates included', () => {
    fc.assert(
      // Any UTF-16 units, lone surrogates included (fc.string's 'binary' unit is far slower to generate).
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), (units) => {
        const text = String.fromCharCode(...units);
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: 500 },
    );
    expect(utf8ByteLength('a😀é')).toBe(1 + 4 + 2);
    expect(utf8ByteLength('\uD800x\uDC00')).toBe(new TextEncoder().encode('\uD800x\uDC00').length);
  });
});
