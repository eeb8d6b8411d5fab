/**
 * How components reach the page's language: App provides its LanguageState as context; a component asks for a
 * translator of its area. A component rendered alone (a unit test) gets an English-only language.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Translate } from '../i18n/catalog';
import type { UiArea, UiEnglish } from '../i18n/ui/areas';
import { LanguageState } from '../state/language.svelte';

const LANGUAGE = Symbol('language');
let english: LanguageState | undefined;

export function provideLanguage(language: LanguageState): void {
  setContext(LANGUAGE, language);
}

/** The page's language (call during component initialisation). */
export function useLanguage(): LanguageState {
  if (hasContext(LANGUAGE)) return getContext<LanguageState>(LANGUAGE);
  english ??= new LanguageState({ storage: undefined, languages: ['en'] });
  return english;
}

/** `t('id', params)` for one area, in the page's language (call during component initialisation). */
export function useT<A extends UiArea>(area: A, words: UiEnglish[A]): Translate<UiEnglish[A]> {
  return useLanguage().translator(area, words);
}

/** The context that provides `language` (for rendering one component in a test: `render(C, { context })`). */
export function languageContext(language: LanguageState): Map<symbol, LanguageState> {
  return new Map([[LANGUAGE, language]]);
}
