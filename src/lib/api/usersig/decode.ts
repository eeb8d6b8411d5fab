/**
 * Reading a UserSig without its key (TENCENT-IM.md §8 item 5): undo the URL-safe replacements, base64-decode,
 * inflate, parse the JSON. TLSSigAPIv2 UserSigs and legacy ECDSA ones (§8 item 8) decode to the same fields.
 * Never throws, whatever the input: every failure is `{ ok: false }` with a message id and its sentence.
 */
import { decodeBase64, firstNonUserSigCharacter, unescapeUserSig } from './base64';
import { renderUserSigMessage, type UserSigMessage } from './messages';
import { inflateCapped } from './zlib';

/** A UserSig is a few hundred characters; anything much longer is not one and is not read further. */
export const MAX_USERSIG_CHARS = 16 * 1024;
/** The inflated JSON of a UserSig is a few hundred bytes; inflation stops past this (zip bombs). */
export const MAX_USERSIG_INFLATED_BYTES = 64 * 1024;

export interface DecodedUserSigFields {
  ok: true;
  /** `v2`: TLSSigAPIv2 (HMAC-SHA256 with the SecretKey); `legacy`: ECDSA with the app's private key. */
  kind: 'v2' | 'legacy';
  identifier: string;
  sdkAppId: number;
  /** When it was issued, Unix seconds. */
  time: number;
  /** Validity in seconds. */
  expire: number;
  /** `time + expire`, Unix seconds: the UserSig is expired once the clock is past it. */
  expiresAt: number;
  /** `TLS.ver` (v2) or `TLS.version` (legacy), when present. */
  version?: string;
  /** `TLS.userbuf` (standard base64), present on UserSigs made with a userbuf (TRTC PrivateMapKey). */
  userbuf?: string;
  /** Legacy only: `TLS.account_type` and `TLS.appid_at_3rd`. */
  accountType?: string;
  appIdAt3rd?: string;
}

export interface UserSigDecodeError {
  ok: false;
  /** The reason as data, for translated display. */
  message: UserSigMessage;
  /** The same reason as an English sentence. */
  error: string;
}

export type DecodedUserSig = DecodedUserSigFields | UserSigDecodeError;

/** What verification needs besides the public fields: the JSON values exactly as signed. */
export interface ParsedUserSig {
  decoded: DecodedUserSigFields;
  fields: Record<string, unknown>;
}

const fail = (message: UserSigMessage): UserSigDecodeError => ({
  ok: false,
  message,
  error: renderUserSigMessage(message),
});

const hasOwn = (record: Record<string, unknown>, key: string) =>
  Object.prototype.hasOwnProperty.call(record, key);

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** `U+0020` style, so an invisible character is named rather than shown. */
function describeCharacter(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code > 0x20 && code < 0x7f ? `"${String.fromCodePoint(code)}" (${hex})` : hex;
}

const DIGITS = /^[0-9]{1,16}$/;

/** A non-negative safe integer, given as a JSON number or (legacy UserSigs) a string of digits. */
function integerField(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && DIGITS.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

type FieldResult<T> = { value: T } | { error: UserSigDecodeError };

function readString(
  fields: Record<string, unknown>,
  key: string,
  required: boolean,
): FieldResult<string | undefined> {
  if (!hasOwn(fields, key)) {
    return required
      ? { error: fail({ id: 'usersig.field-missing', params: { field: key } }) }
      : { value: undefined };
  }
  const value = fields[key];
  if (typeof value !== 'string')
    return { error: fail({ id: 'usersig.field-type', params: { field: key, expected: 'string' } }) };
  return { value };
}

function readInteger(fields: Record<string, unknown>, key: string): FieldResult<number> {
  if (!hasOwn(fields, key)) return { error: fail({ id: 'usersig.field-missing', params: { field: key } }) };
  const value = integerField(fields[key]);
  if (value === undefined)
    return { error: fail({ id: 'usersig.field-type', params: { field: key, expected: 'integer' } }) };
  return { value };
}

const V2_KEYS = {
  identifier: 'TLS.identifier',
  sdkAppId: 'TLS.sdkappid',
  time: 'TLS.time',
  expire: 'TLS.expire',
};
const LEGACY_KEYS = {
  identifier: 'TLS.identifier',
  sdkAppId: 'TLS.sdk_appid',
  time: 'TLS.time',
  expire: 'TLS.expire_after',
};

function readFields(fields: Record<string, unknown>): DecodedUserSigFields | UserSigDecodeError {
  const legacy =
    hasOwn(fields, 'TLS.sdk_appid') ||
    hasOwn(fields, 'TLS.expire_after') ||
    hasOwn(fields, 'TLS.account_type');
  const v2 = hasOwn(fields, 'TLS.sdkappid') || hasOwn(fields, 'TLS.ver') || hasOwn(fields, 'TLS.expire');
  if (!legacy && !v2) return fail({ id: 'usersig.unknown-fields' });
  const keys = legacy ? LEGACY_KEYS : V2_KEYS;
  const identifier = readString(fields, keys.identifier, true);
  if ('error' in identifier) return identifier.error;
  const sdkAppId = readInteger(fields, keys.sdkAppId);
  if ('error' in sdkAppId) return sdkAppId.error;
  const time = readInteger(fields, keys.time);
  if ('error' in time) return time.error;
  const expire = readInteger(fields, keys.expire);
  if ('error' in expire) return expire.error;
  const sig = readString(fields, 'TLS.sig', true);
  if ('error' in sig) return sig.error;
  const version = readString(fields, legacy ? 'TLS.version' : 'TLS.ver', false);
  if ('error' in version) return version.error;
  const userbuf = readString(fields, 'TLS.userbuf', false);
  if ('error' in userbuf) return userbuf.error;
  const decoded: DecodedUserSigFields = {
    ok: true,
    kind: legacy ? 'legacy' : 'v2',
    identifier: identifier.value as string,
    sdkAppId: sdkAppId.value,
    time: time.value,
    expire: expire.value,
    expiresAt: time.value + expire.value,
  };
  if (version.value !== undefined) decoded.version = version.value;
  if (userbuf.value !== undefined) decoded.userbuf = userbuf.value;
  if (legacy) {
    for (const [key, name] of [
      ['TLS.account_type', 'accountType'],
      ['TLS.appid_at_3rd', 'appIdAt3rd'],
    ] as const) {
      const value = fields[key];
      if (hasOwn(fields, key) && (typeof value === 'string' || typeof value === 'number'))
        decoded[name] = String(value);
    }
  }
  return decoded;
}

const isWhiteSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Trims ASCII white space by index (a regex anchored at the end can go quadratic on long runs of spaces). */
function trimWhiteSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Decodes and keeps the raw fields for verification. */
export async function parseUserSig(sig: unknown): Promise<ParsedUserSig | UserSigDecodeError> {
  if (typeof sig !== 'string') return fail({ id: 'usersig.not-string', params: { type: describeType(sig) } });
  if (sig.length > MAX_USERSIG_CHARS + 64) {
    return fail({ id: 'usersig.too-long', params: { length: sig.length, max: MAX_USERSIG_CHARS } });
  }
  // A pasted UserSig often carries a line break or spaces at its ends; none can be inside one.
  const text = trimWhiteSpace(sig);
  if (text === '') return fail({ id: 'usersig.empty' });
  if (text.length > MAX_USERSIG_CHARS) {
    return fail({ id: 'usersig.too-long', params: { length: text.length, max: MAX_USERSIG_CHARS } });
  }
  const bad = firstNonUserSigCharacter(text);
  if (bad !== -1) {
    return fail({
      id: 'usersig.bad-character',
      params: { character: describeCharacter(text, bad), position: bad + 1 },
    });
  }
  const compressed = decodeBase64(unescapeUserSig(text));
  if (compressed === undefined || compressed.length === 0) return fail({ id: 'usersig.bad-base64' });
  const inflated = await inflateCapped(compressed, MAX_USERSIG_INFLATED_BYTES);
  if (!inflated.ok) {
    if (inflated.reason === 'too-large') {
      return fail({ id: 'usersig.inflated-too-large', params: { max: MAX_USERSIG_INFLATED_BYTES } });
    }
    return fail({ id: inflated.reason === 'unsupported' ? 'usersig.no-decompression' : 'usersig.not-zlib' });
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return fail({ id: 'usersig.not-utf8' });
  }
  let value: unknown;
  try {
    // JSON.parse makes `__proto__` an ordinary own key; fields are read with hasOwnProperty only.
    value = JSON.parse(json);
  } catch {
    return fail({ id: 'usersig.not-json' });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return fail({ id: 'usersig.not-object' });
  const fields = value as Record<string, unknown>;
  const decoded = readFields(fields);
  return decoded.ok ? { decoded, fields } : decoded;
}

/** Reads a UserSig's fields (no key needed). Never throws. */
export async function decodeUserSig(sig: string): Promise<DecodedUserSig> {
  try {
    const parsed = await parseUserSig(sig);
    return 'decoded' in parsed ? parsed.decoded : parsed;
  } catch {
    // parseUserSig handles every failure it knows; this only guards against a platform surprise.
    return fail({ id: 'usersig.unreadable' });
  }
}
