/**
 * The core's languages at run time: which catalogs are loaded, and saying a finding in one of them. English is
 * built in (a finding carries its English `message`); another language's catalogs load only when asked for
 * (`loadCoreLocale`, a dynamic `import()`: its own chunk). Imports no catalog itself, so the page can say a
 * diagnostic in the chosen language without taking the English catalogs into its start-up chunk.
 */
import { renderMessage, type Catalog, type MessageParams } from '../../i18n/catalog';
import type { Locale } from '../../i18n/locales';

export type { Locale };
export type { MessageParams };

/** The core's catalogs for one language. */
export interface CoreCatalogs {
  readonly diagnostics: Catalog;
  readonly jsonProblems: Catalog;
  readonly codes: Catalog;
  /** Region names and notes, and the custom host's check (`hosts-en.ts`). */
  readonly hosts: Catalog;
  /** What the response reader says about an answer (`response-en.ts`). */
  readonly response: Catalog;
  /** Why a send got no usable answer, and what to do (`send-failures-en.ts`). */
  readonly sendFailures: Catalog;
  /** The fixes' titles and reasons: functions of their params, the shape of `fix/messages.ts`. */
  readonly fixes: { readonly [id: string]: (params: never) => string };
  /** Short texts of the core's data (group types, budgets, query parameters, regions, templates): `labels.ts`. */
  readonly labels: { readonly [key: string]: string };
  /** Why a text is not a UserSig, and bad generator input: the shape of `usersig/messages.ts`. */
  readonly usersig: { readonly [id: string]: (params: never) => string };
}

const loaded = new Map<Locale, CoreCatalogs>();

/** Registers a language's catalogs (the lazy chunk does this; tests may too). */
export function registerCoreLocale(locale: Locale, catalogs: CoreCatalogs): void {
  loaded.set(locale, catalogs);
}

/** The catalogs of `locale` when loaded; undefined for English (built in) and for a language not loaded. */
export function coreCatalogs(locale: Locale | undefined): CoreCatalogs | undefined {
  return locale === undefined || locale === 'en' ? undefined : loaded.get(locale);
}

export function isCoreLocaleLoaded(locale: Locale): boolean {
  return locale === 'en' || loaded.has(locale);
}

/** Loads the core's catalogs of `locale` (once); English is always there. */
export async function loadCoreLocale(locale: Locale): Promise<void> {
  if (isCoreLocaleLoaded(locale)) return;
  const { ZH_CN_CORE_CATALOGS } = await import('./zh-CN');
  registerCoreLocale('zh-CN', ZH_CN_CORE_CATALOGS);
}

const TERM = 'term.';

/**
 * Renders message `id` of `catalog`: first every string parameter whose value names a term
 * (`term.<name>.<value>`) becomes that term's words, then the message is filled in.
 */
export function renderCoreMessage(
  catalog: Catalog,
  locale: string,
  id: string,
  params: MessageParams = {},
): string {
  let filled: Record<string, string | number> | undefined;
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (typeof value !== 'string') continue;
    const termId = `${TERM}${name}.${value}`;
    if (!Object.hasOwn(catalog, termId)) continue;
    filled ??= { ...params };
    filled[name] = renderMessage(catalog, locale, termId, params);
  }
  return renderMessage(catalog, locale, id, filled ?? params);
}

/**
 * The text of a diagnostic in `locale`: from its message id and parameters when that language is loaded,
 * else its (English) message.
 */
export function diagnosticText(
  diagnostic: { message: string; messageId?: string; params?: MessageParams },
  locale: Locale | undefined,
): string {
  const catalogs = coreCatalogs(locale);
  if (!catalogs || diagnostic.messageId === undefined) return diagnostic.message;
  return renderCoreMessage(catalogs.diagnostics, locale as string, diagnostic.messageId, diagnostic.params);
}
