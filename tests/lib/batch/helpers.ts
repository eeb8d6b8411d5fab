/** Shared pieces of the batch tests: inputs, a sandbox with the groups an input names, faulty transports. */
import { buildImportRequest } from '../../../src/lib/api/request';
import type { BatchPlan } from '../../../src/lib/batch/plan-types';
import {
  createSandbox,
  createSandboxTransport,
  SANDBOX_IDENTIFIER,
  SANDBOX_SDK_APP_ID,
  SANDBOX_USER_SIG,
  type Sandbox,
  type RspMsgItem,
} from '../../../src/lib/sandbox';
import type { SendResult, Transport } from '../../../src/lib/send/transport';

/** 2024-01-01T00:00:00Z */
export const NOW = 1704067200;
export const T0 = 1650000000;

export function text(content: string) {
  return [{ MsgType: 'TIMTextElem', MsgContent: { Text: content } }];
}

/** `perGroup` messages in each of `groups` groups, interleaved, times ascending within each group with gaps. */
export function messages(groups: number, perGroup: number, start = T0) {
  const out: Record<string, unknown>[] = [];
  for (let k = 0; k < perGroup; k++)
    for (let g = 0; g < groups; g++)
      out.push({
        GroupId: `group-${g}`,
        From_Account: `user${(k + g) % 5}`,
        SendTime: start + k * 2,
        MsgBody: text(`g${g} m${k}`),
        SourceId: `src-${g}-${k}`,
      });
  return out;
}

export function buildRequest(body: string) {
  return buildImportRequest({
    host: 'console.tim.qq.com',
    sdkAppId: SANDBOX_SDK_APP_ID,
    identifier: SANDBOX_IDENTIFIER,
    userSig: SANDBOX_USER_SIG,
    body,
  });
}

/** A sandbox that holds the plan's groups, created just before their first message. */
export function sandboxFor(plan: BatchPlan, now = NOW): Sandbox {
  return createSandbox({
    now: () => now,
    rateLimit: false,
    groups: plan.groups.map((g) => ({
      GroupId: g.GroupId,
      Type: g.Type ?? 'Public',
      CreateTime: g.CreateTime ?? (g.messageCount > 0 ? plan.messages.sendTime[g.firstMessage] - 1 : T0 - 1),
    })),
  });
}

/** Every message the sandbox stores in a group, oldest first, read back 20 at a time as the API pages. */
export function storedMessages(sandbox: Sandbox, groupId: string): RspMsgItem[] {
  const out: RspMsgItem[] = [];
  let seq: number | undefined;
  for (;;) {
    const page = sandbox.readMessages(groupId, {
      ReqMsgNumber: 20,
      ...(seq === undefined ? {} : { ReqMsgSeq: seq }),
    });
    const list = page.RspMsgList ?? [];
    if (list.length === 0) break;
    out.push(...list); // at most 20: a small spread
    seq = list[list.length - 1].MsgSeq - 1;
    if (seq < 1) break;
  }
  return out.reverse();
}

export type Fault = 'none' | 'drop-after' | 'timeout-before' | '502' | '60007' | 'malformed';

/** mulberry32: a seeded source so a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The sandbox behind faults: `drop-after` lets the sandbox store the call and loses its answer (a timeout);
 * the others never reach it. `pick` decides per call.
 */
export function faultyTransport(
  sandbox: Sandbox,
  pick: (call: number) => Fault,
): Transport & { calls: number; faults: Record<Fault, number> } {
  const inner = createSandboxTransport(sandbox);
  const faults: Record<Fault, number> = {
    none: 0,
    'drop-after': 0,
    'timeout-before': 0,
    '502': 0,
    '60007': 0,
    malformed: 0,
  };
  const transport = {
    target: 'sandbox' as const,
    calls: 0,
    faults,
    async send(
      request: Parameters<Transport['send']>[0],
      options?: Parameters<Transport['send']>[1],
    ): Promise<SendResult> {
      const fault = pick(transport.calls++);
      faults[fault]++;
      const base = { target: 'sandbox' as const, durationMs: 1 };
      switch (fault) {
        case 'drop-after':
          await inner.send(request, options);
          return { ...base, status: 0, bodyText: '', failure: { kind: 'timeout' } };
        case 'timeout-before':
          return { ...base, status: 0, bodyText: '', failure: { kind: 'timeout' } };
        case '502':
          return {
            ...base,
            status: 502,
            bodyText: '<html>Bad Gateway</html>',
            failure: { kind: 'http-status', detail: '502' },
          };
        case '60007':
          return {
            ...base,
            status: 200,
            bodyText: JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 60007, ErrorInfo: 'rate limit' }),
          };
        case 'malformed':
          await inner.send(request, options);
          return { ...base, status: 200, bodyText: '{"ActionStatus":"OK","ErrorCode":0,"ImportMsgRes' };
        default:
          return inner.send(request, options);
      }
    },
  };
  return transport;
}

/** Runner options that never wait: an instant sleep and a clock that moves 1 ms per read. */
export function instant() {
  let ms = 1_700_000_000_000;
  return { clock: () => (ms += 1), sleep: async () => {}, random: () => 0.5 };
}
