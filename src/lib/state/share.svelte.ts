/**
 * Share links, both ways: making one from the non-secret settings (credentials have no way in), and opening
 * one: the document it replaces stays recoverable and a host other than Tencent's is only offered (LinkInbox),
 * so requests go where they went until the user accepts it. Encoding and decoding (`share/share.ts`) load on
 * the first Share or the first address with a share hash: start-up code only checks the hash's prefix.
 */
import { DEFAULT_MAX_MESSAGE_BYTES, SEED_REQUEST_TEXT } from '../api';
import type { Translate } from '../i18n/catalog';
import { SHELL_EN } from '../i18n/ui/shell.en';
import { lazy, type Lazy } from '../lazy/lazy.svelte';
import type * as ShareLinks from '../share/share';
import { SHARE_HASH_PREFIX, type SharedSettings } from '../share/settings';
import { decideLinkHost } from './consent';
import type { EndpointState } from './endpoint.svelte';
import { LanguageState } from './language.svelte';
import type { LinkInbox } from './link-inbox.svelte';
import type { NoticeState } from './notices.svelte';
import type { SendingState } from './sending.svelte';
import type { Workspace } from './workspace.svelte';

export interface ShareStateOptions {
  workspace: Workspace;
  endpoint: EndpointState;
  sending: SendingState;
  linkInbox: LinkInbox;
  notices: NoticeState;
  /** The page's language: notices are said in it, links carry it (default English only). */
  language?: LanguageState;
  /** For tests: how link encoding and decoding load (default: `import('../share/share')`). */
  loadLinks?: () => Promise<typeof ShareLinks>;
}

/** Copies text to the clipboard (src/lib/clipboard/clipboard.ts in the page). */
export type CopyText = (text: string) => Promise<{ ok: boolean }>;

/** What `openFromAddressBar` reads and rewrites: `window` in the page. */
export interface AddressBar {
  location: { hash: string; pathname: string; search: string; href: string };
  history: { state: unknown; replaceState(data: unknown, unused: string, url?: string): void };
}

export class ShareState {
  #link = $state('');
  readonly #deps: ShareStateOptions;
  readonly #language: LanguageState;
  readonly #t: Translate<typeof SHELL_EN>;
  readonly #links: Lazy<typeof ShareLinks>;

  constructor(options: ShareStateOptions) {
    this.#deps = options;
    this.#language = options.language ?? new LanguageState({ storage: undefined, languages: ['en'] });
    this.#t = this.#language.translator('shell', SHELL_EN);
    this.#links = lazy(options.loadLinks ?? (() => import('../share/share')));
  }

  /** The last share link made, shown so it can be copied by hand when the clipboard is refused. */
  get link(): string {
    return this.#link;
  }

  /** What opening a link left for the user to decide. */
  get inbox(): LinkInbox {
    return this.#deps.linkInbox;
  }

  /** The non-secret settings, field by field, and the page's language: credentials have no way in. */
  sharedSettings(): SharedSettings {
    const { workspace, endpoint, sending } = this.#deps;
    const { groupType, groupCreateTime, latestMsgTime, maxMessageBytes, now } = workspace.context;
    return {
      body: workspace.text,
      regionId: endpoint.regionId,
      hostChoice: endpoint.hostChoice,
      customHost: endpoint.customHost,
      target: sending.target,
      context: { groupType, groupCreateTime, latestMsgTime, maxMessageBytes, now },
      language: this.#language.locale,
    };
  }

  /** Makes the share link for `pageUrl` (the current page), keeps it in `link` and returns it. */
  async makeShareLink(pageUrl: string): Promise<string> {
    const { encodeShareHash, shareUrl } = await this.#links.load();
    this.#link = shareUrl(pageUrl, await encodeShareHash(this.sharedSettings()));
    return this.#link;
  }

  /** The Share button: makes the link, copies it, and says what happened. Never throws. */
  async share(pageUrl: string, copy: CopyText): Promise<void> {
    const { notices } = this.#deps;
    const t = this.#t;
    try {
      await this.#links.load();
    } catch (error) {
      const reason = errorText(error);
      notices.error(() => t('share.makeFailed', { reason }));
      return;
    }
    try {
      const link = await this.makeShareLink(pageUrl);
      const copied = await copy(link);
      notices.info(copied.ok ? () => t('share.copied') : () => t('share.made'));
    } catch {
      notices.error(() => t('share.noCompression'));
    }
  }

  /** Applies a share link once, then takes it out of the address bar: a reload must not apply it again. */
  async openFromAddressBar(bar: AddressBar): Promise<void> {
    const hash = bar.location.hash;
    const wasLink = await this.restoreFromHash(hash);
    if (wasLink && bar.location.hash === hash) {
      const { pathname, search } = bar.location;
      bar.history.replaceState(bar.history.state, '', pathname + search);
    }
  }

  /**
   * Restores what a share hash carries and returns whether the hash was a share link. Never throws; a bad hash
   * leaves the document as it was and says why. When the link reader cannot load, it says so and returns false:
   * the link stays in the address bar, for a reload. The link's language is used for this visit (not
   * remembered), once its words are loaded.
   */
  async restoreFromHash(hash: string): Promise<boolean> {
    const { workspace, endpoint, sending, linkInbox, notices } = this.#deps;
    const t = this.#t;
    if (!hash.startsWith(SHARE_HASH_PREFIX)) return false;
    let links: typeof ShareLinks;
    try {
      links = await this.#links.load();
    } catch (error) {
      const reason = errorText(error);
      notices.error(() => t('share.openFailed', { reason }));
      return false;
    }
    const result = await links.decodeShareHash(hash);
    if (result.kind === 'none') return false;
    if (result.kind === 'error') {
      const { problem } = result;
      notices.error(() => this.#problemText(problem));
      return true;
    }
    const { settings } = result;
    // Field names as the link spells them, or a value the console cannot use, said when shown.
    const ignored: (string | (() => string))[] = [...result.ignored];
    const current = workspace.text;
    const replaced = linkInbox.keepReplaced(
      current,
      current !== settings.body && current !== SEED_REQUEST_TEXT && current.trim() !== '',
    );
    workspace.setText(settings.body);
    if (settings.regionId !== undefined && !endpoint.useSharedRegion(settings.regionId)) {
      const value = settings.regionId;
      ignored.push(() => t('share.ignoredRegion', { value }));
    }
    linkInbox.holdHost(undefined);
    if (settings.hostChoice === 'custom') {
      const decision = decideLinkHost(settings.customHost ?? '', endpoint.host);
      if (decision.kind === 'tencent') endpoint.selectRegion(decision.regionId, decision.hostChoice);
      else if (decision.kind === 'pending') linkInbox.holdHost(decision.pending);
      else if (decision.kind === 'invalid') {
        const value = settings.customHost ?? '';
        ignored.push(() => t('share.ignoredHost', { value }));
      }
    } else if (settings.hostChoice) {
      endpoint.useSharedHostChoice(settings.hostChoice);
    }
    if (settings.target) sending.setTarget(settings.target);
    const context = settings.context ?? {};
    workspace.setContext({
      groupType: context.groupType,
      groupCreateTime: context.groupCreateTime,
      latestMsgTime: context.latestMsgTime,
      maxMessageBytes: context.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
      now: context.now,
    });
    const pending = linkInbox.pendingHost;
    const inUse = endpoint.host;
    notices.show({
      kind: ignored.length ? 'error' : 'info',
      text: () => {
        const said = ignored.map((item) => (typeof item === 'string' ? item : item()));
        const opened = said.length
          ? t('share.openedIgnoring', { ignored: said.join(t('list.separator')) })
          : t('share.opened');
        const host = pending
          ? t('share.pendingHost', { host: pending.host, current: inUse ?? t('host.chosen') })
          : '';
        return opened + host + (replaced ? t('share.replaced') : '');
      },
    });
    if (settings.language) await this.#language.choose(settings.language, { remember: false });
    return true;
  }

  #problemText(problem: ShareLinks.ShareProblem): string {
    if (problem.id === 'too-large')
      return this.#t('share.tooLarge', { max: this.#language.number(problem.max) });
    if (problem.id === 'version') return this.#t('share.version', { version: problem.version });
    return this.#t('share.damaged');
  }

  /** Puts back the document a share link replaced (one undoable edit in the editor). */
  restoreReplacedDraft(): void {
    const text = this.#deps.linkInbox.takeReplaced();
    if (text === undefined) return;
    this.#deps.workspace.setText(text);
    this.#deps.notices.info(() => this.#t('share.restored'));
  }

  /** Keeps the shared document: forgets the one it replaced. */
  dismissReplacedDraft(): void {
    this.#deps.linkInbox.dismissReplaced();
  }

  /** The user's explicit yes to the host a share link asked for. */
  acceptPendingHost(): void {
    const pending = this.#deps.linkInbox.takePendingHost();
    if (!pending) return;
    this.#deps.endpoint.useCustomHost(pending.input);
    this.#deps.notices.info(() => this.#t('share.accepted', { host: pending.host }));
  }

  rejectPendingHost(): void {
    const pending = this.#deps.linkInbox.takePendingHost();
    if (!pending) return;
    const current = this.#deps.endpoint.host;
    this.#deps.notices.info(() =>
      this.#t('share.rejected', { current: current ?? this.#t('host.yours'), host: pending.host }),
    );
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
