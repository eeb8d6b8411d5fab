/**
 * A fix's title in the page's language. Its own module, importing no catalog: the Diagnostics panel (start-up) says
 * titles with it, and a module the page shares with a lazy chunk lands whole in the start-up chunk, so the English
 * catalog (`messages.ts`, used by the fixers) must not come with it.
 */
import { coreCatalogs, type Locale } from '../i18n/registry';
import type { FixMessageId } from './messages';

/**
 * A fix's title in `locale`: from its message id and params when that language's catalogs are loaded
 * (`loadCoreLocale`), else the English `title` the fix carries. The same words as `renderFixMessage`.
 */
export function fixTitleText(
  fix: { title: string; titleId: FixMessageId; titleParams?: Readonly<Record<string, string | number>> },
  locale: Locale | undefined,
): string {
  const say = coreCatalogs(locale)?.fixes[fix.titleId] as
    ((params: Readonly<Record<string, string | number>>) => string) | undefined;
  return say ? say(fix.titleParams ?? {}) : fix.title;
}
