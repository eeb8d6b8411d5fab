import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  clearHistory,
  loadHistory,
  saveHistory,
  scrubUsersig,
  withEntry,
  type HistoryInput,
} from '../../../src/lib/history/history';
import { MemoryStorage, failingStorage } from '../persist/fake-storage';

const throwing = failingStorage();

function input(n: number, extra: Partial<HistoryInput> = {}): HistoryInput {
  return {
    time: 1_700_000_000_000 + n,
    regionId: 'sgp',
    host: 'adminapisgp.im.qcloud.com',
    redactedUrl: `https://adminapisgp.im.qcloud.com/v4/x?sdkappid=1&usersig=***&random=${n}`,
    body: `{"n":${n}}`,
    ...extra,
  };
}

describe('history outcomes', () => {
  it('keep target, status, duration and failure kind through storage, and drop a malformed outcome', () => {
    const storage = new MemoryStorage();
    const [entry] = withEntry([], input(1));
    const good = {
      ...entry,
      outcome: { target: 'relay' as const, status: 502, durationMs: 31.6, failure: 'http-status' },
    };
    saveHistory(storage, [good]);
    expect(loadHistory(storage)[0].outcome).toEqual({
      target: 'relay',
      status: 502,
      durationMs: 32,
      failure: 'http-status',
    });

    const hostile = [
      { target: 'evil', status: 200, durationMs: 1 },
      { target: 'sandbox', status: -1, durationMs: 1 },
      { target: 'sandbox', status: 200, durationMs: Number.NaN },
      { target: 'sandbox', status: 200, durationMs: 1, ['__proto__']: { polluted: true } },
      'not an object',
    ];
    storage.setItem(
      HISTORY_KEY,
      JSON.stringify(hostile.map((outcome, i) => ({ ...entry, id: `e${i}`, outcome }))),
    );
    const loaded = loadHistory(storage);
    expect(loaded).toHaveLength(5);
    expect(loaded.slice(0, 3).map((e) => e.outcome)).toEqual([undefined, undefined, undefined]);
    expect(loaded[3].outcome).toEqual({ target: 'sandbox', status: 200, durationMs: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(loaded[4].outcome).toBeUndefined();
  });

  it('never keep a failure detail that is not a plain kind (it could carry text from the answer)', () => {
    const storage = new MemoryStorage();
    const [entry] = withEntry([], input(1));
    saveHistory(storage, [
      { ...entry, outcome: { target: 'direct', status: 0, durationMs: 5, failure: 'usersig=SECRET leaked' } },
    ]);
    expect(loadHistory(storage)[0].outcome).toEqual({ target: 'direct', status: 0, durationMs: 5 });
    expect(storage.getItem(HISTORY_KEY)).not.toContain('SECRET');
  });
});

describe('history', () => {
  it('adds newest first and keeps at most 50', () => {
    let entries = withEntry([], input(0));
    for (let n = 1; n < HISTORY_LIMIT + 5; n++) entries = withEntry(entries, input(n));
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0].body).toBe(`{"n":${HISTORY_LIMIT + 4}}`);
    expect(entries.at(-1)?.body).toBe('{"n":5}');
  });

  it('gives entries built in the same millisecond distinct ids', () => {
    const entries = withEntry(withEntry(withEntry([], input(1)), input(1)), input(1));
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
  });

  it('round-trips through storage', () => {
    const storage = new MemoryStorage();
    const entries = withEntry(withEntry([], input(1)), input(2));
    expect(saveHistory(storage, entries)).toBe(2);
    expect(loadHistory(storage)).toEqual(entries);
  });

  it('never stores a UserSig, even from an unredacted URL or extra fields', () => {
    const storage = new MemoryStorage();
    const secret = 'eJyrVgrxCdYrSSxSslIyUtJRSs7PS8-SECRET';
    const leaky = {
      ...input(1, { redactedUrl: `https://h/v4/x?sdkappid=1&UserSig=${secret}&random=1` }),
      userSig: secret,
    };
    saveHistory(storage, withEntry([], leaky as HistoryInput));
    const raw = storage.getItem(HISTORY_KEY) ?? '';
    expect(raw).not.toContain(secret);
    expect(raw).not.toContain('userSig');
    expect(loadHistory(storage)[0].redactedUrl).toBe('https://h/v4/x?sdkappid=1&UserSig=REDACTED&random=1');
  });

  it('scrubs usersig wherever it stands in the query', () => {
    expect(scrubUsersig('https://h/p?usersig=abc')).toBe('https://h/p?usersig=REDACTED');
    expect(scrubUsersig('https://h/p?a=1&usersig=abc&b=2#f')).toBe('https://h/p?a=1&usersig=REDACTED&b=2#f');
    expect(scrubUsersig('https://h/p?nousersig=abc')).toBe('https://h/p?nousersig=abc');
  });

  it.each([
    ['percent-encoded letter', 'https://h/p?user%73ig=abc', 'https://h/p?user%73ig=REDACTED'],
    ['percent-encoded upper case', 'https://h/p?%55SER%53IG=abc&b=2', 'https://h/p?%55SER%53IG=REDACTED&b=2'],
    [
      'every letter encoded',
      'https://h/p?%75%73%65%72%73%69%67=abc',
      'https://h/p?%75%73%65%72%73%69%67=REDACTED',
    ],
    ['encoded twice', 'https://h/p?user%2573ig=abc', 'https://h/p?user%2573ig=REDACTED'],
    ['semicolon separator', 'https://h/p?a=1;usersig=abc;b=2', 'https://h/p?a=1;usersig=REDACTED;b=2'],
    ['path parameter', 'https://h/p;usersig=abc?a=1', 'https://h/p;usersig=REDACTED?a=1'],
    ['in the fragment', 'https://h/p?a=1#usersig=abc', 'https://h/p?a=1#usersig=REDACTED'],
    ['a ? inside the value', 'https://h/p?usersig=ab?cd&e=1', 'https://h/p?usersig=REDACTED&e=1'],
    ['repeated', 'https://h/p?usersig=a&USERSIG=b', 'https://h/p?usersig=REDACTED&USERSIG=REDACTED'],
    ['a plus as a space', 'https://h/p?usersig+=abc', 'https://h/p?usersig+=REDACTED'],
    ['empty value', 'https://h/p?usersig=', 'https://h/p?usersig=REDACTED'],
  ])('scrubs usersig written with: %s', (_name, url, scrubbed) => {
    expect(scrubUsersig(url)).toBe(scrubbed);
  });

  it('leaves other parameters alone, including look-alikes', () => {
    for (const url of [
      'https://h/p?nousersig=abc',
      'https://h/p?usersig2=abc',
      'https://h/p?user%2Fsig=abc',
      'https://h/p?a=usersig=abc',
      'https://h/p?sdkappid=1&identifier=admin&random=5&contenttype=json',
    ]) {
      expect(scrubUsersig(url)).toBe(url);
    }
  });

  it('never lets the secret through, however the name is encoded or separated', () => {
    const letter = (c: string) =>
      fc.constantFrom(
        c,
        c.toUpperCase(),
        `%${c.charCodeAt(0).toString(16)}`,
        `%${c.toUpperCase().charCodeAt(0).toString(16).toUpperCase()}`,
        `%25${c.charCodeAt(0).toString(16)}`,
      );
    const name = fc.tuple(...[...'usersig'].map(letter)).map((parts) => parts.join(''));
    const secret = fc.stringMatching(/^[A-Za-z0-9*_-]{8,40}$/).map((s) => `SECRET${s}`);
    const separator = fc.constantFrom('?', '&', ';', '#');
    fc.assert(
      fc.property(name, secret, separator, separator, (n, sig, before, after) => {
        const url = `https://h/v4/x?sdkappid=1${before}${n}=${sig}${after}random=5`;
        const scrubbed = scrubUsersig(url);
        expect(scrubbed).not.toContain(sig);
        expect(scrubbed).toContain(`${n}=REDACTED`);
      }),
      { numRuns: 500 },
    );
  });

  it('scrubs a megabyte of parameters in linear time', () => {
    const url = 'https://h/p?' + '&usersig='.repeat(100_000) + '&a' + '=b'.repeat(100_000);
    const started = performance.now();
    expect(scrubUsersig(url)).not.toMatch(/usersig=&/);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it.each([
    ['not JSON', '{['],
    ['JSON but not a list', '{"a":1}'],
    ['null', 'null'],
  ])('loads an empty list from corrupt storage (%s)', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(HISTORY_KEY, raw);
    expect(loadHistory(storage)).toEqual([]);
  });

  it('reads a __proto__ key as a key, and refuses absurd nesting without throwing', () => {
    const storage = new MemoryStorage();
    const entry = withEntry([], input(1))[0];
    storage.setItem(HISTORY_KEY, `[{"__proto__": ${JSON.stringify(entry)}}, ${JSON.stringify(entry)}]`);
    expect(loadHistory(storage)).toEqual([entry]);
    storage.setItem(HISTORY_KEY, '['.repeat(300_000) + ']'.repeat(300_000));
    expect(loadHistory(storage)).toEqual([]);
  });

  it('skips malformed entries and keeps the good ones', () => {
    const storage = new MemoryStorage();
    const good = withEntry([], input(1))[0];
    storage.setItem(
      HISTORY_KEY,
      JSON.stringify([null, 5, { ...good, time: 'x' }, { ...good, body: 1 }, good]),
    );
    expect(loadHistory(storage)).toEqual([good]);
  });

  it('survives storage that throws or is missing', () => {
    expect(loadHistory(throwing)).toEqual([]);
    expect(saveHistory(throwing, withEntry([], input(1)))).toBe(0);
    expect(clearHistory(throwing)).toBe(false);
    expect(loadHistory(undefined)).toEqual([]);
    expect(saveHistory(undefined, [])).toBe(0);
  });

  it('drops the oldest entries when storage is full', () => {
    const storage = new MemoryStorage();
    let entries = withEntry([], input(0, { body: 'x'.repeat(1000) }));
    for (let n = 1; n < 10; n++) entries = withEntry(entries, input(n, { body: 'x'.repeat(1000) }));
    storage.quota = 3500;
    const stored = saveHistory(storage, entries);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(10);
    expect(loadHistory(storage)).toEqual(entries.slice(0, stored));
  });

  it('clears what it stored', () => {
    const storage = new MemoryStorage();
    saveHistory(storage, withEntry([], input(1)));
    expect(clearHistory(storage)).toBe(true);
    expect(storage.getItem(HISTORY_KEY)).toBeNull();
    expect(loadHistory(storage)).toEqual([]);
  });
});
