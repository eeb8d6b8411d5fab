/** The documented shape of an `import_group_msg` response (TENCENT-IM.md §6 and the seed page). */
import { z } from 'zod';

export const ImportMsgResultSchema = z
  .object({
    MsgSeq: z.int().meta({
      description: 'Sequence number of the message in the group: starts at 1 and strictly increases.',
    }),
    MsgTime: z
      .int()
      .meta({ description: 'Timestamp of the message (Unix seconds): the SendTime that was sent.' }),
    Result: z.int().meta({
      description:
        'Result for this message: 0 imported, 10004 invalid SendTime, 80001 restricted words, 80002 too large.',
    }),
  })
  .meta({ description: 'Result of one imported message, in request order.' });

export const ImportResponseSchema = z
  .object({
    ActionStatus: z.enum(['OK', 'FAIL']).meta({ description: 'Outcome of the call: OK or FAIL.' }),
    ErrorCode: z.int().meta({ description: 'Error code: 0 on success, any other value is a failure.' }),
    ErrorInfo: z.string().meta({ description: 'Error details; empty on success.' }),
    ErrorDisplay: z.string().optional().meta({
      description: 'Error text meant for display; some clients see it, the API page does not list it.',
    }),
    ImportMsgResult: z.array(ImportMsgResultSchema).optional().meta({
      description:
        'One result per message of the request, in request order. Absent when the whole call failed.',
    }),
  })
  .meta({ description: 'Response of v4/group_open_http_svc/import_group_msg.' });

export type ImportResponse = z.infer<typeof ImportResponseSchema>;
export type ImportMsgResult = z.infer<typeof ImportMsgResultSchema>;

export const RESPONSE_FIELDS: readonly string[] = Object.keys(ImportResponseSchema.shape);
export const RESULT_FIELDS: readonly string[] = Object.keys(ImportMsgResultSchema.shape);
