/**
 * The console's root state: the document (Workspace), where requests go (region, host, target), credentials,
 * theme, the built request, the panels, history and share links. Components render it and call its methods.
 */
import {
  DEFAULT_MAX_MESSAGE_BYTES,
  REGIONS,
  SEED_REQUEST_TEXT,
  buildImportRequest,
  checkCustomHost,
  missingCredentials,
  type BuiltRequest,
  type Region,
} from '../api';
import type { ValidationContext } from '../api/context';
import { entryTimeLabel, type HistoryEntry } from '../history/history';
import { MAX_DRAFT_CHARS, loadDraft, saveDraft } from '../persist/draft';
import { browserStorage, type KeyValueStorage } from '../persist/storage';
import { decodeShareHash, encodeShareHash, shareUrl } from '../share/share';
import type { HostChoice, SharedSettings, Target } from '../share/settings';
import { decideLinkHost } from './consent';
import { CredentialStore } from './credentials.svelte';
import { HistoryState } from './history.svelte';
import { LinkInbox } from './link-inbox.svelte';
import { ThemeState } from './theme.svelte';
import { Workspace } from './workspace.svelte';

export type PanelId = 'diagnostics' | 'request' | 'response' | 'reference' | 'history';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** The core's URL names of missing credentials, as the Credentials editor labels them. */
const CREDENTIAL_LABELS: Record<string, string> = {
  sdkappid: 'SDKAppID',
  identifier: 'admin identifier',
  usersig: 'UserSig',
};

export interface AppStateOptions {
  text?: string;
  /** Storage for history (localStorage in the browser). */
  historyStorage?: KeyValueStorage;
  credentials?: CredentialStore;
  theme?: ThemeState;
  /** Storage for the editor's document across reloads (localStorage in the browser). */
  draftStorage?: KeyValueStorage;
  /** Clock for history entries, ms. */
  clock?: () => number;
}

export class AppState {
  readonly workspace: Workspace;
  readonly credentials: CredentialStore;
  readonly theme: ThemeState;

  regionId = $state(REGIONS[0].id);
  hostChoice = $state<HostChoice>('primary');
  customHost = $state('');
  target = $state<Target>('sandbox');
  builtRequest = $state<BuiltRequest | undefined>(undefined);
  activePanel = $state<PanelId>('diagnostics');
  responseText = $state('');
  readonly builtHistory: HistoryState;
  /** The last thing the console has to tell the user (shown in a live region). */
  notice = $state<Notice | undefined>(undefined);
  /** The last share link made, shown so it can be copied by hand when the clipboard is refused. */
  shareLink = $state('');
  /** What an opened share link left for the user to decide (a host to accept, a replaced document). */
  readonly linkInbox: LinkInbox;
  /** True while Send waits for the validation of the current text. */
  sending = $state(false);
  /** Send presses handled so far (built or refused): lets tests and assistive tech see that one finished. */
  sendCount = $state(0);

  readonly region: Region = $derived(REGIONS.find((r) => r.id === this.regionId) ?? REGIONS[0]);
  /** Result of checking the custom host; undefined while a listed host is chosen. */
  readonly customHostCheck = $derived(
    this.hostChoice === 'custom' ? checkCustomHost(this.customHost) : undefined,
  );
  /** Where requests go; undefined while the custom host is invalid. */
  readonly host: string | undefined = $derived.by(() => {
    if (this.hostChoice === 'custom') return this.customHostCheck?.ok ? this.customHostCheck.host : undefined;
    if (this.hostChoice === 'backup' && this.region.backupHost) return this.region.backupHost;
    return this.region.host;
  });

  readonly #draftStorage: KeyValueStorage | undefined;

  constructor(options: AppStateOptions = {}) {
    this.#draftStorage = 'draftStorage' in options ? options.draftStorage : browserStorage('local');
    this.workspace = new Workspace({
      text: options.text ?? loadDraft(this.#draftStorage) ?? SEED_REQUEST_TEXT,
      onSend: () => void this.send(),
    });
    this.credentials = options.credentials ?? new CredentialStore();
    this.theme = options.theme ?? new ThemeState();
    this.builtHistory = new HistoryState(
      'historyStorage' in options ? options.historyStorage : browserStorage('local'),
      options.clock ?? Date.now,
    );
    // Entries kept before credentials were forgotten (or by an older version) lose their credential fields.
    this.enforceHistoryConsent();
    this.linkInbox = new LinkInbox(this.#draftStorage);
  }

  /** Credentials are remembered on this device: only then may history keep the SDKAppID and identifier. */
  get credentialsRemembered(): boolean {
    return this.credentials.persistence !== 'memory';
  }

  /** Built requests, newest first. */
  get history(): HistoryEntry[] {
    return this.builtHistory.entries;
  }

  /** Removes credential fields from every history entry unless credentials are remembered. */
  enforceHistoryConsent(): void {
    if (!this.credentialsRemembered) this.builtHistory.forgetCredentials();
  }

  /** Picks a listed region's main or backup host (a region without a backup host falls back to its main). */
  selectRegion(regionId: string, hostChoice: 'primary' | 'backup' = 'primary'): void {
    const region = REGIONS.find((r) => r.id === regionId);
    if (!region) return;
    this.regionId = region.id;
    this.hostChoice = hostChoice === 'backup' && region.backupHost ? 'backup' : 'primary';
  }

  useCustomHost(input?: string): void {
    this.hostChoice = 'custom';
    if (input !== undefined) this.customHost = input;
  }

  setTarget(target: Target): void {
    this.target = target;
  }

  /**
   * Builds the request from the validated body (or the raw text when it did not parse), the host and the
   * active profile, shows it in the Request panel and records it in history. Sending itself comes later.
   * It waits for the report of the current text: the debounced one may lag the last keystroke. When that
   * validation fails, nothing is built: an older report would build an older body.
   */
  async send(): Promise<void> {
    this.sending = true;
    try {
      await this.#build();
    } finally {
      this.sending = false;
      this.sendCount += 1;
    }
  }

  async #build(): Promise<void> {
    const host = this.host;
    if (!host) {
      this.builtRequest = undefined;
      const reason = this.customHostCheck && !this.customHostCheck.ok ? this.customHostCheck.message : '';
      this.notice = {
        kind: 'error',
        text: `Nothing was built: the custom host is not valid. ${reason}`.trim(),
      };
      return;
    }
    const validation = await this.workspace.currentValidation();
    if (!validation.ok) {
      this.builtRequest = undefined;
      this.notice = {
        kind: 'error',
        text: `Nothing was built: the current text could not be checked. ${validation.reason}`,
      };
      return;
    }
    const body = validation.report.body ?? validation.text;
    const { sdkAppId, identifier, userSig } = this.credentials.active;
    const input = { host, sdkAppId, identifier, userSig, body };
    const request = buildImportRequest(input);
    this.builtRequest = request;
    this.activePanel = 'request';
    const historyProblem = this.builtHistory.record(
      request,
      { host, regionId: this.hostChoice === 'custom' ? 'custom' : this.regionId },
      this.credentialsRemembered,
    );
    const missing = missingCredentials(input).map((name) => CREDENTIAL_LABELS[name] ?? name);
    const built = missing.length
      ? `Request built without ${missing.join(', ')}: fill them in under Credentials.`
      : 'Request built: see the Request panel.';
    const pendingHost = this.linkInbox.pendingHost;
    const pending = pendingHost
      ? ` It goes to ${host}: the shared link's host ${pendingHost.host} is not in use unless you accept it.`
      : '';
    this.notice = { kind: 'info', text: built + pending + historyProblem };
  }

  /** Keeps the document for the next visit; says so once when it cannot be kept. */
  saveDraft(): void {
    const text = this.workspace.text;
    const kept = saveDraft(this.#draftStorage, text);
    if (!kept && !this.#draftWarned && this.#draftStorage) {
      this.#draftWarned = true;
      this.notice = {
        kind: 'info',
        text:
          text.length > MAX_DRAFT_CHARS
            ? 'This document is too large to keep across reloads: save it to a file if you need it later.'
            : 'This browser refused to keep the document across reloads: save it to a file if you need it later.',
      };
    }
  }
  #draftWarned = false;

  /** Loads a reference example, with the context settings its diagnostic needs (e.g. the group type). */
  loadExample(text: string, context?: ValidationContext): void {
    if (context) this.workspace.setContext(context);
    this.workspace.setText(text);
  }

  /** Puts a history entry's body back into the editor, with its host. */
  reopen(entry: HistoryEntry): void {
    this.workspace.setText(entry.body);
    const region = REGIONS.find((r) => r.host === entry.host || r.backupHost === entry.host);
    if (region) this.selectRegion(region.id, region.host === entry.host ? 'primary' : 'backup');
    else this.useCustomHost(entry.host);
    this.notice = { kind: 'info', text: `Reopened the request of ${entryTimeLabel(entry)}.` };
  }

  clearHistory(): void {
    this.builtHistory.clear();
    this.notice = { kind: 'info', text: 'History cleared.' };
  }

  /** The non-secret settings, field by field: credentials have no way in. */
  sharedSettings(): SharedSettings {
    const { groupType, groupCreateTime, latestMsgTime, maxMessageBytes, now } = this.workspace.context;
    return {
      body: this.workspace.text,
      regionId: this.regionId,
      hostChoice: this.hostChoice,
      customHost: this.customHost,
      target: this.target,
      context: { groupType, groupCreateTime, latestMsgTime, maxMessageBytes, now },
    };
  }

  /** Makes the share link for `pageUrl` (the current page), keeps it in `shareLink` and returns it. */
  async makeShareLink(pageUrl: string): Promise<string> {
    this.shareLink = shareUrl(pageUrl, await encodeShareHash(this.sharedSettings()));
    return this.shareLink;
  }

  /**
   * Restores what a share hash carries and returns whether the hash was a share link (then the caller removes
   * it from the address bar, so a reload does not apply it again). Never throws; a bad hash leaves the document
   * as it was and says why. The document it replaces stays recoverable (`restoreReplacedDraft`), and a host
   * other than Tencent's is only offered (`linkInbox.pendingHost`): requests go where they went until accepted.
   */
  async restoreFromHash(hash: string): Promise<boolean> {
    const result = await decodeShareHash(hash);
    if (result.kind === 'none') return false;
    if (result.kind === 'error') {
      this.notice = { kind: 'error', text: result.message };
      return true;
    }
    const { settings } = result;
    const ignored = [...result.ignored];
    const current = this.workspace.text;
    const replaced = this.linkInbox.keepReplaced(
      current,
      current !== settings.body && current !== SEED_REQUEST_TEXT && current.trim() !== '',
    );
    this.workspace.setText(settings.body);
    if (settings.regionId !== undefined) {
      if (REGIONS.some((r) => r.id === settings.regionId)) this.regionId = settings.regionId;
      else ignored.push(`region "${settings.regionId}"`);
    }
    this.linkInbox.pendingHost = undefined;
    if (settings.hostChoice === 'custom') {
      const decision = decideLinkHost(settings.customHost ?? '', this.host);
      if (decision.kind === 'tencent') this.selectRegion(decision.regionId, decision.hostChoice);
      else if (decision.kind === 'pending') this.linkInbox.pendingHost = decision.pending;
      else if (decision.kind === 'invalid') ignored.push(`custom host "${settings.customHost ?? ''}"`);
    } else if (settings.hostChoice) {
      this.hostChoice = settings.hostChoice;
    }
    if (this.hostChoice === 'backup' && !this.region.backupHost) this.hostChoice = 'primary';
    if (settings.target) this.target = settings.target;
    const context = settings.context ?? {};
    this.workspace.setContext({
      groupType: context.groupType,
      groupCreateTime: context.groupCreateTime,
      latestMsgTime: context.latestMsgTime,
      maxMessageBytes: context.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
      now: context.now,
    });
    this.notice = { kind: ignored.length ? 'error' : 'info', text: this.#linkNotice(ignored, replaced) };
    return true;
  }

  #linkNotice(ignored: string[], replaced: boolean): string {
    const opened = ignored.length
      ? `Opened the shared request; these settings were unusable and left as they were: ${ignored.join(', ')}.`
      : 'Opened the shared request and its settings.';
    const pending = this.linkInbox.pendingHost;
    const host = pending
      ? ` The link asks to send requests to ${pending.host}, which is not a Tencent host: requests still go to ${this.host ?? 'the host you chose'} unless you accept it below.`
      : '';
    const draft = replaced
      ? ' It replaced the document you had open: "Restore previous document" brings it back.'
      : '';
    return opened + host + draft;
  }

  /** Puts back the document a share link replaced (one undoable edit in the editor). */
  restoreReplacedDraft(): void {
    const text = this.linkInbox.takeReplaced();
    if (text === undefined) return;
    this.workspace.setText(text);
    this.notice = { kind: 'info', text: 'Restored the document the shared link had replaced.' };
  }

  /** The user's explicit yes to the host a share link asked for. */
  acceptPendingHost(): void {
    const pending = this.linkInbox.takePendingHost();
    if (!pending) return;
    this.useCustomHost(pending.input);
    this.notice = { kind: 'info', text: `Requests now go to ${pending.host}, as the shared link asked.` };
  }

  rejectPendingHost(): void {
    const pending = this.linkInbox.takePendingHost();
    if (!pending) return;
    this.notice = { kind: 'info', text: `Kept ${this.host ?? 'your host'}; ${pending.host} was not used.` };
  }

  dispose(): void {
    this.workspace.dispose();
    this.theme.dispose();
  }
}
