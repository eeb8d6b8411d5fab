import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importExport, ImportError, readExport } from '../../../src/lib/importers';
import { printable } from '../../../src/lib/importers/accounting';
import { expectSound, filesOf, NOW } from './helpers';

const CENTRAL = 0x02014b50;

/** Rewrites a field of every central directory entry (and its local header twin, when given). */
function patch(
  zip: Uint8Array,
  centralOffset: number,
  localOffset: number | undefined,
  value: number,
  bytes: 2 | 4,
): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) !== CENTRAL) continue;
    const set = (where: number) =>
      bytes === 4 ? view.setUint32(where, value, true) : view.setUint16(where, value, true);
    set(at + centralOffset);
    if (localOffset !== undefined) set(view.getUint32(at + 42, true) + localOffset);
  }
  return copy;
}

/** Deterministic junk. */
function junk(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const rejectsWith = async (promise: Promise<unknown>, id: string) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).id).toBe(id);
  return error as ImportError;
};

const telegramChat = (messages: unknown[]) => ({ name: 'c', type: 'private_group', id: 1, messages });

describe('hostile zips', () => {
  it('caps what a zip may inflate to, before inflating anything, and says so', async () => {
    const bomb = zipSync({ 'result.json': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const error = await rejectsWith(
      readExport([{ path: 'export.zip', bytes: bomb }], { limits: { maxInflatedBytes: 10 * 1024 * 1024 } }),
      'zip.too-large',
    );
    expect(error.message).toMatch(
      /more than 10\.0 MB \(the limit that keeps a zip bomb from filling memory\)/,
    );
  });

  it('catches an entry that inflates past the size it declares (CRC-32), inflating no more than declared', async () => {
    const zip = zipSync({ 'result.json': strToU8(JSON.stringify(telegramChat([])) + ' '.repeat(5_000_000)) });
    const lying = patch(zip, 24, 22, 100, 4);
    const error = await rejectsWith(readExport([{ path: 'export.zip', bytes: lying }]), 'zip.damaged');
    expect(error.message).toContain('fails its CRC-32 check');
  });

  it('refuses entry names that leave the archive', async () => {
    for (const name of [
      '../../etc/result.json',
      '/etc/result.json',
      'C:/Windows/result.json',
      'a/../../result.json',
      'a\\..\\..\\result.json',
    ]) {
      const zip = zipSync({ [name]: strToU8('{}') });
      const error = await rejectsWith(readExport([{ path: 'x.zip', bytes: zip }]), 'zip.unsafe-path');
      expect(error.message).toContain('points outside the archive');
    }
  });

  it('says what is wrong with encrypted, unknown-method, truncated, overfull and junk zips', async () => {
    const zip = zipSync({ 'result.json': strToU8(JSON.stringify(telegramChat([]))) });
    await rejectsWith(readExport([{ path: 'x.zip', bytes: patch(zip, 8, 6, 1, 2) }]), 'zip.encrypted');
    await rejectsWith(readExport([{ path: 'x.zip', bytes: patch(zip, 10, 8, 12, 2) }]), 'zip.method');
    await rejectsWith(
      readExport([{ path: 'x.zip', bytes: zip.subarray(0, zip.length - 30) }]),
      'zip.damaged',
    );
    const many = zipSync(
      Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${i}.json`, strToU8('{}')])),
    );
    await rejectsWith(
      readExport([{ path: 'x.zip', bytes: many }], { limits: { maxZipEntries: 5 } }),
      'zip.too-many-entries',
    );
    await rejectsWith(readExport([{ path: 'x.zip', bytes: junk(10 * 1024 * 1024) }]), 'zip.damaged');
  });
});

describe('hostile JSON', () => {
  it('takes a forwarded Discord message with 300,000 embeds and attachments (no spread of an export array)', async () => {
    const many = 300_000;
    const forwarded = {
      guild: { id: '1', name: 'g' },
      channel: { id: '2', type: 'GuildTextChat', name: 'c' },
      messages: [
        {
          id: '3',
          type: 'Default',
          timestamp: '2023-01-01T00:00:00+00:00',
          author: { id: '4', name: 'a' },
          content: '',
          forwardedMessage: {
            content: 'fwd',
            embeds: Array.from({ length: many }, () => ({ title: 'e' })),
            attachments: Array.from({ length: many }, () => ({ fileName: 'f.txt' })),
          },
        },
      ],
    };
    const result = await importExport(filesOf({ 'c.json': JSON.stringify(forwarded) }), {
      from: 'discord',
      now: NOW,
    });
    expect(result.accounting.totals.source).toBe(1);
    expect(result.accounting.totals.split).toBe(1);
  }, 30_000);

  it('answers 10 MB of junk in place of each source’s main file with a clear error', async () => {
    const bytes = junk(10 * 1024 * 1024);
    for (const [from, path] of [
      ['telegram', 'result.json'],
      ['slack', 'users.json'],
      ['discord', 'c.json'],
      ['mattermost', 'import.jsonl'],
    ] as const) {
      const error = await rejectsWith(readExport([{ path, bytes }], { from }), 'json.syntax');
      expect(error.message).toMatch(
        new RegExp(`^${path.replace('.', '\\.')} is not valid JSON \\(line \\d+, column \\d+: `),
      );
    }
  });

  it('treats __proto__ and constructor as ordinary names and keys: nothing is polluted', async () => {
    const slack = {
      'users.json': [
        { id: '__proto__', name: 'proto', profile: { display_name: '__proto__' } },
        { id: 'constructor', name: 'c' },
      ],
      'channels.json': [
        { id: '__proto__', name: '__proto__' },
        { id: 'C2', name: 'constructor' },
      ],
      // an own "__proto__" key, as JSON.parse makes it (an object literal cannot say it)
      '__proto__/2021-01-01.json':
        '[{"type":"message","ts":"1609459200.000001","user":"__proto__","text":"<@constructor> <#__proto__>","__proto__":{"polluted":true}}]',
      'constructor/2021-01-01.json': [
        {
          type: 'message',
          ts: '1609459201.000001',
          user: 'constructor',
          text: 'hi',
          constructor: { prototype: { polluted: true } },
        },
      ],
    };
    const files = filesOf(slack);
    const result = await importExport(files, { now: NOW });
    expectSound(result, 2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.mapping.users.map((u) => u.source).sort()).toEqual(['__proto__', 'constructor']);
    expect(result.document.messages[0].MsgBody).toEqual([
      { MsgType: 'TIMTextElem', MsgContent: { Text: '@c #__proto__' } },
    ]);
    const mapping = JSON.parse(
      JSON.stringify(result.mapping).replace('"content":{', '"content":{"__proto__":{"service":"skip"},'),
    );
    const again = await importExport(files, { now: NOW, mapping });
    expect(again.mapping.content.service).toBe('text');
    expect(({} as Record<string, unknown>).service).toBeUndefined();
  });

  it('survives 100,000-deep nesting in a message and as a whole file', async () => {
    const deep = '['.repeat(100_000) + '"x"' + ']'.repeat(100_000);
    const chat = JSON.stringify(
      telegramChat([
        { id: 1, type: 'message', date_unixtime: '1600000000', from: 'a', from_id: 'user1', text: 'DEEP' },
      ]),
    );
    const result = await importExport(filesOf({ 'result.json': chat.replace('"DEEP"', deep) }), { now: NOW });
    expect(result.accounting.byReason).toEqual({ empty: 1 });
    const error = await rejectsWith(readExport(filesOf({ 'result.json': deep })), 'json.shape');
    expect(error.message).toContain('expected result.json written by Telegram Desktop');
  });

  it('keeps control characters and bidi overrides of names off the terminal', () => {
    expect(printable('evil\u001b[2J\u202ename')).toBe('evil\\u001b[2J\\u202ename');
  });

  it('refuses an export it cannot place, and says which source it expected', async () => {
    await rejectsWith(importExport([]), 'input.empty');
    await rejectsWith(importExport(filesOf({ 'notes.json': { a: 1 } })), 'input.unknown-source');
    await rejectsWith(
      importExport(filesOf({ 'notes.json': { a: 1 } }), { from: 'slack' }),
      'input.not-this-source',
    );
    await rejectsWith(importExport(filesOf({ 'result.json': [1, 2] }), { from: 'telegram' }), 'json.shape');
    await rejectsWith(
      importExport(filesOf({ 'users.json': { not: 'an array' } }), { from: 'slack' }),
      'json.shape',
    );
  });
});
