/**
 * The non-secret settings of the console: what a share link may carry, and the hash prefix that marks a link.
 * Plain data, small: the page imports it at start-up, while making and reading links (`share.ts`) loads on use.
 */
import type { ValidationContext } from '../api/context';
import { GROUP_TYPES, type GroupType } from '../api/types';
import type { Locale } from '../i18n/locales';
import type { Target } from '../send/transport';

/** A location hash that starts with this is a share link (the rest is its compressed settings). */
export const SHARE_HASH_PREFIX = '#share=';

/** Which host of the chosen region: its main host, its backup host (for DNS trouble) or one typed by the user. */
export type HostChoice = 'primary' | 'backup' | 'custom';
export const HOST_CHOICES: readonly HostChoice[] = ['primary', 'backup', 'custom'];

export interface SharedSettings {
  body: string;
  regionId: string;
  hostChoice: HostChoice;
  customHost: string;
  target: Target;
  /** `now` absent means the live clock. */
  context: ValidationContext;
  /** The sharer's language: the link opens in it (for that visit; the opener's own choice stays stored). */
  language?: Locale;
}

export function isHostChoice(value: unknown): value is HostChoice {
  return HOST_CHOICES.includes(value as HostChoice);
}

export function isGroupType(value: unknown): value is GroupType {
  return GROUP_TYPES.includes(value as GroupType);
}

/** Unix seconds (or a byte count): a non-negative safe integer. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
