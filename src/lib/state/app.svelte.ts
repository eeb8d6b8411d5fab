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
import {
  clearHistory,
  entryTimeLabel,
  loadHistory,
  saveHistory,
  withEntry,
  type HistoryEntry,
} from '../history/history';
import { MAX_DRAFT_CHARS, loadDraft, saveDraft } from '../persist/draft';
import { browserStorage, type KeyValueStorage } from '../persist/storage';
import { decodeShareHash, encodeShareHash, shareUrl } from '../share/share';
import type { HostChoice, SharedSettings, Target } from '../share/settings';
import { CredentialStore } from './credentials.svelte';
import { ThemeState } from './theme.svelte';
import { Workspace, type WorkspaceContext } from './workspace.svelte';

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
  history = $state<HistoryEntry[]>([]);
  /** The last thing the console has to tell the user (shown in a live region). */
  notice = $state<Notice | undefined>(undefined);
  /** The last share link made, shown so it can be copied by hand when the clipboard is refused. */
  shareLink = $state('');

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

  readonly #historyStorage: KeyValueStorage | undefined;
  readonly #draftStorage: KeyValueStorage | undefined;
  readonly #clock: () => number;

  constructor(options: AppStateOptions = {}) {
    this.#draftStorage = 'draftStorage' in options ? options.draftStorage : browserStorage('local');
    this.workspace = new Workspace({
      text: options.text ?? loadDraft(this.#draftStorage) ?? SEED_REQUEST_TEXT,
      onSend: () => void this.send(),
    });
    this.credentials = options.credentials ?? new CredentialStore();
    this.theme = options.theme ?? new ThemeState();
    this.#historyStorage = 'historyStorage' in options ? options.historyStorage : browserStorage('local');
    this.#clock = options.clock ?? Date.now;
    this.history = loadHistory(this.#historyStorage);
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
   * It waits for the report of the current text: the debounced one may lag the last keystroke.
   */
  async send(): Promise<void> {
    const host = this.host;
    if (!host) {
      const reason = this.customHostCheck && !this.customHostCheck.ok ? this.customHostCheck.message : '';
      this.notice = {
        kind: 'error',
        text: `Nothing was built: the custom host is not valid. ${reason}`.trim(),
      };
      return;
    }
    const text = this.workspace.text;
    const report = await this.workspace.currentReport();
    const body = report.body ?? text;
    const { sdkAppId, identifier, userSig } = this.credentials.active;
    const input = { host, sdkAppId, identifier, userSig, body };
    const request = buildImportRequest(input);
    this.builtRequest = request;
    this.activePanel = 'request';
    const historyProblem = this.#remember(request, host);
    const missing = missingCredentials(input).map((name) => CREDENTIAL_LABELS[name] ?? name);
    const built = missing.length
      ? `Request built without ${missing.join(', ')}: fill them in under Credentials.`
      : 'Request built: see the Request panel.';
    this.notice = { kind: 'info', text: built + historyProblem };
  }

  /** Adds the request to history; returns a sentence when storage could not keep it. */
  #remember(request: BuiltRequest, host: string): string {
    this.history = withEntry(this.history, {
      time: this.#clock(),
      regionId: this.hostChoice === 'custom' ? 'custom' : this.regionId,
      host,
      redactedUrl: request.redactedUrl,
      body: request.body,
    });
    const stored = saveHistory(this.#historyStorage, this.history);
    if (stored === this.history.length) return '';
    // Storage refused entirely: the list lives on in this tab. Storage full: keep what it holds.
    if (stored === 0) return ' History is kept for this tab only: this browser refused to store it.';
    this.history = this.history.slice(0, stored);
    return ` Storage is full: history keeps the last ${stored} requests.`;
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
  loadExample(text: string, context?: Partial<WorkspaceContext>): void {
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
    this.history = [];
    clearHistory(this.#historyStorage);
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

  /** Restores what a share hash carries. Never throws; a bad hash leaves the default document and says why. */
  async restoreFromHash(hash: string): Promise<void> {
    const result = await decodeShareHash(hash);
    if (result.kind === 'none') return;
    if (result.kind === 'error') {
      this.notice = { kind: 'error', text: result.message };
      return;
    }
    const { settings } = result;
    const ignored = [...result.ignored];
    this.workspace.setText(settings.body);
    if (settings.customHost !== undefined) this.customHost = settings.customHost;
    if (settings.regionId !== undefined) {
      if (REGIONS.some((r) => r.id === settings.regionId)) this.regionId = settings.regionId;
      else ignored.push(`region "${settings.regionId}"`);
    }
    if (settings.hostChoice) this.hostChoice = settings.hostChoice;
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
    this.notice = ignored.length
      ? {
          kind: 'error',
          text: `Opened the shared request; these settings were unusable and left as they were: ${ignored.join(', ')}.`,
        }
      : { kind: 'info', text: 'Opened the shared request and its settings.' };
  }

  dispose(): void {
    this.workspace.dispose();
    this.theme.dispose();
  }
}
