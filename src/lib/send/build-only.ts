/**
 * The "build only" transport: what Send does until the real transports are wired into the page. It answers at
 * once, with nothing sent and no answer (`builtOnly`); the request was built and recorded before it was called.
 * Tiny and import-free, so the page may hold it at start-up; direct and relay load lazily (send/index.ts).
 */
import type { SendResult, Target, Transport } from './transport';

export function createBuildOnlyTransport(target: Target): Transport {
  return {
    target,
    send: (): Promise<SendResult> =>
      Promise.resolve({ target, status: 0, bodyText: '', durationMs: 0, builtOnly: true }),
  };
}

/** Picks the transport for a target: today every target builds only (the next issue wires the others). */
export type TransportFor = (target: Target) => Transport;

export const buildOnlyTransportFor: TransportFor = createBuildOnlyTransport;
