/**
 * The UserSig of the profile in use, read as the server reads it: decoded (identifier, SDKAppID, issued,
 * expires), checked before sending (70003, 70013, 70014, 70001 with the core's `checkUserSig`, the rules and
 * decoder the sandbox answers with), and the UserSig of the request SENT, for the Response panel's 70001/70013/
 * 70014/70003 explanation. Loaded on first use (AppState.usersig, a Lazy): the decoder and signer stay out of
 * the start-up chunk. Makes no text: components say its data in the page's language.
 */
import { systemClock, type Clock } from '../api/facts';
import {
  checkUserSig,
  decodeUserSig,
  MAX_USERSIG_CHARS,
  parseSdkAppId,
  USERSIG_EXPIRING_SOON_SECONDS,
  type DecodedUserSig,
  type UserSigCheck,
  type UserSigExpectation,
} from '../api/usersig';
import { SANDBOX_IDENTIFIER, SANDBOX_SDK_APP_ID, SANDBOX_USER_SIG } from '../sandbox/credentials';
import type { Target } from '../send/transport';
import type { CredentialFields, CredentialProfile } from './credentials.svelte';
import { UserSigGenerator, UserSigVerifier } from './usersig-tools.svelte';

export interface UserSigStateOptions {
  /** The profile in use, and where a generated UserSig goes (EndpointState). */
  endpoint: {
    readonly profile: CredentialProfile;
    readonly credentials: { update(id: string, fields: Partial<CredentialFields>): void };
  };
  /** The target and the request last sent (SendingState). */
  sending: { readonly target: Target; readonly built?: { url: string } };
  /** Unix seconds; default the one clock. */
  clock?: Clock;
  /** How often `now` moves while a view watches it, ms. */
  tickMs?: number;
  /** Brings the UserSig panel into view (the composition root wires PanelState). */
  showTools?: () => void;
}

/** What the request sent says about its UserSig (the UserSig itself is not repeated here). */
export interface SentUserSig {
  identifier: string;
  /** The URL's `sdkappid` as the server reads it; undefined when it is not a valid one. */
  sdkAppId: number | undefined;
  /** False when the request went without a UserSig. */
  hasUserSig: boolean;
  /** Undefined while decoding (or without a UserSig). */
  decoded: DecodedUserSig | undefined;
  /** Every finding about it now (no "expiring" warning: it was sent). */
  checks: UserSigCheck[];
}

/** Decoded UserSigs kept (the profiles' and the sent one's): decoding is pure. */
const CACHE_SIZE = 16;
/** decodeUserSig answers anything longer by its length alone: such a text is not kept as a key. */
const LONGEST_READ = MAX_USERSIG_CHARS + 64;
const cacheKey = (sig: string) => (sig.length > LONGEST_READ ? `\u0000${sig.length}` : sig);

const expectation = (identifier: string, sdkAppId: string): UserSigExpectation => ({
  identifier: identifier === '' ? undefined : identifier,
  sdkAppId: parseSdkAppId(sdkAppId),
});

/** The URL's credential parameters, or undefined when it is no URL. */
function readCall(url: string): { identifier: string; sdkAppId: string; userSig: string } | undefined {
  try {
    const query = new URL(url).searchParams;
    return {
      identifier: query.get('identifier') ?? '',
      sdkAppId: query.get('sdkappid') ?? '',
      userSig: query.get('usersig') ?? '',
    };
  } catch {
    return undefined;
  }
}

export class UserSigState {
  readonly generator: UserSigGenerator;
  readonly verifier = new UserSigVerifier();

  #now = $state(0);
  /** Bumped when a decoding finishes: what the getters read to follow the cache. */
  #version = $state(0);
  // Plain collections on purpose: #version is what views follow, and #pending is never read by one.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #cache = new Map<string, DecodedUserSig>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Set<string>();
  #watchers = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #deps: UserSigStateOptions;
  readonly #clock: Clock;

  readonly #sentCall = $derived.by(() => {
    const built = this.#deps.sending.built;
    return built ? readCall(built.url) : undefined;
  });

  constructor(options: UserSigStateOptions) {
    this.#deps = options;
    this.#clock = options.clock ?? systemClock;
    this.#now = this.#clock();
    this.generator = new UserSigGenerator({
      profile: () => this.#deps.endpoint.profile,
      update: (id, fields) => this.#deps.endpoint.credentials.update(id, fields),
      clock: this.#clock,
    });
  }

  /** The clock as the views read it, Unix seconds: it moves every `tickMs` while something watches. */
  get now(): number {
    return this.#now;
  }

  /** The profile in use. */
  get profile(): CredentialProfile {
    return this.#deps.endpoint.profile;
  }

  /**
   * Sending to the sandbox with its built-in profile: only what the sandbox itself would refuse is said (its
   * demo UserSig is valid for decades; a warning about it would be noise).
   */
  get builtInSandbox(): boolean {
    const { sdkAppId, identifier, userSig } = this.profile;
    return (
      this.#deps.sending.target === 'sandbox' &&
      sdkAppId === SANDBOX_SDK_APP_ID &&
      identifier === SANDBOX_IDENTIFIER &&
      userSig === SANDBOX_USER_SIG
    );
  }

  /** The profile's UserSig decoded; undefined while decoding or when it has none. */
  get current(): DecodedUserSig | undefined {
    const sig = this.profile.userSig;
    return sig === '' ? undefined : this.decoded(sig);
  }

  /** What the server would answer about the profile's UserSig now, worst first; none without a UserSig. */
  get checks(): UserSigCheck[] {
    const profile = this.profile;
    const decoded = this.current;
    if (!decoded) return [];
    const soon = this.builtInSandbox ? 0 : USERSIG_EXPIRING_SOON_SECONDS;
    const checks = checkUserSig(decoded, expectation(profile.identifier, profile.sdkAppId), this.#now, soon);
    return this.builtInSandbox ? checks.filter((check) => check.severity === 'error') : checks;
  }

  /** The UserSig of the request last sent, as the Response panel explains a 70001/70013/70014/70003 with it. */
  get sent(): SentUserSig | undefined {
    const call = this.#sentCall;
    if (!call) return undefined;
    const hasUserSig = call.userSig !== '';
    const decoded = hasUserSig ? this.decoded(call.userSig) : undefined;
    const expected = expectation(call.identifier, call.sdkAppId);
    return {
      identifier: call.identifier,
      sdkAppId: expected.sdkAppId,
      hasUserSig,
      decoded,
      checks: decoded ? checkUserSig(decoded, expected, this.#now) : [],
    };
  }

  /**
   * `sig` decoded, from the cache; undefined while its decoding (started by this call) runs. Reactive: a view
   * that asked is updated when it finishes. Never throws, whatever `sig` is.
   */
  decoded(sig: string): DecodedUserSig | undefined {
    void this.#version;
    const key = cacheKey(typeof sig === 'string' ? sig : String(sig));
    const known = this.#cache.get(key);
    if (known || this.#pending.has(key)) return known;
    this.#pending.add(key);
    void this.#decode(sig, key);
    return undefined;
  }

  /** Decodes `sig` (cached); for tests and callers that can wait. */
  async decode(sig: string): Promise<DecodedUserSig> {
    const key = cacheKey(sig);
    return this.#cache.get(key) ?? (await this.#decode(sig, key));
  }

  /** Moves the clock while the returned function is not called; several views may watch at once. */
  watch(): () => void {
    this.#watchers++;
    if (this.#timer === undefined) {
      this.refresh();
      this.#timer = setInterval(() => this.refresh(), this.#deps.tickMs ?? 1000);
    }
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      this.#watchers--;
      if (this.#watchers === 0) this.#stop();
    };
  }

  /** Reads the clock now. */
  refresh(): void {
    const now = this.#clock();
    if (now !== this.#now) this.#now = now;
  }

  /** Brings the UserSig tools into view. */
  showTools(): void {
    this.#deps.showTools?.();
  }

  dispose(): void {
    this.#stop();
    this.generator.close();
    this.verifier.clear();
  }

  #stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #decode(sig: string, key: string): Promise<DecodedUserSig> {
    let decoded: DecodedUserSig;
    try {
      decoded = await decodeUserSig(sig);
    } catch {
      // decodeUserSig does not throw; this keeps the page's promise of never failing on a hostile text.
      decoded = { ok: false, message: { id: 'usersig.unreadable' }, error: 'unreadable' };
    }
    this.#pending.delete(key);
    if (this.#cache.size >= CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value as string);
    this.#cache.set(key, decoded);
    this.#version++;
    return decoded;
  }
}
