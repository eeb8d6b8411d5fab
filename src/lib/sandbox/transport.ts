/** The sandbox as a Transport (src/lib/send/transport.ts): the same wire answer, with no network. */
import type { BuiltRequest } from '../api/request';
import type { SendOptions, SendResult, Transport } from '../send/transport';
import type { Sandbox } from './types';

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function createSandboxTransport(sandbox: Sandbox): Transport {
  return {
    target: 'sandbox',
    async send(request: BuiltRequest, options?: SendOptions): Promise<SendResult> {
      const started = clock();
      const result = (fields: Omit<SendResult, 'target' | 'durationMs'>): SendResult => ({
        target: 'sandbox',
        durationMs: clock() - started,
        ...fields,
      });
      if (options?.signal?.aborted) return result({ status: 0, bodyText: '', failure: { kind: 'aborted' } });
      try {
        const { status, bodyText } = await sandbox.handle(request.url, request.body);
        if (options?.signal?.aborted)
          return result({ status: 0, bodyText: '', failure: { kind: 'aborted' } });
        return result({ status, bodyText });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return result({ status: 0, bodyText: '', failure: { kind: 'internal', detail } });
      }
    },
  };
}
