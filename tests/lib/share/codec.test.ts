import { describe, expect, it } from 'vitest';
import {
  DecodedTooLargeError,
  MAX_DECODED_CHARS,
  compressToBase64Url,
  decompressFromBase64Url,
  fromBase64Url,
  toBase64Url,
} from '../../../src/lib/share/codec';

describe('base64url', () => {
  it('round-trips every byte value without + / or padding', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes));
  });

  it('handles inputs larger than one conversion chunk', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(() => fromBase64Url('ab+c')).toThrow();
    expect(() => fromBase64Url('abc=')).toThrow();
    expect(() => fromBase64Url('abcde')).toThrow();
  });
});

describe('compression', () => {
  it('round-trips text with non-ASCII characters and makes repetitive text shorter', async () => {
    const text = `{"GroupId":"群组 😀","MsgList":[${'{"From_Account":"a","SendTime":1},'.repeat(50)}{}]}`;
    const encoded = await compressToBase64Url(text);
    expect(encoded.length).toBeLessThan(text.length);
    expect(await decompressFromBase64Url(encoded)).toBe(text);
  });

  it('round-trips the empty string', async () => {
    expect(await decompressFromBase64Url(await compressToBase64Url(''))).toBe('');
  });

  it('rejects data that is not deflate', async () => {
    await expect(
      decompressFromBase64Url(toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))),
    ).rejects.toThrow();
  });

  it('rejects a truncated stream', async () => {
    const encoded = await compressToBase64Url('x'.repeat(1000) + Math.random().toString(36).repeat(40));
    await expect(decompressFromBase64Url(encoded.slice(0, Math.floor(encoded.length / 2)))).rejects.toThrow();
  });

  it('counts the limit in characters: exactly MAX_DECODED_CHARS pass, one more is refused', async () => {
    const exact = 'é'.repeat(MAX_DECODED_CHARS); // 2 bytes each
    expect((await decompressFromBase64Url(await compressToBase64Url(exact))).length).toBe(MAX_DECODED_CHARS);
    const over = await compressToBase64Url('a'.repeat(MAX_DECODED_CHARS + 1));
    await expect(decompressFromBase64Url(over)).rejects.toThrow(DecodedTooLargeError);
  });

  it('refuses output beyond the size limit (a crafted link cannot exhaust memory)', async () => {
    const bomb = await compressToBase64Url('a'.repeat(MAX_DECODED_CHARS * 4 + 10));
    await expect(decompressFromBase64Url(bomb)).rejects.toThrow(RangeError);
  });
});
