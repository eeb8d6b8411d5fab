/** A UserSigState over a real CredentialStore, a target and a sent request the test changes, and a clock. */
import { buildImportRequest } from '../../../src/lib/api/request';
import { generateUserSig } from '../../../src/lib/api/usersig';
import type { Target } from '../../../src/lib/send/transport';
import { CredentialStore, type CredentialFields } from '../../../src/lib/state/credentials.svelte';
import { UserSigState } from '../../../src/lib/state/usersig.svelte';
import { MemoryStorage } from '../persist/fake-storage';

/** Tencent's public demo values (TENCENT-IM.md §8 item 7). */
export const DEMO = {
  sdkAppId: 1400000000,
  identifier: 'xiaojun',
  secretKey: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
};
/** 2023-11-14T22:13:20Z */
export const T = 1700000000;

export function demoSig(
  over: Partial<{ identifier: string; sdkAppId: number; now: number; expireSeconds: number }> = {},
): Promise<string> {
  return generateUserSig({ ...DEMO, expireSeconds: 3600, now: T, ...over });
}

export function userSigFixture(profile: Partial<CredentialFields> = {}, target: Target = 'direct') {
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  const credentials = new CredentialStore({
    session,
    local,
    firstProfile: {
      name: 'Test app',
      sdkAppId: String(DEMO.sdkAppId),
      identifier: DEMO.identifier,
      userSig: '',
      ...profile,
    },
  });
  const clock = { now: T + 60 };
  const sending = $state<{ target: Target; built?: { url: string } }>({ target });
  const endpoint = {
    get profile() {
      return credentials.active;
    },
    credentials,
  };
  const shown: string[] = [];
  const usersig = new UserSigState({
    endpoint,
    sending,
    clock: () => clock.now,
    showTools: () => shown.push('usersig'),
  });
  /** Sends (builds) a request with these credentials: what the Response panel explains against. */
  const send = (fields: CredentialFields) => {
    sending.built = buildImportRequest({ host: 'console.tim.qq.com', body: '{}', ...fields });
  };
  return { usersig, credentials, sending, clock, session, local, shown, send };
}
