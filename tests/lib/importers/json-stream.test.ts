import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/importers/errors';
import { streamJson, type StreamHandlers } from '../../../src/lib/importers/json-stream';

const encode = (text: string) => new TextEncoder().encode(text);

/** Streams the arrays whose paths (joined with /) are given; returns the items with their owners' paths. */
function collect(text: string | Uint8Array, paths: string[] = ['messages'], hex = false) {
  const items: { value: unknown; owner: Record<string, unknown>; ownerPath: string }[] = [];
  const ends: { owner: Record<string, unknown>; ownerPath: string }[] = [];
  const handlers: StreamHandlers = {
    streams: (path) => paths.includes(path.join('/')),
    item: (value, owner, ownerPath) =>
      items.push({ value, owner: { ...owner }, ownerPath: ownerPath.join('/') }),
    ownerEnd: (owner, ownerPath) => ends.push({ owner, ownerPath: ownerPath.join('/') }),
  };
  const result = streamJson(typeof text === 'string' ? encode(text) : text, 'result.json', handlers, hex);
  return { ...result, items, ends };
}

function syntaxError(text: string, paths?: string[]): ImportError {
  try {
    collect(text, paths);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).id).toBe('json.syntax');
    return error as ImportError;
  }
  throw new Error(`no error for ${JSON.stringify(text.slice(0, 80))}`);
}

const scalarsOf = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v === null || typeof v !== 'object'));

describe('streamJson', () => {
  it('hands out each item of a streamed array, with the scalar members of its owner seen so far', () => {
    const text = JSON.stringify(
      {
        name: 'Chat',
        id: 5,
        nested: { deep: [1, { x: 'y' }] },
        messages: [{ id: 1, text: ['a', { type: 'bold', text: 'b' }] }, 'plain', 3, null, [1]],
        after: true,
      },
      null,
      2,
    );
    const { items, ends, root, rootIsObject, repaired } = collect(text);
    expect(items.map((i) => i.value)).toEqual([
      { id: 1, text: ['a', { type: 'bold', text: 'b' }] },
      'plain',
      3,
      null,
      [1],
    ]);
    expect(items[0].owner).toEqual({ name: 'Chat', id: 5 });
    expect(items[0].ownerPath).toBe('');
    expect(ends).toHaveLength(1);
    expect({ ...ends[0].owner }).toEqual({ name: 'Chat', id: 5, after: true });
    expect({ ...root }).toEqual({ name: 'Chat', id: 5, after: true });
    expect(rootIsObject).toBe(true);
    expect(repaired).toBe(false);
  });

  it('streams arrays inside arrays of objects (chats.list[*].messages) and names each owner', () => {
    const text = JSON.stringify({
      chats: {
        about: 'x',
        list: [
          { id: 1, messages: [{ id: 'a' }] },
          { id: 2, messages: [] },
        ],
      },
      left_chats: { list: [{ id: 3, messages: [{ id: 'c' }, { id: 'd' }] }] },
    });
    const { items, ends } = collect(text, ['chats/list/*/messages', 'left_chats/list/*/messages']);
    expect(items.map((i) => [i.owner.id, (i.value as { id: string }).id, i.ownerPath])).toEqual([
      [1, 'a', 'chats/list/*'],
      [3, 'c', 'left_chats/list/*'],
      [3, 'd', 'left_chats/list/*'],
    ]);
    expect(ends.map((e) => e.owner.id)).toEqual([1, 2, 3]);
  });

  it('keeps __proto__ and constructor as ordinary keys and touches no prototype', () => {
    const text =
      '{"__proto__": "p", "constructor": 1, "messages": [{"__proto__": {"polluted": 1}, "id": 1}], "toString": 2}';
    const { items, root } = collect(text);
    expect(Object.getPrototypeOf(root)).toBeNull();
    expect(Object.getOwnPropertyDescriptor(root, '__proto__')?.value).toBe('p');
    expect(root?.constructor).toBe(1);
    expect(root?.toString).toBe(2);
    const item = items[0].value as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(item, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('takes any depth without recursion: a million levels around and inside an item', () => {
    const levels = 1_000_000;
    const around = `{"a": ${'['.repeat(levels)}${']'.repeat(levels)}, "messages": [1]}`;
    expect(collect(around).items.map((i) => i.value)).toEqual([1]);
    const inside = `{"messages": [${'['.repeat(levels)}"x"${']'.repeat(levels)}]}`;
    const { items } = collect(inside);
    let value = items[0].value;
    let depth = 0;
    while (Array.isArray(value)) {
      value = value[0];
      depth++;
    }
    expect([depth, value]).toEqual([levels, 'x']);
    expect(syntaxError('['.repeat(levels)).message).toContain('the text ends too early');
  });

  it('stays linear on runs of backslashes and escaped quotes', () => {
    const start = performance.now();
    const quotes = `{"name": "${'\\"'.repeat(500_000)}", "messages": ["${'\\\\'.repeat(500_000)}"]}`;
    const { root, items } = collect(quotes);
    expect(root?.name).toBe('"'.repeat(500_000));
    expect(items[0].value).toBe('\\'.repeat(500_000));
    expect(syntaxError(`{"messages": ["${'\\'.repeat(1_000_001)}"]}`).message).toContain('ends too early');
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it('reads a UTF-8 byte order mark, and non-ASCII keys and values', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"имя": "Zoë ☕", "messages": ["长👍"]}')]);
    const { root, items } = collect(bytes);
    expect(root?.['имя']).toBe('Zoë ☕');
    expect(items[0].value).toBe('长👍');
  });

  it('repairs the \\x escapes Telegram writes only when asked, and says so', () => {
    const text = '{"name": "a\\x01b", "messages": [{"text": "c\\x1fd"}]}';
    const { root, items, repaired } = collect(text, ['messages'], true);
    expect(root?.name).toBe('a\u0001b');
    expect(items[0].value).toEqual({ text: 'c\u001fd' });
    expect(repaired).toBe(true);
    expect(syntaxError(text).message).toContain('line 1, column 13: unexpected "x"');
  });

  it.each([
    ['', 'line 1, column 1: the text ends too early'],
    ['   \n ', 'line 2, column 2: the text ends too early'],
    ['{"a": 1', 'the text ends too early'],
    ['{"a" 1}', 'line 1, column 6: unexpected "1"'],
    ['{"a": 1 "b": 2}', 'line 1, column 9: unexpected "\\""'],
    ['{"a": 1,}', 'line 1, column 9: unexpected "}"'],
    ['{, "a": 1}', 'line 1, column 2: unexpected ","'],
    ['{1: 2}', 'line 1, column 2: unexpected "1"'],
    ['[1 2]', 'line 1, column 4: unexpected "2"'],
    ['[1,]', 'line 1, column 4: unexpected "]"'],
    ['[,1]', 'line 1, column 2: unexpected ","'],
    ['[1]]', 'line 1, column 4: unexpected "]"'],
    ['{"a": [1}', 'line 1, column 9: unexpected "}"'],
    ['{"a": 1} {}', 'line 1, column 10: unexpected "{"'],
    ['{"a": 1}\n,', 'line 2, column 1: unexpected ","'],
    ['{"a": tru}', 'line 1, column 7'],
    ['{"a": 01}', 'line 1, column 8: unexpected "1"'],
    ['{"a": "\u0001"}', 'line 1, column 8: unexpected "\\u0001"'],
    ['{"a": "x', 'the text ends too early'],
    ['{"a": {"b": :}}', 'line 1, column 13: unexpected ":"'],
  ])('refuses %j with its place', (text, where) => {
    expect(syntaxError(text).message).toContain(where);
  });

  it('places an error inside a streamed item by its line and column in the file', () => {
    const text = '{\n "messages": [\n  {"id": 1},\n  {"id": 2,\n   "text": "ok" "x"}\n ]\n}';
    expect(syntaxError(text).message).toContain('line 5, column 17');
    const cut = '{"messages": [{"id": 1}, {"id": 2, "text": "never closed';
    expect(syntaxError(cut).message).toContain('the text ends too early');
    expect(syntaxError('{"messages": [{"id": 1]]}').message).toContain('line 1, column 23');
  });

  it('hands out every streamed item as JSON.parse reads it, and the owner scalars as JSON.parse reads them', () => {
    const key = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('__proto__', 'constructor', 'id', 'name'),
    );
    const value = fc.jsonValue({ maxDepth: 4 });
    const owner = fc.dictionary(key, value, { maxKeys: 6 });
    fc.assert(
      fc.property(owner, fc.array(value, { maxLength: 8 }), fc.boolean(), (members, messages, pretty) => {
        const parsedOwner = JSON.parse(JSON.stringify(members)) as Record<string, unknown>;
        delete parsedOwner.messages;
        const text = JSON.stringify({ ...parsedOwner, messages }, null, pretty ? 1 : 0);
        const expected = JSON.parse(text) as { messages: unknown[] } & Record<string, unknown>;
        const { items, root } = collect(text);
        expect(items.map((i) => i.value)).toEqual(expected.messages);
        expect({ ...root }).toEqual(scalarsOf(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly what JSON.parse accepts, and refuses the rest as json.syntax', () => {
    const valid = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ messages: [v], v }, null, 1));
    const edit = fc.tuple(
      valid,
      fc.nat(),
      fc.nat({ max: 3 }),
      fc.constantFrom(...'{}[],:"\\ 0-e.tnx\n'.split(''), ''),
    );
    const mutated = edit.map(([text, at, cut, insert]) => {
      const p = at % (text.length + 1);
      return text.slice(0, p) + insert + text.slice(p + cut);
    });
    const anything = fc.oneof(
      mutated,
      fc.string({ maxLength: 20, unit: fc.constantFrom(...'{}[],:"1 a'.split('')) }),
    );
    fc.assert(
      fc.property(anything, fc.boolean(), (text, stream) => {
        let parsed = true;
        try {
          JSON.parse(text);
        } catch {
          parsed = false;
        }
        let streamed = true;
        try {
          collect(text, stream ? ['messages'] : []);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as ImportError).id).toBe('json.syntax');
          streamed = false;
        }
        expect(streamed, text).toBe(parsed);
      }),
      { numRuns: 2000 },
    );
  });
});
