/** Local servers and a raw HTTP client for the relay tests: nothing here leaves 127.0.0.1. */
import { request, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Upstream {
  base: string;
  requests: Recorded[];
  /** How the next requests are answered (default: 200 with a small JSON echo). */
  answer: (
    recorded: Recorded,
  ) => { status: number; body: Buffer | string; headers?: Record<string, string> } | 'hang';
  close: () => Promise<void>;
}

export async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

export function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A stand-in for Tencent's host that records every request it gets. */
export async function startUpstream(): Promise<Upstream> {
  const upstream: Upstream = {
    base: '',
    requests: [],
    answer: () => ({
      status: 200,
      body: '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}',
      headers: { 'Content-Type': 'application/json' },
    }),
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      upstream.requests.push(recorded);
      const answer = upstream.answer(recorded);
      if (answer === 'hang') return;
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    });
  });
  const port = await listen(server);
  upstream.base = `http://127.0.0.1:${port}`;
  upstream.close = () => close(server);
  return upstream;
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** An HTTP request with the path, method and headers exactly as given (no URL normalisation). */
export function rawRequest(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string | string[]>;
    body?: Buffer | string;
  },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
        setHost: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export const IMPORT_PATH = '/v4/group_open_http_svc/import_group_msg';
export const SECRET_QUERY =
  '?sdkappid=1400000000&identifier=administrator&usersig=eJwtzFFLwzAU-secret-value&random=99999999&contenttype=json';
