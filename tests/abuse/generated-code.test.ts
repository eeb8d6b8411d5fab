// @vitest-environment node
// The abuse suite, generated code: "Copy as curl / fetch / Python" run for real (curl under bash and sh, the
// fetch code under node, the Python under python3) against a local HTTP server on 127.0.0.1, which must receive
// exactly the bytes of the body, the method, the query and the Content-Type, whatever hostile text the body holds.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildImportRequest,
  toCurl,
  toFetchCode,
  toPythonCode,
  type BuiltRequest,
} from '../../src/lib/api/request';
import { HOSTILE_STRINGS, hostileString } from './hostile';

const run = promisify(execFile);

interface Received {
  method: string;
  url: string;
  contentType: string | undefined;
  body: Buffer;
}

let server: Server;
let port = 0;
const received: Received[] = [];
const dir = mkdtempSync(join(tmpdir(), 'abuse-code-'));

// A stand-in for the `requests` package that really sends, over urllib (the real package may not be installed).
writeFileSync(
  join(dir, 'requests.py'),
  [
    'import urllib.request',
    'class _Response:',
    '    def __init__(self, status, text):',
    '        self.status_code = status',
    '        self.text = text',
    'def post(url, headers=None, data=None, timeout=None):',
    '    request = urllib.request.Request(url, data=data, headers=headers or {}, method="POST")',
    '    with urllib.request.urlopen(request, timeout=timeout) as answer:',
    '        return _Response(answer.status, answer.read().decode("utf-8"))',
  ].join('\n'),
);

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        contentType: request.headers['content-type'],
        body: Buffer.concat(chunks),
      });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** The call to the local server: the built request with its https URL pointed at http://127.0.0.1:port. */
function localRequest(body: string): BuiltRequest {
  const req = buildImportRequest({
    host: `127.0.0.1:${port}`,
    sdkAppId: '1400000000',
    identifier: 'admin',
    userSig: 'eJw+/=*-_&?#%\'"',
    body,
    random: 42,
  });
  const http = (url: string) => url.replace(/^https:/, 'http:');
  return { ...req, url: http(req.url), redactedUrl: http(req.redactedUrl) };
}

let scriptCount = 0;
function script(name: string, code: string): string {
  const path = join(dir, `${scriptCount++}-${name}`);
  writeFileSync(path, code);
  return path;
}

/** Runs one generated program and returns what the server received from it. */
async function sendWith(language: 'bash' | 'sh' | 'node' | 'python3', req: BuiltRequest): Promise<Received> {
  const before = received.length;
  if (language === 'bash' || language === 'sh') {
    await run(language, [script('curl.sh', toCurl(req, { redact: false }))], { timeout: 20_000 });
  } else if (language === 'node') {
    await run('node', [script('fetch.mjs', toFetchCode(req, { redact: false }))], { timeout: 20_000 });
  } else {
    await run('python3', [script('code.py', toPythonCode(req, { redact: false }))], {
      timeout: 20_000,
      env: { ...process.env, PYTHONPATH: dir },
    });
  }
  expect(received.length).toBe(before + 1);
  return received[before];
}

function expectExact(got: Received, req: BuiltRequest) {
  expect(got.method).toBe('POST');
  expect(`http://127.0.0.1:${port}${got.url}`).toBe(req.url);
  expect(got.contentType).toBe(req.headers['Content-Type']);
  expect(got.body.equals(Buffer.from(req.body, 'utf8'))).toBe(true);
}

const LANGUAGES = ['bash', 'sh', 'node', 'python3'] as const;

describe('generated code against a local server', () => {
  it.each(LANGUAGES)('%s sends every hostile string byte for byte', async (language) => {
    const req = localRequest(HOSTILE_STRINGS.join('\n'));
    expectExact(await sendWith(language, req), req);
  });

  it.each(LANGUAGES)('%s sends a 169 KB body (over the 128 KB argument limit)', async (language) => {
    const body = JSON.stringify({ GroupId: 'g', Text: '\\ud83d\\ude00'.repeat(14_000) });
    expect(body.length).toBeGreaterThan(169_000);
    const req = localRequest(body);
    expectExact(await sendWith(language, req), req);
  });

  // Each run starts four processes (node alone takes ~0.3 s): few runs, each with many hostile pieces.
  it('every language sends the exact bytes of fuzzed hostile bodies', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 1, maxLength: 12 }), async (parts) => {
        const req = localRequest(parts.join(''));
        for (const language of LANGUAGES) expectExact(await sendWith(language, req), req);
      }),
      { numRuns: 8 },
    );
  });
});
