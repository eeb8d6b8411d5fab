// @vitest-environment node
/** decodeUserSig on everything that is not a good UserSig: a reason, never an exception. */
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeUserSig,
  generateUserSig,
  MAX_USERSIG_CHARS,
  MAX_USERSIG_INFLATED_BYTES,
  USERSIG_MESSAGES,
} from '../../../../src/lib/api/usersig';
import { DEMO, userSigJson, wrapAsUserSig } from './helpers';

const T = 1700000000;
const good = await generateUserSig({ ...DEMO, expireSeconds: 3600, now: T });
const goodJson = userSigJson(good);

async function reasonOf(sig: unknown): Promise<string> {
  const decoded = await decodeUserSig(sig as string);
  if (decoded.ok) throw new Error('decoded');
  expect(decoded.error.length).toBeGreaterThan(10);
  expect(decoded.error).toBe(
    (USERSIG_MESSAGES[decoded.message.id] as (p: unknown) => string)(decoded.message.params),
  );
  return decoded.message.id;
}

describe('decodeUserSig', () => {
  it('ignores white space around a pasted UserSig', async () => {
    expect((await decodeUserSig(`\n  ${good}\r\n`)).ok).toBe(true);
  });

  it('reads the standard base64 form too (+ / =)', async () => {
    const standard = good.replaceAll('*', '+').replaceAll('-', '/').replaceAll('_', '=');
    expect(await decodeUserSig(standard)).toEqual(await decodeUserSig(good));
  });

  it.each([
    [undefined, 'usersig.not-string'],
    [null, 'usersig.not-string'],
    [42, 'usersig.not-string'],
    [{ toString: () => good }, 'usersig.not-string'],
    ['', 'usersig.empty'],
    ['   \n', 'usersig.empty'],
    ['eJy rest', 'usersig.bad-character'],
    ['"eJyrVg"', 'usersig.bad-character'],
    ['eJé', 'usersig.bad-character'],
    ['A', 'usersig.bad-base64'],
    ['AB=C', 'usersig.bad-base64'],
    ['ABC==', 'usersig.bad-base64'],
    ['____', 'usersig.bad-base64'],
    ['aGVsbG8gd29ybGQ_', 'usersig.not-zlib'],
    [good.slice(0, good.length - 12), 'usersig.not-zlib'],
  ])('%j is refused as %s', async (sig, id) => {
    expect(await reasonOf(sig)).toBe(id);
  });

  it('names the bad character and its position', async () => {
    const decoded = await decodeUserSig('eJy\u200brest');
    expect(decoded).toMatchObject({ ok: false, message: { params: { character: 'U+200B', position: 4 } } });
  });

  it('stops reading 10 MB of junk at once', async () => {
    const junk = 'x'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    expect(await reasonOf(junk)).toBe('usersig.too-long');
    expect(await reasonOf(` ${'x'.repeat(MAX_USERSIG_CHARS + 1)} `)).toBe('usersig.too-long');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops inflating a zip bomb at the cap and says so', async () => {
    const bomb = wrapAsUserSig(Buffer.alloc(8 * 1024 * 1024, 0x7b));
    expect(bomb.length).toBeLessThan(MAX_USERSIG_CHARS);
    const decoded = await decodeUserSig(bomb);
    expect(decoded).toMatchObject({
      ok: false,
      message: { id: 'usersig.inflated-too-large', params: { max: MAX_USERSIG_INFLATED_BYTES } },
    });
    expect(decoded.ok || decoded.error).toContain('64 KB');
  });

  it.each([
    [Buffer.from([0xff, 0xfe, 0x41]), 'usersig.not-utf8'],
    ['not json', 'usersig.not-json'],
    ['[1,2,3]', 'usersig.not-object'],
    ['"TLS.sig"', 'usersig.not-object'],
    ['null', 'usersig.not-object'],
    ['{}', 'usersig.unknown-fields'],
    ['{"__proto__":{"TLS.ver":"2.0","TLS.sdkappid":1}}', 'usersig.unknown-fields'],
    ['{"constructor":{"prototype":{"TLS.ver":"2.0"}}}', 'usersig.unknown-fields'],
  ])('inflated content %j is refused as %s', async (content, id) => {
    expect(await reasonOf(wrapAsUserSig(content))).toBe(id);
  });

  it('never takes fields from the prototype chain', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['TLS.sig'] = 'polluted';
    try {
      const json = { ...goodJson };
      delete json['TLS.sig'];
      expect(await decodeUserSig(wrapAsUserSig(JSON.stringify(json)))).toMatchObject({
        ok: false,
        message: { id: 'usersig.field-missing', params: { field: 'TLS.sig' } },
      });
    } finally {
      delete proto['TLS.sig'];
    }
  });

  it('treats a __proto__ key inside a UserSig as an ordinary key', async () => {
    const text = JSON.stringify(goodJson).replace('{', '{"__proto__":{"polluted":true},');
    expect((await decodeUserSig(wrapAsUserSig(text))).ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives deep nesting inside the content', async () => {
    const deep = `{"TLS.ver":"2.0","x":${'['.repeat(30000)}${']'.repeat(30000)}}`;
    expect(deflateSync(deep).length).toBeLessThan(MAX_USERSIG_CHARS);
    expect(await reasonOf(wrapAsUserSig(deep))).toBe('usersig.field-missing');
  });

  it.each([
    ['TLS.identifier', undefined, 'usersig.field-missing'],
    ['TLS.identifier', 7, 'usersig.field-type'],
    ['TLS.sdkappid', undefined, 'usersig.field-missing'],
    ['TLS.sdkappid', -1, 'usersig.field-type'],
    ['TLS.sdkappid', 1.5, 'usersig.field-type'],
    ['TLS.sdkappid', '14e8', 'usersig.field-type'],
    ['TLS.sdkappid', 1e300, 'usersig.field-type'],
    ['TLS.time', null, 'usersig.field-type'],
    ['TLS.time', '', 'usersig.field-type'],
    ['TLS.expire', [], 'usersig.field-type'],
    ['TLS.expire', undefined, 'usersig.field-missing'],
    ['TLS.sig', undefined, 'usersig.field-missing'],
    ['TLS.sig', {}, 'usersig.field-type'],
    ['TLS.ver', 2, 'usersig.field-type'],
    ['TLS.userbuf', false, 'usersig.field-type'],
  ])('a v2 UserSig with %s = %j is refused as %s', async (field, value, id) => {
    const json: Record<string, unknown> = { ...goodJson };
    if (value === undefined) delete json[field];
    else json[field] = value;
    expect(await reasonOf(wrapAsUserSig(JSON.stringify(json)))).toBe(id);
  });

  it('accepts numbers written as digit strings (some libraries quote them)', async () => {
    const json = { ...goodJson, 'TLS.sdkappid': '1400000000', 'TLS.time': String(T), 'TLS.expire': '3600' };
    expect(await decodeUserSig(wrapAsUserSig(JSON.stringify(json)))).toMatchObject({
      ok: true,
      sdkAppId: 1400000000,
      expiresAt: T + 3600,
    });
  });
});
