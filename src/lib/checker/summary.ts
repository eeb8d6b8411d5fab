/**
 * One line per message for the diagnostics strips and the SendTime timeline. Reads the value the core parsed
 * when there is one, and otherwise each message's own text, so it shows messages even while the request does not
 * pass the schema (or does not parse). Bounded: a linear scan finds the messages (no tree of the whole text, no
 * recursion), and only the first `MAX_SUMMARIES` messages plus as many with diagnostics are summarized, so a
 * million-message document costs little more than the core's own pass.
 */
import { utf8ByteLength, type Diagnostic } from '../api';
import { messageIndexOf } from '../api/facts';
import { compactTextBytes, eachMember, findMessageSpans, skipTrivia, type Span } from './scan';

/** Messages summarized from the start of the list; as many again are summarized where diagnostics point. */
export const MAX_SUMMARIES = 1000;

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
function timingByMessage(diagnostics: Diagnostic[], wanted: Set<number>): Map<number, MessageTiming> {
  const timings = new Map<number, MessageTiming>();
  for (const diagnostic of diagnostics) {
    const flag = TIMING_RULES[diagnostic.rule];
    if (!flag || !diagnostic.pointer.endsWith('/SendTime')) continue;
    const index = messageIndexOf(diagnostic.pointer);
    if (index === undefined || !wanted.has(index) || diagnostic.pointer !== `/MsgList/${index}/SendTime`)
      continue;
    const timing = timings.get(index) ?? onTime();
    timing[flag] = true;
    timings.set(index, timing);
  }
  return timings;
}

export interface SummaryInput {
  /** The core's diagnostics of `text`. */
  diagnostics: Diagnostic[];
  /** The core's parsed value of `text`, when it parsed: saves reading each message again. */
  value?: unknown;
}

export interface MessageSummaries {
  /** Summaries in index order: the first `limit` messages and up to `limit` more that have diagnostics. */
  messages: MessageSummary[];
  /** Messages in MsgList. */
  total: number;
}

/** A message's value from its own text: JSON if it parses, else each top-level field that parses alone. */
function readMessage(text: string, span: Span): unknown {
  const slice = text.slice(span.offset, span.offset + span.length);
  try {
    return JSON.parse(slice) as unknown;
  } catch {
    // JSONC or broken: the fields that can be read still tell the sender and time.
  }
  const open = skipTrivia(text, span.offset);
  if (text.charCodeAt(open) !== 123) return undefined;
  const fields: Record<string, unknown> = {};
  eachMember(text, open, (key, start, end) => {
    if (key === undefined || key === '__proto__') return;
    try {
      fields[key] = JSON.parse(text.slice(start, end));
    } catch {
      // this field is what is broken
    }
  });
  return fields;
}

function parsedMessages(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const list = (value as { MsgList?: unknown }).MsgList;
  return Array.isArray(list) ? list : undefined;
}

/** Which messages to summarize: the first `limit`, then up to `limit` that diagnostics point into. */
function wantedIndexes(diagnostics: Diagnostic[], limit: number): Set<number> {
  const wanted = new Set<number>();
  for (let i = 0; i < limit; i++) wanted.add(i);
  let extra = 0;
  for (const diagnostic of diagnostics) {
    if (extra >= limit) break;
    const index = messageIndexOf(diagnostic.pointer);
    if (index === undefined || wanted.has(index)) continue;
    wanted.add(index);
    extra++;
  }
  return wanted;
}

function highest(indexes: Set<number>): number {
  let max = -1;
  for (const index of indexes) if (index > max) max = index;
  return max;
}

function rawBytesOf(value: unknown, text: string, span: Span): number {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return utf8ByteLength(json);
  } catch {
    // nested deeper than JSON.stringify goes: count the text instead
  }
  return compactTextBytes(text, span);
}

export function summarizeMessages(
  text: string,
  input: SummaryInput,
  messageByteSize: (message: unknown) => number,
  limit = MAX_SUMMARIES,
): MessageSummaries {
  const wanted = wantedIndexes(input.diagnostics, limit);
  const parsed = parsedMessages(input.value);
  // With the core's value (and no repeated key to resolve) the list's length is known: the scan can stop at the
  // last wanted message instead of reading a million more.
  const early = parsed !== undefined && !input.diagnostics.some((d) => d.rule === 'json-duplicate-key');
  const found = findMessageSpans(text, (index) => wanted.has(index), {
    stopAfter: early ? highest(wanted) : undefined,
  });
  if (!found) return { messages: [], total: 0 };
  const total = early ? (parsed as unknown[]).length : found.total;
  // The core's value and the scan must agree on the list; otherwise each message is read from its text.
  const values = parsed && parsed.length === total && found.total <= total ? parsed : undefined;
  const timings = timingByMessage(input.diagnostics, wanted);
  const indexes = [...found.spans.keys()].sort((a, b) => a - b);
  const messages = indexes.map((index): MessageSummary => {
    const span = found.spans.get(index) as Span;
    const value = values ? values[index] : readMessage(text, span);
    const message = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    const sender = typeof message.From_Account === 'string' ? message.From_Account : undefined;
    const sendTime = Number.isInteger(message.SendTime) ? (message.SendTime as number) : undefined;
    return {
      index,
      sender,
      sendTime,
      bytes: countBytes(messageByteSize, value),
      rawBytes: rawBytesOf(value, text, span),
      offset: span.offset,
      length: span.length,
      timing: timings.get(index) ?? onTime(),
    };
  });
  return { messages, total };
}
