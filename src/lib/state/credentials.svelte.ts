/**
 * Credential profiles (name, SDKAppID, admin identifier, UserSig).
 * Kept in memory only unless the user ticks "remember on this device" (sessionStorage); localStorage only
 * after a second, explicit choice. Unticking removes what was stored. Nothing here ever goes to the URL.
 */
import { readJson } from '../api/safe-json';
import type { Translate } from '../i18n/catalog';
import { SETTINGS_EN } from '../i18n/ui/settings.en';
import { browserStorage, readItem, removeItem, writeItem, type KeyValueStorage } from '../persist/storage';
import { SANDBOX_IDENTIFIER, SANDBOX_SDK_APP_ID, SANDBOX_USER_SIG } from '../sandbox/credentials';
import { LanguageState } from './language.svelte';

export const CREDENTIALS_KEY = 'group-import-console.credentials';

export interface CredentialProfile {
  id: string;
  name: string;
  sdkAppId: string;
  identifier: string;
  userSig: string;
}

export type CredentialFields = Pick<CredentialProfile, 'sdkAppId' | 'identifier' | 'userSig'>;

/** memory: this tab's memory only; session: until the browser closes; local: until removed. */
export type Persistence = 'memory' | 'session' | 'local';

export interface CredentialStoreOptions {
  session?: KeyValueStorage;
  local?: KeyValueStorage;
  /** The one profile of a first visit (nothing stored); default an empty profile named "Default". */
  firstProfile?: Omit<CredentialProfile, 'id'>;
  /** The page's language, for what the store says (default English only). Profile names are data: not translated. */
  language?: LanguageState;
}

let idCounter = 0;
/** An id none of `taken` has: ids from storage are arbitrary text, so a fresh one is checked, not assumed. */
function newId(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    idCounter += 1;
    const id = `p${Date.now().toString(36)}${idCounter.toString(36)}`;
    if (!taken.has(id)) return id;
  }
}

function emptyProfile(name: string, taken?: ReadonlySet<string>): CredentialProfile {
  return { id: newId(taken), name, sdkAppId: '', identifier: '', userSig: '' };
}

/**
 * The built-in profile a first visit uses: the embedded sandbox's public demo credentials (they grant nothing on
 * Tencent's servers), so Send answers on a fresh page with nothing typed.
 */
export function sandboxProfile(): Omit<CredentialProfile, 'id'> {
  return {
    name: 'Sandbox',
    sdkAppId: SANDBOX_SDK_APP_ID,
    identifier: SANDBOX_IDENTIFIER,
    userSig: SANDBOX_USER_SIG,
  };
}

function isProfile(value: unknown): value is CredentialProfile {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return ['id', 'name', 'sdkAppId', 'identifier', 'userSig'].every((key) => typeof p[key] === 'string');
}

interface Stored {
  profiles: CredentialProfile[];
  activeId?: string;
}

/**
 * Profiles as stored, through the safe JSON reader. Ids must be unique (select, rename and delete go by id): a
 * repeated or empty id (edited storage, an old bug) is repaired with a fresh one; the first holder keeps its id,
 * so the stored active profile stays the one it was.
 */
function readStored(storage: KeyValueStorage | undefined): Stored | undefined {
  const raw = readItem(storage, CREDENTIALS_KEY);
  if (raw === null) return undefined;
  const read = readJson(raw);
  if (!read.ok || typeof read.value !== 'object' || read.value === null) return undefined;
  const data = read.value as { profiles?: unknown; activeId?: unknown };
  const valid = Array.isArray(data.profiles) ? data.profiles.filter(isProfile) : [];
  if (valid.length === 0) return undefined;
  const activeId = typeof data.activeId === 'string' ? data.activeId : undefined;
  const profiles: CredentialProfile[] = [];
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local working set, not state
  const taken = new Set(valid.map((p) => p.id)); // every stored id, and each fresh one as it is made
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local working set, not state
  const claimed = new Set<string>();
  for (const { id, name, sdkAppId, identifier, userSig } of valid) {
    const unique = id !== '' && !claimed.has(id) ? id : newId(taken);
    taken.add(unique);
    claimed.add(unique);
    profiles.push({ id: unique, name, sdkAppId, identifier, userSig });
  }
  return { profiles, activeId };
}

export class CredentialStore {
  #profiles = $state<CredentialProfile[]>([]);
  #activeId = $state('');
  #persistence = $state<Persistence>('memory');
  #storageRefused = $state(false);

  readonly #session: KeyValueStorage | undefined;
  readonly #local: KeyValueStorage | undefined;
  readonly #t: Translate<typeof SETTINGS_EN>;

  constructor(options: CredentialStoreOptions = {}) {
    const language = options.language ?? new LanguageState({ storage: undefined, languages: ['en'] });
    this.#t = language.translator('settings', SETTINGS_EN);
    this.#session = 'session' in options ? options.session : browserStorage('session');
    this.#local = 'local' in options ? options.local : browserStorage('local');
    const fromLocal = readStored(this.#local);
    const fromSession = fromLocal ? undefined : readStored(this.#session);
    const stored = fromLocal ?? fromSession;
    if (stored) {
      this.#profiles = stored.profiles;
      this.#persistence = fromLocal ? 'local' : 'session';
      this.#activeId = stored.profiles.some((p) => p.id === stored.activeId)
        ? (stored.activeId as string)
        : stored.profiles[0].id;
    } else {
      // A first visit: one profile, empty unless the page gives it values (the sandbox's: see AppState).
      const first = { ...emptyProfile('Default'), ...options.firstProfile };
      this.#profiles = [first];
      this.#activeId = first.id;
    }
  }

  get profiles(): readonly CredentialProfile[] {
    return this.#profiles;
  }

  get activeId(): string {
    return this.#activeId;
  }

  /** Where the profiles are kept: memory only, this session, or across browser restarts. */
  get persistence(): Persistence {
    return this.#persistence;
  }

  /** Set when storage refused a write: what happened and that the profiles stay in memory (in the page's language). */
  get storageProblem(): string | undefined {
    return this.#storageRefused ? this.#t('credentials.refused') : undefined;
  }

  get active(): CredentialProfile {
    return this.#profiles.find((p) => p.id === this.#activeId) ?? this.#profiles[0];
  }

  /** Adds a profile with empty fields and makes it the active one. */
  add(name?: string): CredentialProfile {
    const trimmed = name?.trim();
    let n = this.#profiles.length + 1;
    while (!trimmed && this.#profiles.some((p) => p.name === `Profile ${n}`)) n++;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local working set, not state
    const profile = emptyProfile(trimmed || `Profile ${n}`, new Set(this.#profiles.map((p) => p.id)));
    this.#profiles.push(profile);
    this.#activeId = profile.id;
    this.#persist();
    return profile;
  }

  /** Returns a message when the name is refused (empty); the old name stays then. */
  rename(id: string, name: string): string | undefined {
    const trimmed = name.trim();
    if (trimmed === '') return this.#t('credentials.nameNeeded');
    const profile = this.#profiles.find((p) => p.id === id);
    if (!profile) return undefined;
    profile.name = trimmed;
    this.#persist();
    return undefined;
  }

  update(id: string, patch: Partial<CredentialFields>): void {
    const profile = this.#profiles.find((p) => p.id === id);
    if (!profile) return;
    if (patch.sdkAppId !== undefined) profile.sdkAppId = patch.sdkAppId.trim();
    if (patch.identifier !== undefined) profile.identifier = patch.identifier.trim();
    // A pasted UserSig often carries a line break or spaces from where it was copied.
    if (patch.userSig !== undefined) profile.userSig = patch.userSig.replace(/\s+/g, '');
    this.#persist();
  }

  select(id: string): void {
    if (!this.#profiles.some((p) => p.id === id)) return;
    this.#activeId = id;
    this.#persist();
  }

  /** Deletes a profile; the last one is emptied instead, so there is always one to select. */
  remove(id: string): void {
    const index = this.#profiles.findIndex((p) => p.id === id);
    if (index === -1) return;
    if (this.#profiles.length === 1) {
      const fresh = emptyProfile('Default');
      this.#profiles = [fresh];
      this.#activeId = fresh.id;
    } else {
      this.#profiles.splice(index, 1);
      if (this.#activeId === id) this.#activeId = this.#profiles[Math.max(0, index - 1)].id;
    }
    this.#persist();
  }

  /** "Remember on this device": on keeps profiles in sessionStorage; off removes every stored copy. */
  setRemember(remember: boolean): void {
    this.#persistence = remember ? (this.#persistence === 'local' ? 'local' : 'session') : 'memory';
    this.#persist();
  }

  /** The second, explicit choice: keep across browser restarts (localStorage). Only while remembering. */
  setKeepAfterClose(keep: boolean): void {
    if (this.#persistence === 'memory') return;
    this.#persistence = keep ? 'local' : 'session';
    this.#persist();
  }

  #persist(): void {
    const data = JSON.stringify({ profiles: this.#profiles, activeId: this.#activeId });
    // Exactly one place holds the secrets (or none): the other is always cleared.
    if (this.#persistence !== 'local') removeItem(this.#local, CREDENTIALS_KEY);
    if (this.#persistence !== 'session') removeItem(this.#session, CREDENTIALS_KEY);
    if (this.#persistence === 'memory') {
      this.#storageRefused = false;
      return;
    }
    const storage = this.#persistence === 'local' ? this.#local : this.#session;
    this.#storageRefused = !writeItem(storage, CREDENTIALS_KEY, data);
  }
}
