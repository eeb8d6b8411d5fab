/**
 * Standard base64 (RFC 4648 §4) over bytes, and the URL-safe variant TLSSigAPIv2 uses for the whole UserSig
 * (TENCENT-IM.md §8 item 4: `+`→`*`, `/`→`-`, `=`→`_`). Hand-written so that decoding is strict and behaves the
 * same in every browser and in Node (the platform's `atob` is "forgiving": it drops white space, for one).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 61; // '='

/** Character code → 6-bit value; -1 for anything outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += `${ALPHABET[n >> 18]}${ALPHABET[(n >> 12) & 63]}${ALPHABET[(n >> 6) & 63]}=`;
  }
  return out;
}

/**
 * Strict decoding: only the 64 characters, then at most two `=` that complete the last group (padding may also
 * be left out). Anything else, white space included, gives `undefined`.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  let end = text.length;
  let padding = 0;
  while (end > 0 && padding < 2 && text.charCodeAt(end - 1) === PAD) {
    end--;
    padding++;
  }
  if (end % 4 === 1) return undefined;
  if (padding > 0 && (end + padding) % 4 !== 0) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code] : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** Standard base64 → the UserSig alphabet. */
export function escapeUserSig(base64: string): string {
  return base64.replaceAll('+', '*').replaceAll('/', '-').replaceAll('=', '_');
}

/** The UserSig alphabet → standard base64. Characters already in the standard form pass unchanged. */
export function unescapeUserSig(text: string): string {
  return text.replaceAll('*', '+').replaceAll('-', '/').replaceAll('_', '=');
}

/** Position of the first character that belongs to neither alphabet, or -1. */
export function firstNonUserSigCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && (VALUES[code] >= 0 || code === PAD || code === 42 || code === 45 || code === 95))
      continue;
    return i;
  }
  return -1;
}
