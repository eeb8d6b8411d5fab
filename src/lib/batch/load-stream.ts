/**
 * Loading from a byte stream (a File in the worker, a file in Node) with progress: NDJSON is read line by line
 * as it arrives; a JSON document is gathered and parsed in one go (a JSON array cannot be read in pieces
 * without a parser of our own, and the native one is the fastest there is).
 */
import {
  BatchInputBuilder,
  detectFormat,
  loadBatchText,
  NdjsonReader,
  type BatchInput,
  type LoadOptions,
} from './load';

export interface LoadProgress {
  phase: 'read' | 'parse' | 'plan' | 'pack';
  /** Bytes read so far and in all (read phase). */
  loaded?: number;
  total?: number;
}

/** Reads `chunks` (UTF-8 bytes) into a BatchInput, calling `onProgress` after each chunk. */
export async function loadBatchStream(
  chunks: AsyncIterable<Uint8Array>,
  total: number | undefined,
  options: LoadOptions = {},
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<BatchInput> {
  const decoder = new TextDecoder('utf-8');
  let loaded = 0;
  let format: 'json' | 'ndjson' | 'undecided' =
    options.format && options.format !== 'auto' ? options.format : 'undecided';
  const pieces: string[] = [];
  let head = '';
  const builder = new BatchInputBuilder(options);
  let reader: NdjsonReader | undefined;
  const feed = (text: string) => {
    if (format === 'undecided') {
      head += text;
      format = detectFormat(head, false);
      if (format === 'undecided') return;
      text = head;
      head = '';
    }
    if (format === 'ndjson') {
      reader ??= new NdjsonReader(builder);
      reader.push(text);
    } else pieces.push(text);
  };
  for await (const chunk of chunks) {
    loaded += chunk.byteLength;
    feed(decoder.decode(chunk, { stream: true }));
    onProgress({ phase: 'read', loaded, total });
  }
  feed(decoder.decode());
  if (format === 'undecided') format = detectFormat(head, true);
  if (format === 'ndjson') {
    if (head !== '') (reader ??= new NdjsonReader(builder)).push(head);
    reader?.end();
    return builder.finish();
  }
  onProgress({ phase: 'parse' });
  let text: string;
  try {
    text = pieces.join('') + head;
  } catch {
    builder.problem({ rule: 'input-too-large', params: {} });
    return builder.finish();
  }
  pieces.length = 0;
  return loadBatchText(text, { ...options, format: 'json' });
}

/** A ReadableStream as an async iterable (Node has it; some browsers lack ReadableStream's iterator). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
