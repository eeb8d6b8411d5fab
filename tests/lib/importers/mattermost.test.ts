import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../src/lib/importers';
import { MATTERMOST_JSONL, MATTERMOST_MESSAGE_COUNT } from './fixtures/mattermost';
import { expectSound, filesOf, NOW, outcomeOf, textOf } from './helpers';

const run = (
  options: Parameters<typeof importExport>[1] = {},
  files = filesOf({ 'import.jsonl': MATTERMOST_JSONL }),
) => importExport(files, { now: NOW, ...options });

describe('Mattermost bulk export', () => {
  it('converts every post and reply, and every chunk of 7 passes the validator', async () => {
    const result = await run();
    expect(result.source).toBe('mattermost');
    expectSound(result, MATTERMOST_MESSAGE_COUNT);
    expect(result.document.groups?.map((g) => g.Name)).toEqual([
      'Town Square',
      'Développement',
      'alice, bob',
      'alice, bob, carol',
    ]);
  });

  it('orders posts written in id order by create_at (milliseconds), replies in time order', async () => {
    const result = await run();
    const town = result.document.messages.filter((m) => String(m.GroupId).includes('Town_Square'));
    expect(town.map((m) => m.SourceId)).toEqual(['L9', 'L8', 'L7', 'L8/r1', 'L8/r2']);
    expect(town.map((m) => m.SendTime)).toEqual([1700000000, 1700000001, 1700000002, 1700000003, 1700000004]);
    expect(result.accounting.adjustments).toContainEqual(
      expect.objectContaining({ sourceId: 'L8/r2', sourceTime: 1700000003, sendTime: 1700000004 }),
    );
  });

  it('keeps milliseconds apart in one second in source order, moving the later one a second on', async () => {
    const result = await run();
    const dev = result.document.messages.filter((m) => ['L10', 'L11'].includes(m.SourceId as string));
    expect(dev.map((m) => [m.SourceId, m.SendTime])).toEqual([
      ['L10', 1700000010],
      ['L11', 1700000011],
    ]);
    expect(outcomeOf(result, 'L12')).toMatchObject({ outcome: 'skipped', reason: 'time-missing' });
  });

  it('prefixes replies with their root, and uses the integration text when a post has no message', async () => {
    const result = await run();
    expect(textOf(result, 'L8/r1')).toEqual([
      '↪ reply to Alice Ångström: first post, with a **thread** and @bob\nreply one',
    ]);
    expect(textOf(result, 'L10')).toEqual(['CI\nall green']);
  });

  it('names attachments by their export path, or makes them elements under a media base URL', async () => {
    const result = await run();
    expect(textOf(result, 'L8')[0]).toBe(
      'first post, with a **thread** and @bob\n[image diagram.png] data/20231114/teams/t1/channels/c1/users/u1/f1/diagram.png',
    );
    const based = await run({ overrides: { mediaBaseUrl: 'https://files.example.com/mm/' } });
    const body = based.document.messages.find((m) => m.SourceId === 'L8')?.MsgBody as {
      MsgType: string;
      MsgContent: { Url?: string };
    }[];
    expect(body[1]).toMatchObject({
      MsgType: 'TIMFileElem',
      MsgContent: {
        Url: 'https://files.example.com/mm/data/20231114/teams/t1/channels/c1/users/u1/f1/diagram.png',
      },
    });
  });

  it('gives deleted and unlisted users accounts, and direct channels a group each', async () => {
    const result = await run();
    expect(result.mapping.users.map((u) => [u.source, u.Nick]).sort()).toEqual([
      ['alice', 'Alice Ångström'],
      ['bob', 'Bobby'],
      ['carol', 'carol'],
    ]);
    expect(result.mapping.groups.find((g) => g.source === 'dm:alice,bob,carol')?.Type).toBe('Private');
  });

  it('skips the system post when chosen', async () => {
    const result = await run({ overrides: { service: 'skip' } });
    expect(outcomeOf(result, 'L9')).toMatchObject({ outcome: 'skipped', reason: 'service-skipped' });
  });

  it('reads import.jsonl from the export zip without inflating its data/ files', async () => {
    const zip = zipSync({
      'import.jsonl': strToU8(MATTERMOST_JSONL),
      'data/20231114/teams/t1/channels/c1/users/u1/f1/diagram.png': new Uint8Array(1000),
    });
    const zipped = await run({}, [{ path: 'mattermost_export.zip', bytes: zip }]);
    expect(zipped.document).toEqual((await run()).document);
  });

  it('notes a file without the version line, and names the line of a broken one', async () => {
    const noVersion = await run(
      {},
      filesOf({ 'import.jsonl': MATTERMOST_JSONL.slice(MATTERMOST_JSONL.indexOf('\n') + 1) }),
    );
    expect(noVersion.notices.map((n) => n.id)).toContain('notice.mattermost-no-version');
    const broken = MATTERMOST_JSONL.replace('"second post"', '"second post');
    await expect(run({}, filesOf({ 'import.jsonl': broken }))).rejects.toThrow(
      /import\.jsonl is not valid JSON \(line 7, column/,
    );
  });
});
