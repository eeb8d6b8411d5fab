// @vitest-environment node
/** The management API a Sandbox view uses, and group_msg_get_simple (read back over HTTP too). */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SANDBOX_GROUPS, renderSandboxMessage, SANDBOX_MESSAGE_IDS } from '../../../src/lib/sandbox';
import {
  CREATED,
  defaultQuery,
  GET_SIMPLE,
  GROUP,
  message,
  NOW,
  request,
  send,
  testSandbox,
  url,
} from './helpers';

async function fill(sandbox: ReturnType<typeof testSandbox>['sandbox'], count: number, groupId = GROUP) {
  for (let start = 0; start < count; start += 7) {
    const list = [];
    for (let i = start; i < Math.min(count, start + 7); i++)
      list.push(message(NOW - 10000 + i, { Random: i }));
    const answer = await send(sandbox, request(list, { GroupId: groupId }));
    expect(answer.ImportMsgResult?.every((r) => r.Result === 0)).toBe(true);
  }
}

describe('groups', () => {
  it('starts with the fixture: the seed group (Public, created before the seed messages) and two others', () => {
    const { sandbox } = testSandbox();
    expect(sandbox.listGroups()).toEqual(
      DEFAULT_SANDBOX_GROUPS.map((g) => ({ ...g, messageCount: 0, lastMsgSeq: 0, topics: [] })),
    );
    expect(sandbox.getGroup(GROUP)).toMatchObject({ Type: 'Public', CreateTime: CREATED });
    expect(CREATED).toBeLessThan(1620808101);
  });

  it('takes its own groups instead of the fixture', () => {
    const { sandbox } = testSandbox({ groups: [{ GroupId: 'only', Type: 'Private', CreateTime: 5 }] });
    expect(sandbox.listGroups().map((g) => g.GroupId)).toEqual(['only']);
  });

  it('adds, updates and removes groups, and imports follow the changes', async () => {
    const { sandbox } = testSandbox();
    expect(sandbox.addGroup({ GroupId: 'team-42', Type: 'Work', CreateTime: NOW - 500 })).toEqual({
      ok: true,
    });
    expect(
      (
        await send(sandbox, request([message(NOW - 600), message(NOW - 400)], { GroupId: 'team-42' }))
      ).ImportMsgResult?.map((r) => r.Result),
    ).toEqual([10004, 0]);
    expect(sandbox.updateGroup('team-42', { CreateTime: NOW - 1000 })).toEqual({ ok: true });
    expect(sandbox.updateGroup('team-42', { Type: 'AVChatRoom' })).toEqual({ ok: true });
    expect((await send(sandbox, request([message(NOW - 300)], { GroupId: 'team-42' }))).ErrorCode).toBe(
      10007,
    );
    expect(sandbox.getGroup('team-42')).toMatchObject({
      Type: 'AVChatRoom',
      CreateTime: NOW - 1000,
      messageCount: 1,
    });
    expect(sandbox.removeGroup('team-42')).toEqual({ ok: true });
    expect(sandbox.getGroup('team-42')).toBeUndefined();
    expect((await send(sandbox, request([message(NOW - 200)], { GroupId: 'team-42' }))).ErrorCode).toBe(
      10010,
    );
  });

  it.each([
    [{ GroupId: '', Type: 'Public', CreateTime: 1 }, 'sandbox.group.id-empty'],
    [{ GroupId: 'groupe-été', Type: 'Public', CreateTime: 1 }, 'sandbox.group.id-charset'],
    [{ GroupId: 'x'.repeat(49), Type: 'Public', CreateTime: 1 }, 'sandbox.group.id-length'],
    [{ GroupId: 'custom', Type: 'Community', CreateTime: 1 }, 'sandbox.group.id-community-prefix'],
    [{ GroupId: '@TGS#_x', Type: 'Public', CreateTime: 1 }, 'sandbox.group.id-community-only'],
    [{ GroupId: 'custom', Type: 'Club', CreateTime: 1 }, 'sandbox.group.type'],
    [{ GroupId: 'custom', Type: 'Public', CreateTime: -1 }, 'sandbox.group.create-time'],
    [{ GroupId: 'custom', Type: 'Public', CreateTime: 1.5 }, 'sandbox.group.create-time'],
    [{ GroupId: '@TGS#2C5SZEAEF', Type: 'Public', CreateTime: 1 }, 'sandbox.group.exists'],
    [{ GroupId: 7, Type: 'Public', CreateTime: 1 }, 'sandbox.group.id-empty'],
    [null, 'sandbox.group.id-empty'],
  ])('refuses to add %j (%s) and says why', (group, id) => {
    const { sandbox } = testSandbox();
    const result = sandbox.addGroup(group as never);
    expect(result).toMatchObject({ ok: false, message: { id } });
    if (!result.ok) expect(result.error).toBe(renderSandboxMessage(result.message));
    expect(sandbox.listGroups()).toHaveLength(DEFAULT_SANDBOX_GROUPS.length);
  });

  it('refuses to update or remove a group it does not have, or to give a bad type or time', () => {
    const { sandbox } = testSandbox();
    expect(sandbox.updateGroup('nope', { Type: 'Public' })).toMatchObject({
      ok: false,
      message: { id: 'sandbox.group.unknown' },
    });
    expect(sandbox.removeGroup('nope')).toMatchObject({
      ok: false,
      message: { id: 'sandbox.group.unknown' },
    });
    expect(sandbox.updateGroup(GROUP, { Type: 'Nope' as never })).toMatchObject({
      ok: false,
      message: { id: 'sandbox.group.type' },
    });
    expect(sandbox.updateGroup(GROUP, { Type: 'Community' })).toMatchObject({ ok: false });
    expect(sandbox.updateGroup(GROUP, { CreateTime: Number.NaN })).toMatchObject({ ok: false });
    expect(sandbox.getGroup(GROUP)).toMatchObject({ Type: 'Public', CreateTime: CREATED });
  });

  it('resets to the fixture: groups back, messages gone, MsgSeq from 1 again', async () => {
    const { sandbox } = testSandbox();
    await fill(sandbox, 3);
    sandbox.removeGroup('@TGS#aLIVEROOM');
    sandbox.addGroup({ GroupId: 'extra', Type: 'Public', CreateTime: 1 });
    sandbox.reset();
    expect(sandbox.listGroups().map((g) => [g.GroupId, g.messageCount])).toEqual(
      DEFAULT_SANDBOX_GROUPS.map((g) => [g.GroupId, 0]),
    );
    expect((await send(sandbox, request([message(NOW - 5)]))).ImportMsgResult?.[0].MsgSeq).toBe(1);
  });

  it('tells subscribers about every change, until they unsubscribe; a throwing listener harms nothing', async () => {
    const { sandbox } = testSandbox();
    const listener = vi.fn();
    sandbox.subscribe(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = sandbox.subscribe(listener);
    sandbox.addGroup({ GroupId: 'g', Type: 'Public', CreateTime: 1 });
    sandbox.updateGroup('g', { CreateTime: 2 });
    await send(sandbox, request([message(NOW - 5)]));
    sandbox.removeGroup('g');
    sandbox.reset();
    expect(listener).toHaveBeenCalledTimes(5);
    unsubscribe();
    sandbox.reset();
    expect(listener).toHaveBeenCalledTimes(5);
  });

  it('lists its readings of the docs with the current byte budget', () => {
    const { sandbox } = testSandbox({ maxMessageBytes: 8000 });
    const readings = sandbox.readings();
    expect(readings.map((r) => r.id)).toContain('sandbox.reading.duplicate');
    const size = readings.find((r) => r.id === 'sandbox.reading.size');
    expect(size && renderSandboxMessage(size)).toContain('8,000 bytes');
    for (const reading of readings) expect(renderSandboxMessage(reading).length).toBeGreaterThan(20);
    expect(SANDBOX_MESSAGE_IDS.every((id) => id.startsWith('sandbox.'))).toBe(true);
    expect(SANDBOX_MESSAGE_IDS).toEqual(expect.arrayContaining(readings.map((r) => r.id)));
  });
});

describe('reading messages back (group_msg_get_simple)', () => {
  it('shows each message as the docs of that call do, newest first', async () => {
    const { sandbox } = testSandbox();
    const body = [{ MsgType: 'TIMCustomElem', MsgContent: { Data: '{"k":1}', Desc: 'push' } }];
    await send(
      sandbox,
      request([message(NOW - 20, { From_Account: 'peter', Random: 42, MsgBody: body }), message(NOW - 10)]),
    );
    const read = sandbox.readMessages(GROUP, { ReqMsgNumber: 5 });
    expect(read).toMatchObject({
      ActionStatus: 'OK',
      ErrorInfo: '',
      ErrorCode: 0,
      GroupId: GROUP,
      IsFinished: 1,
    });
    expect(read.RspMsgList?.[1]).toEqual({
      From_Account: 'peter',
      IsPlaceMsg: 0,
      MsgBody: body,
      MsgPriority: 1,
      MsgRandom: 42,
      MsgSeq: 1,
      MsgTimeStamp: NOW - 20,
    });
    expect(read.RspMsgList?.map((m) => m.MsgSeq)).toEqual([2, 1]);
  });

  it('pages backwards by ReqMsgSeq, at most 20 per read, IsFinished 0 when more than 20 were asked and more remain', async () => {
    const { sandbox } = testSandbox();
    await fill(sandbox, 45);
    const first = sandbox.readMessages(GROUP, { ReqMsgNumber: 100 });
    expect(first.RspMsgList?.map((m) => m.MsgSeq)).toEqual(Array.from({ length: 20 }, (_, i) => 45 - i));
    expect(first.IsFinished).toBe(0);
    const next = sandbox.readMessages(GROUP, { ReqMsgNumber: 20, ReqMsgSeq: 25 });
    expect(next.RspMsgList?.map((m) => m.MsgSeq)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i));
    expect(next.IsFinished).toBe(1);
    const last = sandbox.readMessages(GROUP, { ReqMsgNumber: 30, ReqMsgSeq: 5 });
    expect(last.RspMsgList?.map((m) => m.MsgSeq)).toEqual([5, 4, 3, 2, 1]);
    expect(last.IsFinished).toBe(1);
    expect(
      sandbox.readMessages(GROUP, { ReqMsgNumber: 3, ReqMsgSeq: 1000 }).RspMsgList?.map((m) => m.MsgSeq),
    ).toEqual([45, 44, 43]);
  });

  it('returns copies: changing what was read changes nothing stored', async () => {
    const { sandbox } = testSandbox();
    await fill(sandbox, 1);
    const read = sandbox.readMessages(GROUP);
    (read.RspMsgList?.[0].MsgBody[0] as { MsgContent: { Text: string } }).MsgContent.Text = 'changed';
    expect(JSON.stringify(sandbox.readMessages(GROUP))).not.toContain('changed');
  });

  it('answers an empty list for a group without messages, and the call errors otherwise', () => {
    const { sandbox } = testSandbox();
    expect(sandbox.readMessages(GROUP)).toMatchObject({ ActionStatus: 'OK', IsFinished: 1, RspMsgList: [] });
    expect(sandbox.readMessages('@TGS#2NOPE')).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 10010 });
    expect(sandbox.readMessages('é')).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 10015 });
    expect(sandbox.readMessages('@TGS#aLIVEROOM')).toMatchObject({ ActionStatus: 'FAIL', ErrorCode: 10007 });
    expect(sandbox.readMessages(GROUP, { ReqMsgNumber: 0 })).toMatchObject({ ErrorCode: 10004 });
    expect(sandbox.readMessages(GROUP, { ReqMsgSeq: -3 })).toMatchObject({ ErrorCode: 10004 });
    expect(sandbox.readMessages(GROUP, { TopicId: 'x' })).toMatchObject({ ErrorCode: 10004 });
    expect(sandbox.readMessages('@TGS#_community', { TopicId: '@TGS#_community@TOPIC#_none' })).toMatchObject(
      { ErrorCode: 10010 },
    );
  });

  it('answers the same over HTTP, behind the same credential checks', async () => {
    const { sandbox } = testSandbox();
    await fill(sandbox, 3);
    const answer = await send(sandbox, { GroupId: GROUP, ReqMsgNumber: 2 }, url(GET_SIMPLE, defaultQuery()));
    expect(answer).toEqual(JSON.parse(JSON.stringify(sandbox.readMessages(GROUP, { ReqMsgNumber: 2 }))));
    expect((await send(sandbox, { GroupId: GROUP }, url(GET_SIMPLE, defaultQuery()))).ErrorCode).toBe(10004);
    expect((await send(sandbox, { ReqMsgNumber: 1 }, url(GET_SIMPLE, defaultQuery()))).ErrorCode).toBe(10004);
    expect(
      (await send(sandbox, { GroupId: 1, ReqMsgNumber: 1 }, url(GET_SIMPLE, defaultQuery()))).ErrorCode,
    ).toBe(10004);
    expect(
      (await send(sandbox, { GroupId: GROUP, ReqMsgNumber: 1, TopicId: 3 }, url(GET_SIMPLE, defaultQuery())))
        .ErrorCode,
    ).toBe(10004);
    expect(
      (
        await send(
          sandbox,
          { GroupId: GROUP, ReqMsgNumber: 1 },
          url(GET_SIMPLE, { ...defaultQuery(), usersig: '' }),
        )
      ).ErrorCode,
    ).toBe(70002);
  });
});
