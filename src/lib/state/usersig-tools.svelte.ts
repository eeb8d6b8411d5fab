/**
 * The two UserSig tools that take a SecretKey: Generate (a dialog) and Verify (a field). The key lives in this
 * tab's memory only, in a field of these classes: never stored, never in a URL, history, share link or log, never
 * sent anywhere (signing and checking are Web Crypto in the page). Generate forgets it when its dialog closes;
 * Verify as soon as the check starts. A SecretKey in a browser is for test apps only (the dialog says so).
 */
import type { Clock } from '../api/facts';
import {
  generateUserSig,
  parseSdkAppId,
  UserSigInputError,
  verifyUserSig,
  type DecodedUserSig,
  type UserSigMessage,
} from '../api/usersig';
import type { CredentialFields, CredentialProfile } from './credentials.svelte';

const HOUR = 3600;
const DAY = 24 * HOUR;
/** Validity choices of the Generate dialog, in seconds; Tencent's tools default to 180 days. */
export const VALIDITY_PRESETS = [HOUR, DAY, 7 * DAY, 30 * DAY, 180 * DAY, 365 * DAY] as const;
export const DEFAULT_VALIDITY_SECONDS = 180 * DAY;

export interface GeneratedUserSig {
  userSig: string;
  sdkAppId: number;
  identifier: string;
  /** Unix seconds. */
  issuedAt: number;
  expiresAt: number;
}

/** Bad input (a core message), or `crypto`: the browser could not sign (no Web Crypto outside https). */
export type GenerateProblem = UserSigMessage | 'crypto';

export interface UserSigGeneratorOptions {
  /** The profile in use: the dialog starts from its SDKAppID and identifier, and "use" writes into it. */
  profile: () => CredentialProfile;
  update: (id: string, fields: Partial<CredentialFields>) => void;
  clock: Clock;
}

export class UserSigGenerator {
  #isOpen = $state(false);
  #sdkAppId = $state('');
  #identifier = $state('');
  #secretKey = $state('');
  #expireSeconds = $state<number>(DEFAULT_VALIDITY_SECONDS);
  #busy = $state(false);
  #result = $state.raw<GeneratedUserSig | undefined>(undefined);
  #problem = $state.raw<GenerateProblem | undefined>(undefined);
  /** The profile name the result was written into, once "use" was pressed. */
  #usedIn = $state<string | undefined>(undefined);
  /** Bumped on close and on every change: a signature that finishes later belongs to nothing and is dropped. */
  #run = 0;
  readonly #options: UserSigGeneratorOptions;

  /** The validity choices (VALIDITY_PRESETS) and the default one, for the dialog. */
  readonly presets: readonly number[] = VALIDITY_PRESETS;
  readonly defaultExpireSeconds = DEFAULT_VALIDITY_SECONDS;

  constructor(options: UserSigGeneratorOptions) {
    this.#options = options;
  }

  get isOpen(): boolean {
    return this.#isOpen;
  }
  get sdkAppId(): string {
    return this.#sdkAppId;
  }
  get identifier(): string {
    return this.#identifier;
  }
  get secretKey(): string {
    return this.#secretKey;
  }
  get expireSeconds(): number {
    return this.#expireSeconds;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get result(): GeneratedUserSig | undefined {
    return this.#result;
  }
  /** Why nothing was generated. */
  get problem(): GenerateProblem | undefined {
    return this.#problem;
  }
  get usedIn(): string | undefined {
    return this.#usedIn;
  }

  /** Opens the dialog with the profile's SDKAppID and identifier, the default validity and no key. */
  open(): void {
    const profile = this.#options.profile();
    this.#reset();
    this.#sdkAppId = profile.sdkAppId;
    this.#identifier = profile.identifier;
    this.#expireSeconds = DEFAULT_VALIDITY_SECONDS;
    this.#isOpen = true;
  }

  /** Closes the dialog and forgets everything typed and made in it, the SecretKey first. */
  close(): void {
    this.#reset();
    this.#isOpen = false;
  }

  setSdkAppId(value: string): void {
    this.#sdkAppId = value.trim();
    this.#stale();
  }
  setIdentifier(value: string): void {
    this.#identifier = value.trim();
    this.#stale();
  }
  setSecretKey(value: string): void {
    this.#secretKey = value;
    this.#stale();
  }
  setExpireSeconds(value: number): void {
    this.#expireSeconds = value;
    this.#stale();
  }

  /** Signs with the fields of the dialog; true when a UserSig was made. Never throws. */
  async generate(): Promise<boolean> {
    const run = ++this.#run;
    this.#result = undefined;
    this.#problem = undefined;
    this.#usedIn = undefined;
    this.#busy = true;
    const now = this.#options.clock();
    const sdkAppId = parseSdkAppId(this.#sdkAppId) ?? Number.NaN;
    const input = {
      sdkAppId,
      identifier: this.#identifier,
      secretKey: this.#secretKey,
      expireSeconds: this.#expireSeconds,
      now,
    };
    try {
      const userSig = await generateUserSig(input);
      if (run !== this.#run) return false;
      this.#result = {
        userSig,
        sdkAppId,
        identifier: input.identifier,
        issuedAt: now,
        expiresAt: now + input.expireSeconds,
      };
      return true;
    } catch (error) {
      if (run === this.#run) {
        this.#problem = error instanceof UserSigInputError ? error.problem : 'crypto';
      }
      return false;
    } finally {
      if (run === this.#run) this.#busy = false;
    }
  }

  /** Puts the UserSig made into the profile in use, with the SDKAppID and identifier it was made for. */
  useInProfile(): boolean {
    const result = this.#result;
    if (!result) return false;
    const profile = this.#options.profile();
    this.#options.update(profile.id, {
      sdkAppId: String(result.sdkAppId),
      identifier: result.identifier,
      userSig: result.userSig,
    });
    this.#usedIn = profile.name;
    return true;
  }

  #stale(): void {
    this.#run++;
    this.#busy = false;
    this.#result = undefined;
    this.#problem = undefined;
    this.#usedIn = undefined;
  }

  #reset(): void {
    this.#secretKey = '';
    this.#sdkAppId = '';
    this.#identifier = '';
    this.#stale();
  }
}

/**
 * - `valid`: the signature is the HMAC of the fields under the key; `invalid`: it is not (another key, or a
 *   changed field); `legacy`: an ECDSA UserSig, which needs the app's public key, not a SecretKey;
 * - `undecodable`: not a UserSig; `no-key`: nothing was typed.
 */
export type VerifyResult = 'valid' | 'invalid' | 'legacy' | 'undecodable' | 'no-key';

export class UserSigVerifier {
  #secretKey = $state('');
  #busy = $state(false);
  #outcome = $state.raw<{ userSig: string; result: VerifyResult } | undefined>(undefined);
  #run = 0;

  get secretKey(): string {
    return this.#secretKey;
  }
  get busy(): boolean {
    return this.#busy;
  }

  setSecretKey(value: string): void {
    this.#secretKey = value;
  }

  /** The outcome of the last check, while it is about `userSig` (another UserSig has none). */
  outcomeFor(userSig: string): VerifyResult | undefined {
    const outcome = this.#outcome;
    return outcome && outcome.userSig === userSig ? outcome.result : undefined;
  }

  /**
   * Checks `userSig`'s signature with the SecretKey typed, which is forgotten as the check starts. `decoded` (the
   * page has it already) tells a legacy or broken UserSig apart. Never throws.
   */
  async verify(userSig: string, decoded: DecodedUserSig | undefined): Promise<VerifyResult> {
    const run = ++this.#run;
    const key = this.#secretKey;
    this.#secretKey = '';
    let result: VerifyResult;
    if (decoded && !decoded.ok) result = 'undecodable';
    else if (decoded?.kind === 'legacy') result = 'legacy';
    else if (key === '') result = 'no-key';
    else {
      this.#busy = true;
      result = (await verifyUserSig(userSig, key)) ? 'valid' : 'invalid';
    }
    if (run === this.#run) {
      this.#busy = false;
      this.#outcome = { userSig, result };
    }
    return result;
  }

  /** Forgets the key and the outcome (the view that shows them is gone). */
  clear(): void {
    this.#run++;
    this.#secretKey = '';
    this.#busy = false;
    this.#outcome = undefined;
  }
}
