import { describe, expect, it } from 'vitest';
import { besideOutput, runImportCommand, type ImportIo } from '../../../src/lib/importers/cli';
import type { BatchDocument } from '../../../src/lib/batch/types';
import type { ImportMapping } from '../../../src/lib/importers/types';
import { SLACK_EXPORT } from './fixtures/slack';
import { TELEGRAM_RESULT_JSON } from './fixtures/telegram';
import { NOW } from './helpers';

/** An in-memory file system and console. */
function memoryIo(files: Record<string, string | Uint8Array> = {}) {
  const fs = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const [path, value] of Object.entries(files))
    fs.set(path, typeof value === 'string' ? encoder.encode(value) : value);
  const out = { stdout: '', stderr: '' };
  const io: ImportIo = {
    async readFile(path) {
      const bytes = fs.get(path);
      if (!bytes) throw new Error(`ENOENT: no such file, open '${path}'`);
      return bytes;
    },
    async writeFile(path, data) {
      fs.set(path, encoder.encode(typeof data === 'string' ? data : [...data].join('')));
    },
    async listDirectory(path) {
      const prefix = `${path.replace(/\/+$/, '')}/`;
      const under = [...fs.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
      return under.length > 0 ? under : undefined;
    },
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
  };
  const read = (path: string) => JSON.parse(new TextDecoder().decode(fs.get(path)));
  return { io, out, fs, read };
}

const telegram = () => memoryIo({ 'exports/tg/result.json': TELEGRAM_RESULT_JSON });

describe('runImportCommand', () => {
  it('writes the input, the mapping, the accounts and the accounting beside it, and prints the summary', async () => {
    const { io, out, read } = telegram();
    const code = await runImportCommand(
      [
        'import',
        'exports/tg/result.json',
        '--from',
        'telegram',
        '--out',
        'work/input.json',
        '--now',
        String(NOW),
      ],
      io,
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const doc = read('work/input.json') as BatchDocument;
    expect(doc.messages.length).toBeGreaterThan(10);
    expect(doc.messages.every((m) => typeof m.SourceId === 'string' && typeof m.GroupId === 'string')).toBe(
      true,
    );
    expect((read('work/input.mapping.json') as ImportMapping).source).toBe('telegram');
    const accounts = read('work/input.accounts.json');
    expect(accounts.multiaccount_import[0].Accounts).toEqual(
      accounts.accounts.map((a: { UserID: string }) => a.UserID),
    );
    const accounting = read('work/input.accounting.json');
    expect(accounting.outcomes).toHaveLength(17);
    expect(accounting.totals.messages).toBe(doc.messages.length);
    expect(out.stdout).toMatch(/^telegram: 17 source messages in 1 channel → 15 messages for 1 group\n/);
    expect(out.stdout).toContain('Skipped, by reason:\n  unsupported: 1');
    expect(out.stdout).toContain('3 accounts must exist before the import');
  });

  it('reads an export folder and detects its source', async () => {
    const files: Record<string, string> = {};
    for (const [path, value] of Object.entries(SLACK_EXPORT))
      files[`slack-export/${path}`] = JSON.stringify(value);
    const { io, out, read } = memoryIo(files);
    expect(await runImportCommand(['slack-export/', '--out', 'in.json', '--now', String(NOW)], io)).toBe(0);
    expect(out.stdout).toMatch(/^slack: /);
    expect((read('in.json') as BatchDocument).groups).toHaveLength(5);
  });

  it('reads back an edited mapping: renamed group, renamed account, a channel left out', async () => {
    const first = telegram();
    await runImportCommand(['exports/tg/result.json', '--out', 'a.json', '--now', String(NOW)], first.io);
    const mapping = first.read('a.mapping.json') as ImportMapping;
    mapping.groups[0].GroupId = 'cafe-team';
    mapping.groups[0].CreateTime = 1600000000;
    mapping.users.find((u) => u.source === 'user222')!.From_Account = 'bob';
    const second = memoryIo({
      'exports/tg/result.json': TELEGRAM_RESULT_JSON,
      'm.json': JSON.stringify(mapping),
    });
    expect(
      await runImportCommand(
        ['exports/tg/result.json', '--mapping', 'm.json', '--out', 'b.json', '--now', String(NOW)],
        second.io,
      ),
    ).toBe(0);
    const doc = second.read('b.json') as BatchDocument;
    expect(doc.groups).toEqual([expect.objectContaining({ GroupId: 'cafe-team', CreateTime: 1600000000 })]);
    expect(doc.messages.filter((m) => m.From_Account === 'bob').length).toBeGreaterThan(3);
    mapping.groups[0].include = false;
    const third = memoryIo({
      'exports/tg/result.json': TELEGRAM_RESULT_JSON,
      'm.json': JSON.stringify(mapping),
    });
    await runImportCommand(
      ['exports/tg/result.json', '--mapping', 'm.json', '--out', 'c.json', '--now', String(NOW)],
      third.io,
    );
    expect((third.read('c.json') as BatchDocument).messages).toEqual([]);
    // the unsupported message and the one without date_unixtime keep their own reasons
    expect(third.read('c.accounting.json').byReason).toEqual({
      'channel-excluded': 15,
      unsupported: 1,
      'time-missing': 1,
    });
  });

  it('refuses a mapping with an invalid GroupId or From_Account, saying which', async () => {
    const first = telegram();
    await runImportCommand(['exports/tg/result.json', '--out', 'a.json', '--now', String(NOW)], first.io);
    const mapping = first.read('a.mapping.json') as ImportMapping;
    mapping.groups[0].GroupId = '@TGS#2custom';
    mapping.users[0].From_Account = 'x'.repeat(33);
    const io = memoryIo({
      'exports/tg/result.json': TELEGRAM_RESULT_JSON,
      'm.json': JSON.stringify(mapping),
    });
    expect(
      await runImportCommand(['exports/tg/result.json', '--mapping', 'm.json', '--out', 'b.json'], io.io),
    ).toBe(1);
    expect(io.out.stderr).toMatch(
      /^Import failed: The mapping has 2 problems; the first: Group of 1234567890: /,
    );
  });

  it('applies content flags over the mapping, and a smaller budget splits more while every message fits', async () => {
    const { io, read } = telegram();
    const args = [
      'exports/tg/result.json',
      '--out',
      'o.json',
      '--now',
      String(NOW),
      '--max-bytes',
      '300',
      '--service',
      'skip',
      '--no-reply-prefix',
    ];
    expect(await runImportCommand(args, io)).toBe(0);
    const accounting = read('o.accounting.json');
    expect(accounting.byReason['service-skipped']).toBe(2);
    expect(accounting.totals.parts).toBeGreaterThan(20);
    expect((read('o.mapping.json') as ImportMapping).content).toMatchObject({
      maxMessageBytes: 300,
      service: 'skip',
      replyPrefix: false,
    });
  });

  it('answers usage errors with exit code 2 and the usage line', async () => {
    for (const args of [
      [],
      ['x.json'],
      ['x.json', '--out'],
      ['x.json', '--out', 'o.json', '--from', 'irc'],
      ['x.json', '--out', 'o.json', '--bogus'],
      ['x.json', '--out', 'o.json', '--max-bytes', '12kb'],
    ]) {
      const { io, out } = memoryIo();
      expect(await runImportCommand(args, io)).toBe(2);
      expect(out.stderr).toContain('Usage: npm run migrate -- import');
    }
    const help = memoryIo();
    expect(await runImportCommand(['import', '--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/^Usage: npm run migrate -- import <export…>.*--group-prefix/);
  });

  it('answers a missing or unreadable export with exit code 1 and what went wrong', async () => {
    const missing = memoryIo();
    expect(await runImportCommand(['nope.json', '--out', 'o.json'], missing.io)).toBe(1);
    expect(missing.out.stderr).toMatch(/^Import failed: Could not read nope\.json: ENOENT/);
    const junk = memoryIo({ 'result.json': '{"name": "x", "messages": [' });
    expect(await runImportCommand(['result.json', '--out', 'o.json'], junk.io)).toBe(1);
    expect(junk.out.stderr).toMatch(
      /result\.json is not valid JSON \(line 1, column 28: the text ends too early\)/,
    );
  });

  it('puts the side files beside the output', () => {
    expect(besideOutput('dir/input.json', 'mapping')).toBe('dir/input.mapping.json');
    expect(besideOutput('input', 'accounts')).toBe('input.accounts.json');
  });
});
