/**
 * SendTime fixes: milliseconds to seconds, and MsgList sorted by SendTime. Both must leave no new time error, and a
 * message's time errors depend on every message before it (each must be earlier than now, later than the group's
 * creation and newest message, and later than every message of the call that passed; ms values are skipped). The
 * timeline below reads every SendTime once and is shared by all the time fixes of a text.
 *
 * The rules: a millisecond value is converted where dividing by 1000 gives a plausible, importable time (else a
 * reason says why not). If the converted times would be out of order, the fix converts them all and sorts, in one.
 * Sorting is stable; messages without a clear SendTime keep their places; equal times have no right order: no fix.
 */
import type { JsonEntry, JsonNode } from './tree';
import { memberOf } from './tree';
import { formatUtc } from '../validate/describe';
import { applyTextEdits, itemStart, replaceNode } from './edits';
import type { TextEdit } from './types';
import type { FixMessageId } from './messages';
import { messagePath, offer, refuse, type Fixer, type FixerOutcome, type Workbench } from './workbench';

/** As the validator: from 1e11 on, "Unix seconds" would be past the year 5000, so the value is milliseconds. */
const MILLISECONDS_THRESHOLD = 1e11;
/** 2000-01-01: a millisecond reading earlier than this is no more likely than a far-future seconds one. */
const PLAUSIBLE_SINCE = 946684800;

type Conversion = { to: number } | { refusal: FixerOutcome };

interface Timeline {
  items: JsonEntry[];
  /** The SendTime node of each message (the member JSON.parse keeps). */
  nodes: Array<JsonNode | undefined>;
  /** The sort key: SendTime in seconds (a convertible ms value divided by 1000); undefined when none or unclear. */
  keys: Array<number | undefined>;
  conversions: Map<number, Conversion>;
  /** Static-ok keys are strictly ascending in list order: converting any ms value keeps every message in order. */
  ascending: boolean;
  /** The first two messages with the same static-ok key, which no order can make strictly ascending. */
  equal?: { first: number; second: number; time: number };
}

const isUint = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function timeline(bench: Workbench): Timeline | undefined {
  const items = bench.messages;
  if (!items) return undefined;
  const { now, groupCreateTime: created, latestMsgTime: latest } = bench.context;
  const staticOk = (v: number) =>
    v < now && (created === undefined || v > created) && (latest === undefined || v > latest);
  const nodes: Array<JsonNode | undefined> = [];
  const keys: Array<number | undefined> = [];
  const conversions = new Map<number, Conversion>();
  const no = (id: FixMessageId, params: Record<string, string | number>): Conversion => ({
    refusal: refuse(id, params),
  });
  for (let i = 0; i < items.length; i++) {
    const node = items[i].node.kind === 'object' ? memberOf(items[i].node, 'SendTime')?.node : undefined;
    nodes.push(node);
    const t = node?.value;
    if (!isUint(t)) {
      keys.push(undefined);
      continue;
    }
    if (t < MILLISECONDS_THRESHOLD) {
      keys.push(t);
      continue;
    }
    const to = Math.floor(t / 1000);
    const asMilliseconds = formatUtc(to);
    let conversion: Conversion;
    if (to >= MILLISECONDS_THRESHOLD) conversion = no('no-fix.ms-still-too-large', { value: t });
    else if (to < PLAUSIBLE_SINCE)
      conversion = no('no-fix.ms-ambiguous', { value: t, asSeconds: formatUtc(t), asMilliseconds });
    else if (to >= now) conversion = no('no-fix.ms-future', { asMilliseconds });
    else if (created !== undefined && to <= created)
      conversion = no('no-fix.ms-before-creation', { asMilliseconds, created: formatUtc(created) });
    else if (latest !== undefined && to <= latest)
      conversion = no('no-fix.ms-before-latest', { asMilliseconds, latest: formatUtc(latest) });
    else conversion = { to };
    conversions.set(i, conversion);
    keys.push('to' in conversion ? to : undefined);
  }
  let ascending = true;
  let previous = -Infinity;
  let equal: Timeline['equal'];
  const firstWith = new Map<number, number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === undefined || !staticOk(key)) continue;
    if (key <= previous) ascending = false;
    previous = Math.max(previous, key);
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, i);
    else equal ??= { first: first + 1, second: i + 1, time: key };
  }
  return { items, nodes, keys, conversions, ascending, equal };
}

/** MsgList sorted by key (stable; messages without a clear SendTime keep their places), optionally converting. */
function sortPlan(
  bench: Workbench,
  convert: boolean,
):
  | { edits: TextEdit[]; moved: number; converted: number }
  | { equal: NonNullable<Timeline['equal']> }
  | undefined {
  const line = bench.shared('timeline', () => timeline(bench));
  const list = memberOf(bench.tree.root, 'MsgList')?.node;
  if (!line || !list) return undefined;
  if (line.equal) return { equal: line.equal };
  const slots: number[] = [];
  for (let i = 0; i < line.keys.length; i++) if (line.keys[i] !== undefined) slots.push(i);
  const order = [...slots].sort((a, b) => line.keys[a]! - line.keys[b]! || a - b);
  const inner = new Map<number, TextEdit>();
  if (convert) {
    for (const [i, conversion] of line.conversions) {
      if ('to' in conversion) inner.set(i, replaceNode(line.nodes[i]!, String(conversion.to)));
    }
  }
  const edits: TextEdit[] = [];
  let moved = 0;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k];
    const source = order[k];
    if (source === slot) {
      const edit = inner.get(slot);
      if (edit) edits.push(edit);
      continue;
    }
    moved++;
    const from = itemStart(bench.tree, list, source);
    const block = bench.text.slice(from, line.items[source].node.end);
    const edit = inner.get(source);
    const to = itemStart(bench.tree, list, slot);
    edits.push({
      offset: to,
      length: line.items[slot].node.end - to,
      text: edit ? applyTextEdits(block, [{ ...edit, offset: edit.offset - from }]) : block,
    });
  }
  if (moved === 0 && inner.size === 0) return undefined;
  return { edits, moved, converted: inner.size };
}

function sendTimeIndex(pointer: string): number | undefined {
  const path = messagePath(pointer);
  return path?.rest === '/SendTime' ? path.index : undefined;
}

export const millisecondsToSeconds: Fixer = (diagnostic, bench) => {
  const index = sendTimeIndex(diagnostic.pointer);
  const line = bench.shared('timeline', () => timeline(bench));
  const conversion = index === undefined ? undefined : line?.conversions.get(index);
  if (!line || !conversion) return undefined;
  if ('refusal' in conversion) return conversion.refusal;
  if (line.ascending) {
    const from = line.nodes[index!]!.value as number;
    return offer('fix.send-time-seconds', { from, to: conversion.to }, [
      replaceNode(line.nodes[index!]!, String(conversion.to)),
    ]);
  }
  // Converting this one alone would put it (or a later one) out of order: convert them all and sort, in one fix.
  const plan = bench.shared('sort+convert', () => sortPlan(bench, true));
  if (!plan) return undefined;
  if ('equal' in plan) return refuse('no-fix.equal-send-times', plan.equal);
  return {
    fix: { id: 'fix.send-time-seconds-and-sort', params: { count: plan.converted }, edits: plan.edits },
  };
};

export const sortMessages: Fixer = (diagnostic, bench) => {
  if (sendTimeIndex(diagnostic.pointer) === undefined) return undefined;
  const plan = bench.shared('sort', () => sortPlan(bench, false));
  if (!plan) return undefined;
  if ('equal' in plan) return refuse('no-fix.equal-send-times', plan.equal);
  return offer('fix.sort-msg-list', { moved: plan.moved }, plan.edits);
};

/** Whether giving message `index` (which has no usable SendTime now) the time `value` leaves every message in order. */
export function sendTimeFits(bench: Workbench, index: number, value: unknown): boolean {
  const line = bench.shared('timeline', () => timeline(bench));
  if (!line || !isUint(value) || value >= MILLISECONDS_THRESHOLD || line.keys[index] !== undefined)
    return false;
  const { now, groupCreateTime: created, latestMsgTime: latest } = bench.context;
  if (
    value >= now ||
    (created !== undefined && value <= created) ||
    (latest !== undefined && value <= latest)
  )
    return false;
  // In order with every message that passes (all static-ok keys, as the timeline is ascending), and no tie.
  if (!line.ascending) return false;
  for (let i = 0; i < line.keys.length; i++) {
    const key = line.keys[i];
    if (key === undefined || key >= now || (created !== undefined && key <= created)) continue;
    if (latest !== undefined && key <= latest) continue;
    if (i < index ? key >= value : key <= value) return false;
  }
  return true;
}
