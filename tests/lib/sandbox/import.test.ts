// @vitest-environment node
/** import_group_msg: call-level codes, per-message Results, partial success. */
import { describe, expect, it } from 'vitest';
import { CREATED, GROUP, importUrl, message, NOW, request, send, testSandbox, text } from './helpers';

const ok = (MsgSeq: number, MsgTime: number) => ({ MsgSeq, MsgTime, Result: 0 });
const rejected = (MsgTime: number, Result: number) => ({ MsgSeq: 0, MsgTime, Result });

describe('call-level errors (ActionStatus FAIL)', () => {
  it.each([
    ['no GroupId', { MsgList: [message(NOW - 10)] }, 'GroupId is missing'],
    ['GroupId not a string', { GroupId: 42, MsgList: [message(NOW - 10)] }, 'GroupId must be'],
    ['no MsgList', { GroupId: GROUP }, 'MsgList is missing'],
    ['MsgList not an array', { GroupId: GROUP, MsgList: {} }, 'MsgList must be'],
    ['an empty MsgList', { GroupId: GROUP, MsgList: [] }, 'MsgList is empty'],
    [
      '8 messages',
      request(Array.from({ length: 8 }, (_, i) => message(NOW - 100 + i))),
      'MsgList has 8 messages',
    ],
    [
      'a message without From_Account',
      request([{ SendTime: NOW - 5, MsgBody: text('a') }]),
      'MsgList[0].From_Account is missing',
    ],
    ['an empty From_Account', request([message(NOW - 5, { From_Account: '' })]), 'From_Account is missing'],
    [
      'a message without SendTime',
      request([message(NOW - 9), { From_Account: 'a', MsgBody: text('a') }]),
      'MsgList[1].SendTime is missing',
    ],
    ['SendTime as a string', request([message(NOW - 5, { SendTime: '1620808101' })]), 'SendTime must be'],
    ['SendTime with a fraction', request([message(NOW - 5, { SendTime: 1620808101.5 })]), 'SendTime must be'],
    ['Random above uint32', request([message(NOW - 5, { Random: 4294967296 })]), 'Random must be'],
    ['Random null', request([message(NOW - 5, { Random: null })]), 'Random must be'],
    ['no MsgBody', request([{ From_Account: 'a', SendTime: NOW - 5 }]), 'MsgBody is missing'],
    ['an empty MsgBody', request([message(NOW - 5, { MsgBody: [] })]), 'MsgBody is empty'],
    [
      'an element without MsgType',
      request([message(NOW - 5, { MsgBody: [{ MsgContent: { Text: 'a' } }] })]),
      'MsgType is missing',
    ],
    [
      'an unknown MsgType',
      request([message(NOW - 5, { MsgBody: [{ MsgType: 'TIMRelayElem', MsgContent: {} }] })]),
      'TIMRelayElem is invalid',
    ],
    [
      'an element without MsgContent',
      request([message(NOW - 5, { MsgBody: [{ MsgType: 'TIMTextElem' }] })]),
      'MsgContent is missing',
    ],
    [
      'a text element without Text',
      request([message(NOW - 5, { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: {} }] })]),
      'MsgContent.Text is missing',
    ],
    [
      'a location without Latitude',
      request([
        message(NOW - 5, {
          MsgBody: [{ MsgType: 'TIMLocationElem', MsgContent: { Desc: 'x', Longitude: 1 } }],
        }),
      ]),
      'Latitude is missing',
    ],
    ['a message that is not an object', request([[]]), 'MsgList[0] must be'],
    [
      'RecentContactFlag as a string',
      request([message(NOW - 5)], { RecentContactFlag: '1' }),
      'RecentContactFlag must be',
    ],
    ['TopicId not a string', request([message(NOW - 5)], { TopicId: 1 }), 'TopicId must be'],
  ])('10004 for %s, naming the field', async (_, body, info) => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, body);
    expect(answer).toEqual({
      ActionStatus: 'FAIL',
      ErrorInfo: expect.stringContaining(info),
      ErrorCode: 10004,
    });
    expect(sandbox.getGroup(GROUP)?.messageCount).toBe(0);
  });

  it('accepts all eight element types with their required fields', async () => {
    const { sandbox } = testSandbox();
    const body = [
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1 } },
      { MsgType: 'TIMLocationElem', MsgContent: { Desc: 'd', Latitude: 1, Longitude: 2 } },
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'x' } },
      { MsgType: 'TIMSoundElem', MsgContent: { Url: 'u', UUID: 'i', Download_Flag: 2 } },
      { MsgType: 'TIMImageElem', MsgContent: { UUID: 'i', ImageInfoArray: [] } },
      { MsgType: 'TIMFileElem', MsgContent: { Url: 'u', UUID: 'i', Download_Flag: 2 } },
      {
        MsgType: 'TIMVideoFileElem',
        MsgContent: {
          VideoUrl: 'u',
          VideoUUID: 'i',
          VideoDownloadFlag: 2,
          ThumbUrl: 't',
          ThumbUUID: 'j',
          ThumbDownloadFlag: 2,
        },
      },
    ];
    expect((await send(sandbox, request([message(NOW - 5, { MsgBody: body })]))).ErrorCode).toBe(0);
  });

  it.each([
    ['an empty GroupId', ''],
    ['a GroupId with non-ASCII characters', '运营群-2021'],
    ['a GroupId with a control character', '@TGS#2C5\nSZEAEF'],
    ['a GroupId over 48 bytes', `@TGS#${'A'.repeat(44)}`],
  ])('10015 for %s', async (_, groupId) => {
    const { sandbox } = testSandbox();
    expect(await send(sandbox, { GroupId: groupId, MsgList: [message(NOW - 5)] })).toMatchObject({
      ActionStatus: 'FAIL',
      ErrorCode: 10015,
    });
  });

  it('10010 for a group the sandbox does not have, naming it', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, { GroupId: '@TGS#2NOSUCHGROUP', MsgList: [message(NOW - 5)] });
    expect(answer).toEqual({
      ActionStatus: 'FAIL',
      ErrorInfo: expect.stringContaining('@TGS#2NOSUCHGROUP'),
      ErrorCode: 10010,
    });
  });

  it('notes the unknown group as data, so the page can offer to add it', async () => {
    const { sandbox } = testSandbox();
    const response = await sandbox.handleDetailed(
      importUrl(),
      JSON.stringify({ GroupId: '@TGS#2NEW', MsgList: [message(NOW - 5)] }),
    );
    expect(response.notes).toEqual([{ id: 'sandbox.note.unknown-group', params: { groupId: '@TGS#2NEW' } }]);
    expect(sandbox.addGroup({ GroupId: '@TGS#2NEW', Type: 'Public', CreateTime: NOW - 100 })).toEqual({
      ok: true,
    });
    expect((await send(sandbox, { GroupId: '@TGS#2NEW', MsgList: [message(NOW - 5)] })).ErrorCode).toBe(0);
  });

  it('10007 for an AVChatRoom group', async () => {
    const { sandbox } = testSandbox();
    expect((await send(sandbox, { GroupId: '@TGS#aLIVEROOM', MsgList: [message(NOW - 5)] })).ErrorCode).toBe(
      10007,
    );
  });

  it('60003 for a body that is not a JSON object', async () => {
    const { sandbox } = testSandbox();
    for (const body of ['', 'not json', '{"GroupId": "@TGS#2C5SZEAEF",}', '[]', '"text"', 'null', '42']) {
      expect(await send(sandbox, body)).toEqual({
        ActionStatus: 'FAIL',
        ErrorInfo: expect.any(String),
        ErrorCode: 60003,
      });
    }
  });

  it('checks the fields before the group, the group before its type', async () => {
    const { sandbox } = testSandbox();
    expect((await send(sandbox, { GroupId: '@TGS#2NOSUCH', MsgList: [] })).ErrorCode).toBe(10004);
    expect((await send(sandbox, { GroupId: '中', MsgList: [message(NOW - 1)] })).ErrorCode).toBe(10015);
  });
});

describe('per-message Results', () => {
  it('10004 for a SendTime not later than the group creation', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, request([message(CREATED), message(CREATED + 1)]));
    expect(answer).toEqual({
      ActionStatus: 'OK',
      ErrorInfo: '',
      ErrorCode: 0,
      ImportMsgResult: [rejected(CREATED, 10004), ok(1, CREATED + 1)],
    });
  });

  it('10004 for a SendTime not later than the newest message, within a call and across calls', async () => {
    const { sandbox } = testSandbox();
    const first = await send(
      sandbox,
      request([message(NOW - 100), message(NOW - 100), message(NOW - 150), message(NOW - 90)]),
    );
    expect(first.ImportMsgResult).toEqual([
      ok(1, NOW - 100),
      rejected(NOW - 100, 10004),
      rejected(NOW - 150, 10004),
      ok(2, NOW - 90),
    ]);
    const second = await send(sandbox, request([message(NOW - 95), message(NOW - 80)]));
    expect(second.ImportMsgResult).toEqual([rejected(NOW - 95, 10004), ok(3, NOW - 80)]);
  });

  it('10004 for a SendTime not earlier than now', async () => {
    const { sandbox, clock } = testSandbox();
    const answer = await send(sandbox, request([message(NOW - 1), message(NOW), message(NOW + 3600)]));
    expect(answer.ImportMsgResult).toEqual([
      ok(1, NOW - 1),
      rejected(NOW, 10004),
      rejected(NOW + 3600, 10004),
    ]);
    clock.now = NOW + 3601;
    expect((await send(sandbox, request([message(NOW + 3600)]))).ImportMsgResult).toEqual([
      ok(2, NOW + 3600),
    ]);
  });

  it('80002 over the byte budget, counted as the core counts (values inside MsgContent), default 12,000', async () => {
    const { sandbox } = testSandbox();
    expect(sandbox.settings.maxMessageBytes).toBe(12000);
    const fits = message(NOW - 30, {
      MsgBody: [{ MsgType: 'TIMFaceElem', MsgContent: { Index: 12345, Data: 'x'.repeat(11995) } }],
    });
    const over = message(NOW - 20, {
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '中'.repeat(4000) + 'x' } }],
    });
    const answer = await send(sandbox, request([fits, over, message(NOW - 10)]));
    expect(answer.ImportMsgResult).toEqual([ok(1, NOW - 30), rejected(NOW - 20, 80002), ok(2, NOW - 10)]);
  });

  it('takes another byte budget as a setting', async () => {
    const { sandbox } = testSandbox({ maxMessageBytes: 8000 });
    const big = message(NOW - 20, { MsgBody: text('x'.repeat(8001)) });
    expect((await send(sandbox, request([big]))).ImportMsgResult).toEqual([rejected(NOW - 20, 80002)]);
    sandbox.configure({ maxMessageBytes: 12288 });
    const bigger = message(NOW - 10, { MsgBody: text('x'.repeat(12288)) });
    expect((await send(sandbox, request([bigger]))).ImportMsgResult).toEqual([ok(1, NOW - 10)]);
  });

  it('checks time before size', async () => {
    const { sandbox } = testSandbox();
    const both = message(NOW + 10, { MsgBody: text('x'.repeat(20000)) });
    expect((await send(sandbox, request([both]))).ImportMsgResult).toEqual([rejected(NOW + 10, 10004)]);
  });

  it('partial success: the call is OK and each message has its own Result; failures store nothing', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(
      sandbox,
      request([
        message(NOW - 70),
        message(CREATED - 1),
        message(NOW - 60, { MsgBody: text('x'.repeat(12001)) }),
        message(NOW - 50),
      ]),
    );
    expect(answer).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(answer.ImportMsgResult?.map((r) => r.Result)).toEqual([0, 10004, 80002, 0]);
    expect(sandbox.readMessages(GROUP).RspMsgList?.map((m) => m.MsgSeq)).toEqual([2, 1]);
  });

  it('answers OK even when every message fails', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, request([message(NOW + 1), message(NOW + 2)]));
    expect(answer).toMatchObject({ ActionStatus: 'OK', ErrorCode: 0 });
    expect(answer.ImportMsgResult?.every((r) => r.Result === 10004)).toBe(true);
  });
});
