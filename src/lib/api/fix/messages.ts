/**
 * Every sentence the fixes show a person: fix titles ('fix.*') and why no fix is offered ('no-fix.*'). Code produces
 * an id and its params; a translation is one more object of the same shape.
 */
import { coreCatalogs, type Locale } from '../i18n/registry';

type Params = Record<string, string | number>;

const plural = (count: number | string, one: string, many: string) => (Number(count) === 1 ? one : many);

export const FIX_MESSAGES = {
  'fix.send-time-seconds': (p: { from: number; to: number }) =>
    `Convert SendTime from milliseconds to seconds: ${p.from} → ${p.to}`,
  'fix.send-time-seconds-and-sort': (p: { count: number }) =>
    `Convert ${p.count} SendTime ${plural(p.count, 'value', 'values')} from milliseconds to seconds and sort MsgList by SendTime`,
  'fix.sort-msg-list': (p: { moved: number }) =>
    `Sort MsgList by SendTime (moves ${p.moved} ${plural(p.moved, 'message', 'messages')})`,
  'fix.remove-comment': () => 'Remove this comment',
  'fix.remove-trailing-comma': () => 'Remove the trailing comma',
  'fix.keep-last-duplicate': (p: { key: string; removed: number }) =>
    `Keep the last "${p.key}" and remove the earlier ${plural(p.removed, 'one', `${p.removed}`)}`,
  'fix.fresh-random': (p: { value: number }) => `Set Random to a fresh number: ${p.value}`,
  'fix.download-flag': (p: { field: string }) => `Set ${p.field} to 2 (download from the URL)`,
  'fix.add-download-flag': (p: { field: string }) => `Add "${p.field}": 2 (download from the URL)`,
  'fix.unquote-number': (p: { field: string; value: number }) =>
    `Write ${p.field} as the number ${p.value}, without quotes`,
  'fix.remove-recent-contact-flag': (p: { groupType: string }) =>
    `Remove RecentContactFlag (not allowed for ${p.groupType} groups)`,
  'fix.rename-key': (p: { from: string; to: string }) => `Rename "${p.from}" to "${p.to}"`,
  'fix.split': (p: { messages: number; calls: number; perCall: number }) =>
    `Split the ${p.messages} messages into ${p.calls} calls of at most ${p.perCall}`,

  'no-fix.ms-still-too-large': (p: { value: number }) =>
    `Even divided by 1000, ${p.value} is no plausible time in seconds (microseconds?): check how it was produced.`,
  'no-fix.ms-ambiguous': (p: { value: number; asSeconds: string; asMilliseconds: string }) =>
    `${p.value} read as seconds is ${p.asSeconds}, read as milliseconds ${p.asMilliseconds}: neither is a likely ` +
    'message time, so which was meant is unclear. Check the value.',
  'no-fix.ms-future': (p: { asMilliseconds: string }) =>
    `Read as milliseconds it is still in the future (${p.asMilliseconds}): check the value.`,
  'no-fix.ms-before-creation': (p: { asMilliseconds: string; created: string }) =>
    `Read as milliseconds it is ${p.asMilliseconds}, not after the group’s creation (${p.created}): converting ` +
    'it would not make it importable.',
  'no-fix.ms-before-latest': (p: { asMilliseconds: string; latest: string }) =>
    `Read as milliseconds it is ${p.asMilliseconds}, not after the group’s newest message (${p.latest}): ` +
    'converting it would not make it importable.',
  'no-fix.equal-send-times': (p: { first: number; second: number; time: number }) =>
    `Messages ${p.first} and ${p.second} have the same SendTime (${p.time}): no order makes them strictly ` +
    'ascending, and which comes first is unclear. Change one of them by a second.',
  'no-fix.not-whole-number': (p: { field: string; value: string }) =>
    `${p.field} "${p.value}" is not a whole number of 0 or more: which number was meant is unclear.`,
  'no-fix.over-budget': (p: { field: string }) =>
    `Adding ${p.field} would take the message over its byte budget: shorten the message first.`,
  'no-fix.rename-target-exists': (p: { from: string; to: string }) =>
    `"${p.from}" looks like "${p.to}", but the object already has "${p.to}": remove the one you do not want.`,
  'no-fix.rename-ambiguous': (p: { to: string; keys: string }) =>
    `Several keys look like "${p.to}" (${p.keys}): rename the right one by hand.`,
  'no-fix.rename-repeated': (p: { from: string }) =>
    `"${p.from}" appears more than once here: remove the repeats first (that fix is offered).`,
  'no-fix.rename-breaks': (p: { to: string; rule: string }) =>
    `Renaming to "${p.to}" would bring a new error (${p.rule}): correct its value, then rename it.`,
} satisfies Record<string, (p: never) => string>;

export type FixMessageId = keyof typeof FIX_MESSAGES;

/**
 * The sentence of a message id with its params: in `locale` when its catalogs are loaded (`loadCoreLocale`),
 * else English.
 */
export function renderFixMessage(id: FixMessageId, params: Params = {}, locale?: Locale): string {
  const messages = coreCatalogs(locale)?.fixes ?? FIX_MESSAGES;
  return (messages[id] as (p: Params) => string)(params);
}
