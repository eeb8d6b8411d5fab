import { describe, expect, it, vi } from 'vitest';
import { buildImportRequest, SEED_REQUEST_TEXT } from '../../../src/lib/api';
import { deferredTransport, pageTransportFor } from '../../../src/lib/send/page-transports';
import type { SendResult, Transport } from '../../../src/lib/send/transport';

const request = buildImportRequest({
  host: 'console.tim.qq.com',
  sdkAppId: '1400000000',
  identifier: 'administrator',
  userSig: 'sig',
  body: SEED_REQUEST_TEXT,
});

const answering = (result: Partial<SendResult> = {}): Transport => ({
  target: 'sandbox',
  send: vi.fn(async () => ({
    target: 'sandbox' as const,
    status: 200,
    bodyText: '{}',
    durationMs: 1,
    ...result,
  })),
});

describe('deferredTransport', () => {
  it('loads its implementation once, on the first send, and hands every send to it', async () => {
    const inner = answering();
    const load = vi.fn(async () => inner);
    const transport = deferredTransport('sandbox', load);
    expect(load).not.toHaveBeenCalled();
    await transport.send(request);
    await transport.send(request);
    expect(load).toHaveBeenCalledTimes(1);
    expect(inner.send).toHaveBeenCalledTimes(2);
  });

  it('answers a failed load as an internal failure that names the target, and tries again next time', async () => {
    const inner = answering();
    const load = vi
      .fn<() => Promise<Transport>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(inner);
    const transport = deferredTransport('relay', load);
    const failed = await transport.send(request);
    expect(failed).toMatchObject({ target: 'relay', status: 0, bodyText: '', failure: { kind: 'internal' } });
    expect(failed.failure?.detail).toMatch(/relay transport could not be loaded: TypeError: Failed to fetch/);
    expect((await transport.send(request)).status).toBe(200);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('pageTransportFor', () => {
  it('gives each target its own transport; the sandbox one comes from the page’s sandbox', async () => {
    const sandbox = answering({ bodyText: '{"ActionStatus":"OK"}' });
    const transportFor = pageTransportFor(async () => sandbox);
    expect(transportFor('sandbox').target).toBe('sandbox');
    expect(transportFor('direct').target).toBe('direct');
    expect(transportFor('relay').target).toBe('relay');
    expect(transportFor('sandbox')).toBe(transportFor('sandbox'));
    expect((await transportFor('sandbox').send(request)).bodyText).toBe('{"ActionStatus":"OK"}');
  });
});
