/**
 * The composition root: it creates one store per concern and wires them together, and holds no feature logic.
 * Components receive the store they use (App.svelte hands them out), never this object.
 */
import { SEED_REQUEST_TEXT } from '../api';
import { browserStorage, type KeyValueStorage } from '../persist/storage';
import type { TransportFor } from '../send/build-only';
import { pageTransportFor } from '../send/page-transports';
import { Lazy } from '../lazy/lazy.svelte';
import { CredentialStore, sandboxProfile } from './credentials.svelte';
import { DraftState } from './draft.svelte';
import { EndpointState } from './endpoint.svelte';
import { FixesState } from './fixes.svelte';
import { HistoryState } from './history.svelte';
import { LanguageState } from './language.svelte';
import { LinkInbox } from './link-inbox.svelte';
import { NoticeState } from './notices.svelte';
import { PanelState } from './panels.svelte';
import type { BatchState } from './batch.svelte';
import type { SandboxState } from './sandbox.svelte';
import type { UserSigState } from './usersig.svelte';
import { SendingState } from './sending.svelte';
import { ShareState } from './share.svelte';
import { ThemeState } from './theme.svelte';
import { Workspace, type WorkspaceOptions } from './workspace.svelte';

export type { PanelId } from './panels.svelte';
export type { Notice } from './notices.svelte';

export interface AppStateOptions {
  text?: string;
  /** Storage for history (localStorage in the browser). */
  historyStorage?: KeyValueStorage;
  credentials?: CredentialStore;
  theme?: ThemeState;
  /** The page's language (default: the stored choice, else the browser's). */
  language?: LanguageState;
  /** Storage for the editor's document across reloads (localStorage in the browser). */
  draftStorage?: KeyValueStorage;
  /** Clock for history entries, ms. */
  clock?: () => number;
  /** The transport of each target (default: build only). */
  transportFor?: TransportFor;
  /** For tests: how the workspace validates. */
  validation?: WorkspaceOptions['validation'];
}

export class AppState {
  readonly notices = new NoticeState();
  readonly panels = new PanelState();
  readonly credentials: CredentialStore;
  readonly theme: ThemeState;
  readonly language: LanguageState;
  readonly endpoint: EndpointState;
  readonly draft: DraftState;
  readonly workspace: Workspace;
  readonly fixes: FixesState;
  readonly history: HistoryState;
  readonly linkInbox: LinkInbox;
  readonly sending: SendingState;
  readonly share: ShareState;
  /** The page's one sandbox (Send's default target, the Sandbox view, the 10010 offer), loaded on first use. */
  readonly sandbox = new Lazy<SandboxState>(() =>
    import('./sandbox.svelte').then((module) => new module.SandboxState()),
  );

  /** The UserSig of the profile in use (checks before sending, the UserSig panel), loaded after start-up. */
  readonly usersig = new Lazy<UserSigState>(() =>
    import('./usersig.svelte').then(
      (module) =>
        new module.UserSigState({
          endpoint: this.endpoint,
          sending: this.sending,
          showTools: () => this.panels.show('usersig', { smooth: true }),
        }),
    ),
  );

  /** The Batch view's store (load, plan, run, report a whole export), loaded when the view first opens. */
  readonly batch = new Lazy<BatchState>(() =>
    import('./batch.svelte').then(
      (module) =>
        new module.BatchState({
          endpoint: this.endpoint,
          target: () => this.sending.target,
          transportFor: this.#transportFor,
          sandbox: () => this.sandbox.load(),
        }),
    ),
  );

  readonly #transportFor: TransportFor;

  constructor(options: AppStateOptions = {}) {
    const draftStorage = 'draftStorage' in options ? options.draftStorage : browserStorage('local');
    const historyStorage = 'historyStorage' in options ? options.historyStorage : browserStorage('local');
    this.language =
      options.language ??
      new LanguageState({
        languages: typeof navigator === 'undefined' ? undefined : navigator.languages,
        root: typeof document === 'undefined' ? undefined : document.documentElement,
      });
    // A first visit sends to the sandbox with its built-in profile: Send answers with nothing typed.
    this.credentials =
      options.credentials ?? new CredentialStore({ firstProfile: sandboxProfile(), language: this.language });
    this.theme = options.theme ?? new ThemeState();
    this.endpoint = new EndpointState(this.credentials, this.language);
    this.draft = new DraftState(draftStorage, this.notices, () => this.workspace.text, this.language);
    this.workspace = new Workspace({
      text: options.text ?? this.draft.load() ?? SEED_REQUEST_TEXT,
      onSend: () => void this.sending.send(),
      validation: options.validation,
      language: this.language,
    });
    this.fixes = new FixesState(this.workspace);
    this.history = new HistoryState({
      storage: historyStorage,
      clock: options.clock ?? Date.now,
      notices: this.notices,
      language: this.language,
      open: (entry) => {
        this.workspace.setText(entry.body);
        this.endpoint.useHost(entry.host);
      },
    });
    // Entries kept before credentials were forgotten (or by an older version) lose their credential fields.
    this.enforceHistoryConsent();
    this.linkInbox = new LinkInbox(draftStorage);
    this.#transportFor =
      options.transportFor ?? pageTransportFor(async () => (await this.sandbox.load()).transport());
    this.sending = new SendingState({
      workspace: this.workspace,
      endpoint: this.endpoint,
      history: this.history,
      notices: this.notices,
      linkInbox: this.linkInbox,
      transportFor: this.#transportFor,
      onBuilt: () => this.panels.show('request'),
      onAnswered: () => this.panels.show('response'),
      language: this.language,
    });
    this.share = new ShareState({
      workspace: this.workspace,
      endpoint: this.endpoint,
      sending: this.sending,
      linkInbox: this.linkInbox,
      notices: this.notices,
      language: this.language,
    });
  }

  /** Removes credential fields from every history entry unless credentials are remembered. */
  enforceHistoryConsent(): void {
    this.history.enforceConsent(this.endpoint.credentialsRemembered);
  }

  dispose(): void {
    this.draft.dispose();
    this.workspace.dispose();
    this.theme.dispose();
    this.usersig.value?.dispose();
    this.batch.value?.dispose();
  }
}
