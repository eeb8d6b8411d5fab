/**
 * The embedded sandbox: a faithful stand-in for Tencent IM's import_group_msg (and group_msg_get_simple to read
 * the result back) that works with no account and no network, in the page and headless in Node. Pure TypeScript,
 * no DOM, no zod. Where the docs are silent, its choices are listed in messages.ts ('sandbox.reading.*').
 */
import { API_PATH } from '../api/request';
import { ERROR_INFO } from './error-info';
import {
  DEFAULT_SANDBOX_GROUPS,
  SANDBOX_DEFAULT_MAX_MESSAGE_BYTES,
  SANDBOX_DEFAULT_RATE_LIMIT,
} from './fixture';
import { admitCall, RateLimiter, UserSigCache } from './gateway';
import { groupMsgGetSimple, type ReadMessagesRequest } from './get-simple';
import { importGroupMsg } from './import-msg';
import { renderSandboxMessage, SANDBOX_READINGS, type SandboxMessage } from './messages';
import {
  Conversation,
  groupIdProblem,
  groupTypeIdProblem,
  isGroupType,
  isUnixSeconds,
  type GroupState,
  type SandboxGroup,
} from './store';
import {
  failure,
  isRecord,
  MAX_BODY_DEPTH,
  nestedDeeperThan,
  type CommandOutcome,
  type WireAnswer,
} from './wire';
import type {
  Sandbox,
  SandboxChange,
  SandboxDetailedResponse,
  SandboxGroupSummary,
  SandboxOptions,
} from './types';

export const IMPORT_PATH = `/${API_PATH}`;
export const GET_SIMPLE_PATH = '/v4/group_open_http_svc/group_msg_get_simple';
const PATHS: ReadonlySet<string> = new Set([IMPORT_PATH, GET_SIMPLE_PATH]);

const validLimit = (v: unknown): v is number | false =>
  v === false || (typeof v === 'number' && Number.isFinite(v) && v >= 1);
const validBudget = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** mulberry32: the MsgRandom of messages sent without one; seeded so a reset sandbox repeats itself. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const fail = (message: SandboxMessage): SandboxChange => ({
  ok: false,
  message,
  error: renderSandboxMessage(message),
});

function summary(group: GroupState): SandboxGroupSummary {
  const { main } = group;
  const out: SandboxGroupSummary = {
    GroupId: group.GroupId,
    Type: group.Type,
    CreateTime: group.CreateTime,
    messageCount: main.messages.length,
    lastMsgSeq: main.lastSeq,
    topics: [...group.topics.keys()],
  };
  if (main.newest !== undefined) out.latestMsgTime = main.newest;
  return out;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const fixture: SandboxGroup[] = (options.groups ?? DEFAULT_SANDBOX_GROUPS).map((g) => ({
    GroupId: g.GroupId,
    Type: g.Type,
    CreateTime: g.CreateTime,
  }));
  const clock = options.now ?? (() => Date.now() / 1000);
  const settings = {
    rateLimit: validLimit(options.rateLimit) ? options.rateLimit : SANDBOX_DEFAULT_RATE_LIMIT,
    maxMessageBytes: validBudget(options.maxMessageBytes)
      ? options.maxMessageBytes
      : SANDBOX_DEFAULT_MAX_MESSAGE_BYTES,
  };
  const rateLimiter = new RateLimiter(settings.rateLimit);
  const userSigs = new UserSigCache();
  const listeners = new Set<() => void>();
  let groups = new Map<string, GroupState>();
  let nextRandom = randomSource(0x5eed);

  const notify = () => {
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // A listener's failure is the listener's: the sandbox keeps answering.
      }
    }
  };
  const newGroup = (g: SandboxGroup): GroupState => ({ ...g, main: new Conversation(), topics: new Map() });
  const loadFixture = () => {
    groups = new Map(fixture.map((g) => [g.GroupId, newGroup(g)]));
    nextRandom = randomSource(0x5eed);
    rateLimiter.reset();
  };
  loadFixture();

  const now = () => {
    const value = clock();
    return Math.floor(Number.isFinite(value) ? value : Date.now() / 1000);
  };
  const group = (groupId: string) => groups.get(groupId);

  async function run(url: string, bodyText: string): Promise<CommandOutcome> {
    const at = now();
    const admitted = await admitCall(url, PATHS, at, rateLimiter, userSigs);
    if ('ActionStatus' in admitted) return { answer: admitted, notes: [] };
    let body: unknown;
    try {
      body = JSON.parse(typeof bodyText === 'string' ? bodyText : '');
    } catch {
      body = undefined;
    }
    // A body that is not a JSON object cannot be a request (the gateway reads an object of fields).
    if (!isRecord(body)) return { answer: failure(60003, ERROR_INFO.bodyNotJson()), notes: admitted.notes };
    if (nestedDeeperThan(body, MAX_BODY_DEPTH)) {
      return {
        answer: failure(60003, ERROR_INFO.bodyTooDeep({ max: MAX_BODY_DEPTH })),
        notes: admitted.notes,
      };
    }
    if (admitted.path === GET_SIMPLE_PATH)
      return { answer: groupMsgGetSimple(body, group), notes: admitted.notes };
    const outcome = importGroupMsg(body, {
      now: at,
      maxMessageBytes: settings.maxMessageBytes,
      group,
      nextRandom: () => nextRandom(),
    });
    if (outcome.answer.ErrorCode === 0) notify();
    return { answer: outcome.answer, notes: [...admitted.notes, ...outcome.notes] };
  }

  async function handleDetailed(url: string, bodyText: string): Promise<SandboxDetailedResponse> {
    let outcome: CommandOutcome;
    try {
      outcome = await run(url, bodyText);
    } catch {
      // Not expected; the real service answers an internal error the same way.
      outcome = { answer: failure(10002, ERROR_INFO.internal()), notes: [] };
    }
    return {
      status: 200,
      bodyText: JSON.stringify(outcome.answer satisfies WireAnswer),
      notes: outcome.notes,
    };
  }

  return {
    handleDetailed,
    async handle(url, bodyText) {
      const { status, bodyText: text } = await handleDetailed(url, bodyText);
      return { status, bodyText: text };
    },
    get settings() {
      return { ...settings };
    },
    configure(changes) {
      if (validLimit(changes.rateLimit)) settings.rateLimit = rateLimiter.limit = changes.rateLimit;
      if (validBudget(changes.maxMessageBytes)) settings.maxMessageBytes = changes.maxMessageBytes;
    },
    listGroups: () => [...groups.values()].map(summary),
    getGroup(groupId) {
      const found = groups.get(groupId);
      return found ? summary(found) : undefined;
    },
    addGroup(input) {
      const { GroupId, Type, CreateTime } = input ?? ({} as SandboxGroup);
      if (typeof GroupId !== 'string') return fail({ id: 'sandbox.group.id-empty' });
      const idProblem = groupIdProblem(GroupId);
      if (idProblem) return fail(idProblem);
      if (!isGroupType(Type)) return fail({ id: 'sandbox.group.type', params: { type: String(Type) } });
      const typeProblem = groupTypeIdProblem(GroupId, Type);
      if (typeProblem) return fail(typeProblem);
      if (!isUnixSeconds(CreateTime)) return fail({ id: 'sandbox.group.create-time' });
      if (groups.has(GroupId)) return fail({ id: 'sandbox.group.exists', params: { groupId: GroupId } });
      groups.set(GroupId, newGroup({ GroupId, Type, CreateTime }));
      notify();
      return { ok: true };
    },
    updateGroup(groupId, changes) {
      const found = groups.get(groupId);
      if (!found) return fail({ id: 'sandbox.group.unknown', params: { groupId } });
      const type = changes?.Type ?? found.Type;
      const createTime = changes?.CreateTime ?? found.CreateTime;
      if (!isGroupType(type)) return fail({ id: 'sandbox.group.type', params: { type: String(type) } });
      const typeProblem = groupTypeIdProblem(groupId, type);
      if (typeProblem) return fail(typeProblem);
      if (!isUnixSeconds(createTime)) return fail({ id: 'sandbox.group.create-time' });
      found.Type = type;
      found.CreateTime = createTime;
      notify();
      return { ok: true };
    },
    removeGroup(groupId) {
      if (!groups.delete(groupId)) return fail({ id: 'sandbox.group.unknown', params: { groupId } });
      notify();
      return { ok: true };
    },
    reset() {
      loadFixture();
      notify();
    },
    readMessages(groupId, request = {}) {
      const body: ReadMessagesRequest = { GroupId: groupId, ReqMsgNumber: request.ReqMsgNumber ?? 20 };
      if (request.ReqMsgSeq !== undefined) body.ReqMsgSeq = request.ReqMsgSeq;
      if (request.TopicId !== undefined) body.TopicId = request.TopicId;
      return groupMsgGetSimple(body as unknown as Record<string, unknown>, group);
    },
    readings: () =>
      SANDBOX_READINGS.map((id): SandboxMessage => {
        if (id === 'sandbox.reading.size') {
          return {
            id,
            params: { bytes: settings.maxMessageBytes, defaultBytes: SANDBOX_DEFAULT_MAX_MESSAGE_BYTES },
          };
        }
        if (id === 'sandbox.reading.order') return { id, params: { depth: MAX_BODY_DEPTH } };
        return { id };
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
