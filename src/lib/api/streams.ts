/**
 * Feeding bytes through a platform transform stream (CompressionStream, DecompressionStream) with a cap on the
 * output, so a small hostile input (a "zip bomb") cannot make the page allocate more than the cap. Shared by the
 * UserSig codec and share links.
 */

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Feeds `input` through a transform and reads its output, stopping once it exceeds `maxBytes`. */
export async function pipeCapped(
  transform: { writable: WritableStream<BufferSource>; readable: ReadableStream<Uint8Array> },
  input: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array | 'too-large'> {
  const writer = transform.writable.getWriter();
  // Failures surface on the reading side; these promises only need a handler so none goes unhandled.
  writer.write(input).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}
