/**
 * zlib (RFC 1950) through the platform's CompressionStream / DecompressionStream('deflate'): browsers and
 * Node 18+ have both, so the core needs no zlib library. Inflation is capped, so a small hostile input (a "zip
 * bomb") cannot make the page allocate more than the cap. Note: Chromium rejects bytes after the end of the
 * zlib stream while Node 20 ignores them; a UserSig never has any, so the difference only shows on junk.
 */

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' | 'unsupported' };

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
async function pipe(
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

/** zlib-compresses bytes (CompressionStream 'deflate' writes the RFC 1950 wrapper, like Node's deflateSync). */
export async function deflate(input: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const result = await pipe(new CompressionStream('deflate'), input, Number.MAX_SAFE_INTEGER);
  if (result === 'too-large') throw new Error('unreachable');
  return result;
}

/** Inflates a zlib stream; never throws. */
export async function inflateCapped(
  input: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<InflateResult> {
  if (typeof DecompressionStream !== 'function') return { ok: false, reason: 'unsupported' };
  try {
    const result = await pipe(new DecompressionStream('deflate'), input, maxBytes);
    return result === 'too-large' ? { ok: false, reason: 'too-large' } : { ok: true, bytes: result };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
