// @vitest-environment node
/** The sandbox Transport: the built request in, the sandbox's wire answer out; never rejects. */
import { describe, expect, it } from 'vitest';
import { buildImportRequest } from '../../../src/lib/api/request';
import { createSandboxTransport, type Sandbox } from '../../../src/lib/sandbox';
import { CREDENTIALS, message, NOW, request, testSandbox } from './helpers';

const built = (body: unknown) =>
  buildImportRequest({ host: 'adminapisgp.im.qcloud.com', ...CREDENTIALS, body: JSON.stringify(body) });

describe('createSandboxTransport', () => {
  it('sends the built request to the sandbox and reports target, status, body and duration', async () => {
    const { sandbox } = testSandbox();
    const transport = createSandboxTransport(sandbox);
    expect(transport.target).toBe('sandbox');
    const result = await transport.send(built(request([message(NOW - 5)])));
    expect(result).toEqual({
      target: 'sandbox',
      status: 200,
      bodyText: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(JSON.parse(result.bodyText).ImportMsgResult).toEqual([{ MsgSeq: 1, MsgTime: NOW - 5, Result: 0 }]);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.failure).toBeUndefined();
  });

  it('passes API errors through as answers, not failures', async () => {
    const transport = createSandboxTransport(testSandbox().sandbox);
    const result = await transport.send(built({ GroupId: '@TGS#2NOPE', MsgList: [message(NOW - 5)] }));
    expect(result.failure).toBeUndefined();
    expect(JSON.parse(result.bodyText).ErrorCode).toBe(10010);
  });

  it('answers aborted for a signal aborted before or during the call, storing nothing first', async () => {
    const { sandbox } = testSandbox();
    const transport = createSandboxTransport(sandbox);
    const controller = new AbortController();
    controller.abort();
    const before = await transport.send(built(request([message(NOW - 5)])), { signal: controller.signal });
    expect(before).toMatchObject({
      target: 'sandbox',
      status: 0,
      bodyText: '',
      failure: { kind: 'aborted' },
    });
    expect(sandbox.getGroup('@TGS#2C5SZEAEF')?.messageCount).toBe(0);

    const during = new AbortController();
    const slow: Sandbox = {
      ...sandbox,
      handle: async (u, b) => {
        during.abort();
        return sandbox.handle(u, b);
      },
    };
    const result = await createSandboxTransport(slow).send(built(request([message(NOW - 4)])), {
      signal: during.signal,
    });
    expect(result.failure).toEqual({ kind: 'aborted' });
  });

  it('never rejects, even if the sandbox throws', async () => {
    const broken = { handle: () => Promise.reject(new Error('boom')) } as unknown as Sandbox;
    const result = await createSandboxTransport(broken).send(built({}));
    expect(result).toMatchObject({ status: 0, bodyText: '', failure: { kind: 'internal', detail: 'boom' } });
  });
});
