/**
 * `npm run serve`: the built console and the relay on one origin (run with tsx; Node's own http/https only).
 * Environment: PORT (default 8080; 0 picks a free port), HOST (default 127.0.0.1), RELAY_EXTRA_HOSTS,
 * RELAY_UPSTREAM_BASE (tests only). Options: --dist DIR (default dist/), --base /sub/path/, --cert/--key FILE.
 * Prints one line `Serving the console at http://HOST:PORT/...` once it listens (tests read the port from it).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relaySettingsFromEnv } from './config.ts';
import { createConsoleServer } from './console-server.ts';
import { SERVER_MESSAGES, serverMessage } from './messages.ts';
import { formatRelayLog } from './relay.ts';

export interface ServeSettings {
  root: string;
  basePath: string;
  port: number;
  host: string;
  cert?: string;
  key?: string;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reads the command line and environment; throws with a message for anything wrong. */
export function serveSettings(argv: string[], env: NodeJS.ProcessEnv): ServeSettings {
  const settings: ServeSettings = {
    root: resolve(REPO_ROOT, 'dist'),
    basePath: '/',
    port: 8080,
    host: env.HOST?.trim() || '127.0.0.1',
  };
  if (env.PORT !== undefined && env.PORT.trim() !== '') {
    const port = Number(env.PORT);
    if (!/^\d{1,5}$/.test(env.PORT.trim()) || port > 65535) {
      throw new Error(SERVER_MESSAGES['serve.bad-port']({ value: env.PORT }));
    }
    settings.port = port;
  }
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i];
    const value = argv[i + 1];
    if (!['--dist', '--base', '--cert', '--key'].includes(option) || value === undefined) {
      throw new Error(`${SERVER_MESSAGES['serve.bad-option']({ option })}\n${serverMessage('serve.usage')}`);
    }
    i++;
    if (option === '--dist') settings.root = resolve(value);
    else if (option === '--cert') settings.cert = resolve(value);
    else if (option === '--key') settings.key = resolve(value);
    else {
      if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(value) || /\/\.\.?\//.test(value)) {
        throw new Error(SERVER_MESSAGES['serve.bad-base']({ value }));
      }
      settings.basePath = value;
    }
  }
  if ((settings.cert === undefined) !== (settings.key === undefined))
    throw new Error(serverMessage('serve.cert-pair'));
  return settings;
}

async function main(): Promise<void> {
  const settings = serveSettings(process.argv.slice(2), process.env);
  const relay = relaySettingsFromEnv(process.env);
  const tls =
    settings.cert && settings.key
      ? { cert: readFileSync(settings.cert), key: readFileSync(settings.key) }
      : undefined;
  let server;
  try {
    server = await createConsoleServer({
      root: settings.root,
      basePath: settings.basePath,
      listenHost: settings.host,
      tls,
      relay: { ...relay, log: (entry) => console.log(formatRelayLog(entry)) },
      onCsp: (csp) => {
        if (!csp) console.warn(SERVER_MESSAGES['serve.no-csp']({ dir: settings.root }));
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(SERVER_MESSAGES['serve.no-dist']({ dir: settings.root }), { cause: error });
    }
    throw error;
  }
  if (relay.upstreamBase) console.warn(SERVER_MESSAGES['serve.upstream-base']({ base: relay.upstreamBase }));
  const listening = server;
  await new Promise<void>((done, fail) => {
    listening.once('error', fail);
    listening.listen(settings.port, settings.host, () => done());
  });
  const { port } = listening.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `${tls ? 'https' : 'http'}://${host}:${port}${settings.basePath}`;
  console.log(SERVER_MESSAGES['serve.listening']({ url, relay: `${url}relay/` }));
  const stop = () => {
    listening.close(() => process.exit(0));
    listening.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Run as the command (tsx src/server/serve.ts), not when a test imports serveSettings.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
