// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildTree, entryAt, memberOf, memberWithKeyAt, nodeAt } from '../../../../src/lib/api/fix/tree';

describe('buildTree', () => {
  it('knows where every key, value, comma and comment stands', () => {
    const text = '{ "a" : [1, "x\\u0021", true ,null,], // c\n /* d */ "b": {} }';
    const tree = buildTree(text)!;
    const [a, b] = tree.root.entries!;
    expect(text.slice(a.key!.start, a.key!.end)).toBe('"a"');
    expect(a.key!.name).toBe('a');
    expect(text.slice(a.node.start, a.node.end)).toBe('[1, "x\\u0021", true ,null,]');
    expect(a.node.entries!.map((e) => e.node.value)).toEqual([1, 'x!', true, null]);
    expect(a.node.entries!.map((e) => (e.comma === -1 ? -1 : text[e.comma]))).toEqual([',', ',', ',', ',']);
    expect(text[a.comma]).toBe(',');
    expect(b.comma).toBe(-1);
    expect(tree.comments.map((c) => text.slice(c.start, c.end))).toEqual(['// c', '/* d */']);
    expect(tree.commentEnds.get(text.indexOf('/*'))).toBe(text.indexOf('*/') + 2);
    expect(tree.eol).toBe('\n');
    expect(buildTree('{\r\n}')!.eol).toBe('\r\n');
  });

  it('skips a byte order mark, keeping offsets true to the text', () => {
    const tree = buildTree('\ufeff{"a": 1}')!;
    expect(tree.root.start).toBe(1);
    expect(tree.root.entries![0].key!.start).toBe(2);
  });

  it.each([
    ['a syntax error', '{"a": }'],
    ['two values', '{} {}'],
    ['a key without a colon', '{"a" 1}'],
    ['a colon in an array', '[1: 2]'],
    ['a stray comma', '[,1]'],
    ['a missing comma', '[1 2]'],
    ['an unterminated comment', '{} /* open'],
    ['an unterminated string', '{"a'],
    ['an unclosed object', '{"a": [1]'],
    ['a mismatched bracket', '{"a": [1}'],
    ['nothing', '  '],
    ['a bare word', 'undefined'],
  ])('no tree for %s', (_name, text) => {
    expect(buildTree(text)).toBeUndefined();
  });

  it('100,000 levels deep, without touching the call stack', () => {
    const depth = 100_000;
    const tree = buildTree('['.repeat(depth) + ']'.repeat(depth))!;
    let node = tree.root;
    let levels = 1;
    while (node.entries!.length > 0) {
      node = node.entries![0].node;
      levels++;
    }
    expect(levels).toBe(depth);
  });
});

describe('look-ups', () => {
  const text = '{"a": 1, "__proto__": {"x": [10, 20]}, "a": 2}';
  const tree = buildTree(text)!;

  it('a repeated key resolves to its last occurrence, as JSON.parse reads it', () => {
    expect(memberOf(tree.root, 'a')!.node.value).toBe(2);
    expect(nodeAt(tree, '/a')!.value).toBe(2);
  });

  it('__proto__ is just a key', () => {
    expect(nodeAt(tree, '/__proto__/x/1')!.value).toBe(20);
    expect(nodeAt(tree, '/constructor')).toBeUndefined();
    expect(nodeAt(tree, '/__proto__/x/01')).toBeUndefined();
    expect(nodeAt(tree, '/__proto__/x/2')).toBeUndefined();
    expect(nodeAt(tree, '/a/b')).toBeUndefined();
    expect(nodeAt(tree, '')).toBe(tree.root);
    expect(entryAt(tree, '/__proto__')!.parent).toBe(tree.root);
  });

  it('objects with many keys are looked up by index, with the same answers', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `"k${i % 600}": ${i}`);
    const big = buildTree(`{${keys.join(',')}}`)!;
    expect(memberOf(big.root, 'k5')!.node.value).toBe(605);
    expect(memberOf(big.root, 'k700')).toBeUndefined();
    expect(memberOf(big.root, 'toString')).toBeUndefined();
  });

  it('finds the member whose key starts at an offset, at any depth', () => {
    const at = (key: string, nth = 0) => {
      let offset = -1;
      for (let i = 0; i <= nth; i++) offset = text.indexOf(key, offset + 1);
      return memberWithKeyAt(tree, offset);
    };
    expect(at('"a"', 1)).toMatchObject({ index: 2, parent: tree.root });
    expect(at('"x"')!.entry.node.kind).toBe('array');
    expect(memberWithKeyAt(tree, text.indexOf('10'))).toBeUndefined();
    expect(memberWithKeyAt(tree, text.length + 5)).toBeUndefined();
  });
});
