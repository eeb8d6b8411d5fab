/** The UserSig tools in the page's test environment (jsdom), where component tests will call them. */
import { describe, expect, it } from 'vitest';
import { decodeUserSig, generateUserSig, verifyUserSig } from '../../../../src/lib/api/usersig';
const DEMO = {
  sdkAppId: 1400000000,
  identifier: 'xiaojun',
  secretKey: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
};

describe('UserSig tools under jsdom', () => {
  it('generate, decode and verify', async () => {
    expect(typeof window).toBe('object');
    const sig = await generateUserSig({ ...DEMO, expireSeconds: 60, now: 1700000000 });
    expect(await decodeUserSig(sig)).toMatchObject({
      ok: true,
      identifier: 'xiaojun',
      expiresAt: 1700000060,
    });
    expect(await verifyUserSig(sig, DEMO.secretKey)).toBe(true);
    expect(await verifyUserSig(sig, 'another key')).toBe(false);
  });
});
