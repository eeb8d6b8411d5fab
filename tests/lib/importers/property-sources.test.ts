import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importExport, ImportError } from '../../../src/lib/importers';
import type { SourceKind } from '../../../src/lib/importers/types';
import { expectSound, filesOf, NOW } from './helpers';

/** Any text, short or (sometimes) over a small budget, with every kind of character. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('长', 'a', ' ', '👍🏽', '\n', '\ud800'),
      minLength: 200,
      maxLength: 500,
    }),
  },
);
const seconds = fc.integer({ min: 1_500_000_000, max: 1_700_000_000 });
const names = fc.constantFrom('ann', 'Bob', '李雷', '__proto__', 'constructor', '', 'Zoë');

const telegram = fc.array(
  fc.record(
    {
      id: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.string({ maxLength: 3 })),
      type: fc.constantFrom('message', 'message', 'service', 'unsupported', 'weird'),
      date_unixtime: fc.oneof(seconds.map(String), fc.string({ maxLength: 5 }), seconds),
      from: fc.oneof(names, fc.constant(null)),
      from_id: fc.oneof(
        names.map((n) => `user${n}`),
        fc.integer(),
      ),
      actor: names,
      action: fc.constantFrom('create_group', 'pin_message', 'invite_members', 'bogus_action'),
      members: fc.array(fc.oneof(names, fc.constant(null)), { maxLength: 3 }),
      text: fc.oneof(
        anyText,
        fc.array(
          fc.oneof(
            anyText,
            fc.record(
              {
                type: fc.constantFrom('link', 'text_link', 'mention_name', 'bold', 'x'),
                text: anyText,
                href: fc.webUrl(),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 4 },
        ),
      ),
      reply_to_message_id: fc.integer({ min: 1, max: 40 }),
      photo: fc.oneof(
        fc.constant('(File not included. Change data exporting settings to download.)'),
        fc.string({ maxLength: 20 }),
      ),
      width: fc.integer({ min: -5, max: 5000 }),
      height: fc.integer({ min: -5, max: 5000 }),
      file: fc.string({ maxLength: 20 }),
      media_type: fc.constantFrom('sticker', 'voice_message', 'video_file', 'animation'),
      location_information: fc.record({
        latitude: fc.double({ min: -200, max: 200, noNaN: true }),
        longitude: fc.double({ min: -400, max: 400, noNaN: true }),
      }),
      poll: fc.record({ question: anyText, answers: fc.array(fc.record({ text: anyText })) }),
      forwarded_from: fc.oneof(names, fc.constant(null)),
    },
    { requiredKeys: ['id', 'type'] },
  ),
  { maxLength: 25 },
);

const slackMessage = fc.record(
  {
    type: fc.constantFrom('message', 'message', 'event'),
    subtype: fc.constantFrom(
      'channel_join',
      'bot_message',
      'tombstone',
      'thread_broadcast',
      'message_changed',
      'file_share',
    ),
    ts: fc.oneof(
      fc
        .tuple(seconds, fc.integer({ min: 0, max: 999_999 }))
        .map(([s, u]) => `${s}.${String(u).padStart(6, '0')}`),
      fc.string({ maxLength: 4 }),
    ),
    thread_ts: fc.constantFrom('1600000000.000100', '1600000000.000200', 'bogus'),
    user: fc.constantFrom('U1', 'U2', 'U404', '__proto__'),
    bot_id: fc.constantFrom('B1', 'B2'),
    username: names,
    text: fc.oneof(
      anyText,
      fc.constantFrom('<@U1> <#C1|x> <!here> <https://a.example|a> &amp;&lt;', '<unclosed', '<@>'),
    ),
    edited: fc.record({ user: fc.constant('U1'), ts: fc.constant('1') }),
    files: fc.array(
      fc.record(
        {
          name: names,
          mimetype: fc.constantFrom('image/png', 'text/plain', 'audio/mp4'),
          url_private: fc.webUrl(),
          original_w: fc.integer({ min: -1, max: 999 }),
          original_h: fc.integer({ min: 0, max: 999 }),
          size: fc.integer(),
          mode: fc.constantFrom('hosted', 'tombstone', 'hidden_by_limit'),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    attachments: fc.array(
      fc.record({ fallback: anyText, title: anyText, title_link: fc.webUrl() }, { requiredKeys: [] }),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['ts'] },
);

const discordMessage = fc.record(
  {
    id: fc.bigInt({ min: 1n, max: 2n ** 63n }).map(String),
    type: fc.constantFrom('Default', 'Reply', 'GuildMemberJoin', '20', '7', 'Whatever'),
    timestamp: fc.oneof(
      fc
        .tuple(
          fc.date({ min: new Date('2016-01-01'), max: new Date('2023-12-31'), noInvalidDate: true }),
          fc.integer({ min: -12, max: 14 }),
        )
        .map(([d, h]) => {
          const local = new Date(d.getTime() + h * 3600_000)
            .toISOString()
            .replace('Z', '')
            .replace(/0+$/, '')
            .replace(/\.$/, '');
          return `${local}${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`;
        }),
      fc.string({ maxLength: 10 }),
    ),
    content: anyText,
    author: fc.record(
      { id: fc.constantFrom('1', '2', '3'), name: names, nickname: names, isBot: fc.boolean() },
      { requiredKeys: [] },
    ),
    attachments: fc.array(
      fc.record(
        { url: fc.oneof(fc.webUrl(), fc.string()), fileName: names, fileSizeBytes: fc.integer() },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    stickers: fc.array(fc.record({ name: names, sourceUrl: fc.webUrl() }), { maxLength: 1 }),
    reference: fc.record(
      {
        messageId: fc.string({ maxLength: 3 }),
        channelId: fc.constantFrom('10', '11'),
        type: fc.constantFrom('Default', 'Forward'),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['id', 'timestamp'] },
);

const mattermostPost = fc.record(
  {
    team: fc.constantFrom('t'),
    channel: fc.constantFrom('a', 'b', '__proto__'),
    user: names,
    type: fc.constantFrom('', 'system_join_channel', 'custom_x'),
    message: anyText,
    create_at: fc.oneof(
      fc.integer({ min: 1_500_000_000_000, max: 1_700_000_000_000 }),
      fc.string({ maxLength: 3 }),
    ),
    replies: fc.array(
      fc.record(
        {
          user: names,
          message: anyText,
          create_at: fc.integer({ min: 1_500_000_000_000, max: 1_700_000_000_000 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    attachments: fc.array(fc.record({ path: fc.string({ maxLength: 20 }) }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const exports_: fc.Arbitrary<{ from: SourceKind; files: Record<string, unknown>; count: number }> = fc.oneof(
  telegram.map((messages) => ({
    from: 'telegram' as const,
    files: { 'result.json': { name: 'c', type: 'private_group', id: 5, messages } },
    count: new Set(messages.map((m) => String(m.id))).size,
  })),
  fc.array(fc.array(slackMessage, { maxLength: 8 }), { minLength: 1, maxLength: 3 }).map((days) => ({
    from: 'slack' as const,
    files: Object.fromEntries([
      [
        'users.json',
        [
          { id: 'U1', name: 'one' },
          { id: 'U2', name: '李雷', deleted: true },
        ],
      ],
      ['channels.json', [{ id: 'C1', name: 'general' }]],
      ...days.map((day, i) => [`${i === 2 ? 'stray' : 'general'}/2020-01-0${i + 1}.json`, day]),
    ]),
    count: days.reduce((n, d) => n + d.length, 0),
  })),
  fc.array(discordMessage, { maxLength: 20 }).map((messages) => ({
    from: 'discord' as const,
    files: {
      'c.json': {
        guild: { id: '1', name: 'g' },
        channel: { id: '10', type: 'GuildTextChat', name: 'général' },
        messages,
      },
    },
    count: new Set(messages.map((m) => m.id)).size,
  })),
  fc.array(mattermostPost, { maxLength: 12 }).map((posts) => ({
    from: 'mattermost' as const,
    files: {
      'import.jsonl': [{ type: 'version', version: 1 }, ...posts.map((post) => ({ type: 'post', post }))]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    },
    count: posts.reduce((n, p) => n + 1 + (p.replies?.length ?? 0), 0),
  })),
);

describe('any generated export', () => {
  it('converts without throwing; the books balance; times ascend; every chunk of 7 passes the validator', async () => {
    await fc.assert(
      fc.asyncProperty(
        exports_,
        fc.constantFrom(256, 1000, 8000),
        fc.boolean(),
        async ({ from, files, count }, budget, replyPrefix) => {
          const result = await importExport(filesOf(files), {
            from,
            now: NOW,
            overrides: { maxMessageBytes: budget, replyPrefix, mediaBaseUrl: 'https://m.example/' },
          });
          expectSound(result, count, budget);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('any JSON at all in place of the export gives a result or an ImportError, never another failure', async () => {
    const places: [SourceKind, string][] = [
      ['telegram', 'result.json'],
      ['slack', 'users.json'],
      ['slack', 'general/2020-01-01.json'],
      ['discord', 'c.json'],
      ['mattermost', 'import.jsonl'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue({ maxDepth: 6 }),
        fc.constantFrom(...places),
        async (value, [from, path]) => {
          const files = filesOf({
            [path]: JSON.stringify(value),
            ...(path.includes('/') ? { 'channels.json': '[]' } : {}),
          });
          await importExport(files, { from, now: NOW }).then(
            (result) => expect(result.accounting.totals.source).toBe(result.accounting.outcomes.length),
            (error: unknown) => expect(error).toBeInstanceOf(ImportError),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
