/**
 * planBatch: a BatchInput into calls of at most 7 messages, per group in strictly ascending SendTime, each call
 * valid for the engine and within the byte budget; every input message either planned or a problem with its
 * reason. Built for a million messages: typed arrays, one pass per step, nothing recursive on untrusted values.
 */
import { DEFAULT_MAX_MESSAGE_BYTES, systemClock, type ResolvedContext } from '../api';
import {
  checkGroup,
  checkMessagesFast,
  passesShape,
  checkMessageWithEngine,
  checkRequestBody,
  saidOf,
  type GroupRouting,
  type MessageVerdict,
} from './check';
import { ContentHash, hex53 } from './hash';
import { isJsonObject, own } from './json';
import type { BatchInput, BatchInputGroup } from './load';
import { chunkStream } from './plan-chunk';
import { makeRandomsUnique } from './plan-random';
import { summarize } from './plan-summary';
import {
  DEFAULT_MAX_REQUEST_BYTES,
  DEFAULT_RATE,
  MAX_MESSAGES_PER_REQUEST,
  MAX_RATE,
  type BatchPlan,
  type PlanAdjustment,
  type PlanOptions,
  type PlanProblem,
  type PlannedGroup,
  type ResolvedPlanOptions,
} from './plan-types';
import { BATCH_ROUTING_KEYS } from './types';

const ROUTING = new Set<string>(BATCH_ROUTING_KEYS);

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.floor(value)))
    : fallback;
}

export function resolvePlanOptions(options: PlanOptions = {}, input?: BatchInput): ResolvedPlanOptions {
  return {
    now: clampInt(options.now, 0, Number.MAX_SAFE_INTEGER, systemClock()),
    maxMessageBytes: clampInt(options.maxMessageBytes, 1, 1e9, DEFAULT_MAX_MESSAGE_BYTES),
    maxRequestBytes: clampInt(options.maxRequestBytes, 64, 1e9, DEFAULT_MAX_REQUEST_BYTES),
    maxMessagesPerRequest: clampInt(
      options.maxMessagesPerRequest,
      1,
      MAX_MESSAGES_PER_REQUEST,
      MAX_MESSAGES_PER_REQUEST,
    ),
    nudgeTies: options.nudgeTies === true,
    rate: clampInt(options.rate, 1, MAX_RATE, DEFAULT_RATE),
    engineCheck: options.engineCheck === 'every-request' ? 'every-request' : 'first-per-group',
    recentContactFlag: options.recentContactFlag,
    defaultGroupId: options.defaultGroupId ?? input?.defaultGroupId,
  };
}

/** A stream while planning: its routing, its context and its candidate messages. */
interface Stream {
  routing: GroupRouting;
  info: BatchInputGroup;
  context: ResolvedContext;
  /** Why the whole group cannot import, if it cannot. */
  groupError?: MessageVerdict['errors'][number];
  /** Input indices of the messages that passed the per-message checks, in input order. */
  candidates: number[];
  problemCount: number;
}

function mergeGroups(input: BatchInput, options: PlanOptions): Map<string, BatchInputGroup> {
  const groups = new Map<string, BatchInputGroup>();
  const add = (group: BatchInputGroup) => {
    const known = groups.get(group.GroupId);
    if (!known) groups.set(group.GroupId, { ...group });
    else
      for (const key of ['Type', 'CreateTime', 'Name', 'RecentContactFlag'] as const)
        if (known[key] === undefined && group[key] !== undefined)
          Object.defineProperty(known, key, { value: group[key], enumerable: true, writable: true });
  };
  for (const group of options.groups ?? []) add(group); // options first: they override the input
  for (const group of input.groups) add(group);
  return groups;
}

function streamKey(groupId: string, topicId: string | undefined): string {
  return topicId === undefined ? groupId : `${groupId}\u0000${topicId}`;
}

/** The MsgList item of a message: its own keys but the routing ones, in order. Keys are defined, never set. */
function toItem(record: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const key of Object.keys(record))
    if (!ROUTING.has(key))
      Object.defineProperty(item, key, {
        value: record[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return item;
}

function sourceIdOf(record: Record<string, unknown>): string | undefined {
  const value = own(record, 'SourceId');
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Identifying fields of a message for a problem row, whatever their types. */
type Identity = Pick<PlanProblem, 'GroupId' | 'From_Account' | 'SendTime' | 'Random' | 'SourceId'>;

function identify(record: unknown): Identity {
  if (!isJsonObject(record)) return {};
  const out: Identity = {};
  const r = own(record, 'Random');
  if (typeof r === 'number') out.Random = r;
  const g = own(record, 'GroupId');
  const f = own(record, 'From_Account');
  const t = own(record, 'SendTime');
  if (typeof g === 'string') out.GroupId = g;
  if (typeof f === 'string') out.From_Account = f;
  if (typeof t === 'number') out.SendTime = t;
  const s = sourceIdOf(record);
  if (s !== undefined) out.SourceId = s;
  return out;
}

export function planBatch(input: BatchInput, planOptions: PlanOptions = {}): BatchPlan {
  const options = resolvePlanOptions(planOptions, input);
  const messages = input.messages;
  const total = messages.length;
  const problems: PlanProblem[] = [];
  const warningsByRule: Record<string, number> = {};
  const groupInfo = mergeGroups(input, planOptions);
  const streams: Stream[] = [];
  const streamIndex = new Map<string, number>();
  /** Per input message: its stream, or -1 when it is a problem. */
  const streamOf = new Int32Array(total).fill(-1);
  /** Per input message: the item to send (set for candidates only). */
  const items: (Record<string, unknown> | undefined)[] = new Array(total);

  const problem = (index: number, p: Omit<PlanProblem, 'index'>) => {
    problems.push({ index, ...identify(messages[index]), ...p });
  };
  const loadProblems = new Map<number, (typeof input.problems)[number]>();
  for (const p of input.problems) if (p.index !== undefined) loadProblems.set(p.index, p);

  const streamFor = (groupId: string, topicId: string | undefined): number => {
    const key = streamKey(groupId, topicId);
    const known = streamIndex.get(key);
    if (known !== undefined) return known;
    const info = groupInfo.get(groupId) ?? { GroupId: groupId };
    const routing: GroupRouting = { GroupId: groupId };
    if (topicId !== undefined) routing.TopicId = topicId;
    const flag = info.RecentContactFlag ?? options.recentContactFlag;
    if (flag !== undefined) routing.RecentContactFlag = flag;
    const context: ResolvedContext = {
      now: options.now,
      maxMessageBytes: options.maxMessageBytes,
      groupType: info.Type,
      groupCreateTime: info.CreateTime,
    };
    const verdict = checkGroup(routing, context);
    const stream: Stream = { routing, info, context, candidates: [], problemCount: 0 };
    if (!verdict.ok) stream.groupError = verdict.errors[0];
    streamIndex.set(key, streams.length);
    streams.push(stream);
    return streams.length - 1;
  };

  // 1. Each message on its own: routing, shape and the engine's per-message rules.
  for (let i = 0; i < total; i++) {
    const record: unknown = messages[i];
    const loadProblem = loadProblems.get(i);
    if (loadProblem) {
      problem(i, { rule: loadProblem.rule, params: loadProblem.params });
      continue;
    }
    if (!isJsonObject(record)) {
      problem(i, {
        rule: 'message-not-object',
        params: { type: record === null ? 'null' : Array.isArray(record) ? 'array' : typeof record },
      });
      continue;
    }
    const given = own(record, 'GroupId');
    const groupId = given === undefined ? options.defaultGroupId : given;
    if (groupId === undefined) {
      problem(i, { rule: 'group-id-missing', params: {} });
      continue;
    }
    if (typeof groupId !== 'string') {
      problem(i, { rule: 'group-id-type', params: { type: typeof groupId } });
      continue;
    }
    const topic = own(record, 'TopicId');
    if (topic !== undefined && typeof topic !== 'string') {
      problem(i, { rule: 'topic-id-type', params: { type: typeof topic } });
      continue;
    }
    const s = streamFor(groupId, topic);
    const stream = streams[s];
    if (stream.groupError) {
      stream.problemCount++;
      const e = stream.groupError;
      problem(i, {
        rule: e.rule,
        params: { GroupId: groupId },
        serverCode: e.serverCode,
        detail: e.message,
        ...saidOf(e),
      });
      continue;
    }
    streamOf[i] = s;
    stream.candidates.push(i);
  }

  // The engine's per-message rules, a group at a time; the whole engine for whatever fails them (it says why,
  // and decides: an unknown key is only a warning there). A record that passes is sent as it stands (its
  // routing keys are skipped when it is written); one that needed the engine is sent as the copy it checked.
  const BATCH = 1024;
  for (const stream of streams) {
    const all = stream.candidates;
    stream.candidates = [];
    for (let from = 0; from < all.length; from += BATCH) {
      const chunk = all.slice(from, from + BATCH);
      const shaped = chunk.filter((i) => passesShape(messages[i]));
      const verdicts = checkMessagesFast(
        shaped.map((i) => messages[i]),
        stream.context,
        warningsByRule,
      );
      const needsEngine = new Set<number>();
      shaped.forEach((i, k) => verdicts[k] === 'engine' && needsEngine.add(i));
      let next = 0;
      for (const i of chunk) {
        const record = messages[i] as Record<string, unknown>;
        const fast = shaped[next] === i;
        if (fast) next++;
        if (fast && !needsEngine.has(i)) {
          items[i] = record;
          stream.candidates.push(i);
          continue;
        }
        const item = toItem(record);
        const verdict = checkMessageWithEngine(stream.routing, item, stream.context);
        if (!verdict.ok) {
          streamOf[i] = -1;
          stream.problemCount++;
          const first = verdict.errors[0];
          problem(i, {
            rule: first.rule,
            params: { pointer: first.pointer.replace(/^\/MsgList\/0/, '') },
            serverCode: first.serverCode,
            detail: first.message,
            ...saidOf(first),
            ...(verdict.errors.length > 1 ? { rules: verdict.errors.map((e) => e.rule) } : {}),
          });
          continue;
        }
        for (const rule of verdict.warnings) warningsByRule[rule] = (warningsByRule[rule] ?? 0) + 1;
        items[i] = item;
        stream.candidates.push(i);
      }
    }
  }

  // 2. Per stream: stable sort by SendTime, ties, Randoms.
  const adjustments: PlanAdjustment[] = [];
  const sendTime = new Float64Array(total);
  const random = new Uint32Array(total);
  const assigned = new Uint8Array(total);
  const contentHash = new Float64Array(total);
  const accepted: number[][] = [];
  for (let s = 0; s < streams.length; s++) {
    const stream = streams[s];
    const order = sortByTime(stream.candidates, items);
    const kept: number[] = [];
    let last = -Infinity;
    let next = Infinity; // the next SendTime greater than this message's (the first slot that is taken)
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      const t = items[i]!.SendTime as number;
      if (k === 0 || t !== items[order[k - 1]]!.SendTime) {
        next = Infinity;
        for (let j = k + 1; j < order.length; j++) {
          const tj = items[order[j]]!.SendTime as number;
          if (tj > t) {
            next = tj;
            break;
          }
        }
      }
      if (t > last) {
        sendTime[i] = t;
        last = t;
        kept.push(i);
        continue;
      }
      // t equals the previous message's time (or a nudged one passed it): strictly ascending forbids it.
      const slot = last + 1;
      if (options.nudgeTies && slot < next && slot < options.now) {
        sendTime[i] = slot;
        last = slot;
        kept.push(i);
        adjustments.push({ index: i, kind: 'send-time-nudged', from: t, to: slot });
        continue;
      }
      stream.problemCount++;
      problem(i, {
        rule: 'send-time-tie',
        params: {
          previous: kept[kept.length - 1],
          sendTime: t,
          ...(options.nudgeTies ? { nextTaken: slot } : {}),
        },
        serverCode: 10004,
      });
    }
    assignRandoms(stream.routing.GroupId, kept, items, random, assigned, contentHash);
    accepted.push(kept);
  }

  // 3. Randoms: no two messages of one sender may share one (the service would drop the later as a duplicate).
  const from: string[] = new Array(total);
  for (const kept of accepted) for (const i of kept) from[i] = items[i]!.From_Account as string;
  const duplicates = makeRandomsUnique(accepted, from, sendTime, random, assigned, contentHash);
  for (const [i, first] of duplicates) {
    streams[streamOf[i]].problemCount++;
    problem(i, { rule: 'random-duplicate', params: { first, Random: random[i] }, serverCode: undefined });
  }

  // 4. Items as JSON, chunked by count and bytes, each group's first (or every) request through the engine.
  const plan = chunkStream({
    streams: streams.map((stream) => ({
      routing: stream.routing,
      info: stream.info,
      context: stream.context,
      problemCount: stream.problemCount,
    })),
    accepted: accepted.map((kept) => (duplicates.size === 0 ? kept : kept.filter((i) => !duplicates.has(i)))),
    items,
    sendTime,
    random,
    assigned,
    from,
    sourceIdOf: (i) => sourceIdOf(messages[i] as Record<string, unknown>),
    options,
    check: checkRequestBody,
    problem,
  });

  problems.sort((a, b) => a.index - b.index);
  const fingerprint = new ContentHash(1).number(total);
  for (let p = 0; p < plan.messages.input.length; p++) {
    const i = plan.messages.input[p];
    fingerprint
      .number(i)
      .number(plan.messages.sendTime[p])
      .number(plan.messages.random[p])
      .number(contentHash[i]);
  }
  for (let r = 0; r < plan.requests.count.length; r++) fingerprint.number(plan.requests.count[r]);
  for (const group of plan.groups) fingerprint.string(group.head);
  const result: BatchPlan = {
    id: hex53(fingerprint.full),
    options,
    inputCount: total,
    groups: plan.groups,
    requests: plan.requests,
    messages: plan.messages,
    problems,
    adjustments,
    summary: undefined as never,
  };
  result.summary = summarize(result, warningsByRule);
  return result;
}

/** Input indices in ascending SendTime, stable. A typed-array sort on a packed key where it fits. */
function sortByTime(indices: number[], items: (Record<string, unknown> | undefined)[]): number[] {
  const n = indices.length;
  if (n < 2) return indices.slice();
  let max = 0;
  for (let k = 0; k < n; k++) max = Math.max(max, items[indices[k]]!.SendTime as number);
  if (max < 2 ** 31 && n < 2 ** 22) {
    // time * 2^22 + position is an exact integer below 2^53: sorting it is sorting by (time, position).
    const keys = new Float64Array(n);
    for (let k = 0; k < n; k++) keys[k] = (items[indices[k]]!.SendTime as number) * 4194304 + k;
    keys.sort();
    const out = new Array<number>(n);
    for (let k = 0; k < n; k++) out[k] = indices[keys[k] % 4194304];
    return out;
  }
  return indices
    .slice()
    .sort((a, b) => (items[a]!.SendTime as number) - (items[b]!.SendTime as number) || a - b);
}

/**
 * A Random for every message without one, from its content: GroupId, From_Account, the input's SendTime, the
 * canonical MsgBody and its occurrence among identical messages, so it is the same on every run.
 */
function assignRandoms(
  groupId: string,
  kept: number[],
  items: (Record<string, unknown> | undefined)[],
  random: Uint32Array,
  assigned: Uint8Array,
  contentHash: Float64Array,
): void {
  // Identical messages share GroupId and SendTime, so they stand together: count them within each run of one time.
  const seen = new Map<number, number>();
  for (let k = 0; k < kept.length; k++) {
    const item = items[kept[k]]!;
    const base = new ContentHash()
      .string(groupId)
      .string(item.From_Account as string)
      .number(item.SendTime as number)
      .value(item.MsgBody).full;
    contentHash[kept[k]] = base;
    const withPrevious = k > 0 && items[kept[k - 1]]!.SendTime === item.SendTime;
    const withNext = k + 1 < kept.length && items[kept[k + 1]]!.SendTime === item.SendTime;
    let occurrence = 0;
    if (withPrevious || withNext) {
      if (!withPrevious) seen.clear();
      occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
    }
    const given = item.Random;
    if (typeof given === 'number') random[kept[k]] = given;
    else {
      random[kept[k]] = new ContentHash(occurrence).number(base).low;
      assigned[kept[k]] = 1;
    }
  }
}

export type { PlannedGroup };
