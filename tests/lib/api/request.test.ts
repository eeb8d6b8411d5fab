// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  API_PATH,
  buildImportRequest,
  missingCredentials,
  randomUint32,
  toCurl,
  toFetchCode,
  toPythonCode,
  type BuiltRequest,
  type ImportRequestInput,
} from '../../../src/lib/api/request';

const SIG = 'eJw+/=*-_&?#%20 é"';
const BASE: ImportRequestInput = {
  host: 'adminapisgp.im.qcloud.com',
  sdkAppId: '1400000000',
  identifier: 'admin user&1',
  userSig: SIG,
  body: '{"GroupId":"@TGS#2C5SZEAEF","MsgList":[]}',
  random: 99999999,
};

const BODIES: Record<string, string> = {
  json: '{\n  "GroupId": "@TGS#2C5SZEAEF",\n  "MsgList": [{"From_Account": "leckie", "SendTime": 1620808101}]\n}',
  quotes: `it's 'quoted' and "double" and '\\'' `,
  backslashes: 'a\\b\\\\c\\n \\000 \\x41 %s %% %b',
  lines: 'one\ntwo\r\nthree\n\n',
  unicode: '红包 🧧 ümlaut \u2028 \u00a0 \u0085 \ufeff',
  shell: '$HOME `id` $(id) !! ; | & * ? [a] ~ #',
  at: '@/etc/passwd',
  nul: 'a\u0000b\u00005',
  printf: "@it's 100% %s \\ \\n \\000 \u0000 \n end", // piped from printf: every escape must hold
  empty: '',
  tabs: 'a\tb\t\t{\r\n\t"x": 1\r}\r',
  dash: '-v x -- --data @/etc/passwd',
  controls: 'esc \u001b[31m ^C \u0003 ^D \u0004 ^V \u0016 bell \u0007 del \u007f c1 \u0085 \u009b',
  invisible: 'bidi \u202e\u2066evil\u2069 zw \u200b\u200d tag \u{e0041} ls \u2028 ps \u2029 bom \ufeff',
  digits: '\u0001123 \u0007007 %1$s %c %b \\c \\0 end',
  // 7 messages of escaped emoji: a validator-accepted request of 169 KB, past the 128 KB argument limit.
  large: JSON.stringify({
    GroupId: 'g',
    MsgList: Array.from({ length: 7 }, (_, i) => ({
      From_Account: 'a',
      SendTime: 1_600_000_000 + i,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '\u{1F600}'.repeat(1999) } }],
    })),
  }).replaceAll('\u{1F600}', '\\ud83d\\ude00'),
};

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'request-test-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('buildImportRequest', () => {
  it('builds the documented URL, and it parses back to the same params', () => {
    const req = buildImportRequest(BASE);
    const url = new URL(req.url);
    expect(req.method).toBe('POST');
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('adminapisgp.im.qcloud.com');
    expect(url.pathname).toBe(`/${API_PATH}`);
    expect([...url.searchParams.entries()]).toEqual([
      ['sdkappid', '1400000000'],
      ['identifier', 'admin user&1'],
      ['usersig', SIG],
      ['random', '99999999'],
      ['contenttype', 'json'],
    ]);
    expect(req.random).toBe(99999999);
    expect(req.body).toBe(BASE.body);
  });

  it('redacts the usersig in redactedUrl and changes nothing else', () => {
    const req = buildImportRequest(BASE);
    const redacted = new URL(req.redactedUrl);
    expect(redacted.searchParams.get('usersig')).toBe('***');
    expect(req.redactedUrl).toContain('usersig=***');
    redacted.searchParams.set('usersig', SIG);
    expect(redacted.toString()).toBe(req.url);
  });

  it('sends text/plain by default (CORS simple request) and application/json on request', () => {
    expect(buildImportRequest(BASE).headers).toEqual({ 'Content-Type': 'text/plain;charset=UTF-8' });
    expect(buildImportRequest({ ...BASE, contentType: 'application/json' }).headers).toEqual({
      'Content-Type': 'application/json;charset=UTF-8',
    });
  });

  it('keeps a given uint32 random, including both ends', () => {
    expect(buildImportRequest({ ...BASE, random: 0 }).random).toBe(0);
    expect(buildImportRequest({ ...BASE, random: 4294967295 }).url).toContain('random=4294967295');
  });

  it.each([undefined, -1, 4294967296, 1.5, Number.NaN])('draws a fresh random for %s', (random) => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    const req = buildImportRequest({ ...BASE, random });
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
    expect(Number.isInteger(req.random) && req.random >= 0 && req.random <= 4294967295).toBe(true);
    expect(new URL(req.url).searchParams.get('random')).toBe(String(req.random));
  });

  it('trims sdkappid, usersig and host, which never hold white space', () => {
    const req = buildImportRequest({
      ...BASE,
      host: ' console.tim.qq.com ',
      sdkAppId: ' 1400000000\n',
      userSig: 'eJx\n',
    });
    const url = new URL(req.url);
    expect(url.host).toBe('console.tim.qq.com');
    expect(url.searchParams.get('sdkappid')).toBe('1400000000');
    expect(url.searchParams.get('usersig')).toBe('eJx');
  });

  it('still builds a URL when credentials are missing', () => {
    const req = buildImportRequest({ ...BASE, sdkAppId: '', identifier: '', userSig: '' });
    expect(new URL(req.url).searchParams.get('usersig')).toBe('');
  });

  it('replaces unpaired surrogates by U+FFFD, as UTF-8 encoding would', () => {
    expect(buildImportRequest({ ...BASE, body: 'a\ud800b\udc00c🧧' }).body).toBe('a\ufffdb\ufffdc🧧');
  });
});

describe('randomUint32', () => {
  it('returns whole numbers in 0..4294967295 that vary', () => {
    const draws = Array.from({ length: 200 }, randomUint32);
    for (const value of draws)
      expect(Number.isInteger(value) && value >= 0 && value <= 4294967295).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(190);
  });

  it('maps the extreme random words to 0 and 4294967295', () => {
    for (const word of [0, 0xffffffff]) {
      const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
        (array as Uint32Array)[0] = word;
        return array;
      });
      expect(randomUint32()).toBe(word);
      spy.mockRestore();
    }
  });
});

describe('missingCredentials', () => {
  it('names what is missing or blank, in URL order', () => {
    expect(missingCredentials({ host: 'h', sdkAppId: ' ', identifier: 'admin' })).toEqual([
      'sdkappid',
      'usersig',
    ]);
    expect(missingCredentials({})).toEqual(['host', 'sdkappid', 'identifier', 'usersig']);
    expect(missingCredentials(BASE)).toEqual([]);
  });
});

/** Runs the curl command with a `curl` shell function that records its arguments and stdin. */
function runCurl(shell: string, command: string): { args: Buffer[]; stdin: Buffer } {
  const dir = tempDir();
  const stdinFile = join(dir, 'stdin');
  writeFileSync(stdinFile, '');
  const fake = `curl() { for a in "$@"; do printf '%s\\0' "$a"; [ "$a" = "@-" ] && cat > "$STDIN_FILE"; done; return 0; }`;
  // From a file: as an argument of `sh -c`, a 169 KB command would itself be too long for execve.
  const script = join(dir, 'command.sh');
  writeFileSync(script, `${fake}\n${command}\n`);
  const out = execFileSync(shell, [script], { env: { ...process.env, STDIN_FILE: stdinFile } });
  const args: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 0) {
      args.push(out.subarray(start, i));
      start = i + 1;
    }
  }
  return { args, stdin: readFileSync(stdinFile) };
}

/**
 * Runs the command with a real program named curl (not a shell function): the body would reach it through
 * execve, where one argument over 128 KB fails with E2BIG. Returns what the program read on standard input.
 */
function sentByRealExec(req: BuiltRequest, shell: string): Buffer {
  const dir = tempDir();
  const stdinFile = join(dir, 'stdin');
  writeFileSync(join(dir, 'curl'), `#!/bin/sh\ncat > "${stdinFile}"\n`, { mode: 0o755 });
  const script = join(dir, 'command.sh');
  writeFileSync(script, `${toCurl(req, { redact: false })}\n`);
  execFileSync(shell, [script], { env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
  return readFileSync(stdinFile);
}

/**
 * Types the command into an interactive bash through a pseudo-terminal (util-linux `script`), as a paste does:
 * readline sees every character, so a raw TAB would complete and a CR would end the line early.
 */
function pastedIntoInteractiveBash(command: string): Buffer {
  const dir = tempDir();
  const stdinFile = join(dir, 'stdin');
  writeFileSync(join(dir, 'curl'), `#!/bin/sh\ncat > "${stdinFile}"\n`, { mode: 0o755 });
  spawnSync('script', ['-q', '-e', '-c', 'bash --norc --noprofile -i', '/dev/null'], {
    input: `${command}\nexit\n`,
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}`, TERM: 'dumb', PS1: '$ ', PS2: '> ' },
    timeout: 20_000,
  });
  return readFileSync(stdinFile);
}

function sentByCurl(req: BuiltRequest, shell: string, redact = false) {
  const { args, stdin } = runCurl(shell, toCurl(req, { redact }));
  const text = args.map((arg) => arg.toString('utf8'));
  const dataAt = text.indexOf('--data-binary');
  return {
    method: text[text.indexOf('-X') + 1],
    url: text[2],
    headers: text.flatMap((arg, i) => (text[i - 1] === '-H' ? [arg] : [])),
    body: text[dataAt + 1] === '@-' ? stdin : args[dataAt + 1],
  };
}

describe('toCurl', () => {
  it.each(
    Object.entries(BODIES).flatMap(([name, body]) => [
      ['sh', name, body],
      ['bash', name, body],
    ]),
  )('%s receives the exact bytes of the %s body', (shell, _name, body) => {
    const req = buildImportRequest({ ...BASE, body });
    const sent = sentByCurl(req, shell);
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(req.url);
    expect(sent.headers).toEqual(['Content-Type: text/plain;charset=UTF-8']);
    expect(Buffer.compare(sent.body, Buffer.from(body, 'utf8'))).toBe(0);
  });

  it('always pipes the body from printf: the body is never an argument of curl', () => {
    for (const body of Object.values(BODIES)) {
      const command = toCurl(buildImportRequest({ ...BASE, body }), { redact: false });
      expect(command).toMatch(/^printf '.*' \| curl -X POST '[^\n]*' \\\n.*--data-binary @-$/s);
    }
    expect(BODIES.large.length).toBeGreaterThan(160_000);
  });

  it('holds no raw TAB, CR, control or invisible character: pasting it runs what it shows', () => {
    for (const body of Object.values(BODIES)) {
      const command = toCurl(buildImportRequest({ ...BASE, body }), { redact: false });
      expect(command).not.toMatch(/(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    }
  });

  it.each(['sh', 'bash'])('sends a 169 KB body through %s without "Argument list too long"', (shell) => {
    const req = buildImportRequest({ ...BASE, body: BODIES.large });
    const sent = sentByRealExec(req, shell);
    expect(sent.equals(Buffer.from(BODIES.large, 'utf8'))).toBe(true);
  });

  it('survives pasting into an interactive bash (through a terminal) byte for byte', () => {
    const body = BODIES.tabs + BODIES.controls + BODIES.invisible + BODIES.dash;
    const req = buildImportRequest({ ...BASE, body });
    expect(pastedIntoInteractiveBash(toCurl(req, { redact: false })).equals(Buffer.from(body, 'utf8'))).toBe(
      true,
    );
  });

  it('sends the redacted URL when redacting, and the body is unchanged', () => {
    const req = buildImportRequest({ ...BASE, body: BODIES.quotes });
    const sent = sentByCurl(req, 'sh', true);
    expect(sent.url).toBe(req.redactedUrl);
    expect(sent.body.toString('utf8')).toBe(BODIES.quotes);
  });
});

describe('toFetchCode', () => {
  async function sentByFetch(code: string) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fakeFetch = async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return { status: 200, text: async () => '{}' };
    };
    const logs: unknown[][] = [];
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
    await new AsyncFunction('fetch', 'console', code)(fakeFetch, {
      log: (...args: unknown[]) => logs.push(args),
    });
    expect(logs).toEqual([[200, '{}']]);
    expect(calls).toHaveLength(1);
    return calls[0];
  }

  it.each(Object.entries(BODIES))('sends the exact %s body', async (_name, body) => {
    const req = buildImportRequest({ ...BASE, body });
    const call = await sentByFetch(toFetchCode(req, { redact: false }));
    expect(call.url).toBe(req.url);
    expect(call.init.method).toBe('POST');
    expect(call.init.headers).toEqual(req.headers);
    expect(call.init.body).toBe(body);
    expect(call.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('sends the redacted URL when redacting', async () => {
    const req = buildImportRequest(BASE);
    expect((await sentByFetch(toFetchCode(req, { redact: true }))).url).toBe(req.redactedUrl);
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

// Where python3 is missing these tests skip, except in CI (CI=true), where a skip would hide them: there they run
// and fail (.ci/run installs Debian's python3 when it is missing).
describe.skipIf(!hasPython && !process.env.CI)('toPythonCode', () => {
  it('has python3 to run the code with', () => {
    expect(hasPython, 'python3 is not installed: CI must install it (see .ci/run)').toBe(true);
  });

  const stubDir = tempDir();
  // A stand-in for the requests package that reports what it was asked to send.
  writeFileSync(
    join(stubDir, 'requests.py'),
    [
      'import json, sys',
      'class _Response:',
      '    status_code = 200',
      '    text = "{}"',
      'def post(url, headers=None, data=None, timeout=None):',
      '    sys.stderr.write(json.dumps({"url": url, "headers": headers, "body": data.hex(), "timeout": timeout}))',
      '    return _Response()',
    ].join('\n'),
  );

  function sentByPython(code: string) {
    const script = join(tempDir(), 'code.py');
    writeFileSync(script, code);
    const run = spawnSync('python3', [script], { env: { ...process.env, PYTHONPATH: stubDir } });
    expect(run.stderr.toString()).toMatch(/^\{/);
    expect(run.stdout.toString()).toBe('200 {}\n');
    return JSON.parse(run.stderr.toString()) as {
      url: string;
      headers: object;
      body: string;
      timeout: number;
    };
  }

  it.each(Object.entries(BODIES))('sends the exact bytes of the %s body with data=', (_name, body) => {
    const req = buildImportRequest({ ...BASE, body });
    const code = toPythonCode(req, { redact: false });
    expect(code).toContain('data=body.encode("utf-8")');
    expect(code).not.toContain('json=');
    const sent = sentByPython(code);
    expect(sent.url).toBe(req.url);
    expect(sent.headers).toEqual(req.headers);
    expect(sent.body).toBe(Buffer.from(body, 'utf8').toString('hex'));
    expect(sent.timeout).toBeGreaterThan(3);
  });

  it('sends the redacted URL when redacting', () => {
    const req = buildImportRequest(BASE);
    expect(sentByPython(toPythonCode(req, { redact: true })).url).toBe(req.redactedUrl);
  });
});

describe('redaction', () => {
  const req = buildImportRequest({ ...BASE, body: BODIES.json });
  const encodedForms = [
    SIG,
    encodeURIComponent(SIG),
    new URLSearchParams({ s: SIG }).toString().slice(2),
    'eJw',
  ];
  const generators = { toCurl, toFetchCode, toPythonCode };

  it.each(Object.entries(generators))('%s never leaks the usersig when redacting', (_name, generate) => {
    const redacted = generate(req, { redact: true });
    for (const form of encodedForms) expect(redacted).not.toContain(form);
    expect(redacted).toContain('usersig=***');
    expect(generate(req, { redact: false })).toContain(encodedForms[2]);
  });

  it.each(Object.entries(generators))('%s changes nothing but the URL when redacting', (_name, generate) => {
    expect(generate(req, { redact: true })).toBe(
      generate({ ...req, url: req.redactedUrl }, { redact: false }),
    );
  });

  it('keeps the sig out of redactedUrl in every encoding', () => {
    for (const form of encodedForms) expect(req.redactedUrl).not.toContain(form);
  });
});
