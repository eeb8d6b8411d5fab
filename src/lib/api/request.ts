/** Builds the HTTP call to `import_group_msg` (TENCENT-IM.md §1, §9), and the same call as code to copy. */
import { MAX_UINT32 } from './facts';

export const API_PATH = 'v4/group_open_http_svc/import_group_msg';

/**
 * `text/plain` keeps the browser's call a CORS "simple request" (POST, no custom headers, a safelisted
 * Content-Type): no preflight, which Tencent's hosts are not known to answer (they allow only
 * `X-Requested-With`). The server reads the body as JSON anyway because the query says `contenttype=json`.
 * `application/json` is the conventional choice for curl or a server-side relay, where CORS does not apply.
 */
export type RequestContentType = 'text/plain' | 'application/json';

export const CONTENT_TYPE_HEADERS: Record<RequestContentType, string> = {
  'text/plain': 'text/plain;charset=UTF-8',
  'application/json': 'application/json;charset=UTF-8',
};

export interface ImportRequestInput {
  /** Host name, optionally with `:port` (see `checkCustomHost`). */
  host: string;
  sdkAppId: string;
  /** The app admin account. */
  identifier: string;
  userSig: string;
  /** The JSON body, exactly as it will be sent. */
  body: string;
  /** uint32; a fresh one is drawn when absent or out of range. */
  random?: number;
  contentType?: RequestContentType;
}

export interface BuiltRequest {
  method: 'POST';
  /** Carries the UserSig: never show, log, store or share it; use `redactedUrl`. */
  url: string;
  /** `url` with `usersig=***`. */
  redactedUrl: string;
  headers: Record<string, string>;
  body: string;
  random: number;
}

export const REDACTED = '***';

export function isUint32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_UINT32;
}

/** A fresh uint32 (0..4294967295) from the platform's cryptographic random source. */
export function randomUint32(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * Replaces unpaired UTF-16 surrogates by U+FFFD, which is what UTF-8 encoding (fetch, TextEncoder) sends for
 * them anyway: then curl, fetch and Python all send the same bytes.
 */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function buildUrl(host: string, params: Record<string, string>): string {
  return `https://${host}/${API_PATH}?${new URLSearchParams(params).toString()}`;
}

/**
 * Builds the call. Missing credentials are allowed (the console shows the URL while the user types); see
 * `missingCredentials`. sdkappid and usersig are trimmed: neither can contain white space, and a pasted
 * UserSig often ends with a line break.
 */
export function buildImportRequest(input: ImportRequestInput): BuiltRequest {
  const random = isUint32(input.random) ? input.random : randomUint32();
  const params = {
    sdkappid: (input.sdkAppId ?? '').trim(),
    identifier: input.identifier ?? '',
    usersig: (input.userSig ?? '').trim(),
    random: String(random),
    contenttype: 'json',
  };
  const host = (input.host ?? '').trim();
  return {
    method: 'POST',
    url: buildUrl(host, params),
    redactedUrl: buildUrl(host, { ...params, usersig: REDACTED }),
    headers: { 'Content-Type': CONTENT_TYPE_HEADERS[input.contentType ?? 'text/plain'] },
    body: toWellFormed(input.body ?? ''),
    random,
  };
}

/** Names (as in the URL) of what the call still lacks: `host`, `sdkappid`, `identifier`, `usersig`. */
export function missingCredentials(input: Partial<ImportRequestInput>): string[] {
  const fields: [string, unknown][] = [
    ['host', input.host],
    ['sdkappid', input.sdkAppId],
    ['identifier', input.identifier],
    ['usersig', input.userSig],
  ];
  return fields.filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([name]) => name);
}

export interface CodeOptions {
  /** Put `usersig=***` in the URL (for sharing); nothing else changes. */
  redact: boolean;
}

const TIMEOUT_SECONDS = 10; // The backend gives up after 3 s: a client must wait longer than that.

/** POSIX shell single quoting: safe for any text without NUL. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `\ooo` octal escapes (always three digits, so a digit after it stays a digit) of a character's UTF-8 bytes. */
function octalBytes(char: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(char)) out += `\\${byte.toString(8).padStart(3, '0')}`;
  return out;
}

/**
 * What must not stand raw in a command someone pastes into a terminal: control characters (a TAB completes,
 * a CR ends the line, ESC or ^C edit or interrupt it), and invisible format characters (bidi overrides,
 * zero-width characters, a BOM) that make the command read differently from what runs. A line feed stays: inside
 * single quotes it only continues the string.
 */
const UNPASTEABLE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const PRINTF_ESCAPES = new RegExp(`[\\\\%]|${UNPASTEABLE.source}`, 'gu');

/**
 * A `printf` format that prints `text` byte for byte: backslash and percent doubled, every unpasteable character
 * as octal escapes of its UTF-8 bytes, a leading `-` too (printf would take it for an option). One linear pass.
 */
export function printfFormat(text: string): string {
  const escaped = text.replace(PRINTF_ESCAPES, (char) =>
    char === '\\' ? '\\\\' : char === '%' ? '%%' : octalBytes(char),
  );
  return escaped.startsWith('-') ? `\\055${escaped.slice(1)}` : escaped;
}

/**
 * curl with the exact body bytes on standard input: `printf '…' | curl --data-binary @-`. The body never becomes
 * an argument of curl, so its size is not bound by the kernel's 128 KB per-argument limit ("Argument list too
 * long"); printf is a shell builtin (sh, dash, bash, zsh), which no such limit applies to. The command holds no
 * raw control or invisible character, so pasting it into an interactive shell runs what it shows.
 */
export function toCurl(req: BuiltRequest, options: CodeOptions): string {
  const url = options.redact ? req.redactedUrl : req.url;
  const headers = Object.entries(req.headers).map(
    ([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)} \\`,
  );
  const lines = [
    `printf ${shellQuote(printfFormat(req.body))} | curl -X ${req.method} ${shellQuote(url)} \\`,
    ...headers,
    `  --max-time ${TIMEOUT_SECONDS} \\`,
    '  --data-binary @-',
  ];
  return lines.join('\n');
}

/** JavaScript for a browser console or Node 18+ (top-level await: run it as a module). */
export function toFetchCode(req: BuiltRequest, options: CodeOptions): string {
  const url = options.redact ? req.redactedUrl : req.url;
  return [
    `const response = await fetch(${JSON.stringify(url)}, {`,
    `  method: ${JSON.stringify(req.method)},`,
    `  headers: ${JSON.stringify(req.headers)},`,
    `  body: ${JSON.stringify(req.body)},`,
    `  signal: AbortSignal.timeout(${TIMEOUT_SECONDS * 1000}),`,
    '});',
    'console.log(response.status, await response.text());',
  ].join('\n');
}

/** A Python string literal; escapes everything a source file or an editor could mangle. */
export function pythonString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === '"') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || [0x2028, 0x2029, 0xfeff].includes(code)) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}"`;
}

/** Python with `requests`: `data=` sends the exact UTF-8 bytes of the body (`json=` would re-serialize it). */
export function toPythonCode(req: BuiltRequest, options: CodeOptions): string {
  const url = options.redact ? req.redactedUrl : req.url;
  const headers = Object.entries(req.headers)
    .map(([name, value]) => `${pythonString(name)}: ${pythonString(value)}`)
    .join(', ');
  return [
    'import requests  # pip install requests',
    '',
    `url = ${pythonString(url)}`,
    `headers = {${headers}}`,
    `body = ${pythonString(req.body)}`,
    '',
    `response = requests.${req.method.toLowerCase()}(url, headers=headers, data=body.encode("utf-8"), timeout=${TIMEOUT_SECONDS})`,
    'print(response.status_code, response.text)',
  ].join('\n');
}
