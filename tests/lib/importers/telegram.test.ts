import { describe, expect, it } from 'vitest';
import { importExport, ImportError } from '../../../src/lib/importers';
import { TELEGRAM_LONG_TEXT, TELEGRAM_MESSAGE_COUNT, TELEGRAM_RESULT_JSON } from './fixtures/telegram';
import { expectSound, filesOf, NOW, outcomeOf, textOf } from './helpers';

const chat = '1234567890';
const run = (options: Parameters<typeof importExport>[1] = {}) =>
  importExport(filesOf({ 'ChatExport_2023-10-29/result.json': TELEGRAM_RESULT_JSON }), {
    now: NOW,
    ...options,
  });

describe('Telegram Desktop export', () => {
  it('converts every message, and every chunk of 7 passes the validator', async () => {
    const result = await run({ overrides: { mediaBaseUrl: 'https://cdn.example.com/tg/' } });
    expect(result.source).toBe('telegram');
    expectSound(result, TELEGRAM_MESSAGE_COUNT);
  });

  it('uses date_unixtime, never the local date that runs backwards at the end of summer time', async () => {
    const result = await run();
    const time = (id: number) =>
      result.document.messages.find((m) => m.SourceId === `${chat}/${id}`)?.SendTime;
    expect(time(2)).toBe(1698540000); // local 02:40
    expect(time(3)).toBe(1698541800); // local 02:10, yet 30 minutes later
  });

  it('skips a message with only the local date, and says why', async () => {
    const result = await run();
    expect(outcomeOf(result, `${chat}/15`)).toMatchObject({ outcome: 'skipped', reason: 'time-missing' });
    expect(result.notices.map((n) => n.id)).toContain('notice.telegram-local-dates');
  });

  it('moves an equal second forward as a recorded adjustment', async () => {
    const result = await run();
    const four = result.document.messages.find((m) => m.SourceId === `${chat}/4`);
    expect(four?.SendTime).toBe(1698541801);
    expect(result.accounting.adjustments).toContainEqual(
      expect.objectContaining({
        sourceId: `${chat}/4`,
        sourceTime: 1698541800,
        sendTime: 1698541801,
        why: 'equal-or-earlier',
      }),
    );
  });

  it('renders entities readably: mentions, text links with their URL, custom emoji as their emoji', async () => {
    const result = await run();
    expect(textOf(result, `${chat}/2`)).toEqual([
      'Hi @bob, see the doc (https://example.com/doc) and https://t.me/x — важно @Bob 🔥',
    ]);
  });

  it('reads the \\x escape Telegram writes for control characters, and notes the repair', async () => {
    const result = await run();
    expect(textOf(result, `${chat}/3`)[0]).toContain('Got it\u0001 thanks');
    expect(result.notices.map((n) => n.id)).toContain('notice.telegram-repaired-escapes');
  });

  it('prefixes a reply with who and what it answers', async () => {
    const result = await run();
    expect(textOf(result, `${chat}/3`)[0]).toMatch(/^↪ reply to Zoë Ångström: Hi @bob, see the doc/);
    const plain = await run({ overrides: { replyPrefix: false } });
    expect(textOf(plain, `${chat}/3`)[0]).toBe('Got it\u0001 thanks');
  });

  it('gives a deleted account (from: null) a stable account of its own, named as deleted', async () => {
    const first = await run();
    const second = await run();
    const account = (r: typeof first) =>
      r.document.messages.find((m) => m.SourceId === `${chat}/4`)?.From_Account;
    expect(account(first)).toBe(account(second));
    expect(first.mapping.users.find((u) => u.source === 'user999')?.Nick).toBe('Deleted Account');
    expect(first.accounts.accounts.map((a) => a.UserID)).toContain(account(first));
  });

  it('makes a photo a TIMImageElem when its URL can be formed, else a line naming it', async () => {
    const withUrl = await run({ overrides: { mediaBaseUrl: 'https://cdn.example.com/tg/' } });
    const photo = withUrl.document.messages.find((m) => m.SourceId === `${chat}/5`)?.MsgBody as {
      MsgType: string;
      MsgContent: { ImageInfoArray: { URL: string; Width: number; Height: number }[] };
    }[];
    expect(photo[0].MsgType).toBe('TIMImageElem');
    expect(photo[0].MsgContent.ImageInfoArray[0]).toMatchObject({
      URL: 'https://cdn.example.com/tg/photos/photo_1%4029-10-2023_02-30-00.jpg',
      Width: 1280,
      Height: 960,
    });
    const without = await run();
    expect(textOf(without, `${chat}/5`)).toEqual([
      '[image photo_1@29-10-2023_02-30-00.jpg, 51.1 KB] photos/photo_1@29-10-2023_02-30-00.jpg',
    ]);
    expect(textOf(without, `${chat}/6`)).toEqual(['look\n[image: not included in the export]']);
  });

  it('turns voice into TIMSoundElem, documents into TIMFileElem, locations into TIMLocationElem', async () => {
    const result = await run({ overrides: { mediaBaseUrl: 'https://cdn.example.com/tg' } });
    const types = (id: number) =>
      (
        result.document.messages.find((m) => m.SourceId === `${chat}/${id}`)?.MsgBody as { MsgType: string }[]
      ).map((e) => e.MsgType);
    expect(types(8)).toEqual(['TIMSoundElem']);
    expect(types(9)).toEqual(['TIMTextElem', 'TIMFileElem']);
    expect(types(10)).toEqual(['TIMLocationElem']);
  });

  it('keeps stickers as text, or as TIMFaceElem when chosen', async () => {
    expect(textOf(await run(), `${chat}/7`)).toEqual(['[sticker 😂]']);
    const face = await run({ overrides: { stickers: 'face', faceIndex: 3 } });
    expect(face.document.messages.find((m) => m.SourceId === `${chat}/7`)?.MsgBody).toEqual([
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 3, Data: '😂' } },
    ]);
  });

  it('keeps service messages as text with their actor, or skips them when chosen', async () => {
    const kept = await run();
    expect(textOf(kept, `${chat}/1`)).toEqual([
      'Zoë Ångström created the group: Café ☕ Team · Bob, Deleted Account',
    ]);
    expect(kept.document.messages.find((m) => m.SourceId === `${chat}/16`)?.From_Account).toBe(
      kept.mapping.users.find((u) => u.source === 'user222')?.From_Account,
    );
    const skipped = await run({ overrides: { service: 'skip' } });
    expect(outcomeOf(skipped, `${chat}/1`)).toMatchObject({ outcome: 'skipped', reason: 'service-skipped' });
    expect(skipped.accounting.byReason['service-skipped']).toBe(2);
  });

  it('splits text over the budget into consecutive seconds, losing nothing', async () => {
    const result = await run();
    const outcome = outcomeOf(result, `${chat}/14`);
    expect(outcome?.outcome).toBe('split');
    const parts = textOf(result, `${chat}/14`);
    expect(parts.join('')).toBe(TELEGRAM_LONG_TEXT);
    const times = result.document.messages
      .filter((m) => m.SourceId === `${chat}/14`)
      .map((m) => m.SendTime as number);
    expect(times).toEqual([1698543480, 1698543481]);
  });

  it('accounts for unsupported, empty and forwarded messages', async () => {
    const result = await run();
    expect(outcomeOf(result, `${chat}/12`)).toMatchObject({ outcome: 'skipped', reason: 'unsupported' });
    expect(outcomeOf(result, `${chat}/17`)).toMatchObject({ outcome: 'skipped', reason: 'empty' });
    expect(textOf(result, `${chat}/13`)).toEqual(['Forwarded from News Channel:\nforwarded text']);
    expect(textOf(result, `${chat}/11`)).toEqual(['📊 Lunch?: Yes / No']);
  });

  it('reads a whole-account export (chats.list and left_chats.list) into one group per chat', async () => {
    const single = JSON.parse(TELEGRAM_RESULT_JSON.replace(/\\x01/g, '\\u0001'));
    const account = {
      about: 'Here is the data you requested.',
      personal_information: { user_id: 111, first_name: 'Zoë' },
      chats: {
        about: 'chats',
        list: [
          single,
          {
            name: 'Ελληνικά',
            type: 'public_channel',
            id: 42,
            messages: [
              {
                id: 1,
                type: 'message',
                date: '2023-01-01T00:00:00',
                date_unixtime: '1672531200',
                from: 'Ch',
                from_id: 'channel42',
                text: 'post',
              },
            ],
          },
        ],
      },
      left_chats: {
        about: 'left',
        list: [
          {
            name: 'Old',
            type: 'private_group',
            id: 7,
            messages: [
              {
                id: 1,
                type: 'message',
                date_unixtime: '1600000000',
                from: 'Bob',
                from_id: 'user222',
                text: 'bye',
              },
            ],
          },
        ],
      },
    };
    const result = await importExport(filesOf({ 'DataExport/result.json': account }), { now: NOW });
    expect(result.document.groups?.map((g) => g.Name)).toEqual(['Café ☕ Team', 'Ελληνικά', 'Old']);
    expectSound(result, TELEGRAM_MESSAGE_COUNT + 2);
  });

  it('reads the file item by item: a chat whose id follows its messages still gets one group', async () => {
    const message = (id: number) => ({
      id,
      type: 'message',
      date_unixtime: String(1_600_000_000 + id),
      from: 'Ann',
      from_id: 'user1',
      text: `m${id}`,
    });
    const late = `{"messages": [${JSON.stringify(message(1))}, ${JSON.stringify(message(2))}], "name": "Late", "id": 77}`;
    const result = await importExport(filesOf({ 'result.json': late }), { now: NOW });
    expect(result.document.groups?.map((g) => g.Name)).toEqual(['Late']);
    expect(result.document.messages.map((m) => m.SourceId)).toEqual(['chat1/1', 'chat1/2']);
    expectSound(result, 2);
  });

  it('names the line and column of a broken message, and refuses a file that is not an export', async () => {
    const broken = TELEGRAM_RESULT_JSON.replace(
      '"date_unixtime": "1698541800"',
      '"date_unixtime" "1698541800"',
    );
    expect(broken).not.toBe(TELEGRAM_RESULT_JSON);
    const line = TELEGRAM_RESULT_JSON.slice(
      0,
      TELEGRAM_RESULT_JSON.indexOf('"date_unixtime": "1698541800"'),
    ).split('\n').length;
    const error = await importExport(filesOf({ 'result.json': broken }), { now: NOW }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain(`result.json is not valid JSON (line ${line}, column`);
    for (const shape of ['{"name": "no messages"}', '"result"', '{"chats": {"list": {}}}']) {
      const wrong = await importExport(filesOf({ 'result.json': shape }), { from: 'telegram' }).catch(
        (e: unknown) => e,
      );
      expect((wrong as ImportError).id).toBe('json.shape');
    }
  });
});
