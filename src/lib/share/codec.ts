/**
 * Compressed, URL-safe text: `CompressionStream('deflate-raw')` + base64url.
 * Platform APIs only (browsers and Node 20 both have them), so no library lands in the start-up chunk.
 */
import { pipeCapped } from '../api/streams';

/**
 * Decompressed text above this many characters (UTF-16 units, as the editor counts them) is refused: a crafted
 * link must not exhaust memory.
 */
export const MAX_DECODED_CHARS = 8 * 1024 * 1024;
/** The most UTF-8 bytes MAX_DECODED_CHARS characters take: 3 per UTF-16 unit (a 4-byte character is 2 units). */
const MAX_DECODED_BYTES = MAX_DECODED_CHARS * 3;

/** Thrown when a link holds more than MAX_DECODED_CHARS characters. */
export class DecodedTooLargeError extends RangeError {
  constructor() {
    super(`more than ${MAX_DECODED_CHARS} characters`);
    this.name = 'DecodedTooLargeError';
  }
}

async function pipeThrough(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.MAX_SAFE_INTEGER,
): Promise<Uint8Array> {
  const out = await pipeCapped(stream, bytes as Uint8Array<ArrayBuffer>, limit);
  if (out === 'too-large') throw new DecodedTooLargeError();
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on characters outside the base64url alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new SyntaxError('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function compressToBase64Url(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return toBase64Url(await pipeThrough(bytes, new CompressionStream('deflate-raw')));
}

/**
 * Throws on bad base64url, corrupt deflate data or invalid UTF-8, and DecodedTooLargeError on output over
 * MAX_DECODED_CHARS characters (inflating stops at the most bytes that many characters can take).
 */
export async function decompressFromBase64Url(encoded: string): Promise<string> {
  const bytes = fromBase64Url(encoded);
  const inflated = await pipeThrough(bytes, new DecompressionStream('deflate-raw'), MAX_DECODED_BYTES);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  if (text.length > MAX_DECODED_CHARS) throw new DecodedTooLargeError();
  return text;
}
