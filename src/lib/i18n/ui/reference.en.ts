/** English words of the console's reference area (see ./areas.ts). Ids are `component.purpose`. */
export const REFERENCE_EN = {
  // ReferencePanel.svelte. `{errorCode}`, `{rule}`, `{code}`… are shown as code, `{groupType}` in bold.
  'panel.title': 'Reference',
  'endpoint.summary': 'Endpoint',
  'endpoint.status':
    'HTTP status is 200 for every API-level outcome; errors are in {errorCode} and {errorInfo}. At most ' +
    '{perCall} messages per call, {perSecond} calls per second per app. Importing sets every member’s unread ' +
    'count to 0.',
  'endpoint.queryCaption': 'Query parameters',
  'endpoint.parameter': 'Parameter',
  'endpoint.meaning': 'Meaning',
  'regions.summary': 'Regions',
  'regions.caption': 'Hosts per region',
  'regions.region': 'Region',
  'regions.host': 'Host',
  'regions.backupHost': 'Backup host',
  'regions.note': 'Note',
  'docs.summary': 'Request fields and message elements',
  'docs.failed': 'The field reference could not be loaded ({reason}).',
  'docs.retry': 'Try again',
  'docs.loading': 'Loading the field reference…',
  'mistakes.summary': 'Common mistakes',
  'mistakes.intro':
    'Each example loads into the editor, where its diagnostic and the server’s predicted code appear.',
  'mistakes.loaded': 'Loaded “{title}” into the editor.',
  'mistakes.rule': 'Rule {rule}.',
  'mistakes.ruleAndCode': 'Rule {rule}; the server answers {code}.',
  'mistakes.groupType': 'Loading it also sets Group type to {groupType} in Context settings.',
  'mistakes.loadLabel': 'Load example: {title}',
  'mistakes.load': 'Load',

  // ReferenceFields.svelte
  'fields.requestCaption': 'Request fields',
  'fields.scrollable': '{caption}, scrollable',
  'fields.field': 'Field',
  'fields.type': 'Type',
  'fields.required': 'Required',
  'fields.description': 'Description',
  'fields.yes': 'yes',
  'fields.no': 'no',
  'fields.examples': 'e.g. {examples}',
  'fields.elementsHeading': 'Message elements (MsgBody[].MsgContent)',
  'fields.notDocumented': 'not documented for group import: a warning',
  'fields.elementCaption': '{msgType} fields',
  'fields.exampleLabel': '{msgType} example',

  // The mistakes gallery (reference/mistakes.ts): a title and an explanation per example
  'mistake.too-many-messages.title': 'Eight messages in one call',
  'mistake.too-many-messages.explanation':
    'One call imports at most 7 messages. Split MsgList into calls of 7 or fewer, in time order.',
  'mistake.send-time-order.title': 'SendTime out of order',
  'mistake.send-time-order.explanation':
    'Messages must be in strictly ascending SendTime. Sort MsgList by SendTime; the server rejects the later one.',
  'mistake.send-time-milliseconds.title': 'SendTime in milliseconds',
  'mistake.send-time-milliseconds.explanation':
    'SendTime is Unix seconds. A 13-digit value is milliseconds: divide it by 1000.',
  'mistake.send-time-future.title': 'SendTime in the future',
  'mistake.send-time-future.explanation':
    'Every SendTime must be earlier than now: imported messages are history.',
  'mistake.message-too-large.title': 'Message over the byte budget',
  'mistake.message-too-large.explanation':
    'A message may carry at most 8,000 bytes of element values (12 KB in newer docs). Split long text over ' +
    'several messages.',
  'mistake.two-custom-elements.title': 'Two TIMCustomElem in one message',
  'mistake.two-custom-elements.explanation':
    'A message holds at most one TIMCustomElem. Merge their Data, or send them as two messages.',
  'mistake.unknown-msg-type.title': 'Unknown MsgType',
  'mistake.unknown-msg-type.explanation':
    'MsgType names are case-sensitive and start with TIM, e.g. TIMTextElem, not TextElem.',
  'mistake.latitude-range.title': 'Latitude out of range',
  'mistake.latitude-range.explanation':
    'Latitude lies in [-90, 90] and Longitude in [-180, 180]. Swapped coordinates are the usual cause.',
  'mistake.duplicate-random.title': 'Duplicate Random',
  'mistake.duplicate-random.explanation':
    'Two messages with the same Random within 5 minutes: the server silently drops the later one as a ' +
    'duplicate. Give each message its own Random.',
  'mistake.missing-from-account.title': 'Missing From_Account',
  'mistake.missing-from-account.explanation':
    'Every message needs its sender, an account that already exists (import it with account_import).',
  'mistake.from-account-too-long.title': 'From_Account over 32 bytes',
  'mistake.from-account-too-long.explanation':
    'A UserID is at most 32 bytes (UTF-8). Map long IDs from the old system to shorter ones.',
  'mistake.json-comments.title': 'Comments in the JSON',
  'mistake.json-comments.explanation':
    'The seed page prints comments in its sample, but JSON has none. The console strips them before sending; ' +
    'remove them from your own code.',
  'mistake.group-id-non-ascii.title': 'GroupId with non-ASCII characters',
  'mistake.group-id-non-ascii.explanation':
    'A custom GroupId uses printable ASCII only (at most 48 bytes). Use the ID the group was created or ' +
    'imported with.',
  'mistake.topic-non-community.title': 'TopicId on a group that is not a Community',
  'mistake.topic-non-community.explanation':
    'Only Community groups (IDs starting with @TGS#_) have topics. Remove TopicId, or import into the ' +
    'Community group.',
  'mistake.recent-contact-community.title': 'RecentContactFlag for a Community group',
  'mistake.recent-contact-community.explanation':
    'RecentContactFlag is refused for Community and AVChatRoom groups: remove it. (AVChatRoom groups take no ' +
    'imported messages at all: ErrorCode 10007.) Needs the group type: set "Group type" to Community in ' +
    'Context settings to see it.',
  'mistake.trailing-commas.title': 'Trailing commas',
  'mistake.trailing-commas.explanation':
    'JSON allows no comma after the last item of an object or array. The console removes them before ' +
    'sending; remove them from your own code.',
  'mistake.duplicate-key.title': 'The same field twice',
  'mistake.duplicate-key.explanation':
    'A field written twice in one object: JSON.parse and most servers keep only the last value. Remove the ' +
    'one you did not mean.',
  'mistake.face-index-string.title': 'Face Index written as a string',
  'mistake.face-index-string.explanation':
    'Some SDKs send the TIMFaceElem Index as a string ("6"). It is an integer: write it without quotes.',
  'mistake.random-too-large.title': 'Random over 32 bits',
  'mistake.random-too-large.explanation':
    'Random is a 32-bit unsigned number (0 to 4294967295). A 64-bit random from another system does not fit: ' +
    'draw a new one.',
  'mistake.misspelt-field.title': 'Misspelt field name',
  'mistake.misspelt-field.explanation':
    'Field names are case-sensitive and exact. The service does not know a misspelt name, so at best its ' +
    'value is lost: here the Random meant to guard against duplicates.',
} as const;
