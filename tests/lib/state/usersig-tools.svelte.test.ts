import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeUserSig, verifyUserSig } from '../../../src/lib/api/usersig';
import { CREDENTIALS_KEY } from '../../../src/lib/state/credentials.svelte';
import { DEFAULT_VALIDITY_SECONDS, VALIDITY_PRESETS } from '../../../src/lib/state/usersig-tools.svelte';
import { DEMO, demoSig, T, userSigFixture } from './usersig-fixture.svelte';

const legacySig = deflateSync(
  Buffer.from(
    JSON.stringify({
      'TLS.account_type': '0',
      'TLS.identifier': 'xiaojun',
      'TLS.appid_at_3rd': '0',
      'TLS.sdk_appid': '1400000000',
      'TLS.expire_after': '86400',
      'TLS.version': '201512300000',
      'TLS.time': String(T),
      'TLS.sig': 'MEUCIQ',
    }),
  ),
)
  .toString('base64')
  .replaceAll('+', '*')
  .replaceAll('/', '-')
  .replaceAll('=', '_');

describe('UserSigGenerator', () => {
  it('opens with the profile’s SDKAppID and identifier, 180 days and no key', () => {
    const { usersig } = userSigFixture();
    const generator = usersig.generator;
    generator.open();
    expect(generator).toMatchObject({
      isOpen: true,
      sdkAppId: '1400000000',
      identifier: 'xiaojun',
      secretKey: '',
      expireSeconds: 180 * 86400,
    });
    expect(DEFAULT_VALIDITY_SECONDS).toBe(180 * 86400);
    expect(VALIDITY_PRESETS).toContain(DEFAULT_VALIDITY_SECONDS);
  });

  it('makes a UserSig that decodes to the fields and verifies with the key', async () => {
    const { usersig, clock } = userSigFixture();
    const generator = usersig.generator;
    generator.open();
    generator.setSecretKey(DEMO.secretKey);
    generator.setExpireSeconds(7 * 86400);
    expect(await generator.generate()).toBe(true);
    const result = generator.result!;
    expect(result).toMatchObject({
      sdkAppId: 1400000000,
      identifier: 'xiaojun',
      issuedAt: clock.now,
      expiresAt: clock.now + 7 * 86400,
    });
    expect(await decodeUserSig(result.userSig)).toMatchObject({
      ok: true,
      identifier: 'xiaojun',
      sdkAppId: 1400000000,
      time: clock.now,
      expire: 7 * 86400,
    });
    expect(await verifyUserSig(result.userSig, DEMO.secretKey)).toBe(true);
    expect(result.userSig).not.toContain(DEMO.secretKey);
  });

  it('puts the UserSig into the profile (with its SDKAppID and identifier); storage never sees the key', async () => {
    const { usersig, credentials, session } = userSigFixture({ sdkAppId: '', identifier: '' });
    credentials.setRemember(true);
    const generator = usersig.generator;
    generator.open();
    generator.setSdkAppId(' 1400000001 ');
    generator.setIdentifier('administrator');
    generator.setSecretKey(DEMO.secretKey);
    await generator.generate();
    expect(generator.useInProfile()).toBe(true);
    expect(generator.usedIn).toBe('Test app');
    expect(credentials.active).toMatchObject({
      sdkAppId: '1400000001',
      identifier: 'administrator',
      userSig: generator.result!.userSig,
    });
    const stored = session.getItem(CREDENTIALS_KEY) ?? '';
    expect(stored).toContain(generator.result!.userSig);
    expect(stored).not.toContain(DEMO.secretKey);
  });

  it('forgets the key and the result when it closes', async () => {
    const { usersig } = userSigFixture();
    const generator = usersig.generator;
    generator.open();
    generator.setSecretKey(DEMO.secretKey);
    await generator.generate();
    generator.close();
    expect(generator).toMatchObject({ isOpen: false, secretKey: '', result: undefined, sdkAppId: '' });
    expect(generator.useInProfile()).toBe(false);
  });

  it('drops a signature that finishes after the dialog closed or its fields changed', async () => {
    const { usersig } = userSigFixture();
    const generator = usersig.generator;
    generator.open();
    generator.setSecretKey(DEMO.secretKey);
    const running = generator.generate();
    generator.close();
    expect(await running).toBe(false);
    expect(generator.result).toBeUndefined();
    expect(generator.busy).toBe(false);

    generator.open();
    generator.setSecretKey(DEMO.secretKey);
    const again = generator.generate();
    generator.setIdentifier('bob');
    expect(await again).toBe(false);
    expect(generator.result).toBeUndefined();
  });

  it.each([
    ['no key', { secretKey: '' }, 'usersig.input.secret-key'],
    ['an SDKAppID of letters', { sdkAppId: 'abc' }, 'usersig.input.sdkappid'],
    ['SDKAppID 0', { sdkAppId: '0' }, 'usersig.input.sdkappid'],
    ['a validity that is no number', { expireSeconds: Number.NaN }, 'usersig.input.expire'],
    ['a negative validity', { expireSeconds: -5 }, 'usersig.input.expire'],
  ] as const)('says why nothing was made: %s', async (_name, fields, id) => {
    const { usersig } = userSigFixture();
    const generator = usersig.generator;
    generator.open();
    generator.setSecretKey('secretKey' in fields ? fields.secretKey : DEMO.secretKey);
    if ('sdkAppId' in fields) generator.setSdkAppId(fields.sdkAppId);
    if ('expireSeconds' in fields) generator.setExpireSeconds(fields.expireSeconds);
    expect(await generator.generate()).toBe(false);
    expect(generator.problem).toMatchObject({ id });
    expect(generator.result).toBeUndefined();
  });

  it('says `crypto` when the browser cannot sign (no Web Crypto outside https)', async () => {
    const { usersig } = userSigFixture();
    const generator = usersig.generator;
    generator.open();
    generator.setSecretKey(DEMO.secretKey);
    const subtle = Object.getOwnPropertyDescriptor(crypto, 'subtle');
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(await generator.generate()).toBe(false);
    } finally {
      if (subtle) Object.defineProperty(crypto, 'subtle', subtle);
      else delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(generator.problem).toBe('crypto');
  });
});

describe('UserSigVerifier', () => {
  it('says valid for the key the UserSig was made with, and forgets the key as the check starts', async () => {
    const { usersig } = userSigFixture();
    const sig = await demoSig();
    const verifier = usersig.verifier;
    verifier.setSecretKey(DEMO.secretKey);
    const running = verifier.verify(sig, await decodeUserSig(sig));
    expect(verifier.secretKey).toBe('');
    expect(await running).toBe('valid');
    expect(verifier.outcomeFor(sig)).toBe('valid');
    expect(verifier.outcomeFor(`${sig}x`)).toBeUndefined();
  });

  it('says invalid for another key or a changed UserSig', async () => {
    const { usersig } = userSigFixture();
    const sig = await demoSig();
    usersig.verifier.setSecretKey(DEMO.secretKey.replace('5bd', '5be'));
    expect(await usersig.verifier.verify(sig, undefined)).toBe('invalid');
  });

  it('tells a legacy UserSig, junk and a missing key apart without checking anything', async () => {
    const { usersig } = userSigFixture();
    const verifier = usersig.verifier;
    verifier.setSecretKey(DEMO.secretKey);
    expect(await verifier.verify(legacySig, await decodeUserSig(legacySig))).toBe('legacy');
    verifier.setSecretKey(DEMO.secretKey);
    expect(await verifier.verify('junk', await decodeUserSig('junk'))).toBe('undecodable');
    const sig = await demoSig();
    expect(await verifier.verify(sig, await decodeUserSig(sig))).toBe('no-key');
  });

  it('clear forgets the key and the outcome', async () => {
    const { usersig } = userSigFixture();
    const sig = await demoSig();
    usersig.verifier.setSecretKey(DEMO.secretKey);
    await usersig.verifier.verify(sig, undefined);
    usersig.verifier.setSecretKey('typed but not used');
    usersig.verifier.clear();
    expect(usersig.verifier.secretKey).toBe('');
    expect(usersig.verifier.outcomeFor(sig)).toBeUndefined();
  });
});
