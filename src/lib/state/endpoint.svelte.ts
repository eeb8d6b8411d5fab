/**
 * Where requests go and as whom: the region, its main or backup host or a custom host, and the credential
 * profile in use (the CredentialStore, which owns the profiles themselves).
 */
import { REGIONS, checkCustomHost, hostWords, type Region } from '../api';
import type { CredentialProfile, CredentialStore } from './credentials.svelte';
import { LanguageState } from './language.svelte';
import type { HostChoice } from '../share/settings';

export class EndpointState {
  #regionId = $state(REGIONS[0].id);
  #hostChoice = $state<HostChoice>('primary');
  #customHost = $state('');
  readonly #credentials: CredentialStore;
  readonly #language: LanguageState;

  #region: Region = $derived(REGIONS.find((r) => r.id === this.#regionId) ?? REGIONS[0]);
  // Said in the page's language: the check's message follows a switch.
  #customHostCheck = $derived.by(() =>
    this.#hostChoice === 'custom'
      ? checkCustomHost(this.#customHost, hostWords(this.#language.locale))
      : undefined,
  );
  #host: string | undefined = $derived.by(() => {
    if (this.#hostChoice === 'custom')
      return this.#customHostCheck?.ok ? this.#customHostCheck.host : undefined;
    if (this.#hostChoice === 'backup' && this.#region.backupHost) return this.#region.backupHost;
    return this.#region.host;
  });

  /** `language`: the page's, for the custom host's check (default English only). */
  constructor(credentials: CredentialStore, language?: LanguageState) {
    this.#credentials = credentials;
    this.#language = language ?? new LanguageState({ storage: undefined, languages: ['en'] });
  }

  get regionId(): string {
    return this.#regionId;
  }

  get hostChoice(): HostChoice {
    return this.#hostChoice;
  }

  /** The custom host as typed (kept while a listed host is chosen). */
  get customHost(): string {
    return this.#customHost;
  }

  get region(): Region {
    return this.#region;
  }

  /** Result of checking the custom host; undefined while a listed host is chosen. */
  get customHostCheck(): ReturnType<typeof checkCustomHost> | undefined {
    return this.#customHostCheck;
  }

  /** Where requests go; undefined while the custom host is invalid. */
  get host(): string | undefined {
    return this.#host;
  }

  /** The region id history records: `custom` for a typed host. */
  get historyRegionId(): string {
    return this.#hostChoice === 'custom' ? 'custom' : this.#regionId;
  }

  /** The credential profiles (their own store). */
  get credentials(): CredentialStore {
    return this.#credentials;
  }

  /** The credential profile in use. */
  get profile(): CredentialProfile {
    return this.#credentials.active;
  }

  /** Credentials are remembered on this device: only then may history keep the SDKAppID and identifier. */
  get credentialsRemembered(): boolean {
    return this.#credentials.persistence !== 'memory';
  }

  /** Picks a listed region's main or backup host (a region without a backup host falls back to its main). */
  selectRegion(regionId: string, hostChoice: 'primary' | 'backup' = 'primary'): boolean {
    const region = REGIONS.find((r) => r.id === regionId);
    if (!region) return false;
    this.#regionId = region.id;
    this.#hostChoice = hostChoice === 'backup' && region.backupHost ? 'backup' : 'primary';
    return true;
  }

  useCustomHost(input?: string): void {
    this.#hostChoice = 'custom';
    if (input !== undefined) this.#customHost = input;
  }

  /** Uses a host as history recorded it: its region (main or backup) when listed, else as a custom host. */
  useHost(host: string): void {
    const region = REGIONS.find((r) => r.host === host || r.backupHost === host);
    if (region) this.selectRegion(region.id, region.host === host ? 'primary' : 'backup');
    else this.useCustomHost(host);
  }

  /** A share link's region (kept only when listed); returns false when it is not one of ours. */
  useSharedRegion(regionId: string): boolean {
    if (!REGIONS.some((r) => r.id === regionId)) return false;
    this.#regionId = regionId;
    if (this.#hostChoice === 'backup' && !this.#region.backupHost) this.#hostChoice = 'primary';
    return true;
  }

  /** A share link's main/backup choice (the custom host goes through consent, never here). */
  useSharedHostChoice(choice: 'primary' | 'backup'): void {
    this.#hostChoice = choice === 'backup' && this.#region.backupHost ? 'backup' : 'primary';
  }
}
