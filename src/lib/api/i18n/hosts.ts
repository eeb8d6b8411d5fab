/**
 * Regions and the custom host's check in a chosen language: the loaded language's catalog (`hosts-zh-CN.ts`,
 * in the core's lazy chunk), else English. Apart from `regions.ts`, which the relay imports as plain Node.
 */
import type { HostWords, Region } from '../regions';
import { HOSTS_EN, type HostMessageId } from './hosts-en';
import { coreCatalogs, type Locale } from './registry';

/** What `checkCustomHost(input, words)` speaks in `locale` (English until that language is loaded). */
export function hostWords(locale: Locale | undefined): HostWords {
  const catalog = coreCatalogs(locale)?.hosts;
  return catalog ? { catalog, locale: locale as string } : { catalog: HOSTS_EN, locale: 'en' };
}

function say(id: HostMessageId, locale: Locale | undefined): string {
  const { catalog } = hostWords(locale);
  return typeof catalog[id] === 'string' ? catalog[id] : HOSTS_EN[id];
}

/** A region's name in `locale`. */
export function regionName(region: Region, locale?: Locale): string {
  const id = `region.${region.id}`;
  return Object.hasOwn(HOSTS_EN, id) ? say(id as HostMessageId, locale) : region.name;
}

/** A region's note in `locale`, if it has one. */
export function regionNote(region: Region, locale?: Locale): string | undefined {
  if (region.note === undefined) return undefined;
  const id = `region.note.${region.id}`;
  return say(Object.hasOwn(HOSTS_EN, id) ? (id as HostMessageId) : 'region.note.newer', locale);
}
