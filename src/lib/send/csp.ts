/**
 * Whether a Content-Security-Policy `connect-src` list lets the page call a URL, so a call the browser would
 * refuse is named as such before it is made (a refused fetch looks exactly like a CORS failure otherwise).
 * Covers the source expressions a page uses: 'none', 'self', *, scheme-only (`https:`), and host sources
 * (`https://host`, `host:port`, `*.example.com`, `https://example.com/path/`), per CSP Level 3 §6.7.2.
 */

/** The directive's sources from a whole policy text, or undefined when neither it nor default-src is set. */
export function connectSrcOf(policy: string): string[] | undefined {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive wins; later ones are ignored by browsers.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives.get('connect-src') ?? directives.get('default-src');
}

const SCHEME_ONLY = /^([a-z][a-z0-9+.-]*):$/i;
const HOST_SOURCE =
  /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\*|\d+))?(\/.*)?$/i;

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

/** `https:` matches `https:` and also upgrades from `http:` (CSP3 "scheme-part matching"). */
function schemeMatches(sourceScheme: string, urlScheme: string): boolean {
  if (sourceScheme === urlScheme) return true;
  return (
    (sourceScheme === 'http:' && urlScheme === 'https:') || (sourceScheme === 'ws:' && urlScheme === 'wss:')
  );
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

function portMatches(sourcePort: string | undefined, url: URL, sourceScheme: string | undefined): boolean {
  const urlPort = url.port || DEFAULT_PORTS[url.protocol] || '';
  if (sourcePort === '*') return true;
  if (sourcePort !== undefined) return sourcePort === urlPort;
  // No port: the default port of the source's scheme (or of the URL's when the source has none).
  const expected = DEFAULT_PORTS[sourceScheme ?? url.protocol];
  return urlPort === expected || (sourceScheme === 'http:' && url.protocol === 'https:' && urlPort === '443');
}

function pathMatches(sourcePath: string | undefined, url: URL): boolean {
  if (sourcePath === undefined || sourcePath === '' || sourcePath === '/') return true;
  const path = decodeURIComponent(url.pathname);
  return sourcePath.endsWith('/') ? path.startsWith(sourcePath) : path === sourcePath;
}

function sourceMatches(source: string, url: URL, pageOrigin: string | undefined): boolean {
  const lower = source.toLowerCase();
  if (lower === "'self'") {
    if (pageOrigin === undefined) return false;
    const page = new URL(pageOrigin);
    if (url.origin === page.origin) return true;
    // CSP3: 'self' also allows the secure upgrade of the page's own host and port.
    return page.protocol === 'http:' && url.protocol === 'https:' && url.hostname === page.hostname;
  }
  if (lower === '*') return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
  if (lower.startsWith("'")) return false; // 'none', nonces, hashes: none of them allows a URL
  const schemeOnly = SCHEME_ONLY.exec(lower);
  if (schemeOnly) return schemeMatches(`${schemeOnly[1]}:`, url.protocol);
  const host = HOST_SOURCE.exec(lower);
  if (!host) return false;
  const [, scheme, hostPattern, port, path] = host;
  const sourceScheme = scheme ? `${scheme}:` : undefined;
  if (sourceScheme) {
    if (!schemeMatches(sourceScheme, url.protocol)) return false;
  } else {
    // No scheme: the page's own scheme (and its secure upgrade).
    const pageScheme = pageOrigin ? new URL(pageOrigin).protocol : 'https:';
    if (!schemeMatches(pageScheme, url.protocol)) return false;
  }
  return (
    hostMatches(hostPattern, url.hostname) && portMatches(port, url, sourceScheme) && pathMatches(path, url)
  );
}

/**
 * Whether `connect-src` sources allow fetching `url` from a page at `pageOrigin`. Undefined sources mean no
 * policy (everything allowed); an unparsable URL is not allowed.
 */
export function connectAllowed(
  sources: readonly string[] | undefined,
  url: string,
  pageOrigin: string | undefined,
): boolean {
  if (sources === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return sources.some((source) => {
    try {
      return sourceMatches(source, parsed, pageOrigin);
    } catch {
      return false;
    }
  });
}
