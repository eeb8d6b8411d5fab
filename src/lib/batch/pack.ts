/**
 * A plan crosses from the load worker to the page without a long task on the page: its text columns (each
 * MsgList item's JSON, senders, SourceIds) travel as one UTF-8 buffer plus offsets, transferred (not copied),
 * and are decoded one string at a time when a call or a report row needs it.
 */
import { utf8ByteLength } from '../api';
import type { BatchPlan, TextColumn } from './plan-types';

export interface PackedColumn {
  bytes: Uint8Array;
  /** Byte offset of each string, and the end: length n + 1. */
  offsets: Float64Array;
  /** 0 where the column holds no string (undefined). */
  present: Uint8Array;
}

export function packColumn(column: TextColumn): PackedColumn {
  const n = column.length;
  const offsets = new Float64Array(n + 1);
  const present = new Uint8Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = size;
    const text = column.at(i);
    if (text === undefined) continue;
    present[i] = 1;
    size += utf8ByteLength(text);
  }
  offsets[n] = size;
  const bytes = new Uint8Array(size);
  const encoder = new TextEncoder();
  for (let i = 0; i < n; i++) {
    const text = column.at(i);
    if (text !== undefined) encoder.encodeInto(text, bytes.subarray(offsets[i], offsets[i + 1]));
  }
  return { bytes, offsets, present };
}

/** Reads a packed column lazily: the page decodes only what it shows or sends. */
export class PackedTextColumn implements TextColumn {
  readonly #packed: PackedColumn;
  readonly #decoder = new TextDecoder();
  constructor(packed: PackedColumn) {
    this.#packed = packed;
  }
  get length(): number {
    return this.#packed.present.length;
  }
  at(index: number): string | undefined {
    const { bytes, offsets, present } = this.#packed;
    if (!(index >= 0 && index < present.length) || present[index] === 0) return undefined;
    return this.#decoder.decode(bytes.subarray(offsets[index], offsets[index + 1]));
  }
}

export type PackedPlan = Omit<BatchPlan, 'messages'> & {
  messages: Omit<BatchPlan['messages'], 'items' | 'from' | 'sourceId'> & {
    items: PackedColumn;
    from: PackedColumn;
    sourceId?: PackedColumn;
  };
};

/** The plan in transferable form, and the buffers to transfer. */
export function packPlan(plan: BatchPlan): { packed: PackedPlan; transfer: ArrayBuffer[] } {
  const { items, from, sourceId, ...rest } = plan.messages;
  const messages = {
    ...rest,
    items: packColumn(items),
    from: packColumn(from),
    ...(sourceId ? { sourceId: packColumn(sourceId) } : {}),
  };
  const packed: PackedPlan = { ...plan, messages };
  const buffers = new Set<ArrayBuffer>();
  const add = (array: { buffer: ArrayBufferLike }) => buffers.add(array.buffer as ArrayBuffer);
  for (const array of [rest.input, rest.sendTime, rest.random, rest.randomAssigned, rest.itemBytes])
    add(array);
  for (const column of [messages.items, messages.from, messages.sourceId])
    if (column) for (const array of [column.bytes, column.offsets, column.present]) add(array);
  for (const array of Object.values(plan.requests)) add(array);
  return { packed, transfer: [...buffers] };
}

export function unpackPlan(packed: PackedPlan): BatchPlan {
  const { items, from, sourceId, ...rest } = packed.messages;
  return {
    ...packed,
    messages: {
      ...rest,
      items: new PackedTextColumn(items),
      from: new PackedTextColumn(from),
      ...(sourceId ? { sourceId: new PackedTextColumn(sourceId) } : {}),
    },
  };
}
