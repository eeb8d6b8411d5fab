// @vitest-environment node
/** Our UserSig code against Tencent's official Node library `tls-sig-api-v2` (the oracle). */
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Api } from 'tls-sig-api-v2';
import { decodeUserSig, generateUserSig, verifyUserSig } from '../../../../src/lib/api/usersig';
import { DEMO, officialUserSig, userSigJson, wrapAsUserSig } from './helpers';

const T = 1700000000;
const HALF_YEAR = 86400 * 180;

describe('what the official library makes', () => {
  const official = officialUserSig(DEMO.sdkAppId, DEMO.secretKey, DEMO.identifier, HALF_YEAR, T);

  it('decodes to its fields', async () => {
    expect(await decodeUserSig(official)).toEqual({
      ok: true,
      kind: 'v2',
      identifier: 'xiaojun',
      sdkAppId: 1400000000,
      time: T,
      expire: HALF_YEAR,
      expiresAt: T + HALF_YEAR,
      version: '2.0',
    });
  });

  it('verifies with the same key', async () => {
    expect(await verifyUserSig(official, DEMO.secretKey)).toBe(true);
  });

  it('does not verify with another key', async () => {
    expect(await verifyUserSig(official, DEMO.secretKey.replace('5bd', '5be'))).toBe(false);
    expect(await verifyUserSig(official, `${DEMO.secretKey} `)).toBe(false);
    expect(await verifyUserSig(official, '')).toBe(false);
  });

  it('verifies one made with a userbuf (TLS.userbuf is part of what is signed)', async () => {
    const spy = Date.now;
    Date.now = () => T * 1000;
    let sig: string;
    try {
      sig = new Api(DEMO.sdkAppId, DEMO.secretKey).genPrivateMapKey('xiaojun', 300, 10000, 255);
    } finally {
      Date.now = spy;
    }
    const decoded = await decodeUserSig(sig);
    expect(decoded).toMatchObject({ ok: true, kind: 'v2', identifier: 'xiaojun', time: T, expire: 300 });
    expect(decoded.ok && decoded.userbuf).toBe(userSigJson(sig)['TLS.userbuf']);
    expect(await verifyUserSig(sig, DEMO.secretKey)).toBe(true);
  });

  it.each([
    ['TLS.identifier', 'xiaojun2'],
    ['TLS.sdkappid', 1400000001],
    ['TLS.time', T + 1],
    ['TLS.expire', HALF_YEAR * 100],
    ['TLS.userbuf', 'AAAA'],
  ])('fails verification once %s is changed', async (field, value) => {
    const json = userSigJson(official);
    json[field] = value;
    const tampered = wrapAsUserSig(JSON.stringify(json));
    expect((await decodeUserSig(tampered)).ok).toBe(true);
    expect(await verifyUserSig(tampered, DEMO.secretKey)).toBe(false);
  });

  it('fails verification once TLS.sig itself is changed', async () => {
    const json = userSigJson(official);
    const mac = Buffer.from(json['TLS.sig'] as string, 'base64');
    mac[0] ^= 1;
    json['TLS.sig'] = mac.toString('base64');
    expect(await verifyUserSig(wrapAsUserSig(JSON.stringify(json)), DEMO.secretKey)).toBe(false);
    json['TLS.sig'] = mac.subarray(0, 31).toString('base64');
    expect(await verifyUserSig(wrapAsUserSig(JSON.stringify(json)), DEMO.secretKey)).toBe(false);
    json['TLS.sig'] = 'not base64!';
    expect(await verifyUserSig(wrapAsUserSig(JSON.stringify(json)), DEMO.secretKey)).toBe(false);
  });
});

describe('what we make', () => {
  it('carries the same TLS.sig as the official library for the same fields', async () => {
    const ours = await generateUserSig({ ...DEMO, expireSeconds: HALF_YEAR, now: T });
    const official = officialUserSig(DEMO.sdkAppId, DEMO.secretKey, DEMO.identifier, HALF_YEAR, T);
    const a = userSigJson(ours);
    const b = userSigJson(official);
    expect(a['TLS.sig']).toBe(b['TLS.sig']);
    expect(a).toEqual(b);
  });

  it('has the TLS.sig that HMAC-SHA256 over the documented content gives', async () => {
    const ours = await generateUserSig({ ...DEMO, expireSeconds: 86400, now: T });
    const content = `TLS.identifier:xiaojun\nTLS.sdkappid:1400000000\nTLS.time:${T}\nTLS.expire:86400\n`;
    const expected = createHmac('sha256', DEMO.secretKey).update(content).digest('base64');
    expect(userSigJson(ours)['TLS.sig']).toBe(expected);
  });

  it('is in the UserSig alphabet and starts like every zlib UserSig (eJ)', async () => {
    const ours = await generateUserSig({ ...DEMO, expireSeconds: HALF_YEAR, now: T });
    expect(ours).toMatch(/^eJ[A-Za-z0-9*_-]+$/);
  });

  it('decodes and verifies with our own functions', async () => {
    const ours = await generateUserSig({ ...DEMO, expireSeconds: 60, now: T });
    expect(await decodeUserSig(ours)).toMatchObject({ ok: true, kind: 'v2', expiresAt: T + 60 });
    expect(await verifyUserSig(ours, DEMO.secretKey)).toBe(true);
  });

  it('takes the clock when no time is given', async () => {
    const before = Math.floor(Date.now() / 1000);
    const decoded = await decodeUserSig(await generateUserSig({ ...DEMO, expireSeconds: 60 }));
    const after = Math.floor(Date.now() / 1000);
    expect(decoded.ok && decoded.time).toBeGreaterThanOrEqual(before);
    expect(decoded.ok && decoded.time).toBeLessThanOrEqual(after);
  });

  it.each([
    [{ sdkAppId: 0 }, 'usersig.input.sdkappid'],
    [{ sdkAppId: 1.5 }, 'usersig.input.sdkappid'],
    [{ sdkAppId: 4294967296 }, 'usersig.input.sdkappid'],
    [{ sdkAppId: '1400000000' }, 'usersig.input.sdkappid'],
    [{ identifier: 42 }, 'usersig.input.identifier'],
    [{ secretKey: '' }, 'usersig.input.secret-key'],
    [{ expireSeconds: -1 }, 'usersig.input.expire'],
    [{ expireSeconds: 1.5 }, 'usersig.input.expire'],
    [{ expireSeconds: Number.NaN }, 'usersig.input.expire'],
    [{ now: -5 }, 'usersig.input.now'],
  ])('rejects %o with %s', async (change, id) => {
    const input = { ...DEMO, expireSeconds: 60, now: T, ...change } as never;
    await expect(generateUserSig(input)).rejects.toMatchObject({
      name: 'UserSigInputError',
      problem: { id },
    });
  });
});

describe('legacy ECDSA UserSigs', () => {
  // A real ECDSA signature over the legacy content, as the old TLS libraries made it.
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const content =
    'TLS.appid_at_3rd:0\nTLS.account_type:0\nTLS.identifier:admin\nTLS.sdk_appid:1400012345\n' +
    'TLS.time:1500000000\nTLS.expire_after:15552000\n';
  const legacyJson = {
    'TLS.account_type': '0',
    'TLS.identifier': 'admin',
    'TLS.appid_at_3rd': '0',
    'TLS.sdk_appid': '1400012345',
    'TLS.expire_after': '15552000',
    'TLS.version': '201512300000',
    'TLS.time': '1500000000',
    'TLS.sig': sign('sha256', Buffer.from(content), privateKey).toString('base64'),
  };
  const legacy = wrapAsUserSig(JSON.stringify(legacyJson));

  it('decode to their fields', async () => {
    expect(await decodeUserSig(legacy)).toEqual({
      ok: true,
      kind: 'legacy',
      identifier: 'admin',
      sdkAppId: 1400012345,
      time: 1500000000,
      expire: 15552000,
      expiresAt: 1515552000,
      version: '201512300000',
      accountType: '0',
      appIdAt3rd: '0',
    });
  });

  it('are never verified (they need the public key)', async () => {
    expect(await verifyUserSig(legacy, DEMO.secretKey)).toBe(false);
  });

  it('say which field is wrong', async () => {
    const broken = wrapAsUserSig(JSON.stringify({ ...legacyJson, 'TLS.expire_after': 'soon' }));
    expect(await decodeUserSig(broken)).toMatchObject({
      ok: false,
      message: { id: 'usersig.field-type', params: { field: 'TLS.expire_after', expected: 'integer' } },
    });
  });
});
