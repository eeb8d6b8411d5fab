/**
 * The last planning step: each stream's accepted messages as MsgList JSON, cut into requests of at most 7 that fit
 * the byte budget, and checked by the whole engine (each group's first request, or every request).
 */
import { utf8ByteLength, type ResolvedContext } from '../api';
import { saidOf, type GroupRouting, type MessageVerdict } from './check';
import type { BatchInputGroup } from './load';
import { BATCH_ROUTING_KEYS } from './types';
import type {
  PlanProblem,
  PlannedGroup,
  PlannedMessages,
  PlannedRequests,
  ResolvedPlanOptions,
} from './plan-types';

export interface ChunkInput {
  streams: {
    routing: GroupRouting;
    info: BatchInputGroup;
    context: ResolvedContext;
    problemCount: number;
  }[];
  /** Per stream: input indices in send order. */
  accepted: number[][];
  items: (Record<string, unknown> | undefined)[];
  sendTime: Float64Array;
  random: Uint32Array;
  assigned: Uint8Array;
  from: string[];
  sourceIdOf: (index: number) => string | undefined;
  options: ResolvedPlanOptions;
  check: (body: string, context: ResolvedContext) => MessageVerdict;
  problem: (index: number, problem: Omit<PlanProblem, 'index'>) => void;
}

export interface ChunkOutput {
  groups: PlannedGroup[];
  requests: PlannedRequests;
  messages: PlannedMessages;
}

function headOf(routing: GroupRouting): string {
  const head: Record<string, unknown> = { GroupId: routing.GroupId };
  if (routing.TopicId !== undefined) head.TopicId = routing.TopicId;
  if (routing.RecentContactFlag !== undefined) head.RecentContactFlag = routing.RecentContactFlag;
  return `${JSON.stringify(head).slice(0, -1)},"MsgList":[`;
}

const FAST = new Set(['From_Account', 'SendTime', 'Random', 'MsgBody', ...BATCH_ROUTING_KEYS]);

/**
 * The MsgList item as JSON, with the planned SendTime and Random and without the routing keys. Keys are defined,
 * never set (a "__proto__" key stays a key).
 */
function itemJson(item: Record<string, unknown>, sendTime: number, random: number): string {
  let fast = true;
  for (const key in item) if (!FAST.has(key)) fast = false;
  if (fast)
    return `{"From_Account":${JSON.stringify(item.From_Account)},"SendTime":${sendTime},"Random":${random},"MsgBody":${JSON.stringify(item.MsgBody)}}`;
  const out: Record<string, unknown> = {};
  const define = (key: string, value: unknown) =>
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  for (const key of Object.keys(item))
    if (!BATCH_ROUTING_KEYS.includes(key as never))
      define(key, key === 'SendTime' ? sendTime : key === 'Random' ? random : item[key]);
  if (!Object.hasOwn(item, 'Random')) define('Random', random);
  return JSON.stringify(out);
}

export function chunkStream(input: ChunkInput): ChunkOutput {
  const { options, items, sendTime, random, assigned, from } = input;
  let capacity = 0;
  for (const kept of input.accepted) capacity += kept.length;
  const mInput = new Uint32Array(capacity);
  const mTime = new Float64Array(capacity);
  const mRandom = new Uint32Array(capacity);
  const mAssigned = new Uint8Array(capacity);
  const mBytes = new Uint32Array(capacity);
  const mItems: string[] = [];
  const mFrom: string[] = [];
  const mSource: (string | undefined)[] = [];
  let anySource = false;
  const rGroup: number[] = [];
  const rFirst: number[] = [];
  const rCount: number[] = [];
  const rBytes: number[] = [];
  const groups: PlannedGroup[] = [];
  let m = 0;

  for (let s = 0; s < input.streams.length; s++) {
    const stream = input.streams[s];
    const head = headOf(stream.routing);
    const headBytes = utf8ByteLength(head) + 2; // + "]}"
    let problemCount = stream.problemCount;
    // JSON of each message, and the ones too big for any request.
    let list: { index: number; json: string; bytes: number }[] = [];
    for (const i of input.accepted[s]) {
      const json = itemJson(items[i]!, sendTime[i], random[i]);
      const bytes = utf8ByteLength(json);
      if (headBytes + bytes > options.maxRequestBytes) {
        problemCount++;
        input.problem(i, {
          rule: 'request-too-large',
          params: { bytes: headBytes + bytes, budget: options.maxRequestBytes },
        });
      } else list.push({ index: i, json, bytes });
    }
    // Cut greedily; then let the engine check. A rejection (a fast-path bug, never expected) makes the
    // rejected messages problems and the stream is cut again.
    let cuts: number[][];
    for (;;) {
      cuts = [];
      let current: number[] = [];
      let bytes = headBytes;
      for (let k = 0; k < list.length; k++) {
        const extra = list[k].bytes + (current.length > 0 ? 1 : 0);
        if (current.length === options.maxMessagesPerRequest || bytes + extra > options.maxRequestBytes) {
          cuts.push(current);
          current = [];
          bytes = headBytes;
        }
        bytes += list[k].bytes + (current.length > 0 ? 1 : 0);
        current.push(k);
      }
      if (current.length > 0) cuts.push(current);
      const rejected = new Set<number>();
      const toCheck = options.engineCheck === 'every-request' ? cuts : cuts.slice(0, 1);
      for (const cut of toCheck) {
        const body = `${head}${cut.map((k) => list[k].json).join(',')}]}`;
        const verdict = input.check(body, stream.context);
        if (verdict.ok) continue;
        for (const error of verdict.errors) {
          const at = /^\/MsgList\/(\d+)/.exec(error.pointer);
          const targets = at ? [cut[Number(at[1])]] : cut;
          for (const k of targets) {
            if (k === undefined || rejected.has(k)) continue;
            rejected.add(k);
            problemCount++;
            input.problem(list[k].index, {
              rule: error.rule,
              params: { pointer: error.pointer, check: 'request' },
              serverCode: error.serverCode,
              detail: error.message,
              ...saidOf(error),
            });
          }
        }
      }
      if (rejected.size === 0) break; // each pass removes a message: this ends
      list = list.filter((_, k) => !rejected.has(k));
    }
    const group: PlannedGroup = {
      GroupId: stream.routing.GroupId,
      head,
      firstRequest: rGroup.length,
      requestCount: cuts.length,
      firstMessage: m,
      messageCount: 0,
      problemCount,
    };
    if (stream.routing.TopicId !== undefined) group.TopicId = stream.routing.TopicId;
    if (stream.info.Type !== undefined) group.Type = stream.info.Type;
    if (stream.info.CreateTime !== undefined) group.CreateTime = stream.info.CreateTime;
    for (const cut of cuts) {
      rGroup.push(s);
      rFirst.push(m);
      rCount.push(cut.length);
      let bytes = headBytes;
      for (const k of cut) {
        const { index: i, json, bytes: itemBytes } = list[k];
        bytes += itemBytes;
        mInput[m] = i;
        mTime[m] = sendTime[i];
        mRandom[m] = random[i];
        mAssigned[m] = assigned[i];
        mBytes[m] = itemBytes;
        mItems.push(json);
        mFrom.push(from[i]);
        const source = input.sourceIdOf(i);
        if (source !== undefined) anySource = true;
        mSource.push(source);
        m++;
      }
      rBytes.push(bytes + cut.length - 1);
    }
    group.messageCount = m - group.firstMessage;
    groups.push(group);
  }
  return {
    groups,
    requests: {
      group: Uint32Array.from(rGroup),
      first: Uint32Array.from(rFirst),
      count: Uint8Array.from(rCount),
      bytes: Uint32Array.from(rBytes),
    },
    messages: {
      input: mInput.slice(0, m),
      sendTime: mTime.slice(0, m),
      random: mRandom.slice(0, m),
      randomAssigned: mAssigned.slice(0, m),
      items: mItems,
      itemBytes: mBytes.slice(0, m),
      from: mFrom,
      ...(anySource ? { sourceId: mSource } : {}),
    },
  };
}
