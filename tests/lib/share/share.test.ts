import { describe, expect, it } from 'vitest';
import {
  MAX_DECODED_CHARS,
  compressToBase64Url,
  decompressFromBase64Url,
} from '../../../src/lib/share/codec';
import { SHARE_HASH_PREFIX, decodeShareHash, encodeShareHash, shareUrl } from '../../../src/lib/share/share';
import type { SharedSettings } from '../../../src/lib/share/settings';

const SETTINGS: SharedSettings = {
  body: '{ "GroupId": "@TGS#1", // comment\n "MsgList": [] }',
  regionId: 'sgp',
  hostChoice: 'backup',
  customHost: '',
  target: 'relay',
  context: {
    groupType: 'Public',
    groupCreateTime: 1_600_000_000,
    latestMsgTime: 1_650_000_000,
    maxMessageBytes: 12000,
  },
  language: 'zh-CN',
};

async function hashOf(payload: unknown): Promise<string> {
  return SHARE_HASH_PREFIX + (await compressToBase64Url(JSON.stringify(payload)));
}

describe('share links', () => {
  it('round-trip the body and every non-secret setting', async () => {
    const hash = await encodeShareHash(SETTINGS);
    expect(hash.startsWith(SHARE_HASH_PREFIX)).toBe(true);
    expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    const decoded = await decodeShareHash(hash);
    expect(decoded).toEqual({ kind: 'ok', settings: SETTINGS, ignored: [] });
  });

  it('keep a fixed "now" and a custom host when chosen', async () => {
    const settings: SharedSettings = {
      ...SETTINGS,
      hostChoice: 'custom',
      customHost: 'relay.example.com:8443',
      context: { maxMessageBytes: 8000, now: 1_700_000_000 },
    };
    const decoded = await decodeShareHash(await encodeShareHash(settings));
    expect(decoded).toEqual({ kind: 'ok', settings, ignored: [] });
  });

  it('drop a typed custom host that is not in use', async () => {
    const decoded = await decodeShareHash(
      await encodeShareHash({ ...SETTINGS, customHost: 'typed.example' }),
    );
    expect(decoded.kind === 'ok' && decoded.settings.customHost).toBe('');
  });

  it('never carry credentials, even when the object handed in has them', async () => {
    const userSig = 'eJwtzEELgjAYgOG-sjZ-SECRET-USERSIG';
    const polluted = {
      ...SETTINGS,
      userSig,
      sdkAppId: '1400000001',
      identifier: 'administrator',
      context: { ...SETTINGS.context, userSig },
    } as SharedSettings;
    const hash = await encodeShareHash(polluted);
    const json = await decompressFromBase64Url(hash.slice(SHARE_HASH_PREFIX.length));
    expect(json).not.toContain(userSig);
    expect(json).not.toContain('1400000001');
    expect(json).not.toContain('administrator');
    expect(Object.keys(JSON.parse(json)).sort()).toEqual(
      ['body', 'context', 'customHost', 'hostChoice', 'language', 'regionId', 'target', 'v'].sort(),
    );
  });

  it('replace the hash of the page URL', () => {
    expect(shareUrl('https://x.test/app/?a=1#old', '#share=abc')).toBe('https://x.test/app/?a=1#share=abc');
    expect(shareUrl('https://x.test/app/', '#share=abc')).toBe('https://x.test/app/#share=abc');
  });
});

describe('reading a hash', () => {
  it('ignores hashes that are not share links', async () => {
    expect(await decodeShareHash('')).toEqual({ kind: 'none' });
    expect(await decodeShareHash('#section-2')).toEqual({ kind: 'none' });
  });

  it.each([
    ['not base64url', '#share=%%%'],
    ['empty', '#share='],
    ['random bytes', '#share=AAECAwQFBgcICQ'],
    ['truncated', 'TRUNCATE'],
  ])('gives a clear message for a damaged link (%s)', async (_name, raw) => {
    const hash = raw === 'TRUNCATE' ? (await encodeShareHash(SETTINGS)).slice(0, 20) : raw;
    const result = await decodeShareHash(hash);
    expect(result.kind).toBe('error');
    expect(result).toEqual({ kind: 'error', problem: { id: 'damaged' } });
  });

  it.each([
    ['JSON that is not an object', [1, 2]],
    ['no body', { v: 1, regionId: 'sgp' }],
    ['a body that is not text', { v: 1, body: 42 }],
  ])('refuses %s', async (_name, payload) => {
    const result = await decodeShareHash(await hashOf(payload));
    expect(result.kind).toBe('error');
  });

  it('refuses another format version and says so', async () => {
    const result = await decodeShareHash(await hashOf({ v: 2, body: '{}' }));
    expect(result).toEqual({ kind: 'error', problem: { id: 'version', version: 2 } });
  });

  it('refuses text that is not JSON', async () => {
    const result = await decodeShareHash(SHARE_HASH_PREFIX + (await compressToBase64Url('{not json')));
    expect(result.kind).toBe('error');
  });

  it('keeps the body and lists settings with wrong values instead of failing', async () => {
    const result = await decodeShareHash(
      await hashOf({
        v: 1,
        body: 'text',
        regionId: 7,
        hostChoice: 'elsewhere',
        customHost: false,
        target: 'production',
        context: {
          groupType: 'Club',
          groupCreateTime: -1,
          latestMsgTime: 1.5,
          maxMessageBytes: 0,
          now: 'soon',
        },
      }),
    );
    expect(result).toEqual({
      kind: 'ok',
      settings: { body: 'text', context: {} },
      ignored: [
        'regionId',
        'hostChoice',
        'customHost',
        'target',
        'context.groupType',
        'context.groupCreateTime',
        'context.latestMsgTime',
        'context.now',
        'context.maxMessageBytes',
      ],
    });
  });

  it('carries the language only when it is one of the console’s; any other value is left out and listed', async () => {
    const english = await decodeShareHash(await encodeShareHash({ ...SETTINGS, language: 'en' }));
    expect(english.kind === 'ok' && english.settings.language).toBe('en');
    const none = await decodeShareHash(await encodeShareHash({ ...SETTINGS, language: undefined }));
    expect(none).toEqual({ kind: 'ok', settings: { ...SETTINGS, language: undefined }, ignored: [] });
    for (const hostile of [
      'fr',
      '__proto__',
      'constructor',
      'zh-cn',
      '',
      { toString: 'zh-CN' },
      ['zh-CN'],
      7,
    ]) {
      const result = await decodeShareHash(await hashOf({ v: 1, body: 'b', language: hostile }));
      expect(result).toEqual({ kind: 'ok', settings: { body: 'b', context: {} }, ignored: ['language'] });
    }
  });

  it('ignores a context that is not an object', async () => {
    const result = await decodeShareHash(await hashOf({ v: 1, body: 'b', context: 'x' }));
    expect(result).toEqual({ kind: 'ok', settings: { body: 'b', context: {} }, ignored: ['context'] });
  });
});

describe('reading a hostile hash', () => {
  it('reads a __proto__ key as a key: settings inside it are not applied', async () => {
    const text = JSON.stringify({ v: 1, body: '{}', context: {} }).replace(
      '"context":{}',
      '"__proto__":{"hostChoice":"custom","customHost":"evil.example"},"context":{"__proto__":{"groupType":"Community"}}',
    );
    const result = await decodeShareHash(SHARE_HASH_PREFIX + (await compressToBase64Url(text)));
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.settings.hostChoice).toBeUndefined();
    expect(result.settings.customHost).toBeUndefined();
    expect(result.settings.context).toEqual({});
    const wrapped = `{"__proto__": ${JSON.stringify({ v: 1, body: '{}' })}}`;
    const hidden = await decodeShareHash(SHARE_HASH_PREFIX + (await compressToBase64Url(wrapped)));
    expect(hidden).toEqual({ kind: 'error', problem: { id: 'damaged' } });
  });

  it('refuses a payload nested deeper than the safe reader allows, without throwing', async () => {
    const deep = `{"v":1,"body":"{}","context":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const result = await decodeShareHash(SHARE_HASH_PREFIX + (await compressToBase64Url(deep)));
    expect(result).toEqual({ kind: 'error', problem: { id: 'damaged' } });
  });

  it('does not echo a version that is not a number', async () => {
    const result = await decodeShareHash(await hashOf({ v: 'x'.repeat(10_000), body: '{}' }));
    expect(result).toEqual({ kind: 'error', problem: { id: 'damaged' } });
  });

  it('opens a link of exactly MAX_DECODED_CHARS characters, multi-byte ones included', async () => {
    // 3-byte characters: the old byte limit (4 per character) let more through, 3 per character is exact.
    const payload = JSON.stringify({ v: 1, body: '' });
    const body = '红'.repeat(MAX_DECODED_CHARS - payload.length);
    const result = await decodeShareHash(await hashOf({ v: 1, body }));
    expect(result.kind === 'ok' && result.settings.body.length).toBe(body.length);
  });

  it('refuses a link of one character more, and says it is too large rather than damaged', async () => {
    const payload = JSON.stringify({ v: 1, body: '' });
    const body = 'a'.repeat(MAX_DECODED_CHARS - payload.length + 1);
    const result = await decodeShareHash(await hashOf({ v: 1, body }));
    expect(result).toEqual({ kind: 'error', problem: { id: 'too-large', max: MAX_DECODED_CHARS } });
  });
});
