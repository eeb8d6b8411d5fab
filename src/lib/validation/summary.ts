/**
 * One line per message for the diagnostics strips and the SendTime timeline. Works on the raw text with
 * jsonc-parser, so it shows messages even while the request does not pass the schema.
 */
import { getNodeValue, parseTree, type Node } from 'jsonc-parser';
import { utf8ByteLength, type Diagnostic } from '../api';

/** The timeline's marks, read from the core's SendTime diagnostics: one source for the time rules. */
export interface MessageTiming {
  /** SendTime not after the previous message's (must be strictly ascending). */
  outOfOrder: boolean;
  /** SendTime not earlier than "now". */
  future: boolean;
  /** SendTime not after the group's creation time. */
  beforeCreation: boolean;
  /** SendTime not after the newest message already in the group. */
  beforeLatest: boolean;
}

export interface MessageSummary {
  index: number;
  sender?: string;
  sendTime?: number;
  /** What the server counts: UTF-8 bytes of the elements' field values. */
  bytes: number;
  /** UTF-8 bytes of the message as compact JSON, shown beside `bytes`. */
  rawBytes: number;
  /** The message's place in the text. */
  offset: number;
  length: number;
  timing: MessageTiming;
}

/** 0 for a shape the core cannot count: the diagnostics already say why. */
function countBytes(messageByteSize: (message: unknown) => number, value: unknown): number {
  try {
    return messageByteSize(value);
  } catch {
    return 0;
  }
}

const onTime = (): MessageTiming => ({
  outOfOrder: false,
  future: false,
  beforeCreation: false,
  beforeLatest: false,
});

const TIMING_RULES: Record<string, keyof MessageTiming> = {
  'send-time-order': 'outOfOrder',
  'send-time-future': 'future',
  'send-time-milliseconds': 'future', // milliseconds read as seconds lie thousands of years ahead
  'send-time-before-group-creation': 'beforeCreation',
  'send-time-before-latest-message': 'beforeLatest',
};

/** Timing flags per message index, from the diagnostics at `/MsgList/<i>/SendTime`. */
function timingByMessage(diagnostics: Diagnostic[]): Map<number, MessageTiming> {
  const timings = new Map<number, MessageTiming>();
  for (const diagnostic of diagnostics) {
    const flag = TIMING_RULES[diagnostic.rule];
    const match = flag && /^\/MsgList\/(\d+)\/SendTime$/.exec(diagnostic.pointer);
    if (!match) continue;
    const index = Number(match[1]);
    const timing = timings.get(index) ?? onTime();
    timing[flag] = true;
    timings.set(index, timing);
  }
  return timings;
}

export function summarizeMessages(
  text: string,
  diagnostics: Diagnostic[],
  messageByteSize: (message: unknown) => number,
): MessageSummary[] {
  const root = parseTree(text, [], { allowTrailingComma: true });
  if (!root || root.type !== 'object') return [];
  const msgList = root.children
    ?.find((property) => property.children?.[0]?.value === 'MsgList')
    ?.children?.at(1);
  if (!msgList || msgList.type !== 'array') return [];
  const timings = timingByMessage(diagnostics);
  return (msgList.children ?? []).map((node: Node, index) => {
    const value: unknown = getNodeValue(node);
    const message = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const sender = typeof message.From_Account === 'string' ? message.From_Account : undefined;
    const sendTime = Number.isInteger(message.SendTime) ? (message.SendTime as number) : undefined;
    const bytes = countBytes(messageByteSize, value);
    return {
      index,
      sender,
      sendTime,
      bytes,
      rawBytes: utf8ByteLength(JSON.stringify(value) ?? ''),
      offset: node.offset,
      length: node.length,
      timing: timings.get(index) ?? onTime(),
    };
  });
}
