import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/lib/importers';
import { microsFromIso } from '../../../src/lib/importers/sources/common';
import { renderDiscord } from '../../../src/lib/importers/sources/discord';
import {
  DISCORD_CHANNEL,
  DISCORD_MESSAGE_COUNT,
  DISCORD_PART_2,
  DISCORD_THREAD,
  id,
} from './fixtures/discord';
import { expectSound, filesOf, NOW, outcomeOf, textOf } from './helpers';

const files = () =>
  filesOf({
    'Guild ✨ - Text - général [1000000000000000001].json': DISCORD_CHANNEL,
    'Guild ✨ - Text - général [1000000000000000001] [part 2].json': DISCORD_PART_2,
    'Guild ✨ - général - Thread about stuff [1000000000000000009].json': DISCORD_THREAD,
  });
const run = (options: Parameters<typeof importExport>[1] = {}) =>
  importExport(files(), { now: NOW, ...options });

describe('DiscordChatExporter JSON', () => {
  it('converts every message of every file once, and every chunk of 7 passes the validator', async () => {
    const result = await run();
    expect(result.source).toBe('discord');
    expectSound(result, DISCORD_MESSAGE_COUNT);
  });

  it('orders a reversed export by time with offsets and trimmed fractions, across summer time', async () => {
    const result = await run();
    const order = result.document.messages.map((m) => m.SourceId);
    expect(order.indexOf(id(2))).toBeLessThan(order.indexOf(id(3)));
    const time = (n: number) => result.document.messages.find((m) => m.SourceId === id(n))?.SendTime;
    expect(time(2)).toBe(1679792399); // 01:59:59.9+01:00
    expect(time(3)).toBe(1679792400); // 03:00:00.0123456+02:00, 0.11 s later
    expect(time(5)).toBe(1679792405); // 01:00:05+00:00
  });

  it('puts a thread exported as its own file into its parent channel’s group, in time order', async () => {
    const result = await run();
    const thread = result.document.messages.find((m) => m.SourceId === id(20));
    const parent = result.document.messages.find((m) => m.SourceId === id(2));
    expect(thread?.GroupId).toBe(parent?.GroupId);
    expect(result.document.groups).toHaveLength(1);
    expect(result.notices.map((n) => n.id)).not.toContain('notice.duplicate-group');
  });

  it('keeps system messages with their fallback text, numbered kinds as ordinary messages', async () => {
    const result = await run();
    expect(textOf(result, id(1))).toEqual(['Joined the server.']);
    expect(textOf(result, id(4))).toEqual(['🎲 4']);
    const skipped = await run({ overrides: { service: 'skip' } });
    expect(outcomeOf(skipped, id(1))).toMatchObject({ outcome: 'skipped', reason: 'service-skipped' });
    expect(outcomeOf(skipped, id(8))).toMatchObject({ outcome: 'skipped', reason: 'service-skipped' });
    expect(outcomeOf(skipped, id(4))?.outcome).toBe('planned');
  });

  it('prefixes replies, and names the source of a forward', async () => {
    const result = await run();
    expect(textOf(result, id(3))).toEqual(['↪ reply to Zoë: Hello @Bob and #général 🙂\nYes!']);
    expect(textOf(result, id(12))).toEqual(['Forwarded from Unknown sender:\nforwarded content']);
  });

  it('makes attachments file elements (no sizes to make an image), relative media URLs lines unless a base is given', async () => {
    const result = await run();
    const body = result.document.messages.find((m) => m.SourceId === id(5))?.MsgBody as {
      MsgType: string;
      MsgContent: Record<string, unknown>;
    }[];
    expect(body.map((e) => e.MsgType)).toEqual(['TIMTextElem', 'TIMFileElem']);
    expect(body[1].MsgContent).toMatchObject({
      Url: 'https://cdn.discordapp.com/attachments/1/6/photo.png',
      FileName: 'photo.png',
      FileSize: 123456,
      Download_Flag: 2,
    });
    expect(textOf(result, id(5))).toEqual(['[file report.pdf, 999 B] général.json_Files/report-1A2B.pdf']);
    const based = await run({ overrides: { mediaBaseUrl: 'https://files.example.com/dce' } });
    const files = (
      based.document.messages.find((m) => m.SourceId === id(5))?.MsgBody as { MsgContent: { Url?: string } }[]
    ).map((e) => e.MsgContent.Url);
    expect(files).toEqual([
      'https://cdn.discordapp.com/attachments/1/6/photo.png',
      'https://files.example.com/dce/g%C3%A9n%C3%A9ral.json_Files/report-1A2B.pdf',
    ]);
  });

  it('renders stickers, embeds and raw markup readably', async () => {
    const result = await run();
    expect(textOf(result, id(6))).toEqual(['[sticker wave]']);
    expect(textOf(result, id(7))).toEqual([
      'https://youtube.com/watch?v=x\n▌Video (https://youtube.com/watch?v=x)\nA video\nViews: 10',
    ]);
    expect(textOf(result, id(9))).toEqual(['hi @Bob in #général :blob: 2023-03-26T01:00:00.000Z']);
  });

  it('skips an unreadable time and an empty message, with their reasons', async () => {
    const result = await run();
    expect(outcomeOf(result, id(10))).toMatchObject({ outcome: 'skipped', reason: 'time-invalid' });
    expect(outcomeOf(result, id(13))).toMatchObject({ outcome: 'skipped', reason: 'empty' });
  });

  it('refuses a JSON file that DiscordChatExporter did not write, saying what it expected', async () => {
    await expect(importExport(filesOf({ 'x.json': { hello: 1 } }), { from: 'discord' })).rejects.toThrow(
      /DiscordChatExporter JSON export/,
    );
  });
});

describe('microsFromIso', () => {
  it('reads every fraction length and offset form, and refuses a time without an offset', () => {
    expect(microsFromIso('2021-07-19T20:49:41+00:00')).toBe(1626727781_000000);
    expect(microsFromIso('2021-07-19T20:49:41.1+00:00')).toBe(1626727781_100000);
    expect(microsFromIso('2021-07-19T22:49:41.1234567+02:00')).toBe(1626727781_123456);
    expect(microsFromIso('2021-07-19T15:49:41.187-05:00')).toBe(1626727781_187000);
    expect(microsFromIso('2021-07-19T20:49:41Z')).toBe(1626727781_000000);
    expect(microsFromIso('2021-07-19T20:49:41')).toBeNaN();
    expect(microsFromIso('2021-13-19T20:49:41Z')).toBeNaN();
  });
});

describe('renderDiscord', () => {
  it('leaves text without markup alone and unknown ids readable', () => {
    expect(renderDiscord('no markup', new Map(), new Map())).toBe('no markup');
    expect(renderDiscord('<@!5> <@&6> <#7> <a:dance:8>', new Map(), new Map())).toBe(
      '@Unknown @role #deleted-channel :dance:',
    );
  });
});
