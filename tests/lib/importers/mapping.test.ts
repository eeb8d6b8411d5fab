import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/importers';
import { packBodies, planImport } from '../../../src/lib/importers/convert';
import {
  accountsFor,
  applyMapping,
  defaultMapping,
  mappingProblems,
} from '../../../src/lib/importers/mapping';
import type { SourceExport, SourceMessage } from '../../../src/lib/importers/types';
import { messageByteSize } from '../../../src/lib/api';
import { expectSound, NOW } from './helpers';

const message = (n: number, extra: Partial<SourceMessage> = {}): SourceMessage => ({
  id: `m${n}`,
  channelId: 'c1',
  timeUs: (1_600_000_000 + n) * 1e6,
  tie: n,
  userId: 'u1',
  service: false,
  text: `message ${n}`,
  parts: [],
  edited: false,
  ...extra,
});

const exp = (messages: SourceMessage[] = [message(1), message(2)]): SourceExport => ({
  source: 'discord',
  channels: [
    { id: 'c1', name: 'general', kind: 'public' },
    { id: 't1', name: 'a thread', kind: 'thread', parentId: 'c1', parentName: 'general' },
    { id: 'd1', name: 'ann, bob', kind: 'direct' },
  ],
  users: [{ id: 'u1', name: 'Ann', listed: true }],
  messages,
  notices: [],
});

const problem = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
};

describe('default mapping', () => {
  it('sends a thread to its parent channel’s group; public channels Public, direct ones Private', () => {
    const m = defaultMapping(exp());
    const byId = Object.fromEntries(m.groups.map((g) => [g.source, g]));
    expect(byId.t1.GroupId).toBe(byId.c1.GroupId);
    expect(byId.d1.GroupId).not.toBe(byId.c1.GroupId);
    expect([byId.c1.Type, byId.d1.Type]).toEqual(['Public', 'Private']);
    expect(m.users).toEqual([
      { source: 'u1', name: 'Ann', From_Account: expect.stringMatching(/^Ann_[0-9a-z]{7}$/), Nick: 'Ann' },
    ]);
    expect(mappingProblems(m)).toEqual([]);
  });

  it('is the same for the same export, whatever the order of its channels', () => {
    const a = defaultMapping(exp());
    const reordered = { ...exp(), channels: [...exp().channels].reverse() };
    const b = defaultMapping(reordered);
    expect(new Map(b.groups.map((g) => [g.source, g.GroupId]))).toEqual(
      new Map(a.groups.map((g) => [g.source, g.GroupId])),
    );
  });
});

describe('applyMapping', () => {
  it('applies what the edited mapping names and keeps defaults for the rest', () => {
    const m = applyMapping(
      {
        version: 1,
        source: 'discord',
        groups: [
          { source: 'd1', GroupId: 'dm-ann-bob', include: false },
          { source: 'gone', GroupId: 'x' },
        ],
        users: [{ source: 'u1', From_Account: 'ann', Nick: 'Ann B.' }],
        content: { service: 'skip', maxMessageBytes: 12000 },
      },
      exp(),
    );
    expect(m.groups.find((g) => g.source === 'd1')).toMatchObject({ GroupId: 'dm-ann-bob', include: false });
    expect(m.groups.some((g) => g.source === 'gone')).toBe(false);
    expect(m.users[0]).toMatchObject({ From_Account: 'ann', Nick: 'Ann B.' });
    expect(m.content).toMatchObject({ service: 'skip', maxMessageBytes: 12000, attachments: 'elements' });
  });

  it('says what is wrong with a mapping of the wrong shape', () => {
    expect(problem(() => applyMapping([], exp()))).toMatch(/must be a JSON object/);
    expect(problem(() => applyMapping({ version: 2 }, exp()))).toMatch(/only version 1 exists/);
    expect(problem(() => applyMapping({ source: 'slack' }, exp()))).toMatch(
      /for a slack export, but this export is from discord/,
    );
    expect(problem(() => applyMapping({ groups: [1] }, exp()))).toMatch(/groups\[\] must be objects/);
    expect(problem(() => applyMapping({ groups: [{ source: 'c1', Type: 'Huge' }] }, exp()))).toMatch(
      /Type of c1 must be Private, Work/,
    );
    expect(problem(() => applyMapping({ content: { service: 'maybe' } }, exp()))).toMatch(
      /content\.service must be "text" or "skip"/,
    );
    expect(problem(() => applyMapping({ content: { maxMessageBytes: 10 } }, exp()))).toMatch(
      /content\.maxMessageBytes must be an integer of at least 256/,
    );
    expect(problem(() => applyMapping({ content: { replyPrefix: 'yes' } }, exp()))).toMatch(
      /content\.replyPrefix must be true or false/,
    );
  });

  it('refuses GroupIds and accounts the service would refuse', () => {
    const ids: [string, RegExp][] = [
      ['', /GroupId is empty/],
      ['x'.repeat(49), /49 bytes; at most 48/],
      ['café', /printable ASCII/],
      ['@TGS#2abc', /must not start so/],
    ];
    for (const [GroupId, why] of ids)
      expect(problem(() => applyMapping({ groups: [{ source: 'c1', GroupId }] }, exp()))).toMatch(why);
    expect(problem(() => applyMapping({ groups: [{ source: 'c1', Type: 'AVChatRoom' }] }, exp()))).toMatch(
      /AVChatRoom groups cannot import/,
    );
    expect(problem(() => applyMapping({ users: [{ source: 'u1', From_Account: '' }] }, exp()))).toMatch(
      /From_Account is empty/,
    );
    expect(
      problem(() => applyMapping({ users: [{ source: 'u1', From_Account: '用户'.repeat(6) }] }, exp())),
    ).toMatch(/36 bytes; UserIDs are at most 32/);
  });
});

describe('planImport', () => {
  it('creates each group one second before its first message unless given, and skips what the given time precedes', () => {
    const auto = planImport(exp(), defaultMapping(exp()), { now: NOW });
    expect(auto.document.groups?.[0].CreateTime).toBe(1_600_000_000);
    const given = applyMapping({ groups: [{ source: 'c1', CreateTime: 1_600_000_001 }] }, exp());
    const late = planImport(exp(), given, { now: NOW });
    expect(late.accounting.outcomes[0]).toMatchObject({
      outcome: 'skipped',
      reason: 'before-group-creation',
    });
    expect(late.notices.map((n) => n.id)).toContain('notice.create-time-late');
    expectSound(late, 2);
  });

  it('skips messages at or after now, and a burst that would be moved into the future', () => {
    const messages = [
      message(1),
      message(2, { timeUs: NOW * 1e6 }),
      message(3, { timeUs: (NOW - 1) * 1e6 }),
      message(4, { timeUs: (NOW - 1) * 1e6 }),
    ];
    const result = planImport(exp(messages), defaultMapping(exp(messages)), { now: NOW });
    expect(result.accounting.outcomes.map((o) => (o.outcome === 'skipped' ? o.reason : o.outcome))).toEqual([
      'planned',
      'time-future',
      'planned',
      'time-future',
    ]);
    expectSound(result, 4);
  });

  it('merges channels sent to one group in time order, and says so', () => {
    const messages = [message(1), message(3), message(2, { channelId: 'd1' })];
    const mapping = applyMapping(
      { groups: [{ source: 'd1', GroupId: defaultMapping(exp()).groups[0].GroupId }] },
      exp(messages),
    );
    const result = planImport(exp(messages), mapping, { now: NOW });
    expect(result.document.messages.map((m) => m.SourceId)).toEqual(['m1', 'm2', 'm3']);
    expect(result.notices.map((n) => n.id)).toContain('notice.duplicate-group');
  });
});

describe('packBodies', () => {
  const image = {
    MsgType: 'TIMImageElem',
    MsgContent: {
      UUID: 'u',
      ImageInfoArray: [{ Type: 1, Width: 1, Height: 1, URL: 'https://x/' + 'p'.repeat(200) }],
    },
  };
  it('keeps text and elements together when they fit, else parts within the budget', () => {
    expect(packBodies('hi', [image], 8000)).toHaveLength(1);
    const parts = packBodies('t'.repeat(300), [image, image], 300);
    for (const body of parts) expect(messageByteSize({ MsgBody: body })).toBeLessThanOrEqual(300);
    expect(parts.flat().filter((e) => e.MsgType === 'TIMImageElem')).toHaveLength(2);
  });
  it('turns an element larger than the budget into its line, so nothing is lost', () => {
    const parts = packBodies('', [image], 100);
    expect(parts.flat().every((e) => e.MsgType === 'TIMTextElem')).toBe(true);
    expect(parts.map((b) => (b[0].MsgContent as { Text: string }).Text).join('')).toContain('https://x/ppp');
  });
});

describe('accountsFor', () => {
  it('lists each used account once, sorted, in multiaccount_import batches of 100', () => {
    const mapping = defaultMapping(exp());
    const used = new Set(Array.from({ length: 250 }, (_, i) => `user${String(i).padStart(3, '0')}`));
    const file = accountsFor(mapping, used);
    expect(file.accounts).toHaveLength(250);
    expect(file.multiaccount_import.map((b) => b.Accounts.length)).toEqual([100, 100, 50]);
    expect(accountsFor(mapping, new Set([mapping.placeholderAccount])).accounts).toEqual([
      { UserID: 'deleted_account', Nick: 'Unknown sender' },
    ]);
  });
});
