/**
 * The codes `import_group_msg` can answer with, as data (TENCENT-IM.md §6-7 and the seed page); the 70xxx-9xxxx
 * codes are in codes-table-account.ts.
 * Written for someone in the middle of a migration: what happened, and exactly what to do next.
 */
import { MAX_CALLS_PER_SECOND } from './facts';

export interface CodeEntry {
  meaning: string;
  action: string;
  retryable: boolean;
  /** When the code is a per-message `Result` in `ImportMsgResult`, it means something narrower. */
  asMessageResult?: { meaning: string; action: string };
}

const SEND_TIME_RULES =
  'SendTime must be strictly ascending within the call and across calls to the same group, earlier than now, ' +
  "later than the group's CreateTime and later than the newest message already in the group.";

const CREATE_WITH_PAST_TIME =
  'If the group was made with create_group it was created "now", so every back-dated message fails: ' +
  're-create the group with import_group and a CreateTime earlier than your oldest message, then import again.';

const RATE_LIMIT_ACTION =
  'Back off and retry: wait a second, then retry with exponential back-off. The limit is ' +
  `${MAX_CALLS_PER_SECOND} calls per second per app; pace the migration below it.`;

export const NEW_USERSIG =
  'Generate a new UserSig for the admin account (TLSSigAPIv2 with the app SecretKey) and retry.';

/** Success, the group service (10xxx, 11xxx) and the public REST errors (60xxx). */
export const GROUP_AND_REST_CODES: Readonly<Record<number, CodeEntry>> = {
  0: {
    meaning: 'Success.',
    action:
      'Nothing to do. Check each ImportMsgResult entry: the call can succeed while single messages fail.',
    retryable: false,
    asMessageResult: { meaning: 'The message was imported.', action: 'Nothing to do.' },
  },

  // Group service (10xxx, 11xxx).
  10002: {
    meaning: 'Internal error in the group service.',
    action:
      'Retry the same call after a short wait. If it keeps failing, contact Tencent support with the request.',
    retryable: true,
  },
  10003: {
    meaning: 'Wrong command: the request path does not name a valid group API.',
    action: 'Check the URL path: it must be /v4/group_open_http_svc/import_group_msg.',
    retryable: false,
  },
  10004: {
    meaning: 'Invalid parameter. As a per-message Result it means the SendTime is invalid.',
    action:
      'Read ErrorInfo: it names the field at fault. Fix the request body (GroupId, MsgList, MsgBody, field types) ' +
      `and send it again. If it concerns times: ${SEND_TIME_RULES}`,
    retryable: false,
    asMessageResult: {
      meaning: 'The message was not imported: its SendTime is invalid.',
      action: `${SEND_TIME_RULES} ${CREATE_WITH_PAST_TIME}`,
    },
  },
  10006: {
    meaning: 'Rate limited by the group service.',
    action: RATE_LIMIT_ACTION,
    retryable: true,
  },
  10007: {
    meaning:
      'No permission. For import_group_msg this usually means the group is an AVChatRoom (audio-video group), ' +
      'which does not support importing messages.',
    action:
      'AVChatRoom groups cannot be imported: migrate this history into a Public, Work (Private), Meeting ' +
      '(ChatRoom) or Community group instead. Also check that identifier is an app admin.',
    retryable: false,
  },
  10010: {
    meaning: 'The group does not exist or has been disbanded.',
    action:
      'Create the group first with import_group (with a past CreateTime), then import its messages. Check the ' +
      'GroupId for typos and that you are calling the host of the right region.',
    retryable: false,
  },
  10011: {
    meaning: 'The group service could not parse the JSON body.',
    action: 'Send valid JSON: no comments, no trailing commas, strings in double quotes.',
    retryable: false,
  },
  10015: {
    meaning: 'Invalid group ID.',
    action:
      'Use the exact GroupId returned by import_group or create_group. Custom IDs are printable ASCII, at most ' +
      '48 bytes, and must not start with @TGS# (Community groups: @TGS#_).',
    retryable: false,
  },
  10019: {
    meaning: 'A UserID in the request does not exist.',
    action:
      'Import the senders first (account_import or multiaccount_import), then import the messages again. ' +
      'Check From_Account for typos.',
    retryable: false,
  },
  10020: {
    meaning: 'The message is too large.',
    action:
      'Shrink the message: the seed page allows 8,000 bytes per message (newer docs 12 KB), counted as the UTF-8 ' +
      'bytes of the field values. Split long text into several messages.',
    retryable: false,
  },
  10023: {
    meaning: 'Message rate limit of the group exceeded.',
    action: RATE_LIMIT_ACTION,
    retryable: true,
  },
  10026: {
    meaning: 'This command is disabled for the app.',
    action: 'Ask Tencent support (or check the IM console) to enable message import for this SDKAppID.',
    retryable: false,
  },
  10044: {
    meaning: 'This group type has no message roaming, so messages cannot be imported into it.',
    action: 'Import into a group type that stores history (Public, Work, Meeting or Community).',
    retryable: false,
  },
  11000: {
    meaning: 'Community groups are not enabled for this app.',
    action:
      'Enable the Community feature in the IM console (it may need a Pro or Ultimate edition), then retry.',
    retryable: false,
  },

  // Public REST errors (60xxx).
  60002: {
    meaning: 'HTTP parse error.',
    action:
      'Check the URL: https://{host}/v4/group_open_http_svc/import_group_msg with all five query parameters.',
    retryable: false,
  },
  60003: {
    meaning: 'The request body is not valid JSON.',
    action: 'Send valid JSON: no comments, no trailing commas, strings in double quotes.',
    retryable: false,
  },
  60004: {
    meaning: 'identifier or UserSig error in the URL or body.',
    action: `Check that identifier is the admin account the UserSig was generated for. ${NEW_USERSIG}`,
    retryable: false,
  },
  60005: {
    meaning: 'identifier or UserSig error in the URL or body.',
    action: `Check that identifier is the admin account the UserSig was generated for. ${NEW_USERSIG}`,
    retryable: false,
  },
  60006: {
    meaning: 'The SDKAppID is invalid.',
    action: 'Copy the SDKAppID from the IM console (a number such as 1400000000) and check the region host.',
    retryable: false,
  },
  60007: {
    meaning: 'REST call rate limit exceeded.',
    action: RATE_LIMIT_ACTION,
    retryable: true,
  },
  60008: {
    meaning: 'Service timeout, or the HTTP request was malformed.',
    action:
      'Retry after a short wait; if it repeats, check that the request is a well-formed POST with a body.',
    retryable: true,
  },
  60009: {
    meaning: 'Requested resource error: the path is wrong.',
    action: 'Check the URL path: it must be /v4/group_open_http_svc/import_group_msg.',
    retryable: false,
  },
  60010: {
    meaning: 'identifier is not an app admin.',
    action:
      'Use an app admin account (set in the IM console) as identifier, with a UserSig generated for it.',
    retryable: false,
  },
  60011: {
    meaning: 'SDKAppID-level rate limit exceeded.',
    action: RATE_LIMIT_ACTION,
    retryable: true,
  },
  60012: {
    meaning: 'sdkappid is missing from the URL.',
    action: 'Add sdkappid={your SDKAppID} to the query string.',
    retryable: false,
  },
  60013: {
    meaning: 'JSON parse error in the HTTP response.',
    action: 'Retry; if it repeats, report it to Tencent support with the request.',
    retryable: false,
  },
  60014: {
    meaning: 'Account switch timeout.',
    action: 'Retry after a short wait.',
    retryable: true,
  },
  60015: {
    meaning: 'A UserID in the body is not a string.',
    action: 'Write every account (From_Account) as a JSON string, e.g. "10086", not 10086.',
    retryable: false,
  },
  60016: {
    meaning: 'The SDKAppID is disabled.',
    action: 'Check the app status and billing in the IM console; re-enable the app, then retry.',
    retryable: false,
  },
  60017: {
    meaning: 'The request is disabled.',
    action: 'This API is disabled for the app: check the IM console or ask Tencent support.',
    retryable: false,
  },
  60018: { meaning: 'Too many requests.', action: RATE_LIMIT_ACTION, retryable: true },
  60019: { meaning: 'Too many requests.', action: RATE_LIMIT_ACTION, retryable: true },
  60020: {
    meaning: 'The Pro edition package has expired.',
    action: 'Renew the package in the IM console, then retry.',
    retryable: false,
  },
  60021: {
    meaning: 'The call came from a source IP that is not on the allow-list.',
    action:
      'Add the public IP of the machine (or relay) making the call to the IP allow-list in the IM console, or ' +
      'call from an allowed machine.',
    retryable: false,
  },
};
