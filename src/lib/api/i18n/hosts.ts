/**
 * The custom host's check in a chosen language: the loaded language's catalog (`hosts-zh-CN.ts`, in the core's
 * lazy chunk), else English. Apart from `regions.ts`, which the relay imports as plain Node.
 */
import type { HostWords } from '../regions';
import { HOSTS_EN } from './hosts-en';
import { coreCatalogs, type Locale } from './registry';

/** What `checkCustomHost(input, words)` speaks in `locale` (English until that language is loaded). */
export function hostWords(locale: Locale | undefined): HostWords {
  const catalog = coreCatalogs(locale)?.hosts;
  return catalog ? { catalog, locale: locale as string } : { catalog: HOSTS_EN, locale: 'en' };
}
