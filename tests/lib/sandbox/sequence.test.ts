// @vitest-environment node
/** import_group_msg: MsgSeq across calls, duplicate Random, Community topics. */
import { describe, expect, it } from 'vitest';
import { CREATED, GROUP, importUrl, message, NOW, request, send, testSandbox } from './helpers';

const ok = (MsgSeq: number, MsgTime: number) => ({ MsgSeq, MsgTime, Result: 0 });
const rejected = (MsgTime: number, Result: number) => ({ MsgSeq: 0, MsgTime, Result });

describe('MsgSeq', () => {
  it('starts at 1 per group and continues across calls', async () => {
    const { sandbox } = testSandbox();
    sandbox.addGroup({ GroupId: 'custom-group', Type: 'Work', CreateTime: CREATED });
    const a = await send(sandbox, request([message(NOW - 100), message(NOW - 99)]));
    const b = await send(sandbox, request([message(NOW - 98)]));
    const other = await send(sandbox, request([message(NOW - 200)], { GroupId: 'custom-group' }));
    const c = await send(sandbox, request([message(NOW - 97), message(NOW - 96), message(NOW - 95)]));
    expect([a, b, c].flatMap((r) => r.ImportMsgResult?.map((m) => m.MsgSeq))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(other.ImportMsgResult).toEqual([ok(1, NOW - 200)]);
    expect(sandbox.getGroup(GROUP)).toMatchObject({
      messageCount: 6,
      lastMsgSeq: 6,
      latestMsgTime: NOW - 95,
    });
  });

  it('gives MsgTime equal to SendTime', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, request([message(1620808101), message(1620892821)]));
    expect(answer.ImportMsgResult).toEqual([ok(1, 1620808101), ok(2, 1620892821)]);
  });
});

describe('duplicate Random', () => {
  it('drops the later message from the same sender with the same Random within 5 minutes', async () => {
    const { sandbox } = testSandbox();
    const first = message(NOW - 1000, { Random: 777 });
    const again = message(NOW - 1000 + 299, { Random: 777 });
    const response = await sandbox.handleDetailed(importUrl(), JSON.stringify(request([first, again])));
    expect(JSON.parse(response.bodyText).ImportMsgResult).toEqual([ok(1, NOW - 1000), ok(1, NOW - 1000)]);
    expect(response.notes).toEqual([
      {
        id: 'sandbox.note.duplicate',
        params: { index: 2, from: 'leckie', random: 777, msgSeq: 1, seconds: 299 },
      },
    ]);
    expect(sandbox.getGroup(GROUP)?.messageCount).toBe(1);
  });

  it('also across calls, and the dropped message does not move the newest time', async () => {
    const { sandbox } = testSandbox();
    await send(sandbox, request([message(NOW - 1000, { Random: 5 })]));
    const answer = await send(sandbox, request([message(NOW - 900, { Random: 5 }), message(NOW - 950)]));
    expect(answer.ImportMsgResult).toEqual([ok(1, NOW - 1000), ok(2, NOW - 950)]);
  });

  it('keeps messages 5 minutes apart or more, from another sender, or with another Random', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(
      sandbox,
      request([
        message(NOW - 1000, { Random: 9 }),
        message(NOW - 990, { Random: 9, From_Account: 'peter' }),
        message(NOW - 980, { Random: 10 }),
        message(NOW - 700, { Random: 9 }),
      ]),
    );
    expect(answer.ImportMsgResult?.map((r) => r.MsgSeq)).toEqual([1, 2, 3, 4]);
  });

  it('never treats messages without Random as duplicates (the server makes one up)', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, request([message(NOW - 10), message(NOW - 9)]));
    expect(answer.ImportMsgResult?.map((r) => r.MsgSeq)).toEqual([1, 2]);
    const randoms = sandbox.readMessages(GROUP).RspMsgList?.map((m) => m.MsgRandom) ?? [];
    expect(new Set(randoms).size).toBe(2);
    for (const r of randoms) expect(r >>> 0).toBe(r);
  });

  it('applies the time rules first: a duplicate out of order is 10004, not dropped', async () => {
    const { sandbox } = testSandbox();
    await send(sandbox, request([message(NOW - 100, { Random: 1 })]));
    expect((await send(sandbox, request([message(NOW - 100, { Random: 1 })]))).ImportMsgResult).toEqual([
      rejected(NOW - 100, 10004),
    ]);
  });
});

describe('Community topics', () => {
  const COMMUNITY = '@TGS#_community';
  it('imports into a topic with its own MsgSeq, created on first use', async () => {
    const { sandbox } = testSandbox();
    const topic = `${COMMUNITY}@TOPIC#_news`;
    const response = await sandbox.handleDetailed(
      importUrl(),
      JSON.stringify({ GroupId: COMMUNITY, TopicId: topic, MsgList: [message(NOW - 10)] }),
    );
    expect(JSON.parse(response.bodyText).ImportMsgResult).toEqual([ok(1, NOW - 10)]);
    expect(response.notes).toEqual([{ id: 'sandbox.note.topic-created', params: { topicId: topic } }]);
    expect(
      (await send(sandbox, { GroupId: COMMUNITY, MsgList: [message(NOW - 20)] })).ImportMsgResult,
    ).toEqual([ok(1, NOW - 20)]);
    expect(sandbox.getGroup(COMMUNITY)?.topics).toEqual([topic]);
    expect(
      sandbox.readMessages(COMMUNITY, { TopicId: topic }).RspMsgList?.map((m) => m.MsgTimeStamp),
    ).toEqual([NOW - 10]);
  });

  it('refuses a TopicId on another group type (10004) or of the wrong form (10015)', async () => {
    const { sandbox } = testSandbox();
    expect(
      (await send(sandbox, request([message(NOW - 5)], { TopicId: `${GROUP}@TOPIC#_a` }))).ErrorCode,
    ).toBe(10004);
    expect(
      (await send(sandbox, { GroupId: COMMUNITY, TopicId: 'news', MsgList: [message(NOW - 5)] })).ErrorCode,
    ).toBe(10015);
  });
});
