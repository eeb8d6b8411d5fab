/** The console's languages and how a first visit picks one. Plain TypeScript. */

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * The language of a first visit from the browser's preferred languages, in order: the first that is Chinese
 * (`zh`, `zh-CN`, `zh-Hans-SG`, even `zh-TW`: Simplified reads better than English for most) or English decides;
 * anything else: English.
 */
export function detectLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const primary = String(tag).trim().toLowerCase().split(/[-_]/, 1)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Each language's name in itself: what the switch shows, whatever the page's language. */
export const LOCALE_NAMES: { readonly [L in Locale]: string } = { en: 'English', 'zh-CN': '中文' };
