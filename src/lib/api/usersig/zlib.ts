/**
 * zlib (RFC 1950) through the platform's CompressionStream / DecompressionStream('deflate'): browsers and
 * Node 18+ have both, so the core needs no zlib library. Inflation is capped, so a small hostile input (a "zip
 * bomb") cannot make the page allocate more than the cap. Note: Chromium rejects bytes after the end of the
 * zlib stream while Node 20 ignores them; a UserSig never has any, so the difference only shows on junk.
 */

import { pipeCapped } from '../streams';

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' | 'unsupported' };

/** zlib-compresses bytes (CompressionStream 'deflate' writes the RFC 1950 wrapper, like Node's deflateSync). */
export async function deflate(input: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const result = await pipeCapped(new CompressionStream('deflate'), input, Number.MAX_SAFE_INTEGER);
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
    const result = await pipeCapped(new DecompressionStream('deflate'), input, maxBytes);
    return result === 'too-large' ? { ok: false, reason: 'too-large' } : { ok: true, bytes: result };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
