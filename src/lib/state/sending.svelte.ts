/**
 * Sending: the target, the request last built and sent, the answer to it and its explanation. Send builds the
 * request from the validated document, the endpoint and the profile in use, records it in history and hands it
 * to the transport of the target (today every target builds only: send/build-only.ts). The Response panel
 * explains the response against the request that was SENT, never against what the editor holds now.
 */
import { validationFailureText } from './validation-failure';
import {
  buildImportRequest,
  checkCustomHost,
  hostWords,
  missingCredentials,
  randomUint32,
  type BuiltRequest,
  type ImportRequest,
} from '../api';
import type { Translate } from '../i18n/catalog';
import { SHELL_EN } from '../i18n/ui/shell.en';
import { buildOnlyTransportFor, type TransportFor } from '../send/build-only';
import type { SendResult, Target } from '../send/transport';
import type { EndpointState } from './endpoint.svelte';
import type { HistoryState } from './history.svelte';
import { LanguageState } from './language.svelte';
import type { LinkInbox } from './link-inbox.svelte';
import type { NoticeState } from './notices.svelte';
import { ResponseInspector } from './response.svelte';
import type { Workspace } from './workspace.svelte';

/** The core's URL names of missing credentials, as the Credentials editor labels them (field names as written). */
const CREDENTIAL_LABELS: Record<string, string> = { sdkappid: 'SDKAppID', usersig: 'UserSig' };

export interface SendingStateOptions {
  workspace: Workspace;
  endpoint: EndpointState;
  history: HistoryState;
  notices: NoticeState;
  /** Only read: a host a share link asked for is named in Send's notice while it waits for the user. */
  linkInbox?: LinkInbox;
  /** The transport of each target; default: build only. */
  transportFor?: TransportFor;
  inspector?: ResponseInspector;
  /** Called when a request was built (the composition root shows the Request panel). */
  onBuilt?: () => void;
  /** Called when a transport answered (the composition root shows the Response panel). */
  onAnswered?: () => void;
  /** The page's language: Send's notices are said in it (default English only). */
  language?: LanguageState;
}

export class SendingState {
  #target = $state<Target>('sandbox');
  #built = $state.raw<BuiltRequest | undefined>(undefined);
  #result = $state.raw<SendResult | undefined>(undefined);
  #busy = $state(false);
  #count = $state(0);
  /** One random for the live preview, so it does not change on every edit (each Send draws its own). */
  readonly #previewRandom = randomUint32();
  /**
   * The request as Send would build it now, live as the document (at the validation's pace), the region, the
   * host or the credentials change; undefined while the custom host is invalid.
   */
  readonly #preview = $derived.by((): BuiltRequest | undefined => {
    const { workspace, endpoint } = this.#deps;
    const host = endpoint.host;
    if (!host) return undefined;
    // The body as validated (BOM stripped, …), or the text as typed before the first validation.
    const validated = workspace.validatedText;
    const body = validated === undefined ? workspace.text : (workspace.report.body ?? validated);
    const { sdkAppId, identifier, userSig } = endpoint.profile;
    return buildImportRequest({ host, sdkAppId, identifier, userSig, body, random: this.#previewRandom });
  });

  readonly #deps: SendingStateOptions;
  readonly #transportFor: TransportFor;
  readonly #inspector: ResponseInspector;
  readonly #language: LanguageState;
  readonly #t: Translate<typeof SHELL_EN>;

  constructor(options: SendingStateOptions) {
    this.#deps = options;
    this.#language = options.language ?? new LanguageState({ storage: undefined, languages: ['en'] });
    this.#t = this.#language.translator('shell', SHELL_EN);
    this.#transportFor = options.transportFor ?? buildOnlyTransportFor;
    this.#inspector = options.inspector ?? new ResponseInspector();
  }

  get target(): Target {
    return this.#target;
  }

  /** The request as it would go now (see #preview). */
  get preview(): BuiltRequest | undefined {
    return this.#preview;
  }

  /** The request last built and sent; undefined before the first Send or after a refusal. */
  get built(): BuiltRequest | undefined {
    return this.#built;
  }

  /** The parsed request last sent: what the response is explained against (undefined when it did not parse). */
  get sentRequest(): ImportRequest | undefined {
    return this.#inspector.request;
  }

  /** What the transport answered to the last send. */
  get result(): SendResult | undefined {
    return this.#result;
  }

  /** The response shown in the Response panel (pasted, or once transports send, received) and its explanation. */
  get response(): ResponseInspector {
    return this.#inspector;
  }

  /** True while Send waits for the validation of the current text or for the transport. */
  get busy(): boolean {
    return this.#busy;
  }

  /** Send presses handled so far (built or refused): lets tests and assistive tech see that one finished. */
  get count(): number {
    return this.#count;
  }

  setTarget(target: Target): void {
    this.#target = target;
  }

  /**
   * Builds the request from the validated body (or the raw text when it did not parse), the host and the
   * profile in use, shows it, records it in history and hands it to the target's transport. It waits for the
   * report of the current text: the debounced one may lag the last keystroke. When that validation fails,
   * nothing is built: an older report would build an older body.
   */
  async send(): Promise<void> {
    this.#busy = true;
    try {
      await this.#send();
    } finally {
      this.#busy = false;
      this.#count += 1;
    }
  }

  async #send(): Promise<void> {
    const { workspace, endpoint, history, notices } = this.#deps;
    const t = this.#t;
    const host = endpoint.host;
    if (!host) {
      this.#built = undefined;
      // The host as typed now, its check said in the language in use whenever the notice is read.
      const typed = endpoint.customHost;
      notices.error(() => {
        const check = checkCustomHost(typed, hostWords(this.#language.locale));
        return t('send.badHost', { reason: check.ok ? '' : check.message }).trim();
      });
      return;
    }
    const validation = await workspace.currentValidation();
    if (!validation.ok) {
      this.#built = undefined;
      const { reason } = validation;
      notices.error(() => t('send.notChecked', { reason: validationFailureText(reason, t) }));
      return;
    }
    const body = validation.report.body ?? validation.text;
    const { sdkAppId, identifier, userSig } = endpoint.profile;
    const input = { host, sdkAppId, identifier, userSig, body };
    const request = buildImportRequest(input);
    this.#built = request;
    // From now on the response (pasted or received) is explained against this request.
    this.#inspector.setRequest(validation.report.request);
    this.#deps.onBuilt?.();
    const historyProblem = history.record(
      request,
      { host, regionId: endpoint.historyRegionId },
      endpoint.credentialsRemembered,
    );
    const historyId = history.entries[0]?.id;
    const missingNames = missingCredentials(input);
    const missing = () =>
      missingNames
        .map((name) => (name === 'identifier' ? t('send.identifier') : (CREDENTIAL_LABELS[name] ?? name)))
        .join(t('list.separator'));
    const pendingHost = this.#deps.linkInbox?.pendingHost?.host;
    const pending = () => (pendingHost ? t('send.pending', { host, pending: pendingHost }) : '');
    const stored = () => historyProblem?.() ?? '';
    notices.info(
      () =>
        (missingNames.length ? t('send.builtWithout', { missing: missing() }) : t('send.built')) +
        pending() +
        stored(),
    );

    const result = await this.#transportFor(this.#target).send(request);
    this.#result = result;
    // Build only: no answer; the one the user pastes is explained against the request built.
    if (result.builtOnly) return;
    const { target, status, durationMs, failure } = result;
    history.noteOutcome(historyId, {
      target,
      status,
      durationMs,
      ...(failure ? { failure: failure.kind } : {}),
    });
    if (result.failure) {
      const { explainSendFailure } = await import('../send/index');
      const { kind } = result.failure;
      notices.error(() => {
        const explained = explainSendFailure(result, this.#language.locale);
        return explained ? t('send.explained', explained) : t('send.failed', { kind });
      });
      if (result.bodyText) this.#inspector.setText(result.bodyText);
      return;
    }
    this.#inspector.setText(result.bodyText);
    notices.info(
      () =>
        t('send.answered', { target: t(`target.${target}`), status, ms: Math.round(durationMs) }) +
        (missingNames.length ? t('send.sentWithout', { missing: missing() }) : '') +
        pending() +
        stored(),
    );
    this.#deps.onAnswered?.();
  }
}
