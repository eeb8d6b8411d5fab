/**
 * From a read export and its mapping to the batch input. Per target group: messages in source time order (ties in
 * the source's own order), SendTime the floor of the source time in seconds, moved forward only where needed to
 * stay strictly ascending (each move recorded), text over the byte budget split into consecutive messages one
 * second apart, replies placed in time order with an optional "↪ reply to …" line. Every source message ends in
 * exactly one outcome: planned, split (with its parts) or skipped (with its reason).
 */
import { systemClock } from '../api/facts';
import { messageByteSize, utf8ByteLength } from '../api/validate/size';
import type { BatchGroup, BatchMessageRecord } from '../batch/types';
import { summarize } from './accounting';
import { buildContent, type MsgElement } from './content';
import { notice } from './errors';
import { accountsFor } from './mapping';
import { describe } from './messages';
import { excerpt, splitText } from './text';
import type {
  ImportMapping,
  ImportNotice,
  ImportResult,
  MessageOutcome,
  SkipReason,
  SourceExport,
  SourceMessage,
  TimeAdjustment,
} from './types';

export interface PlanOptions {
  /** The current time in Unix seconds: messages at or after it cannot be imported. Default: the clock. */
  now?: number;
}

const textElement = (Text: string): MsgElement => ({ MsgType: 'TIMTextElem', MsgContent: { Text } });

/** An element too large for a message of its own becomes the line naming it (then split like any text). */
function elementAsText(element: MsgElement): string {
  const c = element.MsgContent;
  const url = (c.Url ??
    c.URL ??
    (Array.isArray(c.ImageInfoArray) ? (c.ImageInfoArray[0] as { URL?: string })?.URL : undefined)) as
    string | undefined;
  return describe('content.file', { name: typeof c.FileName === 'string' ? c.FileName : undefined, url });
}

/** The MsgBodies of one source message within the budget: one when it fits, else consecutive parts. */
export function packBodies(text: string, elements: MsgElement[], budget: number): MsgElement[][] {
  const textBytes = utf8ByteLength(text);
  if (elements.length === 0 && textBytes <= budget) return [[textElement(text)]];
  const sizes = elements.map((e) => messageByteSize({ MsgBody: [e] }));
  const elementBytes = sizes.reduce((a, b) => a + b, 0);
  if (textBytes + elementBytes <= budget) return [[...(text ? [textElement(text)] : []), ...elements]];
  const bodies: MsgElement[][] = [];
  let spill = '';
  const fitting: { element: MsgElement; bytes: number }[] = [];
  elements.forEach((element, i) => {
    if (sizes[i] <= budget) fitting.push({ element, bytes: sizes[i] });
    else spill += `\n${elementAsText(element)}`;
  });
  const allText = spill ? (text ? text + spill : spill.slice(1)) : text;
  if (allText) for (const piece of splitText(allText, budget)) bodies.push([textElement(piece)]);
  for (const { element, bytes } of fitting) {
    const last = bodies[bodies.length - 1];
    if (last && messageByteSize({ MsgBody: last }) + bytes <= budget) last.push(element);
    else bodies.push([element]);
  }
  return bodies;
}

interface Context {
  exp: SourceExport;
  mapping: ImportMapping;
  names: Map<string, string>;
  accounts: Map<string, string>;
  targets: Map<string, SourceMessage>;
}

function replyLine(message: SourceMessage, ctx: Context): string | undefined {
  const content = ctx.mapping.content;
  if (!content.replyPrefix) return undefined;
  const targetId =
    message.replyToId ?? (message.threadRootId !== message.id ? message.threadRootId : undefined);
  if (targetId === undefined) return undefined;
  if (message.replyElsewhere) return describe('content.reply-elsewhere');
  const target = ctx.targets.get(targetId);
  if (!target) return describe('content.reply-missing');
  if (target.skip === 'deleted-tombstone') return describe('content.reply-deleted');
  const who =
    target.userId === undefined
      ? describe('content.deleted-account')
      : (ctx.names.get(target.userId) ?? target.userId);
  const shown = target.text || buildContent({ ...target, text: '' }, undefined, content, ctx.exp.source).text;
  return describe('content.reply', { who, excerpt: excerpt(shown, content.excerptLength) });
}

export function planImport(
  exp: SourceExport,
  mapping: ImportMapping,
  options: PlanOptions = {},
): ImportResult {
  const now = options.now ?? systemClock();
  const content = mapping.content;
  const notices: ImportNotice[] = [...exp.notices];
  const groupsBySource = new Map(mapping.groups.map((g) => [g.source, g]));
  const names = new Map<string, string>();
  for (const u of exp.users) names.set(u.id, u.name);
  const accounts = new Map<string, string>();
  for (const u of mapping.users) {
    accounts.set(u.source, u.From_Account);
    if (u.Nick) names.set(u.source, u.Nick);
  }
  // Only messages that something replies to are kept by id.
  const wanted = new Set<string>();
  if (content.replyPrefix)
    for (const m of exp.messages) {
      if (m.replyToId !== undefined) wanted.add(m.replyToId);
      if (m.threadRootId !== undefined && m.threadRootId !== m.id) wanted.add(m.threadRootId);
    }
  const targets = new Map<string, SourceMessage>();
  if (wanted.size > 0) for (const m of exp.messages) if (wanted.has(m.id)) targets.set(m.id, m);
  const ctx: Context = { exp, mapping, names, accounts, targets };

  const outcomes: MessageOutcome[] = new Array(exp.messages.length);
  const skip = (i: number, reason: SkipReason) => {
    const m = exp.messages[i];
    outcomes[i] = { sourceId: m.id, channel: m.channelId, outcome: 'skipped', reason };
  };
  // Bucket by target group, in the mapping's order of groups.
  const buckets = new Map<string, number[]>();
  const channelsOfGroup = new Map<string, Set<string>>();
  for (const g of mapping.groups) if (g.include && !buckets.has(g.GroupId)) buckets.set(g.GroupId, []);
  exp.messages.forEach((m, i) => {
    const group = groupsBySource.get(m.channelId);
    if (m.skip) return skip(i, m.skip);
    if (!group || !group.include) return skip(i, 'channel-excluded');
    if (m.service && content.service === 'skip') return skip(i, 'service-skipped');
    if (!Number.isFinite(m.timeUs) || m.timeUs < 0) return skip(i, 'time-invalid');
    buckets.get(group.GroupId)?.push(i);
    let set = channelsOfGroup.get(group.GroupId);
    if (!set) channelsOfGroup.set(group.GroupId, (set = new Set()));
    set.add(m.channelId);
  });

  const messages: BatchMessageRecord[] = [];
  const adjustments: TimeAdjustment[] = [];
  const groups: BatchGroup[] = [];
  const used = new Set<string>();
  const budget = content.maxMessageBytes;
  const firstOfGroup = new Map<string, (typeof mapping.groups)[number]>();
  const givenCreateTime = new Map<string, number>();
  for (const g of mapping.groups) {
    if (!g.include) continue;
    if (!firstOfGroup.has(g.GroupId)) firstOfGroup.set(g.GroupId, g);
    if (g.CreateTime !== undefined && !givenCreateTime.has(g.GroupId))
      givenCreateTime.set(g.GroupId, g.CreateTime);
  }
  for (const [groupId, indices] of buckets) {
    const first = firstOfGroup.get(groupId);
    if (!first) continue;
    const channelIds = channelsOfGroup.get(groupId);
    if (channelIds && channelIds.size > 1) {
      const parents = new Set(
        exp.channels.filter((c) => channelIds.has(c.id)).map((c) => c.parentId ?? c.id),
      );
      if (parents.size > 1)
        notices.push(
          notice('notice.duplicate-group', { group: groupId, channels: [...channelIds].join(', ') }),
        );
    }
    const time = (i: number) => exp.messages[i].timeUs;
    indices.sort((a, b) => time(a) - time(b) || exp.messages[a].tie - exp.messages[b].tie || a - b);
    const given = givenCreateTime.get(groupId);
    let createTime = given;
    let last = given ?? -Infinity;
    let lateNoticed = false;
    let planned = 0;
    for (const i of indices) {
      const m = exp.messages[i];
      const sourceTime = Math.floor(m.timeUs / 1e6);
      if (sourceTime >= now) {
        skip(i, 'time-future');
        continue;
      }
      if (given !== undefined && sourceTime <= given) {
        if (!lateNoticed)
          notices.push(
            notice('notice.create-time-late', { group: groupId, createTime: given, first: sourceTime }),
          );
        lateNoticed = true;
        skip(i, 'before-group-creation');
        continue;
      }
      const built = buildContent(m, replyLine(m, ctx), content, exp.source);
      if (built.text === '' && built.elements.length === 0) {
        skip(i, 'empty');
        continue;
      }
      const bodies = packBodies(built.text, built.elements, budget);
      const start = Math.max(sourceTime, last + 1);
      if (start + bodies.length - 1 >= now) {
        skip(i, 'time-future');
        continue;
      }
      if (createTime === undefined) createTime = sourceTime - 1;
      const from =
        m.userId === undefined
          ? mapping.placeholderAccount
          : (accounts.get(m.userId) ?? mapping.placeholderAccount);
      used.add(from);
      const parts: number[] = [];
      bodies.forEach((MsgBody, k) => {
        const SendTime = start + k;
        const index = messages.length;
        if (SendTime !== sourceTime)
          adjustments.push({
            sourceId: m.id,
            index,
            sourceTime,
            sendTime: SendTime,
            why: k === 0 ? 'equal-or-earlier' : 'split-part',
          });
        messages.push({ GroupId: groupId, SourceId: m.id, From_Account: from, SendTime, MsgBody });
        parts.push(index);
      });
      last = start + bodies.length - 1;
      planned++;
      outcomes[i] =
        parts.length === 1
          ? { sourceId: m.id, channel: m.channelId, outcome: 'planned', index: parts[0] }
          : { sourceId: m.id, channel: m.channelId, outcome: 'split', parts };
    }
    if (planned > 0)
      groups.push({
        GroupId: groupId,
        ...(first.Type ? { Type: first.Type } : {}),
        CreateTime: createTime ?? 0,
        Name: first.name,
      });
  }
  const accounting = summarize(exp, mapping, outcomes, adjustments, messages.length);
  const empty = exp.channels.filter((c) => !accounting.channels.some((s) => s.channel === c.id)).length;
  if (empty > 0) notices.push(notice('notice.channel-without-messages', { count: empty }));
  return {
    source: exp.source,
    document: { groups, messages },
    mapping,
    accounts: accountsFor(mapping, used),
    accounting,
    notices,
  };
}
