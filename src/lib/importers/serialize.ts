/**
 * Writes large results as a sequence of text chunks, so a million-message input never has to be one string
 * (V8 caps a string near 512 M characters). The joined chunks parse back to exactly the data given.
 */
import type { BatchDocument } from '../batch/types';
import type { Accounting } from './types';

const CHUNK = 1 << 20;

function* arrayChunks(items: readonly unknown[]): Generator<string> {
  let buffer = '[';
  for (let i = 0; i < items.length; i++) {
    buffer += (i === 0 ? '\n' : ',\n') + JSON.stringify(items[i]);
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}${items.length > 0 ? '\n' : ''}]`;
}

/** The batch input: `{"groups": [...], "messages": [\n one message per line \n]}`. */
export function* documentChunks(document: BatchDocument): Generator<string> {
  yield `{"groups":${JSON.stringify(document.groups ?? [])},\n"messages":`;
  yield* arrayChunks(document.messages);
  yield '}\n';
}

/** The accounting: totals and summaries first (readable at the top), then adjustments and every outcome. */
export function* accountingChunks(accounting: Accounting): Generator<string> {
  const { totals, byReason, channels } = accounting;
  yield `{"totals":${JSON.stringify(totals)},\n"byReason":${JSON.stringify(byReason)},\n"channels":${JSON.stringify(channels)},\n"adjustments":`;
  yield* arrayChunks(accounting.adjustments);
  yield ',\n"outcomes":';
  yield* arrayChunks(accounting.outcomes);
  yield '}\n';
}
