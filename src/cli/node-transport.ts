/**
 * The direct target for Node: `fetch` with a timeout, every failure classified as the page's transports do
 * (src/lib/send/transport.ts). MIGRATE_UPSTREAM_BASE (tests only, e.g. http://127.0.0.1:9999) sends every call
 * there instead of https://{host}, keeping path and query, as the relay's RELAY_UPSTREAM_BASE does.
 */
import type { BuiltRequest } from '../lib/api';
import type { SendOptions, SendResult, Transport } from '../lib/send/transport';

export const CALL_TIMEOUT_MS = 10_000; // the backend gives up after 3 s

export function createNodeTransport(options: { upstreamBase?: string; timeoutMs?: number } = {}): Transport {
  const timeoutMs = options.timeoutMs ?? CALL_TIMEOUT_MS;
  return {
    target: 'direct',
    async send(request: BuiltRequest, sendOptions?: SendOptions): Promise<SendResult> {
      const started = Date.now();
      const result = (fields: Omit<SendResult, 'target' | 'durationMs'>): SendResult => ({
        target: 'direct',
        durationMs: Date.now() - started,
        ...fields,
      });
      let url = request.url;
      if (options.upstreamBase) {
        const parsed = new URL(request.url);
        url = `${options.upstreamBase.replace(/\/$/, '')}${parsed.pathname}${parsed.search}`;
      }
      const timeout = AbortSignal.timeout(timeoutMs);
      const signal = sendOptions?.signal ? AbortSignal.any([sendOptions.signal, timeout]) : timeout;
      let status = 0;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          signal,
        });
        status = response.status;
        const bodyText = await response.text();
        if (status !== 200)
          return result({ status, bodyText, failure: { kind: 'http-status', detail: response.statusText } });
        return result({ status, bodyText });
      } catch (error) {
        if (sendOptions?.signal?.aborted)
          return result({ status, bodyText: '', failure: { kind: 'aborted' } });
        if (timeout.aborted) return result({ status, bodyText: '', failure: { kind: 'timeout' } });
        const detail =
          error instanceof Error
            ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}`
            : String(error);
        return result({ status, bodyText: '', failure: { kind: status ? 'truncated' : 'blocked', detail } });
      }
    },
  };
}
