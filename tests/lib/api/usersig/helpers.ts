import { deflateSync, inflateSync } from 'node:zlib';
import { vi } from 'vitest';
import { Api } from 'tls-sig-api-v2';

/** Public demo values used across Tencent's samples (TENCENT-IM.md §8 item 7). */
export const DEMO = {
  sdkAppId: 1400000000,
  secretKey: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
  identifier: 'xiaojun',
};

/** A UserSig from the official library, issued at `time` (it reads Date.now). */
export function officialUserSig(
  sdkAppId: number,
  secretKey: string,
  identifier: string,
  expire: number,
  time: number,
): string {
  const spy = vi.spyOn(Date, 'now').mockReturnValue(time * 1000);
  try {
    return new Api(sdkAppId, secretKey).genUserSig(identifier, expire);
  } finally {
    spy.mockRestore();
  }
}

/** The JSON inside a UserSig, read with Node's zlib (independent of the code under test). */
export function userSigJson(sig: string): Record<string, unknown> {
  const base64 = sig.replaceAll('*', '+').replaceAll('-', '/').replaceAll('_', '=');
  return JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString('utf8'));
}

/** Wraps any text the way a UserSig is wrapped: zlib, base64, URL-safe replacements. */
export function wrapAsUserSig(text: string | Buffer): string {
  return deflateSync(typeof text === 'string' ? Buffer.from(text, 'utf8') : text)
    .toString('base64')
    .replaceAll('+', '*')
    .replaceAll('/', '-')
    .replaceAll('=', '_');
}
