// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ELEMENT_EXAMPLES } from '../../../../src/lib/api/schema';
import { mapZodIssues } from '../../../../src/lib/api/validate/issues';
import { errors, expectDiagnostic, message, messages, requestText, validate, withRule } from './helpers';

const withElement = (element: unknown) => requestText([message({ MsgBody: [element] })]);
const content = (MsgType: string, MsgContent: unknown) => withElement({ MsgType, MsgContent });

describe('required fields and types', () => {
  it('a missing field: field-required at the object that lacks it (its opening brace)', () => {
    const text =
      '{"MsgList": [{"SendTime": 1600000000, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}]}';
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'field-required',
      severity: 'error',
      pointer: '/GroupId',
      token: '{',
      says: [/GroupId is required/],
    });
    expectDiagnostic(text, report, {
      rule: 'field-required',
      severity: 'error',
      pointer: '/MsgList/0/From_Account',
      token: '{',
      nth: 1,
      says: [/From_Account is required/],
    });
  });

  it('a missing MsgList', () => {
    const text = '{"GroupId": "g"}';
    expectDiagnostic(text, validate(text), {
      rule: 'field-required',
      severity: 'error',
      pointer: '/MsgList',
      token: '{',
    });
  });

  it('a wrong type: field-type at the value, naming what was expected and what was got', () => {
    const text = requestText([message({ From_Account: 12 })], { GroupId: null });
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/GroupId',
      token: 'null',
      says: [/GroupId must be a string, got null/],
    });
    expectDiagnostic(text, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/From_Account',
      token: '12',
      says: [/From_Account must be a string, got number 12/],
    });
  });

  it('MsgList not an array; a message not an object', () => {
    const text = '{"GroupId": "g", "MsgList": {"From_Account": "a"}}';
    expectDiagnostic(text, validate(text), {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList',
      token: '"MsgList"',
      says: [/must be an array, got an object/],
    });
    const items = '{"GroupId": "g", "MsgList": [7, "m"]}';
    const report = validate(items);
    expectDiagnostic(items, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0',
      token: '7',
    });
    expectDiagnostic(items, report, {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/1',
      token: '"m"',
    });
  });
});

describe('MsgList count', () => {
  it('0 messages: msg-list-count at the key, 10004', () => {
    const text = requestText([]);
    expectDiagnostic(text, validate(text), {
      rule: 'msg-list-count',
      severity: 'error',
      pointer: '/MsgList',
      token: '"MsgList"',
      serverCode: 10004,
      says: [/empty/, /1 to 7/],
    });
  });

  it('1 and 7 pass; 8 fail saying how many and to split them', () => {
    expect(validate(requestText(messages(1))).ok).toBe(true);
    expect(validate(requestText(messages(7))).ok).toBe(true);
    const text = requestText(messages(8));
    expectDiagnostic(text, validate(text), {
      rule: 'msg-list-count',
      severity: 'error',
      pointer: '/MsgList',
      token: '"MsgList"',
      serverCode: 10004,
      says: [/8 messages/, /at most 7/, /Split/],
    });
  });
});

describe('MsgBody and MsgType', () => {
  it('an empty MsgBody: msg-body-empty at the key', () => {
    const text = requestText([message({ MsgBody: [] })]);
    expectDiagnostic(text, validate(text), {
      rule: 'msg-body-empty',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody',
      token: '"MsgBody"',
      says: [/at least one element/],
    });
  });

  it('a misspelt MsgType: msg-type-unknown with a suggestion, 10004', () => {
    const text = content('TIMTextElm', { Text: 'x' });
    expectDiagnostic(text, validate(text), {
      rule: 'msg-type-unknown',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgType',
      token: '"TIMTextElm"',
      serverCode: 10004,
      says: [/did you mean "TIMTextElem"\?/],
    });
    const lower = content('timcustomelem', { Data: 'x' });
    expect(withRule(validate(lower), 'msg-type-unknown')[0].message).toMatch(/did you mean "TIMCustomElem"/);
  });

  it('an unknown MsgType with no close name: lists the documented types', () => {
    const text = content('Banana', { Text: 'x' });
    expectDiagnostic(text, validate(text), {
      rule: 'msg-type-unknown',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgType',
      token: '"Banana"',
      serverCode: 10004,
      says: [/TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem/],
    });
  });

  it('MsgType missing or not a string', () => {
    const missing = withElement({ MsgContent: { Text: 'x' } });
    expectDiagnostic(missing, validate(missing), {
      rule: 'field-required',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgType',
      token: '{',
      nth: 2,
      says: [/MsgType is required: one of TIMTextElem/],
    });
    const number = withElement({ MsgType: 1, MsgContent: { Text: 'x' } });
    expectDiagnostic(number, validate(number), {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgType',
      token: '1',
      after: '"MsgType"',
      says: [/MsgType must be a string, got number 1/],
    });
  });

  it('MsgContent missing or not an object', () => {
    const missing = withElement({ MsgType: 'TIMTextElem' });
    expectDiagnostic(missing, validate(missing), {
      rule: 'field-required',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent',
      token: '{',
      nth: 2,
    });
    const text = content('TIMTextElem', 'hello');
    expectDiagnostic(text, validate(text), {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent',
      token: '"hello"',
      says: [/must be an object/],
    });
  });
});

describe('MsgContent per type', () => {
  it('every element example passes', () => {
    for (const example of Object.values(ELEMENT_EXAMPLES))
      expect(errors(validate(withElement(example)))).toEqual([]);
  });

  it('TIMLocationElem: latitude in [-90, 90], longitude in [-180, 180]', () => {
    const loc = (Latitude: number, Longitude: number) =>
      content('TIMLocationElem', { Desc: 'd', Latitude, Longitude });
    for (const [lat, lng] of [
      [-90, -180],
      [90, 180],
      [0.5, -0.5],
    ])
      expect(validate(loc(lat, lng)).ok).toBe(true);
    const text = loc(90.5, -180.25);
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Latitude',
      token: '90.5',
      says: [/between -90 and 90/],
    });
    expectDiagnostic(text, report, {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Longitude',
      token: '-180.25',
      says: [/between -180 and 180/],
    });
    const text2 = content('TIMLocationElem', { Desc: 'd', Latitude: '22.5', Longitude: 1 });
    expectDiagnostic(text2, validate(text2), {
      rule: 'field-type',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Latitude',
      token: '"22.5"',
      says: [/without quotes/],
    });
  });

  it('Download_Flag, VideoDownloadFlag and ThumbDownloadFlag must be 2', () => {
    const text = content('TIMFileElem', { Url: 'u', UUID: 'f', Download_Flag: 0 });
    expectDiagnostic(text, validate(text), {
      rule: 'field-value',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Download_Flag',
      token: '0',
      after: '"Download_Flag"',
      says: [/must be 2/],
    });
    const video = { ...ELEMENT_EXAMPLES.TIMVideoFileElem.MsgContent, ThumbDownloadFlag: 1 };
    const report = validate(content('TIMVideoFileElem', video));
    expect(errors(report).map((d) => d.pointer)).toEqual([
      '/MsgList/0/MsgBody/0/MsgContent/ThumbDownloadFlag',
    ]);
  });

  it('TIMImageElem: ImageFormat 1, 2, 3, 4 or 255; Type 1 to 3; at least one image', () => {
    const image = (ImageFormat: unknown, Type = 1, infos = 1) =>
      content('TIMImageElem', {
        UUID: 'i',
        ImageFormat,
        ImageInfoArray: Array.from({ length: infos }, () => ({ Type, Width: 1, Height: 1, URL: 'u' })),
      });
    for (const format of [1, 2, 3, 4, 255]) expect(validate(image(format)).ok, String(format)).toBe(true);
    const text = image(5, 4);
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'field-value',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/ImageFormat',
      token: '5',
      after: '"ImageFormat"',
      says: [/1 \(JPG\), 2 \(GIF\), 3 \(PNG\), 4 \(BMP\) or 255 \(other\)/],
    });
    expectDiagnostic(text, report, {
      rule: 'field-value',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/ImageInfoArray/0/Type',
      token: '4',
      after: '"Type"',
      says: [/1 \(original\), 2 \(large\) or 3 \(thumbnail\)/],
    });
    const none = image(1, 1, 0);
    expectDiagnostic(none, validate(none), {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/ImageInfoArray',
      token: '"ImageInfoArray"',
      says: [/at least one image/],
    });
  });

  it('missing required content fields, per type', () => {
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['TIMTextElem', {}, ['Text']],
      ['TIMFaceElem', { Data: 'x' }, ['Index']],
      ['TIMLocationElem', { Desc: 'd' }, ['Latitude', 'Longitude']],
      ['TIMCustomElem', { Desc: 'push' }, ['Data']],
      ['TIMSoundElem', { Url: 'u' }, ['UUID', 'Download_Flag']],
      [
        'TIMImageElem',
        { ImageInfoArray: [{ Type: 1 }] },
        ['UUID', 'ImageInfoArray/0/Width', 'ImageInfoArray/0/Height', 'ImageInfoArray/0/URL'],
      ],
      ['TIMFileElem', { UUID: 'f', Download_Flag: 2 }, ['Url']],
      [
        'TIMVideoFileElem',
        { VideoUrl: 'v' },
        // The message-format page requires all eight (TENCENT-IM §2): ThumbWidth and ThumbHeight too.
        [
          'VideoUUID',
          'VideoDownloadFlag',
          'ThumbUrl',
          'ThumbUUID',
          'ThumbWidth',
          'ThumbHeight',
          'ThumbDownloadFlag',
        ],
      ],
    ];
    for (const [type, value, missing] of cases) {
      const report = validate(content(type, value));
      expect(
        withRule(report, 'field-required')
          .map((d) => d.pointer)
          .sort(),
        type,
      ).toEqual(missing.map((m) => `/MsgList/0/MsgBody/0/MsgContent/${m}`).sort());
      for (const d of withRule(report, 'field-required')) expect(d.message).toMatch(/is required here/);
    }
  });

  it('a missing literal field is field-required, saying what it must be', () => {
    const text = content('TIMSoundElem', { Url: 'u', UUID: 's' });
    expectDiagnostic(text, validate(text), {
      rule: 'field-required',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Download_Flag',
      token: '"MsgContent"',
      says: [/^Download_Flag is required here: it must be 2/],
    });
  });

  it('a negative Index: field-range', () => {
    const text = content('TIMFaceElem', { Index: -1 });
    expectDiagnostic(text, validate(text), {
      rule: 'field-range',
      severity: 'error',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Index',
      token: '-1',
      says: [/0 or more/],
    });
  });
});

describe('unknown keys: a warning at the key itself', () => {
  it('a misspelt top-level key: /MsgLists, with a suggestion', () => {
    const text = requestText([message()], { MsgLists: [] });
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/MsgLists',
      token: '"MsgLists"',
      says: [/Unknown field "MsgLists": did you mean "MsgList"\?/],
    });
    expect(report.ok).toBe(true);
  });

  it('in a message, an element and MsgContent', () => {
    const text = requestText([
      message({
        Sendtime: 1,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x', Txt: 'y', Zzzzzzz: 1 }, Extra: true }],
      }),
    ]);
    const report = validate(text);
    expectDiagnostic(text, report, {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/MsgList/0/Sendtime',
      token: '"Sendtime"',
      says: [/did you mean "SendTime"/],
    });
    expectDiagnostic(text, report, {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Txt',
      token: '"Txt"',
      says: [/did you mean "Text"/],
    });
    expectDiagnostic(text, report, {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/MsgList/0/MsgBody/0/MsgContent/Zzzzzzz',
      token: '"Zzzzzzz"',
      says: [/does not know it; remove it/],
    });
    expectDiagnostic(text, report, {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/MsgList/0/MsgBody/0/Extra',
      token: '"Extra"',
    });
  });

  it('keys with / and ~ get an escaped pointer and still their own range', () => {
    const text = '{"GroupId": "g", "a/b~c": 1, "MsgList": []}';
    expectDiagnostic(text, validate(text), {
      rule: 'unknown-key',
      severity: 'warning',
      pointer: '/a~1b~0c',
      token: '"a/b~c"',
    });
  });
});

describe('mapZodIssues', () => {
  it('names the request when the path has no field name', () => {
    const [finding] = mapZodIssues([{ code: 'custom', path: [], message: 'is odd', input: 1 }], {});
    expect(finding).toMatchObject({ rule: 'field-value', pointer: '', severity: 'error', target: 'value' });
    expect(finding.message).toBe('The request is odd; got an object.');
  });
});
