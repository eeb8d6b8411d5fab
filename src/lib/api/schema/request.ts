import { z } from 'zod';
import { MESSAGE_EXAMPLE, REQUEST_EXAMPLE } from './examples';
import { MsgElementSchema } from './elements';
import { documented, uint32 } from './fields';
import { MAX_MESSAGES_PER_CALL } from '../facts';

export const ImportMessageSchema = z
  .strictObject({
    From_Account: documented(z.string({ error: 'must be a string (the sender UserID)' }), {
      description:
        'Sender UserID, at most 32 bytes. The account must already exist: import it first with account_import.',
      examples: ['leckie'],
    }),
    SendTime: documented(
      z
        .number({ error: 'must be a number of Unix seconds' })
        .int({ error: 'must be a whole number of Unix seconds' })
        .min(0, { error: 'must be a positive number of Unix seconds' }),
      {
        description:
          'When the message was sent, in Unix seconds. Strictly ascending within the call (and across calls to ' +
          'the group), earlier than now, later than the group creation time and its newest message. Otherwise ' +
          'the message fails with Result 10004.',
        examples: [1620808101],
      },
    ),
    Random: documented(uint32(), {
      description:
        'Optional 32-bit unsigned random number. Two messages with the same Random within five minutes: the later ' +
        'one is dropped as a duplicate.',
      examples: [8912345],
      note: 'Whether the five minutes are measured on SendTime or on the import wall clock is unconfirmed.',
    }).optional(),
    MsgBody: documented(z.array(MsgElementSchema).min(1, { error: 'needs at least one element' }), {
      description:
        'The message: one or more TIMMsgElement objects, at most one TIMCustomElem. The content of all ' +
        'elements together must fit the byte budget (8,000 bytes on the original page; 12 KB in newer docs).',
    }),
  })
  .meta({
    title: 'Message',
    description: 'One historical message to import.',
    markdownDescription:
      'One historical message to import: sender, send time, optional Random, and the body.',
    examples: [MESSAGE_EXAMPLE],
    defaultSnippets: [{ label: 'Message', description: 'A text message', body: MESSAGE_EXAMPLE }],
  });

export const ImportRequestSchema = z
  .strictObject({
    GroupId: documented(z.string({ error: 'must be a string' }), {
      description:
        'ID of the group to import into: printable ASCII, at most 48 bytes. Community group IDs start with @TGS#_.',
      examples: ['@TGS#2C5SZEAEF'],
    }),
    RecentContactFlag: documented(z.union([z.literal(0), z.literal(1)], { error: 'must be 0 or 1' }), {
      description:
        '1: update the members\u2019 conversation lists (recent contacts). Default: not updated. Not allowed for ' +
        'AVChatRoom or Community groups.',
      examples: [1],
    }).optional(),
    TopicId: documented(z.string({ error: 'must be a string' }), {
      description:
        'Community groups with topics only: the topic to import into, of the form {GroupId}@TOPIC#_{rest}, at ' +
        'most 96 bytes.',
      examples: ['@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic'],
      note: 'From newer docs; the original page does not have it.',
    }).optional(),
    MsgList: documented(
      z
        .array(ImportMessageSchema)
        .min(1, { error: 'needs at least one message' })
        .max(MAX_MESSAGES_PER_CALL, { error: `takes at most ${MAX_MESSAGES_PER_CALL} messages per call` }),
      {
        description: `The messages to import, 1 to ${MAX_MESSAGES_PER_CALL}, in ascending SendTime.`,
      },
    ),
  })
  .meta({
    title: 'import_group_msg request',
    description: 'Body of v4/group_open_http_svc/import_group_msg.',
    markdownDescription:
      'Body of `v4/group_open_http_svc/import_group_msg`: imports up to 7 historical messages into a group, ' +
      'without callbacks or notifications.',
    examples: [REQUEST_EXAMPLE],
    defaultSnippets: [
      { label: 'Whole request', description: 'GroupId and two messages', body: REQUEST_EXAMPLE },
    ],
  });

export type ImportRequest = z.infer<typeof ImportRequestSchema>;
export type ImportMessage = z.infer<typeof ImportMessageSchema>;
