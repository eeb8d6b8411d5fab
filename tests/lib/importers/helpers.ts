/** Shared checks for the importer tests: the core validator per chunk of 7, time order, and the books. */
import { expect } from 'vitest';
import { validateImportRequest } from '../../../src/lib/api';
import { BATCH_ROUTING_KEYS } from '../../../src/lib/batch/types';
import { checkAccounting } from '../../../src/lib/importers/accounting';
import type { ImportResult, InputFile } from '../../../src/lib/importers/types';

/** A fixed "now" after every fixture's messages. */
export const NOW = 1_800_000_000;

const encoder = new TextEncoder();

/** Files of a hand-written export: JSON values are written as the tools write them (pretty, UTF-8). */
export function filesOf(entries: Record<string, unknown>): InputFile[] {
  return Object.entries(entries).map(([path, value]) => ({
    path,
    bytes: encoder.encode(typeof value === 'string' ? value : JSON.stringify(value, null, 1)),
  }));
}

/** Every chunk of 7 messages per group, as the batch planner will send them, through the core's validator. */
export function validationErrors(result: ImportResult, maxMessageBytes = 8000): string[] {
  const errors: string[] = [];
  const byGroup = new Map<string, Record<string, unknown>[]>();
  for (const m of result.document.messages) {
    const list = byGroup.get(m.GroupId) ?? [];
    byGroup.set(m.GroupId, list);
    const item: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m))
      if (!(BATCH_ROUTING_KEYS as readonly string[]).includes(k)) item[k] = v;
    list.push(item);
  }
  for (const [GroupId, list] of byGroup) {
    const group = result.document.groups?.find((g) => g.GroupId === GroupId);
    for (let i = 0; i < list.length; i += 7) {
      const report = validateImportRequest(JSON.stringify({ GroupId, MsgList: list.slice(i, i + 7) }), {
        now: NOW,
        groupCreateTime: group?.CreateTime,
        latestMsgTime: i > 0 ? (list[i - 1].SendTime as number) : undefined,
        maxMessageBytes,
        groupType: group?.Type,
      });
      for (const d of report.diagnostics)
        if (d.severity === 'error')
          errors.push(`${GroupId} chunk ${i / 7}: ${d.rule} ${d.pointer} ${d.message}`);
    }
  }
  return errors;
}

/** Times strictly ascending per group and after the group's CreateTime. */
export function orderErrors(result: ImportResult): string[] {
  const errors: string[] = [];
  const last = new Map<string, number>();
  for (const g of result.document.groups ?? []) last.set(g.GroupId, g.CreateTime ?? -Infinity);
  for (const m of result.document.messages) {
    const before = last.get(m.GroupId) ?? -Infinity;
    if (!((m.SendTime as number) > before))
      errors.push(`${String(m.SourceId)} at ${String(m.SendTime)} after ${before}`);
    last.set(m.GroupId, m.SendTime as number);
  }
  return errors;
}

/** All the properties every converted export must have. */
export function expectSound(result: ImportResult, sourceCount: number, maxMessageBytes = 8000): void {
  expect(checkAccounting(result, sourceCount)).toEqual([]);
  expect(orderErrors(result)).toEqual([]);
  expect(validationErrors(result, maxMessageBytes)).toEqual([]);
  for (const m of result.document.messages) expect(typeof m.SourceId).toBe('string');
}

export const textOf = (result: ImportResult, sourceId: string): string[] =>
  result.document.messages
    .filter((m) => m.SourceId === sourceId)
    .flatMap((m) => m.MsgBody as { MsgType: string; MsgContent: { Text?: string } }[])
    .filter((e) => e.MsgType === 'TIMTextElem')
    .map((e) => e.MsgContent.Text as string);

export const outcomeOf = (result: ImportResult, sourceId: string) =>
  result.accounting.outcomes.find((o) => o.sourceId === sourceId);
