/** The shapes of a batch plan: what the planner produces and the runner and the report read. */
import { MAX_CALLS_PER_SECOND, MAX_MESSAGES_PER_CALL } from '../api/facts';
import type { GroupType } from '../api';

export const MAX_MESSAGES_PER_REQUEST = MAX_MESSAGES_PER_CALL;
/** The relay refuses bodies over 1 MB (and the service has its own "JSON packet too long", 93000). */
export const DEFAULT_MAX_REQUEST_BYTES = 1_000_000;
export const DEFAULT_RATE = 100;
export const MAX_RATE = MAX_CALLS_PER_SECOND;

/** A read-only list of strings: a plain array, or a packed column from the load worker. */
export interface TextColumn {
  readonly length: number;
  at(index: number): string | undefined;
}

export interface PlanOptions {
  /** Unix seconds; default: the clock when planning starts. */
  now?: number;
  /** Per-message content budget (the engine's message-size rule). Default 8000. */
  maxMessageBytes?: number;
  /** Per-request body budget, UTF-8 bytes. Default 1,000,000. */
  maxRequestBytes?: number;
  /** At most 7 (the API's limit); smaller for tests or cautious runs. */
  maxMessagesPerRequest?: number;
  /** The GroupId of messages that carry none (overrides the load's). */
  defaultGroupId?: string;
  /** Group facts that the input lacks or that should override it (Type, CreateTime). */
  groups?: Array<{ GroupId: string; Type?: GroupType; CreateTime?: number }>;
  /** Move a message whose SendTime equals the previous one's to the next free second. Off by default: never
   * change data unless asked. */
  nudgeTies?: boolean;
  /** RecentContactFlag for every call (a request body's own flag wins for its group). */
  recentContactFlag?: 0 | 1;
  /** Calls per second, for the estimated duration. */
  rate?: number;
  /** 'first-per-group' (default): the whole engine checks each group's first request, the fast path the rest;
   * 'every-request': the whole engine checks every request (slow; for tests and small inputs). */
  engineCheck?: 'first-per-group' | 'every-request';
}

export interface ResolvedPlanOptions {
  now: number;
  maxMessageBytes: number;
  maxRequestBytes: number;
  maxMessagesPerRequest: number;
  nudgeTies: boolean;
  rate: number;
  engineCheck: 'first-per-group' | 'every-request';
  recentContactFlag?: 0 | 1;
  defaultGroupId?: string;
}

/** A message that will not be sent as it is, and why. */
export interface PlanProblem {
  /** Index of the message in the input (0-based). */
  index: number;
  /** A stable rule id: the engine's (e.g. send-time-future) or the planner's (e.g. send-time-tie). */
  rule: string;
  params: Record<string, string | number>;
  /** The code the service would answer, where known. */
  serverCode?: number;
  /** The engine's own explanation (English), when the rule is the engine's. */
  detail?: string;
  /** The engine's message id and parameters for `detail`, to say it in another language (`diagnosticText`). */
  said?: { messageId: string; params: Record<string, string | number> };
  /** Every error rule the engine found, when more than one. */
  rules?: string[];
  GroupId?: string;
  From_Account?: string;
  SendTime?: number;
  Random?: number;
  SourceId?: string;
}

/** A change the planner made to a message because an option asked for it. */
export interface PlanAdjustment {
  index: number;
  kind: 'send-time-nudged';
  from: number;
  to: number;
}

/** One message stream: a group, or a topic of a Community group. Its calls go strictly in order. */
export interface PlannedGroup {
  GroupId: string;
  TopicId?: string;
  Type?: GroupType;
  CreateTime?: number;
  /** JSON text of the request body before its MsgList items (`{"GroupId":"…","MsgList":[`). */
  head: string;
  firstRequest: number;
  requestCount: number;
  /** Planned positions [firstMessage, firstMessage + messageCount), in send order. */
  firstMessage: number;
  messageCount: number;
  /** Input messages that name this group but are problems. */
  problemCount: number;
}

export interface PlannedMessages {
  /** Input index of each planned message, in send order (grouped by stream, ascending SendTime). */
  input: Uint32Array;
  /** SendTime as it will be sent (a nudged one differs from the input's). */
  sendTime: Float64Array;
  random: Uint32Array;
  /** 1 where the planner derived the Random (the input had none). */
  randomAssigned: Uint8Array;
  /** The MsgList item's JSON text, exactly as it goes into the body. */
  items: TextColumn;
  /** UTF-8 bytes of each item. */
  itemBytes: Uint32Array;
  from: TextColumn;
  /** The input's SourceId, when any message had one. */
  sourceId?: TextColumn;
}

export interface PlannedRequests {
  group: Uint32Array;
  /** Planned position of the request's first message. */
  first: Uint32Array;
  count: Uint8Array;
  /** UTF-8 bytes of the body. */
  bytes: Uint32Array;
}

export interface PlanSummary {
  inputMessages: number;
  plannedMessages: number;
  problemMessages: number;
  /** Streams with at least one planned message. */
  groups: number;
  /** Streams the input names, planned or not. */
  groupsNamed: number;
  requests: number;
  firstSendTime?: number;
  lastSendTime?: number;
  problemsByRule: Record<string, number>;
  /** Warnings the engine gave on planned messages (e.g. msg-type-undocumented), by rule. */
  warningsByRule: Record<string, number>;
  randomsAssigned: number;
  adjustments: number;
  rate: number;
  /** Requests ÷ rate: the least the run can take. */
  estimatedSeconds: number;
}

export interface BatchPlan {
  /** Fingerprint of everything that is sent: a saved run's progress applies only to the same plan. */
  id: string;
  options: ResolvedPlanOptions;
  inputCount: number;
  groups: PlannedGroup[];
  requests: PlannedRequests;
  messages: PlannedMessages;
  /** Sorted by input index. */
  problems: PlanProblem[];
  adjustments: PlanAdjustment[];
  summary: PlanSummary;
}

/** The body of request `r` (or of some of its messages, by position within it). */
export function requestBody(plan: BatchPlan, r: number, slots?: readonly number[]): string {
  const group = plan.groups[plan.requests.group[r]];
  const first = plan.requests.first[r];
  const count = plan.requests.count[r];
  let items = '';
  const positions = slots ?? Array.from({ length: count }, (_, i) => i);
  for (let i = 0; i < positions.length; i++) {
    if (i > 0) items += ',';
    items += plan.messages.items.at(first + positions[i]) ?? '';
  }
  return `${group.head}${items}]}`;
}
