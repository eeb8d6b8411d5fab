// Checks that the built page loads nothing from another host, and that a Content-Security-Policy meta
// tag (if any) lets the app do what it must and little else.

// Tencent Cloud IM API hosts (and backups): they appear in the app's data and are called with fetch.
export const TENCENT_HOST = /(^|\.)(tim\.qq\.com|im\.qcloud\.com|my-imcloud\.com)$/i;
const ABSOLUTE = /^\s*(https?:)?\/\//i;
// Attributes through which an element makes the browser fetch something.
const LOADING_ATTRS = ['src', 'href', 'srcset', 'data', 'poster', 'action', 'formaction', 'background'];
const NON_LOADING_LINK_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'bookmark']);

/** Absolute URLs the HTML would load: [{ where, url }]. `<a href>` is navigation, not a load. */
export function htmlLoads(tags) {
  const found = [];
  for (const tag of tags) {
    if (tag.name === 'a' || tag.name === 'area') continue;
    const rels = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (tag.name === 'link' && rels.length > 0 && rels.every((rel) => NON_LOADING_LINK_RELS.has(rel)))
      continue;
    for (const attr of LOADING_ATTRS) {
      const value = tag.attrs.get(attr);
      if (!value) continue;
      const urls = attr === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) if (ABSOLUTE.test(url)) found.push({ where: `<${tag.name} ${attr}>`, url });
    }
    if (tag.name === 'style') found.push(...cssLoads(tag.inner, '<style>'));
    const style = tag.attrs.get('style');
    if (style) found.push(...cssLoads(style, `<${tag.name} style>`));
  }
  return found;
}

/** Absolute URLs a stylesheet would load (url(), @import). */
export function cssLoads(css, where) {
  const found = [];
  const patterns = [/url\(\s*(["']?)([^"')]+)\1\s*\)/gi, /@import\s+(["'])([^"']+)\1/gi];
  for (const pattern of patterns) {
    for (const match of css.matchAll(pattern)) {
      if (ABSOLUTE.test(match[2])) found.push({ where, url: match[2].trim() });
    }
  }
  return found;
}

/** Absolute URLs a script would load as code: imports, workers, importScripts, and literal fetches. */
export function jsLoads(source, refs, where) {
  const found = [];
  for (const url of [...refs.static, ...refs.dynamic, ...refs.urls]) {
    if (ABSOLUTE.test(url)) found.push({ where: `${where} (import/new URL)`, url });
  }
  const patterns = [
    /importScripts\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g,
    /new\s+(?:Shared)?Worker\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g,
    /\bfetch\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const host = hostOf(match[1]);
      if (!host || !TENCENT_HOST.test(host))
        found.push({ where: `${where} (${match[0].split('(')[0]})`, url: match[1] });
    }
  }
  return found;
}

export function hostOf(url) {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).hostname;
  } catch {
    return undefined;
  }
}

/** Hosts named in string data of a script, with counts (information only: data is not a load). */
export function mentionedHosts(source, counts = new Map()) {
  const add = (host) => counts.set(host.toLowerCase(), (counts.get(host.toLowerCase()) ?? 0) + 1);
  for (const match of source.matchAll(/https?:\/\/([a-z\d.-]+\.[a-z]{2,})/gi)) add(match[1]);
  // Tencent hosts are usually stored bare (a region table), without a scheme.
  for (const match of source.matchAll(
    /(?<![\w./-])([a-z\d-]+(?:\.[a-z\d-]+)*\.(?:tim\.qq|im\.qcloud|my-imcloud)\.com)\b/gi,
  )) {
    add(match[1]);
  }
  return counts;
}

function parsePolicy(text) {
  const directives = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Does a CSP source list allow https://host? (Enough of CSP3 source matching for this check.) */
function allowsHost(sources, host) {
  return sources.some((source) => {
    const s = source.toLowerCase();
    if (s === '*' || s === 'https:') return true;
    const match = /^(?:https?:\/\/)?(\*\.)?([^/:]+)(?::\d+|:\*)?(?:\/.*)?$/.exec(s);
    if (!match || s.startsWith("'")) return false;
    return match[1] ? host.endsWith(`.${match[2]}`) : host === match[2];
  });
}

const fallback = (policy, ...names) => names.map((name) => policy.get(name)).find(Boolean);

/** Findings for a CSP meta tag: [{ level: 'FAIL' | 'WARN' | 'info', message }]. */
export function auditCsp(tags, { tencentHosts, hasWorkers }) {
  const metas = tags.filter(
    (tag) => tag.name === 'meta' && tag.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length === 0) return [{ level: 'info', message: 'no Content-Security-Policy meta tag' }];
  const findings = [];
  const meta = metas[0];
  const policy = parsePolicy(meta.attrs.get('content') ?? '');
  const firstLoad = tags.find(
    (tag) => (tag.name === 'script' || tag.name === 'link') && tag.index < meta.index,
  );
  if (firstLoad)
    findings.push({ level: 'FAIL', message: `meta CSP comes after a <${firstLoad.name}>: move it up` });
  for (const ignored of ['frame-ancestors', 'report-uri', 'sandbox']) {
    if (policy.has(ignored)) findings.push({ level: 'WARN', message: `${ignored} is ignored in a meta CSP` });
  }
  const scriptSrc = fallback(policy, 'script-src', 'default-src');
  if (!scriptSrc) {
    findings.push({ level: 'WARN', message: 'no script-src or default-src: scripts are not restricted' });
  } else {
    const loose = scriptSrc.filter((s) =>
      ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:'].includes(s),
    );
    if (loose.length) findings.push({ level: 'FAIL', message: `script-src allows ${loose.join(' ')}` });
    if (!scriptSrc.includes("'self'")) findings.push({ level: 'FAIL', message: "script-src lacks 'self'" });
    const inline = tags.some((tag) => tag.name === 'script' && !tag.attrs.has('src') && tag.inner.trim());
    if (inline && !scriptSrc.some((s) => /^'(sha\d+|nonce)-/.test(s))) {
      findings.push({ level: 'FAIL', message: 'index.html has an inline script that script-src blocks' });
    }
  }
  const workerSrc = fallback(policy, 'worker-src', 'child-src', 'script-src', 'default-src');
  if (hasWorkers && workerSrc && !workerSrc.includes("'self'") && !workerSrc.includes('*')) {
    findings.push({ level: 'FAIL', message: "worker-src lacks 'self': the editor's workers cannot start" });
  }
  const connectSrc = fallback(policy, 'connect-src', 'default-src');
  if (connectSrc) {
    const blocked = tencentHosts.filter((host) => !allowsHost(connectSrc, host));
    if (blocked.length) findings.push({ level: 'FAIL', message: `connect-src blocks ${blocked.join(', ')}` });
    if (!allowsHost(connectSrc, 'custom-host.example')) {
      findings.push({
        level: 'WARN',
        message: 'connect-src only allows listed hosts: custom API hosts will fail',
      });
    }
  }
  const styleSrc = fallback(policy, 'style-src', 'default-src');
  if (styleSrc && !styleSrc.includes("'unsafe-inline'")) {
    findings.push({ level: 'WARN', message: "style-src lacks 'unsafe-inline' (Monaco sets inline styles)" });
  }
  if (findings.length === 0)
    findings.push({ level: 'info', message: 'Content-Security-Policy meta tag looks right' });
  return findings;
}
