/** Diagnostics arranged for the panel: the request's own, then one group per message, worst first. */
import type { Diagnostic, Severity } from '../api/types';
import { SEVERITY_RANK, messageIndexOf } from '../api/facts';
import type { MessageSummary } from '../checker/summary';

export type MessageStatus = 'ok' | Severity;

export interface MessageGroup {
  index: number;
  summary?: MessageSummary;
  diagnostics: Diagnostic[];
  status: MessageStatus;
}

export interface DiagnosticGroups {
  request: Diagnostic[];
  messages: MessageGroup[];
}

function bySeverityThenOffset(a: Diagnostic, b: Diagnostic): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.offset - b.offset;
}

export function statusOf(diagnostics: Diagnostic[]): MessageStatus {
  let status: MessageStatus = 'ok';
  for (const diagnostic of diagnostics) {
    if (status === 'ok' || SEVERITY_RANK[diagnostic.severity] < SEVERITY_RANK[status])
      status = diagnostic.severity;
  }
  return status;
}

export function groupDiagnostics(diagnostics: Diagnostic[], messages: MessageSummary[]): DiagnosticGroups {
  const request: Diagnostic[] = [];
  const perMessage = new Map<number, Diagnostic[]>();
  for (const summary of messages) perMessage.set(summary.index, []);
  for (const diagnostic of diagnostics) {
    const index = messageIndexOf(diagnostic.pointer);
    if (index === undefined) {
      request.push(diagnostic);
      continue;
    }
    const list = perMessage.get(index) ?? [];
    list.push(diagnostic);
    perMessage.set(index, list);
  }
  const summaries = new Map(messages.map((summary) => [summary.index, summary]));
  const groups = [...perMessage.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, list]) => ({
      index,
      summary: summaries.get(index),
      diagnostics: list.sort(bySeverityThenOffset),
      status: statusOf(list),
    }));
  return { request: request.sort(bySeverityThenOffset), messages: groups };
}

/**
 * At most `limit` groups to render, in index order: those with problems first (a problem in message 5,000 must
 * not hide behind 100 clean strips), then clean ones.
 */
export function pickGroups(groups: MessageGroup[], limit: number): MessageGroup[] {
  if (groups.length <= limit) return groups;
  const picked: MessageGroup[] = [];
  for (const group of groups) if (group.status !== 'ok' && picked.length < limit) picked.push(group);
  for (const group of groups) if (group.status === 'ok' && picked.length < limit) picked.push(group);
  return picked.sort((a, b) => a.index - b.index);
}

/** What is wrong with a message's place in time (the panel names each in the page's language). */
export type TimelineProblem = 'out-of-order' | 'future' | 'before-creation' | 'before-latest';

/** The references drawn on the axis: the group's creation, its latest message, now. */
export type TimelineReference = 'group-created' | 'latest-message' | 'now';

export interface TimelinePoint {
  index: number;
  sendTime: number;
  /** Position along the axis, 0..100 (%). */
  position: number;
  problems: TimelineProblem[];
}

export interface TimelineMark {
  reference: TimelineReference;
  time: number;
  position: number;
}

export interface Timeline {
  points: TimelinePoint[];
  marks: TimelineMark[];
  start: number;
  end: number;
}

/** SendTimes on one axis with the group's creation, the latest message and "now" when they are known. */
export function buildTimeline(
  messages: MessageSummary[],
  context: { groupCreateTime?: number; latestMsgTime?: number; now?: number },
): Timeline | undefined {
  const timed = messages.filter((m): m is MessageSummary & { sendTime: number } => m.sendTime !== undefined);
  if (timed.length === 0) return undefined;
  const references: { reference: TimelineReference; time: number | undefined }[] = [
    { reference: 'group-created', time: context.groupCreateTime },
    { reference: 'latest-message', time: context.latestMsgTime },
    { reference: 'now', time: context.now },
  ];
  const times = timed.map((m) => m.sendTime);
  // Keep the axis readable: a reference years away from the messages would squash them into one dot.
  const span = Math.max(...times) - Math.min(...times);
  const near = (time: number) => Math.abs(time - times[0]) <= Math.max(span * 4, 86400 * 30);
  const marks = references.filter(
    (r): r is { reference: TimelineReference; time: number } => r.time !== undefined && near(r.time),
  );
  const all = [...times, ...marks.map((m) => m.time)];
  const start = Math.min(...all);
  const end = Math.max(...all);
  const place = (time: number) => (end === start ? 50 : ((time - start) / (end - start)) * 100);
  return {
    start,
    end,
    marks: marks.map((mark) => ({ ...mark, position: place(mark.time) })),
    points: timed.map((message) => {
      const problems: TimelineProblem[] = [];
      if (message.timing.outOfOrder) problems.push('out-of-order');
      if (message.timing.future) problems.push('future');
      if (message.timing.beforeCreation) problems.push('before-creation');
      if (message.timing.beforeLatest) problems.push('before-latest');
      return {
        index: message.index,
        sendTime: message.sendTime,
        position: place(message.sendTime),
        problems,
      };
    }),
  };
}

/** Diagnostics that say the same thing (e.g. each of nine comments) shown once, with every place they occur. */
export interface CollapsedDiagnostic {
  key: string;
  diagnostic: Diagnostic;
  occurrences: Diagnostic[];
}

export function collapseRepeats(list: Diagnostic[]): CollapsedDiagnostic[] {
  const byKey = new Map<string, CollapsedDiagnostic>();
  for (const diagnostic of list) {
    const key = `${diagnostic.severity}|${diagnostic.rule}|${diagnostic.message}`;
    const entry = byKey.get(key);
    if (entry) entry.occurrences.push(diagnostic);
    else byKey.set(key, { key, diagnostic, occurrences: [diagnostic] });
  }
  return [...byKey.values()];
}
