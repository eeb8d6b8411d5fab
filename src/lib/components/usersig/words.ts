/**
 * Saying the UserSig store's data in the page's language: a check as a sentence, a moment as a date and "how
 * long until or since". Shared by the checks, the UserSig panel and the Response panel's note.
 */
import type { UserSigCheck } from '../../api/usersig/check';
import { renderUserSigMessage } from '../../api/usersig/messages';
import { formatRelative } from '../../format/relative';
import type { Translate } from '../../i18n/catalog';
import type { USERSIG_EN } from '../../i18n/ui/usersig.en';
import type { LanguageState } from '../../state/language.svelte';

export type UserSigT = Translate<typeof USERSIG_EN>;

const DATE_STYLE: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };

/** A value read from a UserSig, shortened for display (a hostile one may hold kilobytes). */
export function clip(value: string | number, max = 64): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `seconds` (Unix) as a date and as "in …" / "… ago" from `now`, in the page's language. */
export function when(
  language: LanguageState,
  seconds: number,
  now: number,
): { date: string; relative: string } {
  return {
    date: language.dateTime(seconds * 1000, DATE_STYLE) ?? String(seconds),
    relative: formatRelative(seconds, now, language.locale),
  };
}

/** The sentence of a pre-send check about the profile's UserSig. */
export function checkText(check: UserSigCheck, t: UserSigT, language: LanguageState, now: number): string {
  switch (check.kind) {
    case 'undecodable':
      return t('check.undecodable', { reason: renderUserSigMessage(check.reason, language.locale) });
    case 'identifier':
      return t('check.identifier', { actual: clip(check.actual), expected: clip(check.expected) });
    case 'sdkappid':
      return t('check.sdkappid', { actual: String(check.actual), expected: String(check.expected) });
    case 'expired':
      return t('check.expired', when(language, check.expiresAt, now));
    case 'expiring':
      return t('check.expiring', when(language, check.expiresAt, now));
  }
}
