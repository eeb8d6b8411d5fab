/**
 * The validator's diagnostics in English, by message id (a rule id, or `rule.variant` where one rule says
 * different things). `term.<param>.<value>` entries are the words a parameter stands for: a string parameter
 * whose value names a term is replaced by that term (rendered with the same parameters) before the message is.
 * Simplified Chinese: `diagnostics-zh-CN.ts` (same ids, same placeholders; loaded only when asked for).
 */
export const DIAGNOSTICS_EN = {
  // JSON text (validate/parse.ts)
  'json-empty': 'The request is empty: start from the "Whole request" template, or paste a request.',
  'json-bom':
    'The text starts with an invisible byte-order mark (U+FEFF), which is not JSON: the console removes it before sending. Remove it here too (save the file as UTF-8 without BOM).',
  'json-nesting':
    'The JSON nests deeper than {max} levels here: a request nests 7 at most. Check the brackets.',
  'json-trailing-comma':
    'Trailing comma: JSON allows none. The console removes it before sending; remove it here too.',
  'json-duplicate-key':
    '"{name}" appears twice in this object: JSON.parse and most servers keep only the last one. Remove one of them.',
  'json-comment':
    'Comments are not JSON: the console removes them before sending. Remove them to keep the text valid JSON.',
  'json-syntax': 'This is not valid JSON here.',
  'json-syntax.invalid': 'This is not valid JSON.',
  'json-syntax.not-json-literal': '{token} is not JSON: write a number (or null) instead.',
  'json-syntax.single-quotes': 'JSON strings and keys use double quotes ("), not single quotes.',
  'json-syntax.invisible':
    'Unexpected {char}: this is not JSON. Delete it, or replace it with what JSON expects here.',
  'json-syntax.unexpected': 'Unexpected "{token}": this is not JSON.',
  'json-syntax.invalid-number':
    'Invalid number: JSON numbers have no leading zeros, "+" sign, hex digits or trailing dot.',
  'json-syntax.expected-property-name': 'Expected a property name in double quotes, e.g. "GroupId".',
  'json-syntax.expected-value': 'Expected a value: a string, number, object, array, true, false or null.',
  'json-syntax.expected-colon': 'Expected ":" after the property name.',
  'json-syntax.expected-comma': 'Expected "," between two items.',
  'json-syntax.expected-close-brace': 'Expected "}" to close the object.',
  'json-syntax.expected-close-bracket': 'Expected "]" to close the array.',
  'json-syntax.trailing-text':
    'Unexpected text after the end of the request: a document holds exactly one JSON object.',
  'json-syntax.unterminated-comment':
    'Unterminated comment: close it with */ (or better, remove it: comments are not JSON).',
  'json-syntax.unterminated-string': 'Unterminated string: add the closing double quote.',
  'json-syntax.invalid-unicode-escape': 'Invalid \\u escape: it takes exactly four hex digits, e.g. \\u00e9.',
  'json-syntax.invalid-escape':
    'Invalid escape: JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX only.',
  'json-syntax.control-character':
    'A control character (a raw tab or line break) inside a string: escape it as \\t or \\n.',

  // The whole request (validate/index.ts)
  'input-type': 'The request must be given as text.',
  internal: 'The validator failed on this input ({error}). Your text is untouched; please report this.',
  'root-type': 'The request must be a JSON object with GroupId and MsgList, not {kind}.',
  'group-type-avchatroom':
    'AVChatRoom (audio-video) groups cannot import messages: the call fails with 10007. Import into another group type.',
  'recent-contact-flag-group-type': 'RecentContactFlag is not supported for {type} groups: remove it.',
  'recent-contact-flag-group-type.inferred':
    'RecentContactFlag is not supported for Community groups, and this looks like one ({reason}): remove it, or set the group type if the group is not a Community group.',
  'community-feature':
    'Community groups need the Community feature enabled for the app, or the call fails with 11000.',

  // GroupId and TopicId (validate/ids.ts)
  'group-id-empty': 'GroupId is empty: give the ID of the group to import into.',
  'group-id-charset':
    'GroupId has {char} at position {position}: group IDs are printable ASCII only (space to ~).',
  'group-id-length': 'GroupId is {size} bytes; at most {max} are allowed.',
  'group-id-community-prefix':
    'Community group IDs start with @TGS#_: check the ID, or the group type in the context settings.',
  'group-id-type-hint':
    'The prefix @TGS#{prefix} usually marks a {hinted} group (a pattern in official samples, not a rule).',
  'group-id-type-hint.clash':
    'The prefix @TGS#{prefix} usually marks a {hinted} group, but the group type is set to {type}. Only a hint from official samples: check you have the right group.',
  'topic-id-group-type':
    'TopicId is only for Community groups with topics; this group is {type}. Remove TopicId.',
  'topic-id-format': 'A topic ID has the form {form}: here it should start with "{start}".',
  'topic-id-length': 'TopicId is {size} bytes; at most {max} are allowed.',

  // Messages (validate/messages.ts, validate/number-form.ts)
  'from-account-empty': 'From_Account is empty: give the sender\u2019s UserID.',
  'from-account-length': 'From_Account is {size} bytes; UserIDs are at most {max} bytes.',
  'msg-type-undocumented':
    '{type} is a valid message element, but the group-import docs list only TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem. Whether import accepts it is unconfirmed: try one call before a whole migration.',
  'custom-elem-count':
    'A message holds at most one TIMCustomElem: merge the payloads, or split this into two messages.',
  'message-size':
    'The content of this message is {size} bytes, over the budget of {budget} ({jsonPart}only the values inside MsgContent count). Shorten it or split it into several messages.{newer}',
  'send-time-now': 'SendTime {time} is now: imported messages must be earlier than the current time.',
  'send-time-future':
    'SendTime {time} is {duration} in the future: imported messages must be earlier than the current time.',
  'send-time-before-group-creation':
    'SendTime {time} is not after the group\u2019s creation ({created}). Create the group with import_group and an earlier CreateTime.',
  'send-time-order':
    'SendTime {time} is not after message {earlier}\u2019s {latest}: messages must be in strictly ascending SendTime (equal times fail too). Sort them, or add a second.',
  'send-time-before-latest-message':
    'SendTime {time} is not after the group\u2019s newest message ({latest}): import older history first, or into a new group.',
  'send-time-milliseconds':
    'SendTime {time} looks like milliseconds: SendTime is in Unix seconds, so write {seconds}.',
  'send-time-number-form':
    'SendTime is written {shown}, which JSON.parse reads as the whole number {value}; whether the service reads it as an integer is unconfirmed. Write {value}.',
  'random-duplicate':
    'Same Random as message {first}: within five minutes the service drops the later one as a duplicate. Give each message its own Random.',

  // Shape (validate/issues.ts)
  'unknown-key': 'Unknown field "{key}": did you mean "{guess}"?',
  'unknown-key.remove': 'Unknown field "{key}": the service does not know it; remove it.',
  'field-required': '{field} is required here.',
  'field-required.must': '{field} is required here: it {must}.',
  'field-required.msg-type': 'MsgType is required: one of {types}.',
  'field-type': '{field} must be {expected}, got {got}.{hint}',
  'field-type.msg-type': 'MsgType must be a string, got {got}.',
  'field-value': '{field} {must}; got {got}.',
  'field-range': '{field} {must}; got {got}.',
  'msg-type-unknown': '"{value}" is not a message element type: did you mean "{guess}"?',
  'msg-type-unknown.list':
    '"{value}" is not a message element type. Group import takes TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem.',
  'msg-list-count':
    'MsgList has {count} messages: one call takes at most 7. Split them into calls of 7 (the batch planner does it).',
  'msg-list-count.empty': 'MsgList is empty: one call takes 1 to 7 messages.',
  'msg-body-empty': 'MsgBody is empty: a message needs at least one element.',

  // Terms: the words a parameter's value stands for.
  'term.kind.array': 'an array',
  'term.kind.string': 'a string',
  'term.field.@request': 'The request',
  'term.got.nothing': 'nothing',
  'term.got.null': 'null',
  'term.got.array': 'an array',
  'term.got.object': 'an object',
  'term.got.string': 'the string {gotText}',
  'term.got.number': 'number {gotText}',
  'term.got.boolean': 'boolean {gotText}',
  'term.expected.string': 'a string',
  'term.expected.number': 'a number',
  'term.expected.int': 'a whole number',
  'term.expected.object': 'an object',
  'term.expected.array': 'an array',
  'term.hint.unquote': ' Write the number without quotes.',
  'term.hint.unix-seconds': ' Use Unix seconds, e.g. 1620808101, not a date string.',
  'term.reason.topic-id': 'the request has a TopicId',
  'term.reason.tgs-prefix': 'its GroupId starts with @TGS#_',
  'term.duration.s': '{amount} s',
  'term.duration.min': '{amount} min',
  'term.duration.h': '{amount} h',
  'term.duration.days': '{amount} days',
  'term.jsonPart.known': 'its JSON is {json} bytes; ',
  'term.newer.hint': ' Newer docs allow 12 KB: raise the budget if your app follows them.',
  // The schema's own wording of a value's constraint (schema/*.ts `error:`), by slug.
  'term.must.string': 'must be a string',
  'term.must.string-user-id': 'must be a string (the sender UserID)',
  'term.must.number': 'must be a number',
  'term.must.whole-number': 'must be a whole number',
  'term.must.zero-or-more': 'must be 0 or more',
  'term.must.zero-or-one': 'must be 0 or 1',
  'term.must.unix-number': 'must be a number of Unix seconds',
  'term.must.unix-whole': 'must be a whole number of Unix seconds',
  'term.must.unix-positive': 'must be a positive number of Unix seconds',
  'term.must.uint32': 'must be at most {maxUint32} (a 32-bit unsigned integer)',
  'term.must.messages-per-call': 'takes at most {maxMessages} messages per call',
  'term.must.one-element': 'needs at least one element',
  'term.must.one-image': 'needs at least one image',
  'term.must.one-message': 'needs at least one message',
  'term.must.latitude': 'must be between -90 and 90 (degrees)',
  'term.must.longitude': 'must be between -180 and 180 (degrees)',
  'term.must.image-type': 'must be 1 (original), 2 (large) or 3 (thumbnail)',
  'term.must.image-format': 'must be 1 (JPG), 2 (GIF), 3 (PNG), 4 (BMP) or 255 (other)',
  'term.must.download-flag': 'must be 2: REST messages carry a URL, and 2 means "download from the URL"',
} as const;

export type DiagnosticMessageId = keyof typeof DIAGNOSTICS_EN;
