/**
 * The language each of the console's models speaks in: its locale (the core's texts: diagnostics, fix titles,
 * template names) and the editor area's words. Monaco's providers are registered once for every model, so they
 * look the words up here by model. Plain data: no Monaco.
 */
import { translator, type Translate } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import { EDITOR_EN } from '../i18n/ui/editor.en';

export interface EditorWords {
  locale: Locale;
  /** The editor area's words in `locale`. */
  t: Translate<typeof EDITOR_EN>;
}

export const ENGLISH_WORDS: EditorWords = { locale: 'en', t: translator(EDITOR_EN, 'en') };

const byModel = new Map<string, EditorWords>();

export function setModelWords(modelUri: string, words: EditorWords): void {
  byModel.set(modelUri, words);
}

export function forgetModelWords(modelUri: string): void {
  byModel.delete(modelUri);
}

/** The words of a model (English for a model the console does not know). */
export function wordsOf(modelUri: string): EditorWords {
  return byModel.get(modelUri) ?? ENGLISH_WORDS;
}
