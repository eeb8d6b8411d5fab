/**
 * The gallery of common mistakes: each is a whole request that the console's validator flags with exactly one
 * rule. Data only; `tests/lib/reference/mistakes.test.ts` runs every one through the real validator.
 */
import type { ValidationContext } from '../api';

export interface Mistake {
  id: string;
  title: string;
  /** What is wrong and how to fix it, in a sentence or two. */
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

export const MISTAKES: Mistake[] = [
  {
    id: 'too-many-messages',
    title: 'Eight messages in one call',
    explanation:
      'One call imports at most 7 messages. Split MsgList into calls of 7 or fewer, in time order.',
    text: request(range(8).map((index) => textMessage(index))),
    expectRule: 'msg-list-count',
    expectServerCode: 10004,
  },
  {
    id: 'send-time-order',
    title: 'SendTime out of order',
    explanation:
      'Messages must be in strictly ascending SendTime. Sort MsgList by SendTime; the server rejects the later one.',
    text: request([textMessage(0, { SendTime: BASE_TIME + 120 }), textMessage(1, { SendTime: BASE_TIME })]),
    expectRule: 'send-time-order',
    expectServerCode: 10004,
  },
  {
    id: 'send-time-milliseconds',
    title: 'SendTime in milliseconds',
    explanation: 'SendTime is Unix seconds. A 13-digit value is milliseconds: divide it by 1000.',
    text: request([textMessage(0, { SendTime: BASE_TIME * 1000 })]),
    expectRule: 'send-time-milliseconds',
    expectServerCode: 10004,
  },
  {
    id: 'send-time-future',
    title: 'SendTime in the future',
    explanation: 'Every SendTime must be earlier than now: imported messages are history.',
    // 2100-01-01: in the future for any plausible clock.
    text: request([textMessage(0, { SendTime: 4102444800 })]),
    expectRule: 'send-time-future',
    expectServerCode: 10004,
  },
  {
    id: 'message-too-large',
    title: 'Message over the byte budget',
    explanation:
      'A message may carry at most 8,000 bytes of element values (12 KB in newer docs). Split long text over several messages.',
    text: request([
      textMessage(0, { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(8200) } }] }),
    ]),
    expectRule: 'message-size',
    expectServerCode: 80002,
  },
  {
    id: 'two-custom-elements',
    title: 'Two TIMCustomElem in one message',
    explanation: 'A message holds at most one TIMCustomElem. Merge their Data, or send them as two messages.',
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
    title: 'Unknown MsgType',
    explanation: 'MsgType names are case-sensitive and start with TIM, e.g. TIMTextElem, not TextElem.',
    text: request([textMessage(0, { MsgBody: [{ MsgType: 'TextElem', MsgContent: { Text: 'hello' } }] })]),
    expectRule: 'msg-type-unknown',
    expectServerCode: 10004,
  },
  {
    id: 'latitude-range',
    title: 'Latitude out of range',
    explanation:
      'Latitude lies in [-90, 90] and Longitude in [-180, 180]. Swapped coordinates are the usual cause.',
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
    title: 'Duplicate Random',
    explanation:
      'Two messages with the same Random within 5 minutes: the server silently drops the later one as a duplicate. Give each message its own Random.',
    text: request([textMessage(0, { Random: 42 }), textMessage(1, { Random: 42 })]),
    expectRule: 'random-duplicate',
  },
  {
    id: 'missing-from-account',
    title: 'Missing From_Account',
    explanation:
      'Every message needs its sender, an account that already exists (import it with account_import).',
    text: request([
      { SendTime: BASE_TIME, Random: 1, MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'who?' } }] },
    ]),
    expectRule: 'field-required',
  },
  {
    id: 'from-account-too-long',
    title: 'From_Account over 32 bytes',
    explanation: 'A UserID is at most 32 bytes (UTF-8). Map long IDs from the old system to shorter ones.',
    text: request([textMessage(0, { From_Account: 'user-'.padEnd(40, 'x') })]),
    expectRule: 'from-account-length',
  },
  {
    id: 'json-comments',
    title: 'Comments in the JSON',
    explanation:
      'The seed page prints comments in its sample, but JSON has none. The console strips them before sending; remove them from your own code.',
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
    title: 'GroupId with non-ASCII characters',
    explanation:
      'A custom GroupId uses printable ASCII only (at most 48 bytes). Use the ID the group was created or imported with.',
    text: JSON.stringify({ GroupId: '运营群-2021', MsgList: [textMessage(0)] }, null, 2),
    expectRule: 'group-id-charset',
    expectServerCode: 10015,
  },
  {
    id: 'topic-non-community',
    title: 'TopicId on a group that is not a Community',
    explanation:
      'Only Community groups (IDs starting with @TGS#_) have topics. Remove TopicId, or import into the Community group.',
    text: request([textMessage(0)], { TopicId: `${GROUP_ID}@TOPIC#_news` }),
    expectRule: 'topic-id-group-type',
    context: { groupType: 'Public' },
  },
  {
    id: 'recent-contact-community',
    title: 'RecentContactFlag for a Community group',
    explanation:
      'RecentContactFlag is refused for Community and AVChatRoom groups: remove it. (AVChatRoom groups take no imported messages at all: ErrorCode 10007.) Needs the group type: set "Group type" to Community in Context settings to see it.',
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
    title: 'Trailing commas',
    explanation:
      'JSON allows no comma after the last item of an object or array. The console removes them before sending; remove them from your own code.',
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
    title: 'The same field twice',
    explanation:
      'A field written twice in one object: JSON.parse and most servers keep only the last value. Remove the one you did not mean.',
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
    title: 'Face Index written as a string',
    explanation:
      'Some SDKs send the TIMFaceElem Index as a string ("6"). It is an integer: write it without quotes.',
    text: request([
      textMessage(0, { MsgBody: [{ MsgType: 'TIMFaceElem', MsgContent: { Index: '6', Data: 'smile' } }] }),
    ]),
    expectRule: 'field-type',
  },
  {
    id: 'random-too-large',
    title: 'Random over 32 bits',
    explanation:
      'Random is a 32-bit unsigned number (0 to 4294967295). A 64-bit random from another system does not fit: draw a new one.',
    text: request([textMessage(0, { Random: 2 ** 32 })]),
    expectRule: 'field-range',
  },
  {
    id: 'misspelt-field',
    title: 'Misspelt field name',
    explanation:
      'Field names are case-sensitive and exact. The service does not know a misspelt name, so at best its value is lost: here the Random meant to guard against duplicates.',
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
