/**
 * The validation engine's verdict on one message, fast. Planning a million messages cannot afford the whole
 * engine (JSON text, zod, positions) on each of 143,000 requests, so a message takes the engine's own fast path:
 * the yes/no checker the engine compiles from zod's JSON Schema for long lists, then the engine's per-message
 * rules (`messageRules`: time against now and the group's creation, sender, elements, size). Only a message that
 * fails either goes through the whole engine, which then says exactly why. Group-level rules (GroupId, TopicId,
 * group type, RecentContactFlag) run once per group through the whole engine. A request the planner builds is
 * then valid for the engine whenever each of its messages is and their times strictly ascend; the property test
 * in tests/lib/batch/check.test.ts holds the planner to that.
 */
import { z } from 'zod';
import { ImportMessageSchema, validateImportRequest, type Diagnostic, type ResolvedContext } from '../api';
import type { Finding } from '../api/validate/finding';
import { messageRules } from '../api/validate/messages';
import { compile } from '../api/validate/shape-check';
import { BATCH_ROUTING_KEYS } from './types';

let shapeCheck: ((value: unknown) => boolean) | null | undefined;

/**
 * The engine's compiled message checker, with the batch routing keys (GroupId, TopicId, SourceId) allowed beside
 * the MsgList item's own, so a batch record is checked as it stands, without a copy per message.
 */
function messageShape(): ((value: unknown) => boolean) | null {
  if (shapeCheck === undefined) {
    try {
      const schema = z.toJSONSchema(ImportMessageSchema, { target: 'draft-07' }) as {
        properties: Record<string, unknown>;
      };
      const routing = Object.fromEntries(BATCH_ROUTING_KEYS.map((key) => [key, {}]));
      shapeCheck = compile({ ...schema, properties: { ...schema.properties, ...routing } } as never);
    } catch {
      shapeCheck = null; // every message then takes the whole engine
    }
  }
  return shapeCheck;
}

export interface MessageVerdict {
  ok: boolean;
  /** Error diagnostics (the engine's), when not ok. */
  errors: Pick<Diagnostic, 'rule' | 'message' | 'serverCode' | 'pointer' | 'messageId' | 'params'>[];
  /** Rules of the warnings (e.g. msg-type-undocumented, unknown-key), for the plan's notes. */
  warnings: string[];
}

/** The request head that carries a group's routing fields, as JSON text before the MsgList items. */
export interface GroupRouting {
  GroupId: string;
  TopicId?: string;
  RecentContactFlag?: unknown;
}

/** Everything but MsgList, as the engine will see it. */
function routingBody(group: GroupRouting, itemsJson: string): string {
  const head: Record<string, unknown> = { GroupId: group.GroupId };
  if (group.TopicId !== undefined) head.TopicId = group.TopicId;
  if (group.RecentContactFlag !== undefined) head.RecentContactFlag = group.RecentContactFlag;
  return `${JSON.stringify(head).slice(0, -1)},"MsgList":[${itemsJson}]}`;
}

/** A message that every rule accepts, to ask the engine about the group alone. */
const PROBE_MESSAGE = JSON.stringify({
  From_Account: 'probe',
  SendTime: 1,
  MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '' } }],
});

function verdictOf(diagnostics: readonly Diagnostic[], pointerPrefix: string | undefined): MessageVerdict {
  const errors: MessageVerdict['errors'] = [];
  const warnings: string[] = [];
  for (const d of diagnostics) {
    if (pointerPrefix !== undefined && d.pointer !== '' && !d.pointer.startsWith(pointerPrefix)) continue;
    if (d.severity === 'error')
      errors.push({
        rule: d.rule,
        message: d.message,
        serverCode: d.serverCode,
        pointer: d.pointer,
        messageId: d.messageId,
        params: d.params,
      });
    else if (d.severity === 'warning') warnings.push(d.rule);
  }
  return { ok: errors.length === 0, errors, warnings };
}

/** Group-level rules: the engine on a request of one harmless message. */
export function checkGroup(group: GroupRouting, context: ResolvedContext): MessageVerdict {
  const probeContext = { ...context, groupCreateTime: undefined, latestMsgTime: undefined };
  const report = validateImportRequest(routingBody(group, PROBE_MESSAGE), probeContext);
  return verdictOf(report.diagnostics, undefined);
}

/** The whole engine on one message in a request of its own: the authoritative verdict and its reasons. */
export function checkMessageWithEngine(
  group: GroupRouting,
  item: unknown,
  context: ResolvedContext,
): MessageVerdict {
  let json: string;
  try {
    json = JSON.stringify(item);
  } catch {
    return {
      ok: false,
      errors: [
        { rule: 'json-nesting', message: 'The message nests too deeply to send.', pointer: '/MsgList/0' },
      ],
      warnings: [],
    };
  }
  const report = validateImportRequest(routingBody(group, json), context);
  return verdictOf(report.diagnostics, '/MsgList/0');
}

/** The engine's compiled checker on a batch record (routing keys allowed). */
export function passesShape(record: unknown): boolean {
  return messageShape()?.(record) ?? false;
}

/** Rules of `messageRules` that compare messages with each other: the planner orders and checks those itself. */
const CROSS_MESSAGE_RULES = new Set([
  'send-time-order',
  'send-time-before-latest-message',
  'random-duplicate',
]);

/**
 * The engine's per-message rules on many records of one group at once (one call instead of one per message:
 * the rules allocate per call). Returns, per record, undefined when it passes (warnings counted into
 * `warnings`), or 'engine' when only the whole engine can say why not. Cross-message rules are left out:
 * the records are not in send order yet, and the planner handles order and Randoms itself.
 */
export function checkMessagesFast(
  records: readonly unknown[],
  context: ResolvedContext,
  warnings: Record<string, number>,
): ('engine' | undefined)[] {
  const verdicts: ('engine' | undefined)[] = new Array(records.length);
  const findings: Finding[] = messageRules(records, context);
  const warned: [number, string][] = [];
  for (const finding of findings) {
    if (CROSS_MESSAGE_RULES.has(finding.rule)) continue;
    const k = Number(/^\/MsgList\/(\d+)/.exec(finding.pointer)?.[1] ?? -1);
    if (finding.severity === 'error') verdicts[k] = 'engine';
    else if (finding.severity === 'warning') warned.push([k, finding.rule]);
  }
  // Warnings of a record the engine will judge are the engine's to count.
  for (const [k, rule] of warned) if (verdicts[k] === undefined) warnings[rule] = (warnings[rule] ?? 0) + 1;
  return verdicts;
}

/** The whole engine on a whole request body (the planner's cross-check). */
export function checkRequestBody(body: string, context: ResolvedContext): MessageVerdict {
  return verdictOf(validateImportRequest(body, context).diagnostics, undefined);
}

export { routingBody };

/** A problem's `said` (message id and parameters of the engine's words), when the engine gave them. */
export function saidOf(error: MessageVerdict['errors'][number]): {
  said?: { messageId: string; params: Record<string, string | number> };
} {
  return error.messageId === undefined
    ? {}
    : { said: { messageId: error.messageId, params: { ...error.params } } };
}
