/**
 * Making and checking TLSSigAPIv2 UserSigs (TENCENT-IM.md §8 items 1-5) with Web Crypto HMAC-SHA256 and
 * CompressionStream: the same steps as Tencent's official libraries, so `TLS.sig` is byte-for-byte theirs.
 */
import { MAX_UINT32, systemClock } from '../facts';
import { decodeBase64, encodeBase64, escapeUserSig } from './base64';
import { parseUserSig } from './decode';
import { renderUserSigMessage, type UserSigMessage } from './messages';
import { deflate } from './zlib';

export interface GenerateUserSigInput {
  sdkAppId: number;
  /** The UserID the UserSig is for (for REST calls: the app admin's). */
  identifier: string;
  /** The app's SecretKey (IM console). For test apps only in a page: it is never stored or sent. */
  secretKey: string;
  /** Validity in seconds from `now` (Tencent's default is 180 days). */
  expireSeconds: number;
  /** Issue time, Unix seconds. Default: the clock. */
  now?: number;
}

/** Invalid input to generateUserSig; `problem` is the message as data. */
export class UserSigInputError extends Error {
  readonly problem: UserSigMessage;
  constructor(problem: UserSigMessage) {
    super(renderUserSigMessage(problem));
    this.name = 'UserSigInputError';
    this.problem = problem;
  }
}

const MAX_SDK_APP_ID = MAX_UINT32; // a uint32 in Tencent's C++ API
const encoder = new TextEncoder();

const isNonNegativeInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** The text that is signed: each field on its own line, every line ending in `\n` (the last too). */
function signedContent(
  identifier: string,
  sdkAppId: string,
  time: string,
  expire: string,
  userbuf?: string,
): string {
  let content = `TLS.identifier:${identifier}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${expire}\n`;
  if (userbuf !== undefined) content += `TLS.userbuf:${userbuf}\n`;
  return content;
}

function hmacKey(secretKey: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

/**
 * Makes a UserSig as TLSSigAPIv2 does. Rejects with UserSigInputError for input no official library would
 * sign sensibly (an SDKAppID that is not a uint32, an empty SecretKey, a negative or fractional validity).
 */
export async function generateUserSig(input: GenerateUserSigInput): Promise<string> {
  const { sdkAppId, identifier, secretKey, expireSeconds } = input;
  const now = input.now ?? systemClock();
  if (!isNonNegativeInteger(sdkAppId) || sdkAppId < 1 || sdkAppId > MAX_SDK_APP_ID) {
    throw new UserSigInputError({ id: 'usersig.input.sdkappid' });
  }
  if (typeof identifier !== 'string') throw new UserSigInputError({ id: 'usersig.input.identifier' });
  if (typeof secretKey !== 'string' || secretKey === '') {
    throw new UserSigInputError({ id: 'usersig.input.secret-key' });
  }
  if (!isNonNegativeInteger(expireSeconds)) throw new UserSigInputError({ id: 'usersig.input.expire' });
  if (!isNonNegativeInteger(now)) throw new UserSigInputError({ id: 'usersig.input.now' });

  const content = signedContent(identifier, String(sdkAppId), String(now), String(expireSeconds));
  const key = await hmacKey(secretKey, 'sign');
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(content)));
  // Key order as the official Node library writes it; readers do not depend on it.
  const json = JSON.stringify({
    'TLS.ver': '2.0',
    'TLS.identifier': identifier,
    'TLS.sdkappid': sdkAppId,
    'TLS.time': now,
    'TLS.expire': expireSeconds,
    'TLS.sig': encodeBase64(mac),
  });
  return escapeUserSig(encodeBase64(await deflate(encoder.encode(json))));
}

/** A signed value as the signer wrote it into the content: a JSON number by its decimal form, a string as is. */
const asSigned = (value: unknown) => (typeof value === 'string' ? value : String(value));

/**
 * True when `sig` is a TLSSigAPIv2 UserSig whose `TLS.sig` is the HMAC-SHA256 of its fields under `secretKey`.
 * False, never a throw, for anything else: a wrong key, a changed field, junk, an empty key, and legacy ECDSA
 * UserSigs (they need the app's public key, which this console does not take). Expiry is not part of it.
 */
export async function verifyUserSig(sig: string, secretKey: string): Promise<boolean> {
  try {
    if (typeof secretKey !== 'string' || secretKey === '') return false;
    const parsed = await parseUserSig(sig);
    if (!('decoded' in parsed) || parsed.decoded.kind !== 'v2') return false;
    const { fields } = parsed;
    const mac = decodeBase64(fields['TLS.sig'] as string);
    if (mac === undefined || mac.length !== 32) return false;
    const content = signedContent(
      parsed.decoded.identifier,
      asSigned(fields['TLS.sdkappid']),
      asSigned(fields['TLS.time']),
      asSigned(fields['TLS.expire']),
      parsed.decoded.userbuf,
    );
    const key = await hmacKey(secretKey, 'verify');
    // subtle.verify compares in constant time.
    return await crypto.subtle.verify('HMAC', key, mac, encoder.encode(content));
  } catch {
    return false;
  }
}
