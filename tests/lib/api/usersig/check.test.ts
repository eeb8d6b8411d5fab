// @vitest-environment node
/** checkUserSig: what the server would answer about a UserSig, the rules the sandbox and the page share. */
import { describe, expect, it } from 'vitest';
import {
  checkUserSig,
  decodeUserSig,
  generateUserSig,
  parseSdkAppId,
  userSigRefusal,
  USERSIG_EXPIRING_SOON_SECONDS,
} from '../../../../src/lib/api/usersig';
import { createSandbox } from '../../../../src/lib/sandbox';
import { defaultQuery, IMPORT, message, request, send, url } from '../../sandbox/helpers';
import { DEMO } from './helpers';

const T = 1700000000;
const sig = (
  over: Partial<{ identifier: string; sdkAppId: number; now: number; expireSeconds: number }> = {},
) => generateUserSig({ ...DEMO, expireSeconds: 3600, now: T, ...over });
const expected = { identifier: DEMO.identifier, sdkAppId: DEMO.sdkAppId };

describe('parseSdkAppId', () => {
  it('reads 1 to 4294967295 in decimal digits, as the gateway does', () => {
    expect(parseSdkAppId('1400000000')).toBe(1400000000);
    expect(parseSdkAppId('4294967295')).toBe(4294967295);
    for (const bad of ['', '0', '4294967296', '14000000000', ' 1400000000', '1e9', '-1', '0x10', '１４']) {
      expect(parseSdkAppId(bad), bad).toBeUndefined();
    }
  });
});

describe('checkUserSig', () => {
  it('finds nothing for a UserSig of the call, valid now', async () => {
    expect(checkUserSig(await decodeUserSig(await sig()), expected, T + 10)).toEqual([]);
  });

  it('70003 with the decoder’s reason for anything that is not a UserSig', async () => {
    const checks = checkUserSig(await decodeUserSig('not a usersig'), expected, T);
    expect(checks).toEqual([
      {
        code: 70003,
        severity: 'error',
        kind: 'undecodable',
        reason: expect.objectContaining({ id: 'usersig.bad-character' }),
      },
    ]);
  });

  it('70013 for another identifier, 70014 for another SDKAppID, each with both values', async () => {
    const decoded = await decodeUserSig(await sig({ identifier: 'bob', sdkAppId: 1400000001 }));
    expect(checkUserSig(decoded, expected, T)).toEqual([
      { code: 70013, severity: 'error', kind: 'identifier', expected: 'xiaojun', actual: 'bob' },
      { code: 70014, severity: 'error', kind: 'sdkappid', expected: 1400000000, actual: 1400000001 },
    ]);
  });

  it('compares only what the call names', async () => {
    const decoded = await decodeUserSig(await sig({ identifier: 'bob', sdkAppId: 1400000001 }));
    expect(checkUserSig(decoded, {}, T)).toEqual([]);
  });

  it('70001 once the clock is past time + expire, a warning within soonSeconds before', async () => {
    const decoded = await decodeUserSig(await sig());
    const at = (now: number) => checkUserSig(decoded, expected, now, USERSIG_EXPIRING_SOON_SECONDS);
    expect(at(T + 3600 - USERSIG_EXPIRING_SOON_SECONDS - 1)).toEqual([]);
    expect(at(T + 3600 - USERSIG_EXPIRING_SOON_SECONDS)).toEqual([
      { code: 70001, severity: 'warning', kind: 'expiring', expiresAt: T + 3600 },
    ]);
    expect(at(T + 3600)).toMatchObject([{ kind: 'expiring' }]);
    expect(at(T + 3601)).toEqual([{ code: 70001, severity: 'error', kind: 'expired', expiresAt: T + 3600 }]);
    // Without soonSeconds (the gateway), only the refusal.
    expect(checkUserSig(decoded, expected, T + 3599)).toEqual([]);
  });

  it('userSigRefusal is the first error, in the sandbox’s order: identifier, SDKAppID, expiry', async () => {
    const allWrong = await decodeUserSig(
      await sig({ identifier: 'bob', sdkAppId: 1400000001, expireSeconds: 1 }),
    );
    expect(userSigRefusal(allWrong, expected, T + 100)?.code).toBe(70013);
    expect(userSigRefusal(allWrong, { sdkAppId: DEMO.sdkAppId }, T + 100)?.code).toBe(70014);
    expect(userSigRefusal(allWrong, {}, T + 100)?.code).toBe(70001);
    expect(userSigRefusal(allWrong, {}, T)).toBeUndefined();
  });
});

describe('the sandbox answers what the checks say', () => {
  const cases: [string, () => Promise<string>, number][] = [
    ['junk', async () => 'eJy-not-a-usersig', 70003],
    ['another identifier', () => sig({ identifier: 'bob' }), 70013],
    ['another SDKAppID', () => sig({ sdkAppId: 1400000001 }), 70014],
    ['expired', () => sig({ expireSeconds: 10 }), 70001],
    ['good', () => sig(), 0],
  ];
  it.each(cases)('%s', async (_name, make, code) => {
    const userSig = await make();
    const now = T + 60;
    const sandbox = createSandbox({ now: () => now });
    const query = {
      ...defaultQuery(),
      sdkappid: String(DEMO.sdkAppId),
      identifier: DEMO.identifier,
      usersig: userSig,
    };
    const answer = await send(sandbox, request([message(now - 10)]), url(IMPORT, query));
    const refusal = userSigRefusal(await decodeUserSig(userSig), expected, now);
    expect(refusal?.code ?? 0).toBe(code);
    expect(answer.ErrorCode).toBe(code);
  });
});
