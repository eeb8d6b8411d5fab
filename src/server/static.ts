/**
 * Serves the built console (`dist/`) for `npm run serve`: GET and HEAD of files inside the folder, with their
 * MIME type and the page's own Content-Security-Policy as a header. Paths are decoded one segment at a time and
 * refused when a segment is `.`, `..`, a dotfile or holds a slash, backslash or NUL; the final file must resolve
 * (symlinks included) inside the folder.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { splitRawUrl } from './relay-path.ts';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The CSP of a page's `<meta http-equiv="Content-Security-Policy">`, or undefined when it has none. */
export function cspOfHtml(html: string): string | undefined {
  const match = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(
    html,
  );
  const content = match?.[1] ?? match?.[2];
  if (content === undefined) return undefined;
  return content
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Decoded path segments below the base, or undefined for anything that could leave the folder. */
export function safeSegments(rest: string): string[] | undefined {
  if (rest.includes('\\')) return undefined;
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (/[/\\\0]/.test(segment) || segment.startsWith('.')) return undefined;
    segments.push(segment);
  }
  return segments;
}

export interface StaticOptions {
  /** Absolute path of the folder to serve. */
  root: string;
  /** Starts and ends with `/`. */
  basePath: string;
  /** Sent with every answer (the CSP and the other security headers). */
  headers: Record<string, string>;
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function createStaticHandler(
  options: StaticOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const rootReal = realpath(options.root);
  return (req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internal error\n', options.headers);
      else res.destroy();
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { headers, basePath } = options;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Method not allowed\n', { ...headers, Allow: 'GET, HEAD' });
      return;
    }
    const { path } = splitRawUrl(req.url ?? '/');
    if (!path.startsWith(basePath)) {
      if (path === '/' || `${path}/` === basePath) {
        res.writeHead(302, { ...headers, Location: basePath });
        res.end();
      } else plain(res, 404, 'Not found\n', headers);
      return;
    }
    const segments = safeSegments(path.slice(basePath.length));
    if (!segments) {
      plain(res, 400, 'Bad path\n', headers);
      return;
    }
    if (segments[segments.length - 1] === '') segments[segments.length - 1] = 'index.html';
    const root = await rootReal;
    const file = await realpath(join(root, ...segments)).catch(() => undefined);
    const info = file === undefined ? undefined : await stat(file).catch(() => undefined);
    if (file === undefined || !file.startsWith(root + sep) || !info) {
      plain(res, 404, 'Not found\n', headers);
      return;
    }
    if (info.isDirectory()) {
      res.writeHead(301, { ...headers, Location: `${path}/` });
      res.end();
      return;
    }
    if (!info.isFile()) {
      plain(res, 404, 'Not found\n', headers);
      return;
    }
    // Vite's hashed assets never change under their name; everything else is checked on each load.
    const immutable = segments[0] === 'assets' && segments.length > 1;
    res.writeHead(200, {
      ...headers,
      'Content-Type': mimeTypeOf(file),
      'Content-Length': String(info.size),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}

/** The CSP of `{root}/index.html`; throws when the page is missing (nothing to serve). */
export async function readPageCsp(root: string): Promise<string | undefined> {
  return cspOfHtml(await readFile(join(root, 'index.html'), 'utf8'));
}
