/**
 * What the response reader (`api/response.ts`) says about an `import_group_msg` answer, in English, by message id:
 * the notes on the whole response and those on one message's result (`row.*`). `term.<param>.<value>` entries are
 * the words a parameter stands for (see `renderCoreMessage`). Simplified Chinese: `response-zh-CN.ts` (same ids,
 * same placeholders; loaded only when asked for).
 */
export const RESPONSE_EN = {
  // The text is no IM answer at all.
  'not-text': 'The response is not text. {hint}',
  empty: 'The response is empty. {hint}',
  'too-large':
    'The response is {bytes} bytes, over the {limit}-byte limit; an import_group_msg answer is a few hundred bytes. {hint}',
  html: 'The response is an HTML page, not JSON. {hint}',
  'html.titled': 'The response is an HTML page ("{title}"), not JSON. {hint}',
  'not-json': 'The response is not valid JSON: {problem} {hint}',
  'not-object': 'The response is {kind}, not an object with ActionStatus and ErrorCode. {hint}',
  'could-not-read': 'The response could not be read ({detail}).',
  'term.hint.not-im':
    'This is not an IM response: maybe a gateway or proxy error (such as 502), or the call did not reach Tencent. Check the host.',
  'term.kind.array': 'an array',
  'term.kind.null': 'null',
  'term.kind.string': 'a string',
  'term.kind.number': 'a number',
  'term.kind.boolean': 'true or false',

  // Read anyway, with a note.
  comments: 'The response contains comments: real servers never send them (a copy from docs?). Read anyway.',
  'trailing-commas':
    'The response has trailing commas (like the sample on the API page): real servers never send them. Read anyway.',
  'unknown-field': 'Unknown field {name} (not in the documented {where}): ignored.',
  'unknown-fields.more': {
    one: '{n} more unknown field: ignored.',
    other: '{n} more unknown fields: ignored.',
  },
  'term.where.response': 'response',
  'term.where.result': 'result',

  // Fields that do not match the documented response.
  'field.type': '{path}: expected {expected}, received {received}.',
  'field.missing': '{path}: missing (expected {expected}).',
  'field.not-whole': '{path}: {value} is not a whole number.',
  'field.unsafe': '{path}: the number is too large to be read exactly.',
  'field.value': '{path}: expected one of {options}.',
  'field.other': '{path}: {detail}.',
  'fields.more': {
    one: '{n} more field does not match the documented response.',
    other: '{n} more fields do not match the documented response.',
  },
  'term.expected.number': 'a number',
  'term.expected.int': 'a whole number',
  'term.expected.string': 'a string',
  'term.expected.array': 'an array',
  'term.expected.object': 'an object',
  'term.received.array': 'an array',
  'term.received.object': 'an object',
  'term.received.null': 'null',
  'term.received.string': 'a string',
  'term.received.number': 'a number',
  'term.received.boolean': 'true or false',

  // What the answer says, against itself and against the request.
  'status-ok-with-code':
    'ActionStatus is OK but ErrorCode is {code}: the two disagree; treating the call as failed.',
  'status-fail-with-zero':
    'ActionStatus is FAIL but ErrorCode is 0: the two disagree; treating the call as failed.',
  'results-missing': 'ImportMsgResult is missing: the response does not say which messages were imported.',
  'count-mismatch':
    'The response has {results} result(s) for {messages} message(s) in the request: it may belong to another request.',
  'too-many-rows':
    'The response has {results} results (a call imports at most {perCall} messages): only the first {shown} rows are shown.',

  // One message's result.
  'row.call-failed': 'No result: the whole call failed.',
  'row.call-failed.code': 'No result: the whole call failed (ErrorCode {code}).',
  'row.no-message': 'No message at this position in the request.',
  'row.no-result': 'No result for this message: it is not confirmed as imported.',
  'row.not-object': 'ImportMsgResult[{index}] is not an object.',
  'row.seq-below-one': 'MsgSeq {seq} is below 1: sequence numbers start at 1.',
  'row.seq-not-increasing':
    'MsgSeq {seq} is not greater than the previous {previous}: sequence numbers must strictly increase in request order.',
  'row.time-differs':
    "MsgTime {time} differs from the request's SendTime {sendTime}: the server stored another time, or this response belongs to another request.",
} as const;

export type ResponseMessageId = {
  [K in keyof typeof RESPONSE_EN]: K extends `term.${string}` ? never : K;
}[keyof typeof RESPONSE_EN];
