/**
 * The send seam: every way of sending a built request (the embedded sandbox, a direct call from the page, the
 * relay on the page's own origin, or no sending at all) is a Transport that answers in one shape, so the
 * Response panel, history and the batch runner never care which one ran. Plain TypeScript, no DOM types.
 */
import type { BuiltRequest } from '../api/request';

export const TARGETS = ['sandbox', 'direct', 'relay'] as const;
/** Where Send goes. The sandbox is the default: it works with no account and no network. */
export type Target = (typeof TARGETS)[number];

/** How the Target selector names each target. */
export const TARGET_LABELS: Record<Target, string> = { sandbox: 'Sandbox', direct: 'Direct', relay: 'Relay' };

export function isTarget(value: unknown): value is Target {
  return (TARGETS as readonly unknown[]).includes(value);
}

/**
 * Why no usable answer came back, classified so the page can say what happened and what to do.
 * - `blocked`: the browser refused the call or its answer (CORS, DNS, connection refused: a fetch TypeError);
 * - `csp`: the page's Content-Security-Policy forbids the host;
 * - `timeout`: no answer within the time limit; `aborted`: the user (or a batch pause) cancelled it;
 * - `offline`: the browser says it is offline; `mixed-content`: an https page calling an http URL;
 * - `http-status`: an HTTP status other than 200 (e.g. 502 from a gateway);
 * - `not-json`: a 200 whose body is not JSON; `truncated`: a body cut short (JSON that ends early);
 * - `relay-refused`: the relay answered 403/413/405 itself (host not allowed, body too large, not POST);
 * - `internal`: anything else (a bug of ours): the message says so.
 */
export type SendFailureKind =
  | 'blocked'
  | 'csp'
  | 'timeout'
  | 'aborted'
  | 'offline'
  | 'mixed-content'
  | 'http-status'
  | 'not-json'
  | 'truncated'
  | 'relay-refused'
  | 'internal';

export interface SendFailure {
  kind: SendFailureKind;
  /** Free detail for the explanation (an HTTP status text, the relay's reason, an exception's message). */
  detail?: string;
}

export interface SendResult {
  target: Target;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  /** The response body as received ('' when none). */
  bodyText: string;
  /** From the call's start to its answer (or failure), milliseconds. */
  durationMs: number;
  /** Present when the call produced no usable API answer (see SendFailureKind). */
  failure?: SendFailure;
  /** True when nothing left the page: the transport only built the request (build-only.ts). */
  builtOnly?: true;
}

export interface SendOptions {
  /** Cancels the call: the result then has failure `aborted`. */
  signal?: AbortSignal;
}

/** One way of sending. `send` never rejects: every failure is a SendResult with `failure`. */
export interface Transport {
  readonly target: Target;
  send(request: BuiltRequest, options?: SendOptions): Promise<SendResult>;
}
