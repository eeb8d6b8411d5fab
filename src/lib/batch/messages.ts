/**
 * Every sentence the batch feature shows a person, keyed by a stable id. Code produces ids and parameters; a
 * Chinese catalog is a second object of the same shape. Rules of the validation engine keep the engine's own
 * explanation (a problem's `detail`); the ones here are the loader's, the planner's and the runner's.
 */
type Params = Record<string, string | number>;
const s = (value: unknown) => String(value ?? '');

export const BATCH_MESSAGES = {
  // Loading
  'problem.input-empty': () => 'The input is empty: choose a file or paste an export.',
  'problem.input-json-syntax': (p: Params) =>
    `The input is not JSON (${s(p.detail)}). Give a JSON array of messages, request bodies, NDJSON (one JSON value per line) or a {groups, messages} document.`,
  'problem.input-root-type': (p: Params) =>
    `The input is a JSON ${s(p.type)}: give an array of messages, a request body or a {groups, messages} document.`,
  'problem.input-too-large': () =>
    'The input is too large to read at once: save it as NDJSON (one message per line).',
  'problem.ndjson-line-syntax': (p: Params) =>
    `Line ${s(p.line)} is not JSON (${s(p.detail)}): fix or remove that line.`,
  'problem.request-msglist-type': (p: Params) =>
    `Request body ${s(p.request)} has no MsgList array (it has ${s(p.type)}): it holds no message to import.`,
  'problem.document-messages-type': () => 'The document\u2019s "messages" is not an array.',
  'problem.document-groups-type': (p: Params) =>
    `The document\u2019s "groups" is ${s(p.type)}, not an array: it is ignored.`,
  'problem.document-group-invalid': (p: Params) =>
    `Group ${s(p.position)} of the document needs a string GroupId, a known Type and a whole-number CreateTime: it is ignored.`,
  // Planning
  'problem.message-not-object': (p: Params) =>
    `This message is ${s(p.type)}, not an object with From_Account, SendTime and MsgBody.`,
  'problem.group-id-missing': () =>
    'This message has no GroupId: add one, or give a GroupId for every message.',
  'problem.group-id-type': (p: Params) => `GroupId is ${s(p.type)}, not a string.`,
  'problem.topic-id-type': (p: Params) => `TopicId is ${s(p.type)}, not a string.`,
  'problem.send-time-tie': (p: Params) =>
    `Same SendTime (${s(p.sendTime)}) as input message #${Number(p.previous) + 1} of the same group: times must strictly ascend, so the service would refuse the later one (10004). ` +
    (p.nextTaken === undefined
      ? 'Give it another second, or plan with "move ties to the next free second".'
      : `The next second (${s(p.nextTaken)}) is taken too: give it a free time by hand.`),
  'problem.random-duplicate': (p: Params) =>
    `Same sender and Random (${s(p.Random)}) as input message #${Number(p.first) + 1} within five minutes: the service would drop this one as a duplicate. Remove its Random (the planner then derives one) or change it.`,
  'problem.request-too-large': (p: Params) =>
    `Alone in a request this message makes a body of ${s(p.bytes)} bytes, over the request budget of ${s(p.budget)}: shorten it.`,
  'adjustment.send-time-nudged': (p: Params) =>
    `SendTime moved from ${s(p.from)} to ${s(p.to)} (a tie, moved by the planner as asked).`,
  // Report
  'report.imported': () => 'Imported.',
  'report.unconfirmed': () =>
    'Its call\u2019s answer was lost; sent again with the same Random, the service answered that the group already has a message at or after this time (10004). It was most likely imported by the lost call; its MsgSeq is unknown: check with group_msg_get_simple.',
  'report.skipped': (p: Params) =>
    `Not sent: an earlier call showed this group cannot import (${s(p.code)}).`,
  'report.pending': () => 'Not sent yet: resume the run.',
  // Stop reasons
  'stop.permanent-failure': (p: Params) =>
    `Stopped after a permanent failure (${s(p.code)}) in call ${Number(p.request) + 1}, as asked. Fix the cause, then resume.`,
  'stop.credentials': (p: Params) =>
    `Stopped: the service refused the credentials (${s(p.code)}). Give a valid identifier and UserSig, then resume: the refused call is sent again.`,
  'stop.configuration': (p: Params) =>
    `Stopped: the target cannot take the calls (${s(p.code || p.detail)}). Check the host, SDKAppID and target, then resume.`,
  'stop.http-status': (p: Params) =>
    `Stopped: the host answered HTTP ${s(p.status)}. Check the host and the target, then resume.`,
  'stop.store-failed': (p: Params) =>
    `Stopped: progress could not be saved (${s(p.detail)}). Free some space, then resume: nothing is sent while progress cannot be saved.`,
  'stop.store-open-failed': (p: Params) => `Saved progress could not be read (${s(p.detail)}).`,
} as const;

export type BatchMessageId = keyof typeof BATCH_MESSAGES;

export function batchMessage(id: string, params: Params = {}): string | undefined {
  const render = (BATCH_MESSAGES as Record<string, ((p: Params) => string) | undefined>)[id];
  return render ? render(params) : undefined;
}
