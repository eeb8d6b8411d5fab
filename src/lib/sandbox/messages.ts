/**
 * Every sentence of the sandbox a person reads, keyed by a stable id: code produces `{ id, params }` and the
 * page says it in its language (`sandboxMessageText` with the page's translator); headless code and tests use
 * the English (`renderSandboxMessage`). The words are the sandbox area's catalogs (src/lib/i18n/ui/sandbox.*):
 * message `sandbox.<key>` is catalog entry `<key>` (`group.*`, `note.*`, `reading.*`, `load.*`).
 * (ErrorInfo texts are the wire's, not the page's: see error-info.ts.)
 */
import { translator, type MessageParams, type ParamsOf, type Translate } from '../i18n/catalog';
import { SANDBOX_EN } from '../i18n/ui/sandbox.en';

type Words = typeof SANDBOX_EN;
const KINDS = ['group', 'note', 'reading', 'load'] as const;
/** The catalog entries that are the sandbox's explanations (the rest are the Sandbox view's words). */
type MessageKey = Extract<keyof Words, `${(typeof KINDS)[number]}.${string}`>;
const PREFIX = 'sandbox.';

export type SandboxMessageId = `sandbox.${MessageKey}`;

/** A message as data: its id and the parameters its sentence needs. */
export type SandboxMessage = {
  [K in MessageKey]: keyof ParamsOf<Words[K]> extends never
    ? { id: `sandbox.${K}`; params?: undefined }
    : { id: `sandbox.${K}`; params: ParamsOf<Words[K]> };
}[MessageKey];

/** Every message id, in catalog order. */
export const SANDBOX_MESSAGE_IDS: readonly SandboxMessageId[] = Object.keys(SANDBOX_EN)
  .filter((key) => KINDS.some((kind) => key.startsWith(`${kind}.`)))
  .map((key) => `${PREFIX}${key}` as SandboxMessageId);

/** The ids of the sandbox's readings, in the order a Sandbox view would list them. */
export const SANDBOX_READINGS = [
  'sandbox.reading.app',
  'sandbox.reading.credentials',
  'sandbox.reading.order',
  'sandbox.reading.duplicate',
  'sandbox.reading.failed-message',
  'sandbox.reading.size',
  'sandbox.reading.not-modelled',
] as const satisfies readonly SandboxMessageId[];

/** Parameters that are byte figures: written with the language's digit grouping (12,000). */
const FIGURES: ReadonlySet<string> = new Set(['bytes', 'defaultBytes']);

const english = translator(SANDBOX_EN, 'en');

/**
 * A message's sentence in `locale`, through `t` (the page's sandbox translator; default the English catalog).
 * Byte figures are grouped the language's way.
 */
export function sandboxMessageText(
  message: SandboxMessage,
  locale = 'en',
  t: Translate<Words> = english,
): string {
  let params: MessageParams | undefined;
  if (message.params) {
    const out: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(message.params as MessageParams)) {
      out[name] =
        FIGURES.has(name) && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
    }
    params = out;
  }
  const say = t as unknown as (id: string, params?: MessageParams) => string;
  return say(message.id.slice(PREFIX.length), params);
}

/** The English sentence of a message (headless use, logs, `SandboxChange.error`). */
export function renderSandboxMessage(message: SandboxMessage): string {
  return sandboxMessageText(message);
}
