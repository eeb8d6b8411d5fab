/**
 * `npm run serve`'s server: the built console and the relay on one origin, with Node's own http/https.
 * Exported as a factory so tests run it in-process; src/server/serve.ts is the command line around it.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { isIP } from 'node:net';
import { createRelayMiddleware, type RelayOptions } from './relay.ts';
import { createStaticHandler, readPageCsp } from './static.ts';

export interface ConsoleServerOptions {
  /** Absolute path of the built console (`dist/`). */
  root: string;
  /** Where the console is served, starting and ending with `/` (default `/`). */
  basePath?: string;
  relay: Omit<RelayOptions, 'basePath' | 'isAllowedHost'>;
  /**
   * The address the server listens on. On a loopback address only requests whose Host is an IP, `localhost`
   * or `*.localhost` are answered (as Vite does), which stops DNS rebinding; elsewhere every Host is.
   */
  listenHost?: string;
  /** Key and certificate (PEM) for https. */
  tls?: { key: Buffer; cert: Buffer };
  /** Called with the CSP found (or not) in index.html. */
  onCsp?: (csp: string | undefined) => void;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Vite's rule for a server on a loopback address: IP literals, localhost and *.localhost. */
export function isLocalHostName(name: string): boolean {
  const bare = name.startsWith('[') ? name.slice(1, -1) : name;
  return isIP(bare) !== 0 || bare === 'localhost' || bare.endsWith('.localhost');
}

export async function createConsoleServer(options: ConsoleServerOptions): Promise<Server> {
  const basePath = options.basePath ?? '/';
  const csp = await readPageCsp(options.root);
  options.onCsp?.(csp);
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  };
  if (csp) headers['Content-Security-Policy'] = csp;

  const guardHost = options.listenHost === undefined || LOOPBACK.has(options.listenHost);
  const isAllowedHost = guardHost ? isLocalHostName : undefined;
  const relay = createRelayMiddleware({ ...options.relay, basePath, isAllowedHost });
  const serveStatic = createStaticHandler({ root: options.root, basePath, headers });

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    relay(req, res, () => {
      const name = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      if (isAllowedHost && !isAllowedHost(name)) {
        res.writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('This server answers to localhost and IP addresses only.\n');
        return;
      }
      serveStatic(req, res);
    });
  };
  const server = options.tls ? createHttpsServer(options.tls, handle) : createHttpServer(handle);
  // Slow or stalled clients must not hold connections for long (the relay's own upstream limit is 10 s).
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  return server;
}
