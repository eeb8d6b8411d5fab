/** Fake `fetch`es for the transport tests: each records its calls and answers in one way. */
import { buildImportRequest, type BuiltRequest } from '../../../src/lib/api/request';

export interface FetchCall {
  url: string;
  init: RequestInit;
}

export type FakeFetch = typeof fetch & { calls: FetchCall[] };

export function fakeFetch(answer: (url: string, init: RequestInit) => Promise<Response>): FakeFetch {
  const calls: FetchCall[] = [];
  const fn = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return answer(String(input), init);
  }) as FakeFetch;
  fn.calls = calls;
  return fn;
}

export const answering = (body: BodyInit | null, init: ResponseInit = { status: 200 }) =>
  fakeFetch(async () => new Response(body, init));

export const rejecting = (error: unknown) =>
  fakeFetch(async () => {
    throw error;
  });

/** Never answers; rejects with an AbortError when its signal fires (as fetch does). */
export const hanging = () =>
  fakeFetch(
    (_url, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );

/** Answers headers at once, then sends `head` of the body and either stalls or breaks the stream. */
export const streaming = (head: string, then: 'stall' | 'break', status = 200) =>
  fakeFetch(async (_url, init) => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(head));
        if (then === 'break') setTimeout(() => controller.error(new TypeError('network error')), 1);
        init.signal?.addEventListener('abort', () =>
          controller.error(new DOMException('aborted', 'AbortError')),
        );
      },
    });
    return new Response(stream, { status });
  });

/** A redirect that fetch did not follow (`redirect: 'manual'`): an opaque-redirect response. */
export const redirecting = () =>
  fakeFetch(
    async () =>
      ({
        type: 'opaqueredirect',
        status: 0,
        statusText: '',
        headers: new Headers(),
        text: async () => '',
      }) as unknown as Response,
  );

export const SEED_OK = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ImportMsgResult":[]}';

export function request(host = 'console.tim.qq.com', body = '{"GroupId":"@TGS#2C5SZEAEF"}'): BuiltRequest {
  return buildImportRequest({
    host,
    sdkAppId: '1400000000',
    identifier: 'administrator',
    userSig: 'eJw-secret',
    body,
    random: 12345,
  });
}

/** A clock that moves `step` ms on every read. */
export function steppingClock(step = 5): () => number {
  let now = 1000;
  return () => (now += step);
}
