/**
 * The relay inside `vite dev` and `vite preview`: the same handler as `npm run serve`, added before Vite's own
 * middlewares (after its host check, which guards against DNS rebinding). The relay lives at `{base}relay/`,
 * where `base` is Vite's resolved base (`--base /sub/path/` for a preview under a sub-path).
 */
import type { Connect, Plugin } from 'vite';
import { relaySettingsFromEnv } from './config.ts';
import { createRelayMiddleware, formatRelayLog } from './relay.ts';

function relayFor(base: string, info: (line: string) => void): Connect.NextHandleFunction {
  const settings = relaySettingsFromEnv(process.env);
  if (settings.upstreamBase)
    info(`relay: RELAY_UPSTREAM_BASE is set, forwarding to ${settings.upstreamBase}`);
  // A relative base ('./') is served from '/' by Vite.
  const basePath = base.startsWith('/') ? base : '/';
  return createRelayMiddleware({
    ...settings,
    basePath,
    log: (entry) => info(formatRelayLog(entry)),
  }) as Connect.NextHandleFunction;
}

export function relayPlugin(): Plugin {
  return {
    name: 'group-import-console:relay',
    configureServer(server) {
      server.middlewares.use(relayFor(server.config.base, (line) => server.config.logger.info(line)));
    },
    configurePreviewServer(server) {
      server.middlewares.use(relayFor(server.config.base, (line) => server.config.logger.info(line)));
    },
  };
}
