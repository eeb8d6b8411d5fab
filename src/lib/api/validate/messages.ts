import { OTHER_MSG_TYPES } from '../schema/msg-types';
import type { ResolvedContext } from '../context';
import { NEWER_DOCS_MAX_MESSAGE_BYTES } from '../facts';
import { say } from '../i18n/render';
import { bytes, durationParams, formatUtc } from './describe';
import type { Finding } from './finding';
import { messageByteSize, utf8ByteLength } from './size';

export const MAX_FROM_ACCOUNT_BYTES = 32;
/** From 1e11 on, a "Unix seconds" value is in the year 5138: it is almost surely milliseconds. */
const MILLISECONDS_THRESHOLD = 1e11;

const OTHER_TYPES: ReadonlySet<unknown> = new Set(OTHER_MSG_TYPES);

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isUint = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

// The rules below run once per message of lists up to 100,000 long: they push into one array and allocate
// nothing on the common, valid path.

function fromAccountRules(message: Record<string, unknown>, base: string, out: Finding[]): void {
  const from = message.From_Account;
  if (typeof from !== 'string') return;
  if (from === '') {
    out.push({
      severity: 'error',
      rule: 'from-account-empty',
      ...say('from-account-empty'),
      pointer: `${base}/From_Account`,
      target: 'value',
    });
    return;
  }
  if (from.length <= MAX_FROM_ACCOUNT_BYTES / 3) return; // 10 UTF-16 units are at most 30 UTF-8 bytes
  const size = utf8ByteLength(from);
  if (size <= MAX_FROM_ACCOUNT_BYTES) return;
  out.push({
    severity: 'error',
    rule: 'from-account-length',
    ...say('from-account-length', { size, max: MAX_FROM_ACCOUNT_BYTES }),
    pointer: `${base}/From_Account`,
    target: 'value',
  });
}

/** UTF-8 size of a value's JSON; undefined when it nests too deeply for JSON.stringify (which recurses). */
function jsonByteLength(value: unknown): number | undefined {
  try {
    return utf8ByteLength(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

function bodyRules(
  message: Record<string, unknown>,
  base: string,
  context: ResolvedContext,
  out: Finding[],
): void {
  const body = message.MsgBody;
  if (!Array.isArray(body)) return;
  let customElements = 0;
  for (let j = 0; j < body.length; j++) {
    const element: unknown = body[j];
    if (!isObject(element)) continue;
    const type = element.MsgType;
    if (OTHER_TYPES.has(type)) {
      out.push({
        severity: 'warning',
        rule: 'msg-type-undocumented',
        ...say('msg-type-undocumented', { type: String(type) }),
        pointer: `${base}/MsgBody/${j}/MsgType`,
        target: 'value',
      });
    } else if (type === 'TIMCustomElem' && ++customElements > 1) {
      out.push({
        severity: 'error',
        rule: 'custom-elem-count',
        ...say('custom-elem-count'),
        pointer: `${base}/MsgBody/${j}/MsgType`,
        target: 'value',
      });
    }
  }
  const size = messageByteSize(message);
  if (size > context.maxMessageBytes) {
    const json = jsonByteLength(message);
    out.push({
      severity: 'error',
      rule: 'message-size',
      ...say('message-size', {
        size: bytes(size),
        budget: bytes(context.maxMessageBytes),
        jsonPart: json === undefined ? '' : 'known',
        json: json === undefined ? '' : bytes(json),
        newer: context.maxMessageBytes < NEWER_DOCS_MAX_MESSAGE_BYTES ? 'hint' : '',
      }),
      pointer: `${base}/MsgBody`,
      target: 'key',
      serverCode: 80002,
    });
  }
}

const sendTimeError = (base: string, rule: string, said: ReturnType<typeof say>): Finding => ({
  severity: 'error',
  rule,
  ...said,
  pointer: `${base}/SendTime`,
  target: 'value',
  serverCode: 10004,
});

/** Why `time` fails, given the newest time the group holds so far; empty when it would be imported. */
function sendTimeFailures(
  time: number,
  base: string,
  context: ResolvedContext,
  latest: number | undefined,
  latestFrom: number,
): Finding[] {
  const failures: Finding[] = [];
  if (time >= context.now) {
    failures.push(
      sendTimeError(
        base,
        'send-time-future',
        time === context.now
          ? say('send-time-now', { time: formatUtc(time) })
          : say('send-time-future', { time: formatUtc(time), ...durationParams(time - context.now) }),
      ),
    );
  }
  if (context.groupCreateTime !== undefined && time <= context.groupCreateTime) {
    failures.push(
      sendTimeError(
        base,
        'send-time-before-group-creation',
        say('send-time-before-group-creation', {
          time: formatUtc(time),
          created: formatUtc(context.groupCreateTime),
        }),
      ),
    );
  }
  if (latest !== undefined && time <= latest) {
    failures.push(
      latestFrom >= 0
        ? sendTimeError(
            base,
            'send-time-order',
            say('send-time-order', { time, earlier: latestFrom + 1, latest }),
          )
        : sendTimeError(
            base,
            'send-time-before-latest-message',
            say('send-time-before-latest-message', { time: formatUtc(time), latest: formatUtc(latest) }),
          ),
    );
  }
  return failures;
}

/**
 * Time rules, as the service applies them message by message: each SendTime must be earlier than now and later
 * than the group's creation and its newest message, which every imported message of the call moves forward
 * (a message that fails does not).
 */
function timeRules(messages: unknown[], context: ResolvedContext, out: Finding[]): void {
  let latest = context.latestMsgTime;
  let latestFrom = -1; // index of the message in this call that set `latest`, -1 for the context
  const seenRandom = new Map<number, number>();
  for (let i = 0; i < messages.length; i++) {
    const message: unknown = messages[i];
    if (!isObject(message)) continue;
    const random = message.Random;
    if (isUint(random) && random <= 0xffffffff) {
      const first = seenRandom.get(random);
      if (first === undefined) seenRandom.set(random, i);
      else
        out.push({
          severity: 'warning',
          rule: 'random-duplicate',
          ...say('random-duplicate', { first: first + 1 }),
          pointer: `/MsgList/${i}/Random`,
          target: 'value',
        });
    }
    const time = message.SendTime;
    if (!isUint(time)) continue;
    if (time >= MILLISECONDS_THRESHOLD) {
      out.push(
        sendTimeError(
          `/MsgList/${i}`,
          'send-time-milliseconds',
          say('send-time-milliseconds', { time, seconds: Math.floor(time / 1000) }),
        ),
      );
      continue;
    }
    // Fast path: the usual, valid case needs no allocation.
    const valid =
      time < context.now &&
      (context.groupCreateTime === undefined || time > context.groupCreateTime) &&
      (latest === undefined || time > latest);
    if (valid) {
      latest = time;
      latestFrom = i;
    } else
      for (const failure of sendTimeFailures(time, `/MsgList/${i}`, context, latest, latestFrom))
        out.push(failure);
  }
}

export function messageRules(messages: unknown, context: ResolvedContext): Finding[] {
  const out: Finding[] = [];
  if (!Array.isArray(messages)) return out;
  timeRules(messages, context, out);
  for (let i = 0; i < messages.length; i++) {
    const message: unknown = messages[i];
    if (!isObject(message)) continue;
    const base = `/MsgList/${i}`;
    fromAccountRules(message, base, out);
    bodyRules(message, base, context, out);
  }
  return out;
}
