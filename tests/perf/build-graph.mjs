// Reads a Vite `dist/` and works out which files the page loads at start-up, lazily, and in workers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** Every file under `dir`, as { path (posix, relative to dir), bytes: Buffer }; `.vite/` (manifest) skipped. */
export function readDist(dir) {
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.vite') walk(full);
      } else {
        files.push({ path: relative(dir, full).split(sep).join('/'), bytes: readFileSync(full) });
      }
    }
  };
  walk(dir);
  return files;
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The opening tags of an HTML document, each { name, attrs: Map, index, inner (text up to its closing tag) }. */
export function htmlTags(html) {
  const tags = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
  for (const match of withoutComments.matchAll(/<([a-zA-Z][\w-]*)(\s[^>]*)?>/g)) {
    const name = match[1].toLowerCase();
    const attrs = new Map();
    for (const attr of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attrs.set(attr[1].toLowerCase(), attr[2] ?? attr[3] ?? attr[4] ?? '');
    }
    let inner = '';
    if (name === 'script' || name === 'style') {
      const end = withoutComments.indexOf(`</${name}`, match.index + match[0].length);
      inner = withoutComments.slice(match.index + match[0].length, end === -1 ? undefined : end);
    }
    tags.push({ name, attrs, index: match.index, inner });
  }
  return tags;
}

/** Resolves a URL found in `fromPath` (posix path inside dist) to a dist path, or undefined if not local. */
export function resolveLocal(fromPath, url) {
  if (/^([a-z][a-z\d+.-]*:|\/\/)/i.test(url)) return undefined; // http:, data:, blob:, //host
  const clean = url.split(/[?#]/)[0];
  const joined = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(fromPath), clean);
  return posix.normalize(joined);
}

/**
 * Module specifiers of a JS file: `static` (import/export ... from, loaded before the module runs),
 * `dynamic` (import() with a string literal) and `urls` (new URL('x', import.meta.url): workers and assets).
 */
export function moduleReferences(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const refs = { static: [], dynamic: [], urls: [] };
  for (const statement of file.statements) {
    const specifier = statement.moduleSpecifier;
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && specifier) {
      if (ts.isStringLiteral(specifier)) refs.static.push(specifier.text);
    }
  }
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) refs.dynamic.push(arg.text);
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL'
    ) {
      const [arg, base] = node.arguments ?? [];
      if (arg && ts.isStringLiteralLike(arg) && base?.getText(file) === 'import.meta.url')
        refs.urls.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return refs;
}

/**
 * Classifies the JS of a dist: `startup` (entry scripts and modulepreloads of index.html plus their static
 * imports, transitively), `workers` (JS reached through new URL(..., import.meta.url) or named *worker*,
 * plus their static imports) and `lazy` (all other JS). Also returns each file's references.
 */
export function classify(files) {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const html = byPath.get('index.html');
  if (!html) throw new Error('dist has no index.html');
  const tags = htmlTags(html.bytes.toString('utf8'));
  const refsOf = new Map();
  for (const file of files) {
    if (file.path.endsWith('.js') || file.path.endsWith('.mjs')) {
      refsOf.set(file.path, moduleReferences(file.bytes.toString('utf8'), file.path));
    }
  }
  const closure = (roots) => {
    const seen = new Set();
    const queue = roots.filter((path) => refsOf.has(path));
    while (queue.length > 0) {
      const path = queue.shift();
      if (seen.has(path)) continue;
      seen.add(path);
      for (const specifier of refsOf.get(path).static) {
        const target = resolveLocal(path, specifier);
        if (target && refsOf.has(target) && !seen.has(target)) queue.push(target);
      }
    }
    return seen;
  };

  const entryRoots = [];
  const startupCss = new Set();
  for (const tag of tags) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'script' && tag.attrs.has('src')) entryRoots.push(tag.attrs.get('src'));
    if (tag.name === 'link' && rel.includes('modulepreload')) entryRoots.push(tag.attrs.get('href'));
    if (tag.name === 'link' && rel.includes('stylesheet')) startupCss.add(tag.attrs.get('href'));
  }
  const startup = closure(entryRoots.map((url) => resolveLocal('index.html', url)).filter(Boolean));

  const workerRoots = [];
  for (const [path, refs] of refsOf) {
    for (const url of refs.urls) {
      const target = resolveLocal(path, url);
      if (target && refsOf.has(target)) workerRoots.push(target);
    }
    if (/worker/i.test(posix.basename(path))) workerRoots.push(path);
  }
  const workers = new Set([...closure(workerRoots)].filter((path) => !startup.has(path)));
  const lazy = new Set([...refsOf.keys()].filter((path) => !startup.has(path) && !workers.has(path)));
  const css = files.filter((file) => file.path.endsWith('.css')).map((file) => file.path);
  const startupCssPaths = new Set(
    [...startupCss].map((url) => resolveLocal('index.html', url)).filter((path) => byPath.has(path)),
  );
  return { tags, refsOf, startup, workers, lazy, css, startupCss: startupCssPaths };
}
