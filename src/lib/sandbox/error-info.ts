/**
 * ErrorInfo texts the sandbox answers with. They imitate the server's own (terse English, as Tencent sends
 * them whatever the page's language): data on the wire, not interface text, so they stay English and live
 * outside messages.ts. They are the sandbox's wording; the live service words its own differently.
 */
/** Echoed request values are cut short: a hostile 10 MB GroupId must not come back 10 MB long. */
export function clip(value: string, max = 64): string {
  return value.length > max ? `${value.slice(0, max)}...` : value;
}

export const ERROR_INFO = {
  internal: () => 'internal error, please retry',
  urlUnreadable: () => 'HTTP parse error: the request URL could not be parsed',
  contentType: (p: { value: string }) =>
    `HTTP parse error: contenttype ${p.value} is not supported, use json`,
  wrongPath: (p: { path: string }) => `requested resource does not exist: ${p.path}`,
  sdkAppIdMissing: () => 'sdkappid is missing in the request url',
  sdkAppIdInvalid: (p: { value: string }) => `sdkappid ${p.value} is invalid`,
  rateLimited: (p: { limit: number }) =>
    `REST API call frequency exceeds the limit of ${p.limit} calls per second, please retry later`,
  identifierMissing: () => 'identifier is missing in the request url',
  userSigMissing: () => 'usersig is missing in the request url',
  userSigEmpty: () => 'usersig is empty',
  userSigInvalid: () => 'usersig is invalid: failed to decode it',
  identifierMismatch: (p: { url: string; sig: string }) =>
    `identifier ${p.url} in the url does not match identifier ${p.sig} in usersig`,
  sdkAppIdMismatch: (p: { url: number; sig: number }) =>
    `sdkappid ${p.url} in the url does not match sdkappid ${p.sig} in usersig`,
  userSigExpired: (p: { expiredAt: number }) => `usersig is expired at ${p.expiredAt}`,
  bodyNotJson: () => 'Fail to parse json data of body, please check it',
  bodyTooDeep: (p: { max: number }) => `json of body nests deeper than ${p.max} levels, please check it`,
  fieldMissing: (p: { field: string }) => `${p.field} is missing`,
  fieldType: (p: { field: string; expected: string }) => `${p.field} must be ${p.expected}`,
  msgListEmpty: () => 'MsgList is empty',
  msgListTooLong: (p: { count: number }) => `MsgList has ${p.count} messages, at most 7 per request`,
  msgBodyEmpty: (p: { field: string }) => `${p.field} is empty`,
  msgTypeInvalid: (p: { field: string; value: string }) => `${p.field} ${p.value} is invalid`,
  reqMsgNumber: () => 'ReqMsgNumber must be a positive integer',
  groupIdInvalid: (p: { groupId: string }) => `invalid group id ${p.groupId}`,
  groupNotFound: (p: { groupId: string }) => `group ${p.groupId} does not exist or has been disbanded`,
  avChatRoom: () => 'AVChatRoom does not support this operation',
  topicNotCommunity: () => 'TopicId is only supported by Community groups',
  topicIdInvalid: (p: { topicId: string }) => `invalid topic id ${p.topicId}`,
} satisfies Record<string, (params: never) => string>;
