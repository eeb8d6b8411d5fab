/**
 * The one way the page loads the editor: Monaco's own words for `locale` first (./nls.ts: some are fixed when
 * Monaco's modules are evaluated), then the editor module (Monaco). A lazy chunk of its own, a few hundred bytes;
 * the Chinese table is another, fetched only for Chinese.
 */
import type { Locale } from '../i18n/locales';
import { loadMonacoWords } from './nls';

export async function loadEditor(locale: Locale): Promise<typeof import('./index')> {
  await loadMonacoWords(locale).catch(() => {}); // Monaco keeps its English: the editor still loads
  return import('./index');
}
