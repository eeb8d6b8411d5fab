import { describe, expect, it, vi } from 'vitest';
import { CREDENTIALS_KEY, CredentialStore } from '../../../src/lib/state/credentials.svelte';
import { MemoryStorage } from '../persist/fake-storage';

const SECRET = 'eJwtzMEKgjAYB-SECRET-SIG';

function setUp() {
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  const store = new CredentialStore({ session, local });
  return { session, local, store };
}

function fill(store: CredentialStore) {
  store.update(store.activeId, {
    sdkAppId: ' 1400000001 ',
    identifier: 'administrator',
    userSig: `${SECRET}\n`,
  });
}

describe('credential profiles', () => {
  it('start with one empty profile, in memory only', () => {
    const { store, session, local } = setUp();
    expect(store.profiles).toHaveLength(1);
    expect(store.active).toMatchObject({ name: 'Default', sdkAppId: '', identifier: '', userSig: '' });
    expect(store.persistence).toBe('memory');
    fill(store);
    expect(session.items.size + local.items.size).toBe(0);
  });

  it('trim pasted values (a UserSig loses its line breaks)', () => {
    const { store } = setUp();
    fill(store);
    expect(store.active).toMatchObject({
      sdkAppId: '1400000001',
      identifier: 'administrator',
      userSig: SECRET,
    });
  });

  it('add, switch, rename and delete', () => {
    const { store } = setUp();
    const first = store.activeId;
    const second = store.add();
    expect(second.name).toBe('Profile 2');
    expect(store.activeId).toBe(second.id);
    store.add('Production');
    expect(store.active.name).toBe('Production');
    store.select(first);
    expect(store.activeId).toBe(first);
    expect(store.rename(second.id, '  Staging ')).toBeUndefined();
    expect(store.profiles.find((p) => p.id === second.id)?.name).toBe('Staging');
    store.remove(first);
    expect(store.profiles.map((p) => p.name)).toEqual(['Staging', 'Production']);
    expect(store.activeId).toBe(second.id);
  });

  it('refuse an empty name and keep the old one', () => {
    const { store } = setUp();
    expect(store.rename(store.activeId, '   ')).toMatch(/needs a name/);
    expect(store.active.name).toBe('Default');
  });

  it('ignore unknown profile ids', () => {
    const { store } = setUp();
    const before = JSON.stringify(store.profiles);
    store.select('nope');
    store.update('nope', { userSig: 'x' });
    store.remove('nope');
    expect(store.rename('nope', 'x')).toBeUndefined();
    expect(JSON.stringify(store.profiles)).toBe(before);
  });

  it('empty the last profile instead of leaving none', () => {
    const { store } = setUp();
    fill(store);
    store.remove(store.activeId);
    expect(store.profiles).toHaveLength(1);
    expect(store.active.userSig).toBe('');
  });

  it('"remember" keeps them in sessionStorage; unticking removes them', () => {
    const { store, session, local } = setUp();
    fill(store);
    store.setRemember(true);
    expect(store.persistence).toBe('session');
    expect(session.getItem(CREDENTIALS_KEY)).toContain(SECRET);
    expect(local.items.size).toBe(0);
    store.setRemember(false);
    expect(session.items.size + local.items.size).toBe(0);
  });

  it('use localStorage only after the second, explicit choice', () => {
    const { store, session, local } = setUp();
    fill(store);
    store.setKeepAfterClose(true);
    expect(store.persistence).toBe('memory');
    expect(local.items.size).toBe(0);
    store.setRemember(true);
    store.setKeepAfterClose(true);
    expect(store.persistence).toBe('local');
    expect(local.getItem(CREDENTIALS_KEY)).toContain(SECRET);
    expect(session.items.size).toBe(0);
    store.setKeepAfterClose(false);
    expect(session.getItem(CREDENTIALS_KEY)).toContain(SECRET);
    expect(local.items.size).toBe(0);
    store.setKeepAfterClose(true);
    store.setRemember(false);
    expect(session.items.size + local.items.size).toBe(0);
  });

  it('come back from storage in a new tab, with the active profile', () => {
    const { store, session, local } = setUp();
    fill(store);
    const other = store.add('Other');
    store.setRemember(true);
    const reopened = new CredentialStore({ session, local });
    expect(reopened.persistence).toBe('session');
    expect(reopened.activeId).toBe(other.id);
    expect(reopened.profiles.map((p) => p.name)).toEqual(['Default', 'Other']);
    expect(reopened.profiles[0].userSig).toBe(SECRET);
  });

  it('ignore corrupt stored data', () => {
    for (const raw of ['{', '[]', '{"profiles":[{"id":1}]}', 'null']) {
      const session = new MemoryStorage();
      session.setItem(CREDENTIALS_KEY, raw);
      const store = new CredentialStore({ session, local: new MemoryStorage() });
      expect(store.persistence).toBe('memory');
      expect(store.profiles).toHaveLength(1);
    }
  });

  it('repair repeated or empty stored ids on load: the first holder keeps its id (and stays active)', () => {
    const session = new MemoryStorage();
    const profile = (id: string, name: string) => ({
      id,
      name,
      sdkAppId: '1',
      identifier: 'i',
      userSig: name,
    });
    const stored = [
      profile('a', 'A1'),
      profile('a', 'A2'),
      profile('', 'E'),
      profile('b', 'B'),
      profile('a', 'A3'),
    ];
    session.setItem(CREDENTIALS_KEY, JSON.stringify({ profiles: stored, activeId: 'a' }));
    const store = new CredentialStore({ session, local: new MemoryStorage() });
    const ids = store.profiles.map((p) => p.id);
    expect(new Set(ids).size).toBe(5);
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(store.profiles.map((p) => p.name)).toEqual(['A1', 'A2', 'E', 'B', 'A3']);
    expect(store.active.name).toBe('A1');
    // Each profile can now be told apart: renaming the second renames only it.
    store.rename(ids[1], 'Second');
    expect(store.profiles.map((p) => p.name)).toEqual(['A1', 'Second', 'E', 'B', 'A3']);
  });

  it('never add a profile with an id that is already taken, even one stored by someone else', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(0);
    try {
      // Every id the generator could produce next (p0 + counter in base 36) is already stored.
      const taken = Array.from({ length: 500 }, (_, n) => ({
        id: `p0${n.toString(36)}`,
        name: `P${n}`,
        sdkAppId: '',
        identifier: '',
        userSig: '',
      }));
      const session = new MemoryStorage();
      session.setItem(CREDENTIALS_KEY, JSON.stringify({ profiles: taken, activeId: 'p01' }));
      const store = new CredentialStore({ session, local: new MemoryStorage() });
      const added = store.add('New');
      expect(taken.some((p) => p.id === added.id)).toBe(false);
      expect(new Set(store.profiles.map((p) => p.id)).size).toBe(store.profiles.length);
    } finally {
      now.mockRestore();
    }
  });

  it('read stored data through the safe reader: __proto__ is a key, absurd nesting is refused', () => {
    const session = new MemoryStorage();
    const profile = { id: 'a', name: 'A', sdkAppId: '1', identifier: 'i', userSig: 's' };
    session.setItem(CREDENTIALS_KEY, `{"__proto__": ${JSON.stringify({ profiles: [profile] })}}`);
    expect(new CredentialStore({ session, local: new MemoryStorage() }).persistence).toBe('memory');
    session.setItem(CREDENTIALS_KEY, '['.repeat(300_000) + ']'.repeat(300_000));
    expect(new CredentialStore({ session, local: new MemoryStorage() }).profiles).toHaveLength(1);
  });

  it('fall back to the first profile when the stored active id is unknown', () => {
    const session = new MemoryStorage();
    const profile = { id: 'a', name: 'A', sdkAppId: '1', identifier: 'i', userSig: 's', extra: 'dropped' };
    session.setItem(CREDENTIALS_KEY, JSON.stringify({ profiles: [profile], activeId: 'zzz' }));
    const store = new CredentialStore({ session, local: new MemoryStorage() });
    expect(store.activeId).toBe('a');
    expect(store.active).toEqual({ id: 'a', name: 'A', sdkAppId: '1', identifier: 'i', userSig: 's' });
  });

  it('say so when storage refuses, and keep working in memory', () => {
    const { store, session } = setUp();
    session.refuse = true;
    store.setRemember(true);
    fill(store);
    expect(store.storageProblem).toMatch(/refused.*memory only/);
    expect(store.active.userSig).toBe(SECRET);
    store.setRemember(false);
    expect(store.storageProblem).toBeUndefined();
  });

  it('work without any storage at all', () => {
    const store = new CredentialStore({ session: undefined, local: undefined });
    fill(store);
    store.setRemember(true);
    expect(store.storageProblem).toMatch(/refused/);
  });
});
