/** The relay's settings from the environment: RELAY_EXTRA_HOSTS and, for tests only, RELAY_UPSTREAM_BASE. */
import { TENCENT_HOSTS, checkCustomHost } from '../lib/api/regions.ts';
import { SERVER_MESSAGES } from './messages.ts';

export interface RelayEnvSettings {
  /** Hosts forwarded to, lower case: every host and backup host of the region data plus RELAY_EXTRA_HOSTS. */
  allowedHosts: ReadonlySet<string>;
  /** For tests only: forward to `{upstreamBase}/v4/...?{query}` instead of `https://{host}/v4/...`. */
  upstreamBase?: string;
}

/** Parses RELAY_EXTRA_HOSTS; throws with a message naming the bad entry (a server should not start with it). */
export function parseExtraHosts(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  const hosts: string[] = [];
  for (const entry of value.split(',')) {
    const text = entry.trim();
    if (text === '') continue;
    // Bare names only: checkCustomHost would also take a URL and pull its host out, which is too lenient here.
    if (/[/@]/.test(text)) {
      throw new Error(
        SERVER_MESSAGES['config.extra-host']({ value: text, problem: 'no scheme, path or "@"' }),
      );
    }
    const check = checkCustomHost(text);
    if (!check.ok)
      throw new Error(SERVER_MESSAGES['config.extra-host']({ value: text, problem: check.message }));
    if (check.host.includes(':')) throw new Error(SERVER_MESSAGES['config.extra-host-port']({ value: text }));
    hosts.push(check.host);
  }
  return hosts;
}

/** Checks RELAY_UPSTREAM_BASE and returns it without a trailing slash; throws when it is not an http(s) URL. */
export function parseUpstreamBase(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(SERVER_MESSAGES['config.upstream-base']({ value }));
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(SERVER_MESSAGES['config.upstream-base']({ value }));
  }
  return url.href.replace(/\/+$/, '');
}

export function relaySettingsFromEnv(env: NodeJS.ProcessEnv = process.env): RelayEnvSettings {
  return {
    allowedHosts: new Set([...TENCENT_HOSTS, ...parseExtraHosts(env.RELAY_EXTRA_HOSTS)]),
    upstreamBase: parseUpstreamBase(env.RELAY_UPSTREAM_BASE),
  };
}
