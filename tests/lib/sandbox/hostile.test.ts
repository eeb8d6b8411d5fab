// @vitest-environment node
/** Hostile bodies and URLs: every one gets an HTTP 200 JSON answer in the wire shape, quickly, never a crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP, importUrl, message, NOW, request, send, testSandbox } from './helpers';

const deep = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

function expectWireShape(bodyText: string) {
  const answer = JSON.parse(bodyText);
  expect(['OK', 'FAIL']).toContain(answer.ActionStatus);
  expect(typeof answer.ErrorCode).toBe('number');
  expect(typeof answer.ErrorInfo).toBe('string');
  expect(answer.ErrorInfo.length).toBeLessThan(300);
  return answer;
}

describe('hostile bodies', () => {
  it('100,000-deep nesting at the root, in a message and in MsgContent: 60003, nothing stored', async () => {
    const { sandbox } = testSandbox();
    const bodies = [
      deep(100000),
      `{"GroupId":"${GROUP}","MsgList":${deep(100000, '{}')}}`,
      JSON.stringify(request([message(NOW - 5)])).replace('"Text":', `"Deep":${deep(100000)},"Text":`),
    ];
    for (const body of bodies) {
      const answer = expectWireShape((await sandbox.handle(importUrl(), body)).bodyText);
      expect(answer.ErrorCode).toBe(60003);
    }
    expect(sandbox.getGroup(GROUP)?.messageCount).toBe(0);
  });

  it('nesting the sandbox can read back is stored and read back', async () => {
    const { sandbox } = testSandbox();
    const body = JSON.stringify(request([message(NOW - 5)])).replace(
      '"Text":',
      `"Nested":${deep(20)},"Text":`,
    );
    expect(expectWireShape((await sandbox.handle(importUrl(), body)).bodyText).ErrorCode).toBe(0);
    expect(JSON.stringify(sandbox.readMessages(GROUP))).toContain(deep(20));
  });

  it('__proto__ and constructor keys are plain keys: no pollution, no confusion', async () => {
    const { sandbox } = testSandbox();
    const body =
      `{"__proto__":{"GroupId":"${GROUP}","MsgList":[]},"constructor":{"prototype":{"x":1}},` +
      `"GroupId":"${GROUP}","MsgList":[{"__proto__":{"SendTime":1},"From_Account":"a","SendTime":${NOW - 5},` +
      `"MsgBody":[{"__proto__":{},"MsgType":"TIMTextElem","MsgContent":{"__proto__":{"Text":"x"},"Text":"hi"}}]}]}`;
    const answer = expectWireShape((await sandbox.handle(importUrl(), body)).bodyText);
    expect(answer.ImportMsgResult).toEqual([{ MsgSeq: 1, MsgTime: NOW - 5, Result: 0 }]);
    expect(({} as Record<string, unknown>).SendTime).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    // Fields inherited from a __proto__ key do not count as present.
    const missing = `{"__proto__":{"GroupId":"${GROUP}"},"MsgList":[${JSON.stringify(message(NOW - 4))}]}`;
    expect(expectWireShape((await sandbox.handle(importUrl(), missing)).bodyText).ErrorCode).toBe(10004);
    const noText = `{"GroupId":"${GROUP}","MsgList":[{"From_Account":"a","SendTime":${NOW - 3},"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"__proto__":{"Text":"x"}}}]}]}`;
    expect(expectWireShape((await sandbox.handle(importUrl(), noText)).bodyText).ErrorCode).toBe(10004);
  });

  it('a GroupId named after Object.prototype members is just an unknown group', async () => {
    const { sandbox } = testSandbox();
    for (const groupId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await send(sandbox, request([message(NOW - 5)], { GroupId: groupId }))).ErrorCode).toBe(10010);
      expect(sandbox.addGroup({ GroupId: groupId, Type: 'Public', CreateTime: 1 })).toEqual({ ok: true });
      expect((await send(sandbox, request([message(NOW - 5)], { GroupId: groupId }))).ErrorCode).toBe(0);
    }
  });

  it('10 MB of junk, a 10 MB string and a 100,000-message MsgList answer fast', async () => {
    const { sandbox } = testSandbox();
    const junk = '{"GroupId":' + 'x'.repeat(10 * 1024 * 1024);
    const huge = JSON.stringify(
      request([
        message(NOW - 5, {
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'y'.repeat(10 * 1024 * 1024) } }],
        }),
      ]),
    );
    const long = JSON.stringify(request(Array.from({ length: 100000 }, (_, i) => message(NOW - 200000 + i))));
    const started = performance.now();
    expect(expectWireShape((await sandbox.handle(importUrl(), junk)).bodyText).ErrorCode).toBe(60003);
    expect(expectWireShape((await sandbox.handle(importUrl(), huge)).bodyText).ImportMsgResult).toEqual([
      { MsgSeq: 0, MsgTime: NOW - 5, Result: 80002 },
    ]);
    expect(expectWireShape((await sandbox.handle(importUrl(), long)).bodyText).ErrorCode).toBe(10004);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('hostile values are echoed cut short in ErrorInfo', async () => {
    const { sandbox } = testSandbox();
    const answer = await send(sandbox, {
      GroupId: `<script>${'x'.repeat(100000)}`,
      MsgList: [message(NOW - 5)],
    });
    expect(answer.ErrorCode).toBe(10015);
    expect(answer.ErrorInfo.length).toBeLessThan(120);
  });

  it('never throws and always answers the wire shape, whatever the body (fast-check)', async () => {
    const { sandbox } = testSandbox({ rateLimit: false });
    const target = importUrl();
    const valueish = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(
            'GroupId',
            'MsgList',
            'From_Account',
            'SendTime',
            'Random',
            'MsgBody',
            'MsgType',
            'MsgContent',
            'Text',
            '__proto__',
            'TopicId',
          ),
          tie('value'),
          { maxKeys: 5 },
        ),
      ),
    })).value;
    const messages = fc.record(
      {
        From_Account: fc.oneof(fc.string(), fc.integer()),
        SendTime: fc.oneof(fc.integer({ min: 1620000000, max: NOW + 10 }), fc.string(), fc.double()),
        Random: fc.oneof(fc.integer({ min: -1, max: 2 ** 32 }), fc.constant(7)),
        MsgBody: fc.oneof(valueish, fc.constant([{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }])),
      },
      { requiredKeys: [] },
    );
    const bodies = fc.oneof(
      fc.string({ maxLength: 200 }),
      valueish.map((v) => JSON.stringify(v) ?? ''),
      fc
        .record(
          {
            GroupId: fc.oneof(fc.constant(GROUP), fc.string()),
            MsgList: fc.array(messages, { maxLength: 9 }),
          },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const response = await sandbox.handle(target, body);
        expect(response.status).toBe(200);
        const answer = expectWireShape(response.bodyText);
        if (answer.ActionStatus === 'OK') {
          expect(answer.ErrorCode).toBe(0);
          expect(Array.isArray(answer.ImportMsgResult)).toBe(true);
        } else expect(answer.ErrorCode).not.toBe(0);
      }),
      { numRuns: 500 },
    );
    // Whatever was stored reads back in order.
    const seqs = sandbox.readMessages(GROUP, { ReqMsgNumber: 20 }).RspMsgList?.map((m) => m.MsgSeq) ?? [];
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('never throws on arbitrary URLs', async () => {
    const { sandbox } = testSandbox({ rateLimit: false });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true })), async (target) => {
        expectWireShape((await sandbox.handle(target, '{}')).bodyText);
      }),
      { numRuns: 300 },
    );
  });
});
