/**
 * The gallery of common mistakes: each is a whole request that the console's validator flags with exactly one
 * rule. Data only; `tests/lib/reference/mistakes.test.ts` runs every one through the real validator. The words
 * (a title and an explanation per mistake) are the reference area's (`i18n/ui/reference.*.ts`, `mistake.<id>.*`).
 */
import type { ValidationContext } from '../api';
import { REFERENCE_EN } from '../i18n/ui/reference.en';

/** The id of a mistake: one with a title and an explanation in the reference area's catalogs. */
export type MistakeId = IdOf<keyof typeof REFERENCE_EN>;
type IdOf<K> = K extends `mistake.${infer Id}.title` ? Id : never;

export interface Mistake {
  id: MistakeId;
  /** The title in English (`mistake.<id>.title` says it in the page's language). */
  title: string;
  /** What is wrong and how to fix it, in a sentence or two, in English (`mistake.<id>.explanation`). */
  explanation: string;
  /** A whole request body, as it would be typed in the editor. */
  text: string;
  /** The validator rule id the example triggers. */
  expectRule: string;
  /** The code the Tencent server would answer with, where known. */
  expectServerCode?: number;
  /** Context settings the example needs to show its diagnostic (set them in Context settings). */
  context?: ValidationContext;
}

/** The seed page's group; times in May 2021, well before any "now". */
const GROUP_ID = '@TGS#2C5SZEAEF';
const BASE_TIME = 1620808101;

interface MessageOverrides {
  From_Account?: unknown;
  SendTime?: unknown;
  Random?: unknown;
  MsgBody?: unknown;
}

function textMessage(index: number, overrides: MessageOverrides = {}): Record<string, unknown> {
  return {
    From_Account: 'leckie',
    SendTime: BASE_TIME + index * 60,
    Random: 8912345 + index,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `message ${index + 1}` } }],
    ...overrides,
  };
}

function request(messages: Record<string, unknown>[], fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ GroupId: GROUP_ID, ...fields, MsgList: messages }, null, 2);
}

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

/** A mistake with its English words from the catalog. */
function mistake(data: Omit<Mistake, 'title' | 'explanation'>): Mistake {
  return {
    ...data,
    title: REFERENCE_EN[`mistake.${data.id}.title`],
    explanation: REFERENCE_EN[`mistake.${data.id}.explanation`],
  };
}

const EXAMPLES: Omit<Mistake, 'title' | 'explanation'>[] = [
  {
    id: 'too-many-messages',
    text: request(range(8).map((index) => textMessage(index))),
    expectRule: 'msg-list-count',
    expectServerCode: 10004,
  },
  {
    id: 'send-time-order',
    text: request([textMessage(0, { SendTime: BASE_TIME + 120 }), textMessage(1, { SendTime: BASE_TIME })]),
    expectRule: 'send-time-order',
    expectServerCode: 10004,
  },
  {
    id: 'send-time-milliseconds',
    text: request([textMessage(0, { SendTime: BASE_TIME * 1000 })]),
    expectRule: 'send-time-milliseconds',
    expectServerCode: 10004,
  },
  {
    id: 'send-time-future',
    // 2100-01-01: in the future for any plausible clock.
    text: request([textMessage(0, { SendTime: 4102444800 })]),
    expectRule: 'send-time-future',
    expectServerCode: 10004,
  },
  {
    id: 'message-too-large',
    text: request([
      textMessage(0, { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(8200) } }] }),
    ]),
    expectRule: 'message-size',
    expectServerCode: 80002,
  },
  {
    id: 'two-custom-elements',
    text: request([
      textMessage(0, {
        MsgBody: [
          { MsgType: 'TIMCustomElem', MsgContent: { Data: 'first' } },
          { MsgType: 'TIMCustomElem', MsgContent: { Data: 'second' } },
        ],
      }),
    ]),
    expectRule: 'custom-elem-count',
  },
  {
    id: 'unknown-msg-type',
    text: request([textMessage(0, { MsgBody: [{ MsgType: 'TextElem', MsgContent: { Text: 'hello' } }] })]),
    expectRule: 'msg-type-unknown',
    expectServerCode: 10004,
  },
  {
    id: 'latitude-range',
    text: request([
      textMessage(0, {
        MsgBody: [
          {
            MsgType: 'TIMLocationElem',
            MsgContent: { Desc: 'Shenzhen', Latitude: 113.93, Longitude: 22.54 },
          },
        ],
      }),
    ]),
    expectRule: 'field-range',
  },
  {
    id: 'duplicate-random',
    text: request([textMessage(0, { Random: 42 }), textMessage(1, { Random: 42 })]),
    expectRule: 'random-duplicate',
  },
  {
    id: 'missing-from-account',
    text: request([
      { SendTime: BASE_TIME, Random: 1, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'who?' } }] },
    ]),
    expectRule: 'field-required',
  },
  {
    id: 'from-account-too-long',
    text: request([textMessage(0, { From_Account: 'user-'.padEnd(40, 'x') })]),
    expectRule: 'from-account-length',
  },
  {
    id: 'json-comments',
    text: `{
  "GroupId": "${GROUP_ID}",
  "MsgList": [
    {
      "From_Account": "leckie", // the sender
      "SendTime": ${BASE_TIME},
      "Random": 8912345,
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "red packet" } }]
    }
  ]
}`,
    expectRule: 'json-comment',
  },
  {
    id: 'group-id-non-ascii',
    text: JSON.stringify({ GroupId: '运营群-2021', MsgList: [textMessage(0)] }, null, 2),
    expectRule: 'group-id-charset',
    expectServerCode: 10015,
  },
  {
    id: 'topic-non-community',
    text: request([textMessage(0)], { TopicId: `${GROUP_ID}@TOPIC#_news` }),
    expectRule: 'topic-id-group-type',
    context: { groupType: 'Public' },
  },
  {
    id: 'recent-contact-community',
    text: JSON.stringify(
      { GroupId: '@TGS#_community', RecentContactFlag: 1, MsgList: [textMessage(0)] },
      null,
      2,
    ),
    expectRule: 'recent-contact-flag-group-type',
    context: { groupType: 'Community' },
  },
  {
    id: 'trailing-commas',
    text: `{
  "GroupId": "${GROUP_ID}",
  "MsgList": [
    {
      "From_Account": "leckie",
      "SendTime": ${BASE_TIME},
      "Random": 8912345,
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hello" } }],
    },
  ]
}`,
    expectRule: 'json-trailing-comma',
  },
  {
    id: 'duplicate-key',
    text: `{
  "GroupId": "${GROUP_ID}",
  "MsgList": [
    {
      "From_Account": "leckie",
      "SendTime": ${BASE_TIME},
      "Random": 8912345,
      "SendTime": ${BASE_TIME + 60},
      "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "which time?" } }]
    }
  ]
}`,
    expectRule: 'json-duplicate-key',
  },
  {
    id: 'face-index-string',
    text: request([
      textMessage(0, { MsgBody: [{ MsgType: 'TIMFaceElem', MsgContent: { Index: '6', Data: 'smile' } }] }),
    ]),
    expectRule: 'field-type',
  },
  {
    id: 'random-too-large',
    text: request([textMessage(0, { Random: 2 ** 32 })]),
    expectRule: 'field-range',
  },
  {
    id: 'misspelt-field',
    text: JSON.stringify(
      {
        GroupId: GROUP_ID,
        MsgList: [
          {
            From_Account: 'leckie',
            SendTime: BASE_TIME,
            Ramdom: 8912345,
            MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello' } }],
          },
        ],
      },
      null,
      2,
    ),
    expectRule: 'unknown-key',
  },
];

export const MISTAKES: Mistake[] = EXAMPLES.map(mistake);
