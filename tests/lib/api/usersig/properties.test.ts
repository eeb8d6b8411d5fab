// @vitest-environment node
/** Properties over open-ended inputs: identifiers (Unicode, 32 bytes, empty), validity, arbitrary strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUserSig, generateUserSig, verifyUserSig } from '../../../../src/lib/api/usersig';
import { encodeBase64, decodeBase64 } from '../../../../src/lib/api/usersig/base64';
import { DEMO, officialUserSig, userSigJson } from './helpers';

const identifiers = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 16 }), // lone surrogates included
  fc.stringMatching(/^[A-Za-z0-9_-]{32}$/), // the documented maximum: 32 bytes
  fc.string({ unit: fc.constantFrom('中', '文', '😀', 'a'), minLength: 8, maxLength: 8 }), // up to 32 bytes of UTF-8
);
const expiries = fc.oneof(
  fc.constantFrom(0, 1, 86400 * 180, 86400 * 365 * 50),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }),
);
const times = fc.integer({ min: 0, max: 4102444800 });
const sdkAppIds = fc.integer({ min: 1, max: 4294967295 });

describe('UserSig properties', () => {
  it('what we generate decodes to its fields and verifies with its key only', async () => {
    await fc.assert(
      fc.asyncProperty(identifiers, expiries, times, sdkAppIds, async (identifier, expire, now, sdkAppId) => {
        const sig = await generateUserSig({
          sdkAppId,
          identifier,
          secretKey: DEMO.secretKey,
          expireSeconds: expire,
          now,
        });
        const decoded = await decodeUserSig(sig);
        expect(decoded).toEqual({
          ok: true,
          kind: 'v2',
          identifier,
          sdkAppId,
          time: now,
          expire,
          expiresAt: now + expire,
          version: '2.0',
        });
        expect(await verifyUserSig(sig, DEMO.secretKey)).toBe(true);
        expect(await verifyUserSig(sig, `${DEMO.secretKey}x`)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('our TLS.sig equals the official library one for the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(identifiers, expiries, times, async (identifier, expire, now) => {
        const ours = await generateUserSig({ ...DEMO, identifier, expireSeconds: expire, now });
        const official = officialUserSig(DEMO.sdkAppId, DEMO.secretKey, identifier, expire, now);
        expect(userSigJson(ours)['TLS.sig']).toBe(userSigJson(official)['TLS.sig']);
        expect(await verifyUserSig(official, DEMO.secretKey)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('secret keys of any text verify what they signed, and only that', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.string({ minLength: 1, maxLength: 80 }),
        async (key, other) => {
          const sig = await generateUserSig({ ...DEMO, secretKey: key, expireSeconds: 60, now: 1 });
          expect(await verifyUserSig(sig, key)).toBe(true);
          if (other !== key) expect(await verifyUserSig(sig, other)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('decoding and verifying never throw on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.stringMatching(/^[A-Za-z0-9*_-]{0,400}$/),
          fc.stringMatching(/^eJ[A-Za-z0-9*_-]{0,400}$/),
        ),
        async (text) => {
          const decoded = await decodeUserSig(text);
          if (!decoded.ok) expect(typeof decoded.error).toBe('string');
          expect(typeof (await verifyUserSig(text, DEMO.secretKey))).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a damaged real UserSig never throws, and verifies only if it still says exactly the same', async () => {
    const sig = await generateUserSig({ ...DEMO, expireSeconds: 60, now: 1700000000 });
    const original = await decodeUserSig(sig);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sig.length - 1 }),
        fc.constantFrom(...'ABCxyz019*-_'),
        async (at, character) => {
          const damaged = sig.slice(0, at) + character + sig.slice(at + 1);
          const decoded = await decodeUserSig(damaged);
          if (!decoded.ok) expect(decoded.error).not.toBe('');
          if (await verifyUserSig(damaged, DEMO.secretKey)) expect(decoded).toEqual(original);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('base64 round-trips any bytes, as Node encodes them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
        expect(decodeBase64(text.replace(/=+$/, ''))).toEqual(bytes);
      }),
    );
  });
});
