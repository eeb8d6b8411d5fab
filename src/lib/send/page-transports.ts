/**
 * The transports the page sends with, each loaded on its first send: the sandbox (given by the composition root,
 * which owns the page's one sandbox so the Sandbox view shows what Send stored), and direct and relay from
 * send/index.ts. Nothing here is in the start-up chunk but this file.
 */
import type { TransportFor } from './build-only';
import type { SendResult, Target, Transport } from './transport';

/** A transport whose implementation loads on its first send; a failed load answers as an `internal` failure. */
export function deferredTransport(target: Target, load: () => Promise<Transport>): Transport {
  let loading: Promise<Transport> | undefined;
  return {
    target,
    async send(request, options): Promise<SendResult> {
      const started = Date.now();
      try {
        const transport = await (loading ??= load());
        return await transport.send(request, options);
      } catch (error) {
        loading = undefined; // the next send tries again
        const detail = `The ${target} transport could not be loaded: ${String(error)}`;
        return {
          target,
          status: 0,
          bodyText: '',
          durationMs: Date.now() - started,
          failure: { kind: 'internal', detail },
        };
      }
    },
  };
}

/** Sandbox, direct and relay, each loaded on first use. */
export function pageTransportFor(loadSandbox: () => Promise<Transport>): TransportFor {
  const transports: Record<Target, Transport> = {
    sandbox: deferredTransport('sandbox', loadSandbox),
    direct: deferredTransport('direct', async () => (await import('./index')).createDirectTransport()),
    relay: deferredTransport('relay', async () => (await import('./index')).createRelayTransport()),
  };
  return (target) => transports[target];
}
