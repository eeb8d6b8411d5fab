// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyTextEdits, fixAll, fixesFor, noFixReasons } from '../../../../src/lib/api/fix';
import { fixed, honestyProblems, NOW, theFix, validate } from './helpers';

const text = (t: string) => `{"GroupId": "g1", "MsgList": [${t}]}`;
const msg = (
  fields: string,
  body = '{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}',
  time = 1600000000,
) => `{"From_Account": "a", "SendTime": ${time}${fields}, "MsgBody": [${body}]}`;
/** Messages one second apart, with these extra fields. */
const list = (...fields: string[]) => fields.map((f, i) => msg(f, undefined, 1600000000 + i)).join(',\n');

describe('Random', () => {
  it.each([
    ['a string', '"8912345"', 'field-type'],
    ['negative', '-1', 'field-range'],
    ['a fraction', '1.5', 'field-type'],
    ['over 32 bits', '4294967296', 'field-range'],
    ['null', 'null', 'field-type'],
  ])('%s gets a fresh uint32', (_name, value, rule) => {
    const request = text(msg(`, /* r */ "Random"  :  ${value} /* after */`));
    const fix = theFix(request, rule, '/MsgList/0/Random', {}, () => 0.5);
    expect(fix.title).toBe('Set Random to a fresh number: 2147483648');
    expect(applyTextEdits(request, fix.edits)).toBe(request.replace(value, '2147483648'));
  });

  it('a repeated Random: the later message gets one no other message uses', () => {
    const request = text(list(', "Random": 7', ', "Random": 8', ', "Random": 7'));
    // A source stuck on one value walks on to the next free one: 7 and 8 are taken.
    const fix = theFix(request, 'random-duplicate', '/MsgList/2/Random', {}, () => 6 / 4294967295);
    expect(fix.titleParams).toEqual({ value: 9 });
    expect(applyTextEdits(request, fix.edits)).toBe(
      request.replace(/"Random": 7(?![\s\S]*"Random": 7)/, '"Random": 9'),
    );
  });

  it('fresh values are unique across every fix of one call, even from a broken source', () => {
    const request = text(list(', "Random": 1', ', "Random": 1', ', "Random": 1', ', "Random": -5'));
    const values = fixesFor(request, { now: NOW }, { random: () => NaN }).map((f) => f.titleParams?.value);
    expect(values).toHaveLength(3);
    expect(new Set([1, ...values]).size).toBe(4);
    const result = fixAll(request, { now: NOW }, { random: () => 0 }).text;
    expect(validate(result).diagnostics).toEqual([]);
  });
});

describe('download flags', () => {
  const file = (flag: string) =>
    `{"MsgType": "TIMFileElem", "MsgContent": {"Url": "https://e.com/f", "UUID": "f"${flag}}}`;

  it.each([
    ['0', '0'],
    ['a string "2"', '"2"'],
    ['null', 'null'],
  ])('Download_Flag %s becomes 2', (_name, value) => {
    const request = text(msg('', file(`, "Download_Flag":${value}`)));
    expect(fixed(request, 'field-value', '/MsgList/0/MsgBody/0/MsgContent/Download_Flag')).toBe(
      request.replace(`"Download_Flag":${value}`, '"Download_Flag":2'),
    );
  });

  it('VideoDownloadFlag and ThumbDownloadFlag each get their own fix', () => {
    const video =
      '{"MsgType": "TIMVideoFileElem", "MsgContent": {"VideoUrl": "v", "VideoUUID": "v", "VideoDownloadFlag": 1, ' +
      '"ThumbUrl": "t", "ThumbUUID": "t", "ThumbWidth": 1, "ThumbHeight": 1, "ThumbDownloadFlag": 0}}';
    const request = text(msg('', video));
    const base = '/MsgList/0/MsgBody/0/MsgContent';
    expect(fixed(request, 'field-value', `${base}/VideoDownloadFlag`)).toBe(
      request.replace('"VideoDownloadFlag": 1', '"VideoDownloadFlag": 2'),
    );
    expect(fixed(request, 'field-value', `${base}/ThumbDownloadFlag`)).toBe(
      request.replace('"ThumbDownloadFlag": 0', '"ThumbDownloadFlag": 2'),
    );
  });

  it('a missing flag is added, laid out like the member before it', () => {
    const multiLine = text(
      msg(
        '',
        '{ "MsgType": "TIMSoundElem", "MsgContent": {\n      "Url": "https://e.com/s",\n      "UUID": "s" // the id\n  } }',
      ),
    );
    expect(fixed(multiLine, 'field-required', '/MsgList/0/MsgBody/0/MsgContent/Download_Flag')).toBe(
      multiLine.replace('"UUID": "s" // the id', '"UUID": "s", // the id\n      "Download_Flag": 2'),
    );
    const inline = text(msg('', file('')));
    expect(fixed(inline, 'field-required')).toBe(
      inline.replace('"UUID": "f"', '"UUID": "f", "Download_Flag": 2'),
    );
    const trailingComma = text(msg('', file(',\n')));
    expect(fixed(trailingComma, 'field-required')).toBe(
      trailingComma.replace('"UUID": "f",\n', '"UUID": "f", "Download_Flag": 2\n'),
    );
  });

  it('no fix where the flag would take the message over its byte budget', () => {
    // Url + UUID count 15 + 1 bytes; a budget of 16 leaves no room for the flag's digit.
    const request = text(msg('', file('')));
    expect(
      fixesFor(request, { now: NOW, maxMessageBytes: 16 }).filter((f) => f.rule === 'field-required'),
    ).toEqual([]);
    expect(noFixReasons(request, { now: NOW, maxMessageBytes: 16 })).toMatchObject([
      {
        rule: 'field-required',
        pointer: '/MsgList/0/MsgBody/0/MsgContent/Download_Flag',
        reasonId: 'no-fix.over-budget',
        reason:
          'Adding Download_Flag would take the message over its byte budget: shorten the message first.',
      },
    ]);
    expect(theFix(request, 'field-required', undefined, { maxMessageBytes: 17 }).edits).toHaveLength(1);
    // Replacing a flag that already counts its digit fits exactly.
    const zero = text(msg('', file(', "Download_Flag": 0')));
    expect(theFix(zero, 'field-value', undefined, { maxMessageBytes: 17 }).edits).toHaveLength(1);
  });

  it('a flag on an element type that has none is left to the validator', () => {
    const request = text(
      msg('', '{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x", "Download_Flag": 0}}'),
    );
    expect(fixesFor(request, { now: NOW }).filter((f) => f.rule !== 'unknown-key')).toEqual([]);
  });
});

describe('whole numbers written as strings', () => {
  const face = (index: string) =>
    `{"MsgType": "TIMFaceElem", "MsgContent": {"Index": ${index}, "Data": "smile"}}`;

  it.each([
    ['"6"', '6'],
    ['"007"', '7'],
    ['"\\u0036"', '6'],
  ])('Index %s becomes %s', (written, number) => {
    const request = text(msg('', face(written)));
    expect(fixed(request, 'field-type', '/MsgList/0/MsgBody/0/MsgContent/Index')).toBe(
      request.replace(`"Index": ${written}`, `"Index": ${number}`),
    );
  });

  it('image sizes too', () => {
    const image =
      '{"MsgType": "TIMImageElem", "MsgContent": {"UUID": "i", "ImageInfoArray": [{"Type": 1, "Width": "720", "Height": 960, "URL": "u"}]}}';
    const request = text(msg('', image));
    expect(fixed(request, 'field-type')).toBe(request.replace('"Width": "720"', '"Width": 720'));
  });

  it.each(['"1.5"', '"-1"', '"1e3"', '" 6"', '"99999999999999999999"'])(
    'Index %s: which number was meant is unclear, no fix',
    (written) => {
      const request = text(msg('', face(written)));
      expect(fixesFor(request, { now: NOW })).toEqual([]);
      expect(noFixReasons(request, { now: NOW })).toMatchObject([
        { rule: 'field-type', reasonId: 'no-fix.not-whole-number', reasonParams: { field: 'Index' } },
      ]);
    },
  );

  it('a string that is no number at all gets neither a fix nor a reason', () => {
    const request = text(msg('', face('"smile"')));
    expect(fixesFor(request, { now: NOW })).toEqual([]);
    expect(noFixReasons(request, { now: NOW })).toEqual([]);
  });
});

describe('RecentContactFlag where the group type refuses it', () => {
  const community = { groupType: 'Community' as const };

  it.each([
    [
      'the last member, with its comment',
      `{\n  "GroupId": "@TGS#_c", // the group\n  "MsgList": [${msg('')}],\n  "RecentContactFlag": 1 // flag\n}`,
      `{\n  "GroupId": "@TGS#_c", // the group\n  "MsgList": [${msg('')}]\n}`,
    ],
    [
      'the first member',
      `{\n  "RecentContactFlag": 0,\n  "GroupId": "@TGS#_c",\n  "MsgList": [${msg('')}]\n}`,
      `{\n  "GroupId": "@TGS#_c",\n  "MsgList": [${msg('')}]\n}`,
    ],
    [
      'inline, in the middle',
      `{"GroupId": "@TGS#_c", "RecentContactFlag": 1, "MsgList": [${msg('')}]}`,
      `{"GroupId": "@TGS#_c", "MsgList": [${msg('')}]}`,
    ],
    [
      'written twice',
      `{"RecentContactFlag": 1, "GroupId": "@TGS#_c", "MsgList": [${msg('')}], "RecentContactFlag": 0}`,
      `{"GroupId": "@TGS#_c", "MsgList": [${msg('')}]}`,
    ],
  ])('%s is removed', (_name, request, expected) => {
    const fix = theFix(request, 'recent-contact-flag-group-type', '/RecentContactFlag', community);
    expect(fix.title).toBe('Remove RecentContactFlag (not allowed for Community groups)');
    expect(applyTextEdits(request, fix.edits)).toBe(expected);
  });

  it('for AVChatRoom too (whose import fails anyway, but not for this)', () => {
    const request = `{"GroupId": "@TGS#aAV", "RecentContactFlag": 1, "MsgList": [${msg('')}]}`;
    const fix = theFix(request, 'recent-contact-flag-group-type', undefined, { groupType: 'AVChatRoom' });
    expect(fix.title).toBe('Remove RecentContactFlag (not allowed for AVChatRoom groups)');
  });

  it('honest even beside a repeated RecentContactFlag: the repeat fix and this one compose', () => {
    const request = `{"RecentContactFlag": 1, "GroupId": "@TGS#_c", "MsgList": [${msg('')}], "RecentContactFlag": 0}`;
    for (const fix of fixesFor(request, { now: NOW, ...community }))
      expect(honestyProblems(request, fix, community)).toEqual([]);
    expect(fixAll(request, { now: NOW, ...community }).text).toBe(
      `{"GroupId": "@TGS#_c", "MsgList": [${msg('')}]}`,
    );
  });
});
