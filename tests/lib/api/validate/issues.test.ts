// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ELEMENT_EXAMPLES } from '../../../../src/lib/api/schema';
import { mapZodIssues } from '../../../../src/lib/api/validate/issues';
import {
  errors,
  expectDiagnostic,
  message,
  messages,
  requestText,
  validate,
  withRule,
  type Expected,
} from './helpers';

const withElement = (element: unknown) => requestText([message({ MsgBody: [element] })]);
const content = (MsgType: string, MsgContent: unknown) => withElement({ MsgType, MsgContent });
const ELEMENT = '/MsgList/0/MsgBody/0';
const CONTENT = `${ELEMENT}/MsgContent`;

/** A request text and every diagnostic it must get, each checked in full by `expectDiagnostic`. */
interface Case {
  name: string;
  text: string;
  expected: Expected[];
  /** The report's verdict, where the case is about it too. */
  ok?: boolean;
}

/** Runs each case of the table as its own test. */
function table(cases: Case[]): void {
  it.each(cases)('$name', ({ text, expected, ok }) => {
    const report = validate(text);
    for (const diagnostic of expected) expectDiagnostic(text, report, diagnostic);
    if (ok !== undefined) expect(report.ok).toBe(ok);
  });
}

const error = (rule: string, pointer: string, token: string, more: Partial<Expected> = {}): Expected => ({
  rule,
  severity: 'error',
  pointer,
  token,
  ...more,
});
const warning = (pointer: string, token: string, more: Partial<Expected> = {}): Expected => ({
  rule: 'unknown-key',
  severity: 'warning',
  pointer,
  token,
  ...more,
});

const loc = (Latitude: number, Longitude: number) =>
  content('TIMLocationElem', { Desc: 'd', Latitude, Longitude });
const image = (ImageFormat: unknown, Type = 1, infos = 1) =>
  content('TIMImageElem', {
    UUID: 'i',
    ImageFormat,
    ImageInfoArray: Array.from({ length: infos }, () => ({ Type, Width: 1, Height: 1, URL: 'u' })),
  });

describe('required fields and types', () => {
  table([
    {
      name: 'a missing field: field-required at the object that lacks it (its opening brace)',
      text: '{"MsgList": [{"SendTime": 1600000000, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}}]}]}',
      expected: [
        error('field-required', '/GroupId', '{', { says: [/GroupId is required/] }),
        error('field-required', '/MsgList/0/From_Account', '{', {
          nth: 1,
          says: [/From_Account is required/],
        }),
      ],
    },
    {
      name: 'a missing MsgList',
      text: '{"GroupId": "g"}',
      expected: [error('field-required', '/MsgList', '{')],
    },
    {
      name: 'a wrong type: field-type at the value, naming what was expected and what was got',
      text: requestText([message({ From_Account: 12 })], { GroupId: null }),
      expected: [
        error('field-type', '/GroupId', 'null', { says: [/GroupId must be a string, got null/] }),
        error('field-type', '/MsgList/0/From_Account', '12', {
          says: [/From_Account must be a string, got number 12/],
        }),
      ],
    },
    {
      name: 'MsgList not an array',
      text: '{"GroupId": "g", "MsgList": {"From_Account": "a"}}',
      expected: [error('field-type', '/MsgList', '"MsgList"', { says: [/must be an array, got an object/] })],
    },
    {
      name: 'a message not an object',
      text: '{"GroupId": "g", "MsgList": [7, "m"]}',
      expected: [error('field-type', '/MsgList/0', '7'), error('field-type', '/MsgList/1', '"m"')],
    },
  ]);
});

describe('MsgList count', () => {
  table([
    {
      name: '0 messages: msg-list-count at the key, 10004',
      text: requestText([]),
      expected: [
        error('msg-list-count', '/MsgList', '"MsgList"', { serverCode: 10004, says: [/empty/, /1 to 7/] }),
      ],
    },
    {
      name: '8 messages fail, saying how many and to split them',
      text: requestText(messages(8)),
      expected: [
        error('msg-list-count', '/MsgList', '"MsgList"', {
          serverCode: 10004,
          says: [/8 messages/, /at most 7/, /Split/],
        }),
      ],
    },
  ]);
});

describe('MsgBody and MsgType', () => {
  table([
    {
      name: 'an empty MsgBody: msg-body-empty at the key',
      text: requestText([message({ MsgBody: [] })]),
      expected: [
        error('msg-body-empty', '/MsgList/0/MsgBody', '"MsgBody"', { says: [/at least one element/] }),
      ],
    },
    {
      name: 'a misspelt MsgType: msg-type-unknown with a suggestion, 10004',
      text: content('TIMTextElm', { Text: 'x' }),
      expected: [
        error('msg-type-unknown', `${ELEMENT}/MsgType`, '"TIMTextElm"', {
          serverCode: 10004,
          says: [/did you mean "TIMTextElem"\?/],
        }),
      ],
    },
    {
      name: 'an unknown MsgType with no close name: lists the documented types',
      text: content('Banana', { Text: 'x' }),
      expected: [
        error('msg-type-unknown', `${ELEMENT}/MsgType`, '"Banana"', {
          serverCode: 10004,
          says: [/TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem/],
        }),
      ],
    },
    {
      name: 'MsgType missing',
      text: withElement({ MsgContent: { Text: 'x' } }),
      expected: [
        error('field-required', `${ELEMENT}/MsgType`, '{', {
          nth: 2,
          says: [/MsgType is required: one of TIMTextElem/],
        }),
      ],
    },
    {
      name: 'MsgType not a string',
      text: withElement({ MsgType: 1, MsgContent: { Text: 'x' } }),
      expected: [
        error('field-type', `${ELEMENT}/MsgType`, '1', {
          after: '"MsgType"',
          says: [/MsgType must be a string, got number 1/],
        }),
      ],
    },
    {
      name: 'MsgContent missing',
      text: withElement({ MsgType: 'TIMTextElem' }),
      expected: [error('field-required', CONTENT, '{', { nth: 2 })],
    },
    {
      name: 'MsgContent not an object',
      text: content('TIMTextElem', 'hello'),
      expected: [error('field-type', CONTENT, '"hello"', { says: [/must be an object/] })],
    },
  ]);

  it('a misspelt MsgType in lower case still gets its suggestion', () => {
    const lower = content('timcustomelem', { Data: 'x' });
    expect(withRule(validate(lower), 'msg-type-unknown')[0].message).toMatch(/did you mean "TIMCustomElem"/);
  });
});

describe('MsgContent per type', () => {
  table([
    {
      name: 'TIMLocationElem: latitude outside [-90, 90], longitude outside [-180, 180]',
      text: loc(90.5, -180.25),
      expected: [
        error('field-range', `${CONTENT}/Latitude`, '90.5', { says: [/between -90 and 90/] }),
        error('field-range', `${CONTENT}/Longitude`, '-180.25', { says: [/between -180 and 180/] }),
      ],
    },
    {
      name: 'TIMLocationElem: a latitude in quotes',
      text: content('TIMLocationElem', { Desc: 'd', Latitude: '22.5', Longitude: 1 }),
      expected: [error('field-type', `${CONTENT}/Latitude`, '"22.5"', { says: [/without quotes/] })],
    },
    {
      name: 'Download_Flag must be 2',
      text: content('TIMFileElem', { Url: 'u', UUID: 'f', Download_Flag: 0 }),
      expected: [
        error('field-value', `${CONTENT}/Download_Flag`, '0', {
          after: '"Download_Flag"',
          says: [/must be 2/],
        }),
      ],
    },
    {
      name: 'TIMImageElem: ImageFormat 1, 2, 3, 4 or 255; Type 1 to 3',
      text: image(5, 4),
      expected: [
        error('field-value', `${CONTENT}/ImageFormat`, '5', {
          after: '"ImageFormat"',
          says: [/1 \(JPG\), 2 \(GIF\), 3 \(PNG\), 4 \(BMP\) or 255 \(other\)/],
        }),
        error('field-value', `${CONTENT}/ImageInfoArray/0/Type`, '4', {
          after: '"Type"',
          says: [/1 \(original\), 2 \(large\) or 3 \(thumbnail\)/],
        }),
      ],
    },
    {
      name: 'TIMImageElem: at least one image',
      text: image(1, 1, 0),
      expected: [
        error('field-range', `${CONTENT}/ImageInfoArray`, '"ImageInfoArray"', {
          says: [/at least one image/],
        }),
      ],
    },
    {
      name: 'a missing literal field is field-required, saying what it must be',
      text: content('TIMSoundElem', { Url: 'u', UUID: 's' }),
      expected: [
        error('field-required', `${CONTENT}/Download_Flag`, '"MsgContent"', {
          says: [/^Download_Flag is required here: it must be 2/],
        }),
      ],
    },
    {
      name: 'a negative Index: field-range',
      text: content('TIMFaceElem', { Index: -1 }),
      expected: [error('field-range', `${CONTENT}/Index`, '-1', { says: [/0 or more/] })],
    },
  ]);

  it('every element example passes', () => {
    for (const example of Object.values(ELEMENT_EXAMPLES))
      expect(errors(validate(withElement(example)))).toEqual([]);
  });

  it.each([
    ['1 message', requestText(messages(1))],
    ['7 messages', requestText(messages(7))],
    ['the location [-90, -180]', loc(-90, -180)],
    ['the location [90, 180]', loc(90, 180)],
    ['the location [0.5, -0.5]', loc(0.5, -0.5)],
    ...[1, 2, 3, 4, 255].map((format) => [`ImageFormat ${format}`, image(format)]),
  ])('%s passes', (_name, text) => {
    expect(validate(text).ok).toBe(true);
  });

  it('ThumbDownloadFlag must be 2 as well: the only error of an otherwise valid video', () => {
    const video = { ...ELEMENT_EXAMPLES.TIMVideoFileElem.MsgContent, ThumbDownloadFlag: 1 };
    const report = validate(content('TIMVideoFileElem', video));
    expect(errors(report).map((d) => d.pointer)).toEqual([`${CONTENT}/ThumbDownloadFlag`]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
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
  ])('missing required content fields of %s', (type, value, missing) => {
    const report = validate(content(type, value));
    expect(
      withRule(report, 'field-required')
        .map((d) => d.pointer)
        .sort(),
      type,
    ).toEqual(missing.map((m) => `${CONTENT}/${m}`).sort());
    for (const d of withRule(report, 'field-required')) expect(d.message).toMatch(/is required here/);
  });
});

describe('unknown keys: a warning at the key itself', () => {
  table([
    {
      name: 'a misspelt top-level key: /MsgLists, with a suggestion',
      text: requestText([message()], { MsgLists: [] }),
      expected: [
        warning('/MsgLists', '"MsgLists"', { says: [/Unknown field "MsgLists": did you mean "MsgList"\?/] }),
      ],
      ok: true,
    },
    {
      name: 'in a message, an element and MsgContent',
      text: requestText([
        message({
          Sendtime: 1,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x', Txt: 'y', Zzzzzzz: 1 }, Extra: true }],
        }),
      ]),
      expected: [
        warning('/MsgList/0/Sendtime', '"Sendtime"', { says: [/did you mean "SendTime"/] }),
        warning(`${CONTENT}/Txt`, '"Txt"', { says: [/did you mean "Text"/] }),
        warning(`${CONTENT}/Zzzzzzz`, '"Zzzzzzz"', { says: [/does not know it; remove it/] }),
        warning(`${ELEMENT}/Extra`, '"Extra"'),
      ],
    },
    {
      name: 'keys with / and ~ get an escaped pointer and still their own range',
      text: '{"GroupId": "g", "a/b~c": 1, "MsgList": []}',
      expected: [warning('/a~1b~0c', '"a/b~c"')],
    },
  ]);
});

describe('mapZodIssues', () => {
  it('names the request when the path has no field name', () => {
    const [finding] = mapZodIssues([{ code: 'custom', path: [], message: 'is odd', input: 1 }], {});
    expect(finding).toMatchObject({ rule: 'field-value', pointer: '', severity: 'error', target: 'value' });
    expect(finding.message).toBe('The request is odd; got an object.');
  });
});
