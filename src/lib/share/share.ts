/**
 * Share links: the body and the non-secret settings, compressed into the URL hash (`#share=…`).
 * Credentials never enter: the payload is built field by field from `SharedSettings`, never by spreading state.
 */
import type { ValidationContext } from '../api/context';
import { readJson } from '../api/safe-json';
import { isLocale } from '../i18n/locales';
import { isTarget } from '../send/transport';
import {
  DecodedTooLargeError,
  MAX_DECODED_CHARS,
  compressToBase64Url,
  decompressFromBase64Url,
} from './codec';
import { SHARE_HASH_PREFIX, isCount, isGroupType, isHostChoice, type SharedSettings } from './settings';

export { SHARE_HASH_PREFIX } from './settings';
const FORMAT_VERSION = 1;

/**
 * Why a link could not be opened (the page says it in its language): damaged, more than `MAX_DECODED_CHARS`
 * characters, or made by another version of the console (`version`: its format number).
 */
export type ShareProblem =
  { id: 'damaged' } | { id: 'too-large'; max: number } | { id: 'version'; version: number };

export type ShareDecodeResult =
  | { kind: 'none' }
  | { kind: 'ok'; settings: Partial<SharedSettings> & { body: string }; ignored: string[] }
  | { kind: 'error'; problem: ShareProblem };

function pickContext(context: ValidationContext): ValidationContext {
  const out: ValidationContext = {};
  if (context.groupType !== undefined) out.groupType = context.groupType;
  if (context.groupCreateTime !== undefined) out.groupCreateTime = context.groupCreateTime;
  if (context.latestMsgTime !== undefined) out.latestMsgTime = context.latestMsgTime;
  if (context.maxMessageBytes !== undefined) out.maxMessageBytes = context.maxMessageBytes;
  if (context.now !== undefined) out.now = context.now;
  return out;
}

/** The hash (with its leading `#share=`) that carries these settings. */
export async function encodeShareHash(settings: SharedSettings): Promise<string> {
  const payload = {
    v: FORMAT_VERSION,
    body: settings.body,
    regionId: settings.regionId,
    hostChoice: settings.hostChoice,
    // A typed host is only meaningful when chosen; dropping it otherwise keeps links short.
    customHost: settings.hostChoice === 'custom' ? settings.customHost : '',
    target: settings.target,
    context: pickContext(settings.context),
    ...(settings.language ? { language: settings.language } : {}),
  };
  return SHARE_HASH_PREFIX + (await compressToBase64Url(JSON.stringify(payload)));
}

/** `base` without its own hash, followed by the share hash. */
export function shareUrl(base: string, hash: string): string {
  const at = base.indexOf('#');
  return (at === -1 ? base : base.slice(0, at)) + hash;
}

const DAMAGED = { kind: 'error', problem: { id: 'damaged' } } as const;

function readContext(value: unknown, ignored: string[]): ValidationContext {
  const context: ValidationContext = {};
  if (value === undefined) return context;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ignored.push('context');
    return context;
  }
  const raw = value as Record<string, unknown>;
  if (raw.groupType !== undefined) {
    if (isGroupType(raw.groupType)) context.groupType = raw.groupType;
    else ignored.push('context.groupType');
  }
  for (const key of ['groupCreateTime', 'latestMsgTime', 'now', 'maxMessageBytes'] as const) {
    if (raw[key] === undefined) continue;
    if (isCount(raw[key]) && (key !== 'maxMessageBytes' || raw[key] > 0)) context[key] = raw[key];
    else ignored.push(`context.${key}`);
  }
  return context;
}

/**
 * Reads a location hash. Never throws: no share hash gives `none`; a damaged one gives a message to show.
 * Fields with wrong values are left out (listed in `ignored`) rather than failing the whole link.
 */
export async function decodeShareHash(hash: string): Promise<ShareDecodeResult> {
  if (!hash.startsWith(SHARE_HASH_PREFIX)) return { kind: 'none' };
  let text: string;
  try {
    text = await decompressFromBase64Url(hash.slice(SHARE_HASH_PREFIX.length));
  } catch (error) {
    return error instanceof DecodedTooLargeError
      ? { kind: 'error', problem: { id: 'too-large', max: MAX_DECODED_CHARS } }
      : DAMAGED;
  }
  // The safe reader: a `__proto__` key stays a key, and nesting is bounded (a link nests 2 levels).
  const read = readJson(text);
  const raw = read.ok ? read.value : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return DAMAGED;
  const data = raw as Record<string, unknown>;
  // Only a number is a version; anything else (missing, a hostile string) is damage, not worth echoing.
  if (typeof data.v !== 'number' || !Number.isSafeInteger(data.v)) return DAMAGED;
  if (data.v !== FORMAT_VERSION) return { kind: 'error', problem: { id: 'version', version: data.v } };
  if (typeof data.body !== 'string') return DAMAGED;
  const ignored: string[] = [];
  const settings: Partial<SharedSettings> & { body: string } = { body: data.body };
  if (typeof data.regionId === 'string') settings.regionId = data.regionId;
  else if (data.regionId !== undefined) ignored.push('regionId');
  if (isHostChoice(data.hostChoice)) settings.hostChoice = data.hostChoice;
  else if (data.hostChoice !== undefined) ignored.push('hostChoice');
  if (typeof data.customHost === 'string') settings.customHost = data.customHost;
  else if (data.customHost !== undefined) ignored.push('customHost');
  if (isTarget(data.target)) settings.target = data.target;
  else if (data.target !== undefined) ignored.push('target');
  settings.context = readContext(data.context, ignored);
  // Only a language the console has: anything else (a hostile string, a language of a later version) is left out.
  if (isLocale(data.language)) settings.language = data.language;
  else if (data.language !== undefined) ignored.push('language');
  return { kind: 'ok', settings, ignored };
}
