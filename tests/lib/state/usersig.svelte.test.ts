import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { USERSIG_EXPIRING_SOON_SECONDS } from '../../../src/lib/api/usersig';
import {
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
} from '../../../src/lib/sandbox/credentials';
import { hostileString } from '../../abuse/hostile';
import { DEMO, demoSig, T, userSigFixture } from './usersig-fixture.svelte';

/** Any text wrapped the way a UserSig is: zlib, base64, URL-safe replacements. */
const wrapAsUserSig = (content: string | Buffer) =>
  deflateSync(typeof content === 'string' ? Buffer.from(content) : content)
    .toString('base64')
    .replaceAll('+', '*')
    .replaceAll('/', '-')
    .replaceAll('=', '_');

afterEach(() => {
  vi.useRealTimers();
});

/** Waits until the store has decoded the profile's UserSig (decoding is asynchronous). */
async function decoded(fixture: ReturnType<typeof userSigFixture>) {
  await vi.waitFor(() => expect(fixture.usersig.current).toBeDefined());
  return fixture.usersig.current!;
}

describe('UserSigState: the profile in use', () => {
  it('decodes the profile’s UserSig and follows it when it changes', async () => {
    const fixture = userSigFixture({ userSig: await demoSig() });
    expect(await decoded(fixture)).toMatchObject({ ok: true, identifier: 'xiaojun', expiresAt: T + 3600 });
    expect(fixture.usersig.checks).toEqual([]);

    fixture.credentials.update(fixture.credentials.activeId, {
      userSig: await demoSig({ identifier: 'bob' }),
    });
    await vi.waitFor(() => expect(fixture.usersig.current).toMatchObject({ identifier: 'bob' }));
    expect(fixture.usersig.checks).toEqual([
      { code: 70013, severity: 'error', kind: 'identifier', expected: 'xiaojun', actual: 'bob' },
    ]);
  });

  it('has nothing to say about a profile without a UserSig', () => {
    const { usersig } = userSigFixture();
    expect(usersig.current).toBeUndefined();
    expect(usersig.checks).toEqual([]);
  });

  it('checks 70014 against the profile’s SDKAppID, and not at all while it is no valid one', async () => {
    const fixture = userSigFixture({ userSig: await demoSig({ sdkAppId: 1400000001 }) });
    await decoded(fixture);
    expect(fixture.usersig.checks).toMatchObject([{ code: 70014, expected: 1400000000, actual: 1400000001 }]);
    fixture.credentials.update(fixture.credentials.activeId, { sdkAppId: '14000x' });
    expect(fixture.usersig.checks).toEqual([]);
  });

  it('warns before the UserSig expires and says 70001 once it has, as the clock moves', async () => {
    const fixture = userSigFixture({ userSig: await demoSig() });
    await decoded(fixture);
    fixture.clock.now = T + 3600 - USERSIG_EXPIRING_SOON_SECONDS + 1;
    fixture.usersig.refresh();
    expect(fixture.usersig.checks).toEqual([
      { code: 70001, severity: 'warning', kind: 'expiring', expiresAt: T + 3600 },
    ]);
    fixture.clock.now = T + 3601;
    fixture.usersig.refresh();
    expect(fixture.usersig.checks).toEqual([
      { code: 70001, severity: 'error', kind: 'expired', expiresAt: T + 3600 },
    ]);
  });

  it('moves its clock every tick while watched, and stops when the last watcher goes', async () => {
    vi.useFakeTimers();
    const fixture = userSigFixture();
    const stopA = fixture.usersig.watch();
    const stopB = fixture.usersig.watch();
    fixture.clock.now = T + 100;
    vi.advanceTimersByTime(1000);
    expect(fixture.usersig.now).toBe(T + 100);
    stopA();
    stopA(); // twice is once
    fixture.clock.now = T + 200;
    vi.advanceTimersByTime(1000);
    expect(fixture.usersig.now).toBe(T + 200);
    stopB();
    fixture.clock.now = T + 300;
    vi.advanceTimersByTime(5000);
    expect(fixture.usersig.now).toBe(T + 200);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says 70003 with the reason for a text that is no UserSig', async () => {
    const fixture = userSigFixture({ userSig: 'hello' });
    await decoded(fixture);
    expect(fixture.usersig.checks).toMatchObject([
      { code: 70003, severity: 'error', kind: 'undecodable', reason: { id: 'usersig.bad-base64' } },
    ]);
  });
});

describe('UserSigState: the sandbox with its built-in profile', () => {
  const builtIn = {
    sdkAppId: SANDBOX_SDK_APP_ID,
    identifier: SANDBOX_IDENTIFIER,
    userSig: SANDBOX_USER_SIG,
  };

  it('says nothing while the sandbox would accept the call, even close to expiry', async () => {
    const fixture = userSigFixture(builtIn, 'sandbox');
    const sig = await decoded(fixture);
    if (!sig.ok) throw new Error('the built-in UserSig decodes');
    expect(fixture.usersig.builtInSandbox).toBe(true);
    fixture.clock.now = sig.expiresAt - 60;
    fixture.usersig.refresh();
    expect(fixture.usersig.checks).toEqual([]);
    // The same profile sent elsewhere gets the warning.
    fixture.sending.target = 'direct';
    expect(fixture.usersig.builtInSandbox).toBe(false);
    expect(fixture.usersig.checks).toMatchObject([{ code: 70001, severity: 'warning' }]);
  });

  it('says what the sandbox itself would refuse', async () => {
    const fixture = userSigFixture(builtIn, 'sandbox');
    const sig = await decoded(fixture);
    if (!sig.ok) throw new Error('the built-in UserSig decodes');
    fixture.clock.now = sig.expiresAt + 1;
    fixture.usersig.refresh();
    expect(fixture.usersig.checks).toMatchObject([{ code: 70001, severity: 'error', kind: 'expired' }]);
  });

  it('is the built-in profile only while all three fields are the sandbox’s', async () => {
    const fixture = userSigFixture({ ...builtIn, identifier: 'someone' }, 'sandbox');
    await decoded(fixture);
    expect(fixture.usersig.builtInSandbox).toBe(false);
    expect(fixture.usersig.checks).toMatchObject([{ code: 70013, actual: SANDBOX_IDENTIFIER }]);
  });
});

describe('UserSigState: the request sent', () => {
  it('decodes the UserSig of the request sent, not the profile’s, and checks it against that request', async () => {
    const fixture = userSigFixture({ userSig: await demoSig() });
    expect(fixture.usersig.sent).toBeUndefined();
    const sentSig = await demoSig({ identifier: 'bob', expireSeconds: 10 });
    fixture.send({ sdkAppId: '1400000000', identifier: 'xiaojun', userSig: sentSig });
    await vi.waitFor(() => expect(fixture.usersig.sent?.decoded).toBeDefined());
    const sent = fixture.usersig.sent!;
    expect(sent).toMatchObject({ identifier: 'xiaojun', sdkAppId: 1400000000, hasUserSig: true });
    expect(sent.checks.map((check) => check.code)).toEqual([70013, 70001]);
    // What it carries says nothing of the UserSig text itself.
    expect(JSON.stringify(sent)).not.toContain(sentSig);
    // The profile changing afterwards does not change what was sent.
    fixture.credentials.update(fixture.credentials.activeId, { identifier: 'bob' });
    expect(fixture.usersig.sent?.identifier).toBe('xiaojun');
  });

  it('knows a request sent without a UserSig', () => {
    const fixture = userSigFixture();
    fixture.send({ sdkAppId: '1400000000', identifier: 'xiaojun', userSig: '' });
    expect(fixture.usersig.sent).toMatchObject({ hasUserSig: false, decoded: undefined, checks: [] });
  });
});

describe('UserSigState: hostile UserSigs', () => {
  const ONE_MB = 1024 * 1024;
  const junk = (length: number, seed: number) => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_';
    let state = seed;
    let out = '';
    for (let i = 0; i < length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      out += alphabet[state % alphabet.length];
    }
    return out;
  };
  const bomb = wrapAsUserSig(Buffer.alloc(2 * ONE_MB, 0x20));
  const HOSTILE = [
    '__proto__',
    'constructor',
    '\u0000',
    '\ud800',
    'eJy' + '*'.repeat(5000),
    '_'.repeat(100),
    wrapAsUserSig('{"__proto__":{"TLS.sdkappid":1}}'),
    wrapAsUserSig(
      '{"TLS.ver":"2.0","TLS.identifier":{"toString":1},"TLS.sdkappid":1,"TLS.time":1,"TLS.expire":1,"TLS.sig":"x"}',
    ),
    wrapAsUserSig('[1,2,3]'),
    wrapAsUserSig(
      '{"TLS.ver":"2.0","TLS.identifier":"a","TLS.sdkappid":1e400,"TLS.time":1,"TLS.expire":1,"TLS.sig":"x"}',
    ),
    bomb,
    junk(ONE_MB, 1),
    junk(16 * 1024, 2),
  ];

  it.each(HOSTILE.map((sig, i) => [i, sig.length, sig]))(
    'case %i (%i characters): 70003, never a throw',
    async (_i, _length, sig) => {
      const fixture = userSigFixture({ userSig: sig as string });
      expect(() => fixture.usersig.checks).not.toThrow();
      const result = await decoded(fixture);
      expect(result.ok).toBe(false);
      expect(fixture.usersig.checks).toMatchObject([{ code: 70003, severity: 'error', kind: 'undecodable' }]);
    },
  );

  it('any hostile text as the profile’s UserSig, or wrapped like one: checks never throw and say 70003', async () => {
    const wrapped = hostileString.map((text) => wrapAsUserSig(text));
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, wrapped), async (sig) => {
        const fixture = userSigFixture({ userSig: sig });
        const profileSig = fixture.credentials.active.userSig; // white space removed, as the editor does
        expect(() => fixture.usersig.checks).not.toThrow();
        if (profileSig === '') return;
        await fixture.usersig.decode(profileSig);
        expect(fixture.usersig.checks).toMatchObject([{ code: 70003, kind: 'undecodable' }]);
        expect(() => fixture.usersig.sent).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('reads 1 MB of junk by its length alone, quickly, and tells two such texts apart by nothing else', async () => {
    const fixture = userSigFixture();
    const started = performance.now();
    const first = await fixture.usersig.decode(junk(ONE_MB, 3));
    const second = await fixture.usersig.decode(junk(ONE_MB, 4));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(first).toMatchObject({
      ok: false,
      message: { id: 'usersig.too-long', params: { length: ONE_MB } },
    });
    expect(second).toEqual(first);
  });

  it('keeps at most a few decoded UserSigs', async () => {
    const fixture = userSigFixture();
    for (let i = 0; i < 40; i++) await fixture.usersig.decode(`junk${i}`);
    // The first ones were dropped: asking again starts a new decoding (undefined until it finishes).
    expect(fixture.usersig.decoded('junk0')).toBeUndefined();
    expect(fixture.usersig.decoded('junk39')).toBeDefined();
  });
});

describe('UserSigState: tools', () => {
  it('shows the tools through the callback it was given', () => {
    const fixture = userSigFixture();
    fixture.usersig.showTools();
    expect(fixture.shown).toEqual(['usersig']);
  });

  it('dispose stops the clock and forgets any SecretKey', () => {
    vi.useFakeTimers();
    const { usersig } = userSigFixture();
    usersig.watch();
    usersig.generator.open();
    usersig.generator.setSecretKey(DEMO.secretKey);
    usersig.verifier.setSecretKey(DEMO.secretKey);
    usersig.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(usersig.generator.secretKey).toBe('');
    expect(usersig.verifier.secretKey).toBe('');
  });
});
