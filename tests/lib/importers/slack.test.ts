import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/lib/importers';
import { renderSlack } from '../../../src/lib/importers/sources/slack';
import { SLACK_EXPORT, SLACK_LONG_TEXT, SLACK_MESSAGE_COUNT } from './fixtures/slack';
import { expectSound, filesOf, NOW, outcomeOf, textOf } from './helpers';

const T = (n: number) => (1614556800 + n).toString();
const run = (options: Parameters<typeof importExport>[1] = {}, files = filesOf(SLACK_EXPORT)) =>
  importExport(files, { now: NOW, ...options });

describe('Slack workspace export', () => {
  it('converts every conversation, and every chunk of 7 passes the validator', async () => {
    const result = await run();
    expect(result.source).toBe('slack');
    expectSound(result, SLACK_MESSAGE_COUNT);
    expect(result.document.groups?.map((g) => g.Name).sort()).toEqual(
      ['D01AB', 'general', 'mpdm-alice--bob--li-1', 'orphan', 'secret-plans'].sort(),
    );
  });

  it('renders mentions by name and links as "label (url)", with entities decoded', async () => {
    const result = await run();
    expect(textOf(result, `C01GEN/${T(60)}.000200`)).toEqual([
      'Hey @Bob Deleted, read the spec (https://example.com/a?b=1&c=2) & #random @here https://plain.example.com x@example.com @devs',
    ]);
    expect(textOf(result, `C01GEN/${T(480)}.000800`)).toEqual(['a < b <tag> <unclosed']);
  });

  it('places thread replies in time order by microseconds, with the reply prefix', async () => {
    const result = await run();
    const thread = result.document.messages.filter((m) =>
      [`C01GEN/${T(120)}.123456`, `C01GEN/${T(120)}.654321`].includes(m.SourceId as string),
    );
    expect(thread.map((m) => m.SourceId)).toEqual([`C01GEN/${T(120)}.123456`, `C01GEN/${T(120)}.654321`]);
    expect(thread.map((m) => m.SendTime)).toEqual([Number(T(120)), Number(T(121))]);
    expect(textOf(result, `C01GEN/${T(120)}.123456`)[0]).toBe(
      '↪ reply to alice.å: Hey @Bob Deleted, read the spec (https://example.c…\non it',
    );
  });

  it('skips a deleted thread parent (tombstone) and says its replies answer a deleted message', async () => {
    const result = await run();
    expect(outcomeOf(result, `C01GEN/${T(360)}.000600`)).toMatchObject({
      outcome: 'skipped',
      reason: 'deleted-tombstone',
    });
    expect(textOf(result, `C01GEN/${T(420)}.000700`)).toEqual([
      '↪ reply to a deleted message\nreplying to a deleted message',
    ]);
  });

  it('gives a legacy bot and a person from another workspace their own accounts', async () => {
    const result = await run();
    const bot = result.mapping.users.find((u) => u.source === 'bot:B01BOT');
    expect(bot?.Nick).toBe('deploy-bot');
    expect(textOf(result, `C01GEN/${T(180)}.000300`)).toEqual([
      '▌Deploy (https://ci.example.com/1)\nv1.2 is live',
    ]);
    const eve = result.mapping.users.find((u) => u.source === 'U99EXT');
    expect(eve).toMatchObject({ Nick: 'eve' });
    expect(result.accounts.accounts.map((a) => a.UserID)).toEqual(
      expect.arrayContaining([bot?.From_Account, eve?.From_Account]),
    );
  });

  it('derives valid, readable ids: non-Latin names fall back to the source id', async () => {
    const result = await run();
    const li = result.mapping.users.find((u) => u.source === 'U03LI');
    expect(li?.From_Account).toMatch(/^U03LI_[0-9a-z]{7}$/);
    for (const u of result.mapping.users)
      expect(new TextEncoder().encode(u.From_Account).length).toBeLessThanOrEqual(32);
    for (const g of result.mapping.groups) expect(g.GroupId).toMatch(/^slack_[A-Za-z0-9_]{1,42}$/);
  });

  it('makes files elements (image with its size, file) and names a deleted file; warns that Slack URLs need a token', async () => {
    const result = await run();
    const body = result.document.messages.find((m) => m.SourceId === `C01GEN/${T(300)}.000500`)?.MsgBody as {
      MsgType: string;
    }[];
    expect(body.map((e) => e.MsgType)).toEqual(['TIMTextElem', 'TIMImageElem', 'TIMFileElem']);
    expect(textOf(result, `C01GEN/${T(300)}.000500`)).toEqual(['screenshot\n[file: deleted in the source]']);
    expect(result.notices.map((n) => n.id)).toContain('notice.slack-private-urls');
    const asText = await run({ overrides: { attachments: 'text' } });
    expect(textOf(asText, `C01GEN/${T(300)}.000500`)[0]).toContain(
      '[image shot.png, 20.0 KB] https://files.slack.com/files-pri/T1-F01/shot.png',
    );
  });

  it('splits a 10,000-byte message and imports the final text of an edited one', async () => {
    const result = await run();
    expect(outcomeOf(result, `C01GEN/${T(540)}.000900`)?.outcome).toBe('split');
    expect(textOf(result, `C01GEN/${T(540)}.000900`).join('')).toBe(SLACK_LONG_TEXT);
    const marked = await run({ overrides: { markEdited: true } });
    expect(textOf(marked, `C01GEN/${T(60)}.000200`)[0]).toMatch(/@devs \(edited\)$/);
  });

  it('notes a folder that no list names, and imports it under its folder name', async () => {
    const result = await run();
    expect(result.notices).toContainEqual({ id: 'notice.unknown-folder', params: { folder: 'orphan' } });
  });

  it('reads the same export from a zip (nested in a folder) as from the folder', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (const [path, value] of Object.entries(SLACK_EXPORT))
      entries[`Acme Slack export/${path}`] = strToU8(JSON.stringify(value));
    const zipped = await run({}, [{ path: 'Acme Slack export Mar 1 2021.zip', bytes: zipSync(entries) }]);
    const folder = await run();
    expect(zipped.document).toEqual(folder.document);
  });
});

describe('renderSlack', () => {
  const names = { user: (id: string) => (id === 'U1' ? 'Ann' : undefined), channel: () => undefined };
  it('keeps unknown ids readable and never loses text', () => {
    expect(renderSlack('<@U1> <@U404> <#C9> <!channel> <!date^1392734382^{date}|Feb 18>', names)).toBe(
      '@Ann @U404 #C9 @channel Feb 18',
    );
    expect(renderSlack('plain', names)).toBe('plain');
  });
});
