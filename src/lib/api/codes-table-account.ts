/** Account and UserSig (70xxx), content (8xxxx) and message service (9xxxx) codes, as data; see codes-table.ts. */
import { NEW_USERSIG, type CodeEntry } from './codes-table';

export const ACCOUNT_CONTENT_MESSAGE_CODES: Readonly<Record<number, CodeEntry>> = {
  // Account and UserSig (70xxx).
  70001: { meaning: 'The UserSig has expired.', action: NEW_USERSIG, retryable: false },
  70002: { meaning: 'The UserSig is empty.', action: `Fill in usersig. ${NEW_USERSIG}`, retryable: false },
  70003: {
    meaning: 'The UserSig is invalid.',
    action: `Paste the whole UserSig with no spaces or line breaks. ${NEW_USERSIG}`,
    retryable: false,
  },
  70005: {
    meaning: 'The UserSig is invalid.',
    action: `Paste the whole UserSig with no spaces or line breaks. ${NEW_USERSIG}`,
    retryable: false,
  },
  70009: {
    meaning: 'UserSig verification failed: it was signed with the wrong key (e.g. another app’s SecretKey).',
    action:
      'Generate the UserSig with the SecretKey of this SDKAppID (shown in the IM console for this app).',
    retryable: false,
  },
  70013: {
    meaning: 'identifier differs from the identifier inside the UserSig.',
    action:
      'Use the same admin account in the URL as in the UserSig, or generate a UserSig for this identifier.',
    retryable: false,
  },
  70014: {
    meaning: 'sdkappid differs from the SDKAppID inside the UserSig.',
    action: 'Use the SDKAppID the UserSig was generated for, or generate a UserSig for this SDKAppID.',
    retryable: false,
  },
  70016: {
    meaning: 'Public key missing (legacy ECDSA apps).',
    action: 'Generate a TLSSigAPIv2 (HMAC) UserSig with the app SecretKey instead of a legacy ECDSA one.',
    retryable: false,
  },
  70020: {
    meaning: 'SDKAppID not found.',
    action: 'Check the SDKAppID and that you are calling the host of the region where the app was created.',
    retryable: false,
  },
  70050: {
    meaning: 'Too many failed UserSig verifications.',
    action: `Wait a minute before retrying. Fix the UserSig first: ${NEW_USERSIG}`,
    retryable: true,
  },
  70051: {
    meaning: 'The account is blocklisted.',
    action: 'Use another admin account, or ask Tencent support why the account is blocked.',
    retryable: false,
  },
  70107: {
    meaning: 'The UserID does not exist.',
    action: 'Import the account first (account_import or multiaccount_import), then retry.',
    retryable: false,
  },
  70169: { meaning: 'Internal timeout.', action: 'Retry after a short wait.', retryable: true },
  70202: { meaning: 'Internal timeout.', action: 'Retry after a short wait.', retryable: true },
  70398: {
    meaning: 'The number of accounts exceeds the edition limit.',
    action: 'Upgrade the edition or delete unused accounts before importing more senders.',
    retryable: false,
  },
  70402: {
    meaning: 'Invalid parameter.',
    action: 'Check sdkappid, identifier and the body fields against the API page.',
    retryable: false,
  },
  70403: {
    meaning: 'App admin permission is required.',
    action: 'Use an app admin account as identifier, with a UserSig generated for it.',
    retryable: false,
  },
  70500: {
    meaning: 'Internal error of the account service.',
    action: 'Retry after a short wait; contact Tencent support if it persists.',
    retryable: true,
  },

  // Content (8xxxx).
  80001: {
    meaning: 'The text hit the restricted-words filter.',
    action: 'Remove or change the restricted words, or adjust the app’s content moderation rules, and retry.',
    retryable: false,
    asMessageResult: {
      meaning: 'The message was not imported: it contains restricted words.',
      action:
        'Change or drop this message, or adjust the content moderation rules, then import it again in time order.',
    },
  },
  80002: {
    meaning: 'The message is too large.',
    action:
      'Shrink the message below the limit (8,000 bytes in the seed page, 12 KB in newer docs, counted as the ' +
      'UTF-8 bytes of the field values), e.g. split long text into several messages.',
    retryable: false,
    asMessageResult: {
      meaning: 'The message was not imported: it is too large.',
      action:
        'Keep each message under 8,000 bytes (the safe figure; newer docs say 12 KB), counted as the UTF-8 ' +
        'bytes of its field values. Split it into several messages with ascending SendTime.',
    },
  },
  80003: {
    meaning: 'The before-send callback failed or timed out.',
    action:
      'Check your before-send callback server (it must answer within its timeout), or disable it, then retry.',
    retryable: true,
  },
  80004: {
    meaning: 'An image hit the content filter.',
    action: 'Remove or replace the image, or adjust the app’s content moderation rules.',
    retryable: false,
  },

  // Message service (9xxxx).
  90001: {
    meaning: 'JSON parse failure in the message service.',
    action: 'Send valid JSON: no comments, no trailing commas, strings in double quotes.',
    retryable: false,
  },
  90009: {
    meaning: 'App admin permission is required.',
    action: 'Use an app admin account as identifier, with a UserSig generated for it.',
    retryable: false,
  },
  91000: {
    meaning: 'Internal error of the message service.',
    action: 'Retry the same call after a short wait.',
    retryable: true,
  },
  93000: {
    meaning: 'The JSON packet is too long.',
    action: 'Send fewer or smaller messages per call (at most 7 messages, each under the size limit).',
    retryable: false,
  },
};
