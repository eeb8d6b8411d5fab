/**
 * Every sentence the relay and `npm run serve` write, for someone reading an answer with curl or the server's
 * output. Keyed by a stable id so a catalog in another language is a matter of adding one. The page does not
 * show these: it explains a refusal by its reason (src/lib/send/messages.ts).
 */
export const SERVER_MESSAGES = {
  'method.not-post': () => 'The relay takes POST only.',
  'host.empty': () => 'No host in the path: call {base}relay/{host}/v4/....',
  'host.encoded': () => 'The host in the path holds encoded characters (%): write it plainly.',
  'host.userinfo': () => 'The host in the path holds user info (@): only a bare host name is forwarded.',
  'host.port': () => 'The host in the path has a port: the relay calls https://{host}/ on port 443 only.',
  'host.trailing-dot': () => 'The host in the path ends with a dot: write it without one.',
  'host.case': () => 'The host in the path has upper-case letters: write it in lower case.',
  'host.not-listed': () =>
    'This host is not in the relay\u2019s allow-list (Tencent\u2019s IM hosts and RELAY_EXTRA_HOSTS).',
  'path.not-v4': () => 'Only paths under /v4/ are forwarded.',
  'path.encoded': () => 'The path holds encoded characters (%) or a backslash: write it plainly.',
  'path.segment': () =>
    'The path has an empty, "." or ".." segment, or characters other than letters, digits, "_", "-" and ".".',
  'header.host-missing': () => 'The request has no usable Host header.',
  'header.host-upstream': () =>
    'The Host header names an API host: the relay takes its target from the path only.',
  'header.host-unknown': () =>
    'The Host header names a host this server does not answer to (a DNS rebinding guard).',
  'header.forwarded-host': () => 'X-Forwarded-Host names another host than the Host header.',
  'header.origin': () => 'The call comes from a page of another origin: the relay serves its own page only.',
  'body.too-large': (p: { limit: number }) => `The body is over ${p.limit} bytes, the relay's limit.`,
  'upstream.timeout': (p: { seconds: number }) => `The upstream host did not answer within ${p.seconds} s.`,
  'upstream.failed': () =>
    'The upstream host could not be reached (DNS, connection or TLS failure) or its answer was unusable.',
  'serve.listening': (p: { url: string; relay: string }) =>
    `Serving the console at ${p.url} (relay at ${p.relay}{host}/v4/...)`,
  'serve.upstream-base': (p: { base: string }) =>
    `RELAY_UPSTREAM_BASE is set: every relay call goes to ${p.base}, not to Tencent (for tests only).`,
  'serve.no-dist': (p: { dir: string }) =>
    `${p.dir}/index.html does not exist: run \`npm run build\` first (or give another folder with --dist).`,
  'serve.no-csp': (p: { dir: string }) =>
    `${p.dir}/index.html has no Content-Security-Policy meta tag: serving without a CSP header.`,
  'serve.usage': () =>
    'Usage: npm run serve [-- --dist DIR] [--base /sub/path/] [--cert FILE --key FILE]\n' +
    'Environment: PORT (default 8080), HOST (default 127.0.0.1), RELAY_EXTRA_HOSTS (comma-separated).',
  'serve.bad-option': (p: { option: string }) => `Unknown or incomplete option: ${p.option}`,
  'serve.bad-port': (p: { value: string }) => `PORT must be a number from 0 to 65535, not "${p.value}".`,
  'serve.bad-base': (p: { value: string }) =>
    `--base must be a path that starts and ends with "/" (e.g. /tools/im/), not "${p.value}".`,
  'serve.cert-pair': () => 'Give both --cert and --key for https, or neither.',
  'config.extra-host': (p: { value: string; problem: string }) =>
    `RELAY_EXTRA_HOSTS: "${p.value}" is not a bare host name (${p.problem}).`,
  'config.extra-host-port': (p: { value: string }) =>
    `RELAY_EXTRA_HOSTS: "${p.value}" has a port; the relay calls https://{host}/ on port 443 only.`,
  'config.upstream-base': (p: { value: string }) =>
    `RELAY_UPSTREAM_BASE must be an http(s) URL without a query, e.g. http://127.0.0.1:9999, not "${p.value}".`,
} as const;

export type ServerMessageId = keyof typeof SERVER_MESSAGES;

/** The sentence of an id that takes no parameters. */
export function serverMessage(id: ServerMessageId): string {
  const make = SERVER_MESSAGES[id] as (p?: unknown) => string;
  return make();
}
