/**
 * The language of the page: English or Simplified Chinese. A first visit follows the browser (zh* → 中文); a
 * choice in the header is remembered (localStorage: it is not a secret) and changes every word at once, without
 * a reload: the other language's catalogs (the page's and the core's) load first, then the switch happens.
 */
import { loadCoreLocale } from '../api/i18n/registry';
import { renderMessage, type Catalog, type MessageParams, type Translate } from '../i18n/catalog';
import { DEFAULT_LOCALE, detectLocale, isLocale, type Locale } from '../i18n/locales';
import type { UiArea, UiEnglish, UiTranslations } from '../i18n/ui/areas';
import { browserStorage, readItem, writeItem, type KeyValueStorage } from '../persist/storage';

export const LANGUAGE_KEY = 'group-import-console.language';

export interface LanguageStateOptions {
  storage?: KeyValueStorage;
  /** The browser's preferred languages (`navigator.languages`); absent: English. */
  languages?: readonly string[];
  /** The element whose `lang` follows the choice (`document.documentElement`); absent in tests. */
  root?: { lang: string };
  /** Loads a language's page catalogs (tests hand in a failing or slow one). */
  loadUi?: (locale: Exclude<Locale, 'en'>) => Promise<UiTranslations>;
  /** Loads a language's core catalogs (diagnostics, codes, fixes). */
  loadCore?: (locale: Locale) => Promise<void>;
}

const loadUiDefault = async (): Promise<UiTranslations> => (await import('../i18n/ui/zh-CN')).UI_ZH_CN;

// Building an Intl formatter costs about a millisecond and views format hundreds of values per render (the Batch
// view every 100 ms): one per language and options, made once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(formats: Map<string, F>, locale: string, options: object | undefined, make: () => F): F {
  const key = `${locale}\u0000${options === undefined ? '' : JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

export class LanguageState {
  #locale = $state<Locale>(DEFAULT_LOCALE);
  #translations = $state.raw<Partial<Record<Locale, UiTranslations>>>({});
  #switching = $state<Locale | null>(null);
  #error = $state<string | null>(null);

  readonly #storage: KeyValueStorage | undefined;
  readonly #root: { lang: string } | undefined;
  readonly #loadUi: (locale: Exclude<Locale, 'en'>) => Promise<UiTranslations>;
  readonly #loadCore: (locale: Locale) => Promise<void>;
  /** Settles when the first language is in place (main.ts mounts the page after it, so nothing flashes). */
  readonly ready: Promise<void>;

  constructor(options: LanguageStateOptions = {}) {
    this.#storage = 'storage' in options ? options.storage : browserStorage('local');
    this.#root = options.root;
    this.#loadUi = options.loadUi ?? loadUiDefault;
    this.#loadCore = options.loadCore ?? loadCoreLocale;
    const stored = readItem(this.#storage, LANGUAGE_KEY);
    const first = isLocale(stored) ? stored : detectLocale(options.languages);
    this.ready = this.choose(first, { remember: false }).then(() => undefined);
  }

  /** The language in use. */
  get locale(): Locale {
    return this.#locale;
  }

  /** The language being loaded, if a switch is under way. */
  get switching(): Locale | null {
    return this.#switching;
  }

  /** Why the last switch failed (the page stays in its language), or null. */
  get error(): string | null {
    return this.#error;
  }

  /**
   * Switches to `locale` once its catalogs are loaded; true when it is in use. `remember: false` (a first visit,
   * a share link) does not store the choice. A failed load keeps the current language and sets `error`.
   */
  async choose(locale: Locale, { remember = true }: { remember?: boolean } = {}): Promise<boolean> {
    if (!isLocale(locale)) return false;
    this.#switching = locale;
    this.#error = null;
    try {
      if (locale !== 'en' && !this.#translations[locale]) {
        const [ui] = await Promise.all([this.#loadUi(locale), this.#loadCore(locale)]);
        this.#translations = { ...this.#translations, [locale]: ui };
      }
    } catch (error) {
      if (this.#switching === locale) this.#switching = null;
      this.#error = error instanceof Error ? error.message : String(error);
      return false;
    }
    // A later choice made while this one loaded wins.
    if (this.#switching !== locale) return false;
    this.#switching = null;
    this.#locale = locale;
    if (this.#root) this.#root.lang = locale;
    if (remember) writeItem(this.#storage, LANGUAGE_KEY, locale);
    return true;
  }

  /**
   * A translator for one area of the page: `t('id', params)` in the language in use (reactive: a template that
   * calls it re-renders on a switch). `english` is the area's English catalog, which the caller imports, so an
   * area's words load with its code.
   */
  translator<A extends UiArea>(area: A, english: UiEnglish[A]): Translate<UiEnglish[A]> {
    return ((id: string, params?: MessageParams) => {
      const locale = this.#locale;
      const catalog: Catalog =
        locale === 'en' ? english : ((this.#translations[locale]?.[area] as Catalog | undefined) ?? english);
      return renderMessage(catalog, locale, id, params);
    }) as Translate<UiEnglish[A]>;
  }

  /** A number in the language in use (`Intl.NumberFormat`). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cached(
      numberFormats,
      this.#locale,
      options,
      () => new Intl.NumberFormat(this.#locale, options),
    ).format(value);
  }

  /** A date and time in the language in use (`Intl.DateTimeFormat`); `undefined` for an invalid time. */
  dateTime(epochMs: number, options?: Intl.DateTimeFormatOptions): string | undefined {
    if (!Number.isFinite(epochMs)) return undefined;
    try {
      return cached(
        dateFormats,
        this.#locale,
        options,
        () => new Intl.DateTimeFormat(this.#locale, options),
      ).format(epochMs);
    } catch {
      return undefined;
    }
  }
}
