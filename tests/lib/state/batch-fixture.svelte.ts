/** A BatchState wired as AppState wires it, to the page's real sandbox, with progress in a fake IndexedDB. */
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbProgressStore } from '../../../src/lib/batch/progress-idb';
import type { SendResult, Target, Transport } from '../../../src/lib/send/transport';
import { BatchState } from '../../../src/lib/state/batch.svelte';
import { CredentialStore, sandboxProfile } from '../../../src/lib/state/credentials.svelte';
import { EndpointState } from '../../../src/lib/state/endpoint.svelte';
import { SandboxState } from '../../../src/lib/state/sandbox.svelte';

export const T0 = 1650000000;

/** `perGroup` messages in each of `groups` groups, times ascending, and one message without a GroupId. */
export function exportText(groups = 2, perGroup = 10): string {
  const messages: Record<string, unknown>[] = [];
  for (let k = 0; k < perGroup; k++)
    for (let g = 0; g < groups; g++)
      messages.push({
        GroupId: `batch-${g}`,
        From_Account: `user${k % 3}`,
        SendTime: T0 + k * 10,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `g${g} m${k}` } }],
      });
  messages.push({ From_Account: 'user0', SendTime: T0, MsgBody: [] });
  return JSON.stringify(messages);
}

/** A transport that passes calls through, or holds them from `close()` until `release()`. */
export function gatedTransport(inner: () => Promise<Transport>) {
  let open = true;
  let passes = Infinity;
  const waiting: (() => void)[] = [];
  let calls = 0;
  const transport: Transport = {
    target: 'sandbox',
    async send(request, options): Promise<SendResult> {
      calls++;
      if (calls > passes) open = false;
      if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
      return (await inner()).send(request, options);
    },
  };
  return {
    transport,
    get calls() {
      return calls;
    },
    get waiting() {
      return waiting.length;
    },
    close: () => (open = false),
    /** Lets `n` more calls through, then holds the rest. */
    closeAfter: (n: number) => (passes = calls + n),
    release: () => {
      open = true;
      passes = Infinity;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

export interface BatchFixtureOptions {
  /** The same factory and name across "reloads". */
  idb?: IDBFactory;
  dbName?: string;
  target?: Target;
}

export function batchFixture(options: BatchFixtureOptions = {}) {
  const idb = options.idb ?? new IDBFactory();
  const dbName = options.dbName ?? 'batch-test';
  const credentials = new CredentialStore({
    session: undefined,
    local: undefined,
    firstProfile: sandboxProfile(),
  });
  const endpoint = new EndpointState(credentials);
  const sandbox = new SandboxState({ rateLimit: false });
  const gate = gatedTransport(() => sandbox.transport());
  const sentTo: Target[] = [];
  const batch = new BatchState({
    endpoint,
    target: () => options.target ?? 'sandbox',
    transportFor: (target) => {
      sentTo.push(target);
      return gate.transport;
    },
    sandbox: async () => sandbox,
    progressStore: () => new IndexedDbProgressStore(dbName, idb),
    createWorker: () => undefined,
  });
  return { batch, sandbox, credentials, endpoint, idb, dbName, sentTo, gate };
}
