/**
 * The accounting of an import: per source message one outcome, and summaries per channel and per skip reason.
 * `checkAccounting` proves the books balance (every source message once; planned + split parts = output count).
 */
import { describe } from './messages';
import type {
  Accounting,
  ChannelSummary,
  ImportMapping,
  ImportResult,
  MessageOutcome,
  SkipReason,
  SourceExport,
  TimeAdjustment,
} from './types';

export function summarize(
  exp: SourceExport,
  mapping: ImportMapping,
  outcomes: MessageOutcome[],
  adjustments: TimeAdjustment[],
  outputCount: number,
): Accounting {
  const channels = new Map<string, ChannelSummary>();
  const names = new Map(exp.channels.map((c) => [c.id, c.name]));
  const groupOf = new Map(mapping.groups.map((g) => [g.source, g]));
  const totals = { source: 0, planned: 0, split: 0, parts: 0, skipped: 0, messages: outputCount };
  const byReason: Partial<Record<SkipReason, number>> = {};
  for (const o of outcomes) {
    let s = channels.get(o.channel);
    if (!s) {
      const g = groupOf.get(o.channel);
      s = {
        channel: o.channel,
        name: names.get(o.channel) ?? o.channel,
        ...(g?.include ? { GroupId: g.GroupId } : {}),
        source: 0,
        planned: 0,
        split: 0,
        parts: 0,
        skipped: 0,
        messages: 0,
        byReason: {},
      };
      channels.set(o.channel, s);
    }
    s.source++;
    totals.source++;
    if (o.outcome === 'planned') {
      s.planned++;
      s.messages++;
      totals.planned++;
    } else if (o.outcome === 'split') {
      s.split++;
      s.parts += o.parts.length;
      s.messages += o.parts.length;
      totals.split++;
      totals.parts += o.parts.length;
    } else {
      s.skipped++;
      totals.skipped++;
      s.byReason[o.reason] = (s.byReason[o.reason] ?? 0) + 1;
      byReason[o.reason] = (byReason[o.reason] ?? 0) + 1;
    }
  }
  return { outcomes, adjustments, channels: [...channels.values()], totals, byReason };
}

/** Problems with the books, as plain sentences for tests and assertions; empty when everything adds up. */
export function checkAccounting(result: ImportResult, sourceCount: number): string[] {
  const problems: string[] = [];
  const { outcomes, totals } = result.accounting;
  const n = result.document.messages.length;
  if (outcomes.length !== sourceCount)
    problems.push(`${outcomes.length} outcomes for ${sourceCount} source messages`);
  let filled = 0;
  const seen = new Uint8Array(n);
  for (const o of outcomes) {
    if (!o) continue;
    filled++;
    const indices = o.outcome === 'planned' ? [o.index] : o.outcome === 'split' ? o.parts : [];
    if (o.outcome === 'split' && o.parts.length < 2)
      problems.push(`${o.sourceId} is split into fewer than 2 parts`);
    for (const i of indices) {
      if (i < 0 || i >= n) problems.push(`${o.sourceId} points at message ${i}, outside the output`);
      else if (seen[i]++) problems.push(`message ${i} is claimed twice`);
      else if (result.document.messages[i].SourceId !== o.sourceId)
        problems.push(
          `message ${i} carries ${String(result.document.messages[i].SourceId)}, not ${o.sourceId}`,
        );
    }
  }
  if (filled !== sourceCount) problems.push(`${sourceCount - filled} source messages have no outcome`);
  if (totals.planned + totals.split + totals.skipped !== sourceCount)
    problems.push(
      `planned ${totals.planned} + split ${totals.split} + skipped ${totals.skipped} ≠ ${sourceCount}`,
    );
  if (totals.planned + totals.parts !== n)
    problems.push(`planned ${totals.planned} + parts ${totals.parts} ≠ ${n} messages`);
  if (seen.some((v) => v === 0)) problems.push('an output message belongs to no source message');
  return problems;
}

// eslint-disable-next-line no-control-regex -- the control ranges are what is being replaced
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name from the export made safe to print on a terminal: control characters (an ESC could rewrite the screen)
 * and bidirectional overrides (which reorder what follows) are shown as \u escapes.
 */
export function printable(name: string): string {
  return name.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The accounting summary as printed by the command (English; ids and params come from messages.ts). */
export function formatSummary(result: ImportResult): string[] {
  const { totals, channels, byReason, adjustments } = result.accounting;
  const lines = [
    describe('summary.head', {
      source: result.source,
      messages: totals.source,
      channels: channels.length,
      output: totals.messages,
      groups: result.document.groups?.length ?? 0,
    }),
    describe('summary.totals', totals),
  ];
  const moved = adjustments.filter((a) => a.why === 'equal-or-earlier').length;
  if (moved > 0) lines.push(describe('summary.adjusted', { count: moved }));
  lines.push(describe('summary.channels'));
  for (const c of channels)
    lines.push(
      describe('summary.channel', {
        name: printable(c.name),
        group: printable(c.GroupId ?? '—'),
        source: c.source,
        messages: c.messages,
        skipped: c.skipped,
      }),
    );
  const reasons = Object.entries(byReason) as [SkipReason, number][];
  if (reasons.length > 0) {
    lines.push(describe('summary.reasons'));
    for (const [reason, count] of reasons)
      lines.push(describe('summary.reason', { reason, count, meaning: describe(`reason.${reason}`) }));
  }
  for (const n of result.notices)
    lines.push(describe('summary.notice', { text: printable(describe(n.id, n.params)) }));
  return lines;
}
