/**
 * Every sentence the UserSig tools show, keyed by a stable id: code produces `{ id, params }` and the page
 * renders it through a catalog. This is the English catalog; the Chinese one is `../i18n/usersig-zh-CN.ts`.
 */
import { coreCatalogs, type Locale } from '../i18n/registry';

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export const USERSIG_MESSAGES = {
  'usersig.not-string': (p: { type: string }) =>
    `A UserSig is text; this is ${p.type}. Paste the UserSig string itself.`,
  'usersig.empty': () => 'The UserSig is empty. Paste one, or generate one from the SecretKey of a test app.',
  'usersig.too-long': (p: { length: number; max: number }) =>
    `This is ${p.length.toLocaleString('en-US')} characters long; a UserSig has a few hundred ` +
    `(at most ${p.max.toLocaleString('en-US')} are read). Check that you pasted the UserSig and nothing else.`,
  'usersig.bad-character': (p: { character: string; position: number }) =>
    `Character ${p.character} at position ${p.position} cannot be in a UserSig (it holds letters, digits ` +
    `and * - _ only). Check for spaces, quotes or line breaks copied with it.`,
  'usersig.bad-base64': () =>
    'This is not a UserSig: its characters do not decode as base64 (is part of it missing?). Copy it again whole.',
  'usersig.not-zlib': () =>
    'This is not a UserSig: it decodes, but not to compressed data (a UserSig is zlib-compressed JSON). ' +
    'Copy it again whole, or generate a new one.',
  'usersig.inflated-too-large': (p: { max: number }) =>
    `This is not a UserSig: it expands to more than ${kb(p.max)} (a UserSig holds a few hundred bytes), ` +
    'so reading stopped there.',
  'usersig.no-decompression': () =>
    'This browser cannot decompress data (no DecompressionStream), so the UserSig cannot be read here. ' +
    'Use a current browser.',
  'usersig.unreadable': () =>
    'This UserSig could not be read here (an unexpected error of the page). Try again.',
  'usersig.not-utf8': () => 'This is not a UserSig: its content is not UTF-8 text.',
  'usersig.not-json': () => 'This is not a UserSig: its content is not JSON.',
  'usersig.not-object': () =>
    'This is not a UserSig: its content is JSON, but not an object of TLS.* fields.',
  'usersig.unknown-fields': () =>
    'This is not a UserSig: its content has none of the TLS.* fields of a TLSSigAPIv2 or legacy UserSig.',
  'usersig.field-missing': (p: { field: string }) =>
    `This UserSig has no ${p.field} field, so it cannot be used. Generate a new one.`,
  'usersig.field-type': (p: { field: string; expected: 'string' | 'integer' }) =>
    `This UserSig's ${p.field} is not ${p.expected === 'string' ? 'a string' : 'a whole number of seconds or an ID'}, ` +
    'so it cannot be used. Generate a new one.',
  'usersig.input.sdkappid': () =>
    'SDKAppID must be a whole number from 1 to 4294967295 (the app ID from the IM console).',
  'usersig.input.identifier': () => 'The identifier (UserID) must be text.',
  'usersig.input.secret-key': () =>
    "The SecretKey is empty: copy it from the IM console (the app's Basic Configuration page).",
  'usersig.input.expire': () => 'The validity must be a whole number of seconds, 0 or more.',
  'usersig.input.now': () => 'The issue time must be a whole number of Unix seconds, 0 or more.',
} satisfies Record<string, (params: never) => string>;

export type UserSigMessageId = keyof typeof USERSIG_MESSAGES;

/** A message as data: its id and the parameters its sentence needs. */
export type UserSigMessage = {
  [K in UserSigMessageId]: Parameters<(typeof USERSIG_MESSAGES)[K]>[0] extends undefined
    ? { id: K; params?: undefined }
    : { id: K; params: Parameters<(typeof USERSIG_MESSAGES)[K]>[0] };
}[UserSigMessageId];

/** The sentence of a message: in `locale` when its catalogs are loaded (`loadCoreLocale`), else English. */
export function renderUserSigMessage(message: UserSigMessage, locale?: Locale): string {
  const messages = coreCatalogs(locale)?.usersig ?? USERSIG_MESSAGES;
  const render = (Object.hasOwn(messages, message.id) ? messages : USERSIG_MESSAGES)[message.id] as (
    params: unknown,
  ) => string;
  return render(message.params);
}
