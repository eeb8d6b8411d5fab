// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyTextEdits, editsOverlap, insertMember, removeMembers } from '../../../../src/lib/api/fix/edits';
import { buildTree } from '../../../../src/lib/api/fix/tree';

describe('applyTextEdits', () => {
  it('applies edits given in any order, each on the original offsets', () => {
    const text = 'abcdefgh';
    const edits = [
      { offset: 6, length: 2, text: 'XY' },
      { offset: 0, length: 1, text: '' },
      { offset: 3, length: 0, text: '+' },
    ];
    expect(applyTextEdits(text, edits)).toBe('bc+defXY');
    expect(applyTextEdits(text, [...edits].reverse())).toBe('bc+defXY');
    expect(applyTextEdits(text, [])).toBe(text);
  });

  it.each([
    [
      'overlapping',
      [
        { offset: 1, length: 3, text: '' },
        { offset: 2, length: 3, text: '' },
      ],
    ],
    [
      'two insertions at one offset',
      [
        { offset: 2, length: 0, text: 'a' },
        { offset: 2, length: 0, text: 'b' },
      ],
    ],
    [
      'an insertion inside a removal',
      [
        { offset: 1, length: 3, text: '' },
        { offset: 2, length: 0, text: 'b' },
      ],
    ],
    ['past the end', [{ offset: 7, length: 5, text: '' }]],
    ['negative', [{ offset: -1, length: 1, text: '' }]],
    ['fractional', [{ offset: 1.5, length: 1, text: '' }]],
  ])('refuses %s edits', (_name, edits) => {
    expect(() => applyTextEdits('abcdefgh', edits)).toThrow(RangeError);
  });

  it('edits that only touch do not overlap', () => {
    expect(editsOverlap({ offset: 0, length: 2, text: '' }, { offset: 2, length: 2, text: '' })).toBe(false);
    expect(
      applyTextEdits('abcd', [
        { offset: 0, length: 2, text: 'x' },
        { offset: 2, length: 2, text: 'y' },
      ]),
    ).toBe('xy');
  });
});

describe('removeMembers', () => {
  const remove = (text: string, ...indices: number[]) => {
    const tree = buildTree(text)!;
    return applyTextEdits(text, removeMembers(tree, tree.root, new Set(indices)));
  };

  it.each([
    ['the first', '{"a": 1, "b": 2, "c": 3}', [0], '{"b": 2, "c": 3}'],
    ['the middle', '{"a": 1, "b": 2, "c": 3}', [1], '{"a": 1, "c": 3}'],
    ['the last', '{"a": 1, "b": 2, "c": 3}', [2], '{"a": 1, "b": 2}'],
    ['two apart', '{"a": 1, "b": 2, "c": 3}', [0, 2], '{"b": 2}'],
    ['a run at the end', '{"a": 1, "b": 2, "c": 3}', [1, 2], '{"a": 1}'],
    ['all', '{"a": 1, "b": 2}', [0, 1], '{}'],
    ['all, over lines', '{\n  "a": 1,\n  "b": 2\n}', [0, 1], '{\n}'],
    ['a line with its own comment', '{\n  "a": 1, // a\n  "b": 2\n}', [0], '{\n  "b": 2\n}'],
    [
      'the last, after a comment of the one before',
      '{\n  "a": 1, // a\n  "b": 2\n}',
      [1],
      '{\n  "a": 1 // a\n}',
    ],
    ['the last, with a trailing comma', '{\n  "a": 1,\n  "b": 2,\n}', [1], '{\n  "a": 1\n}'],
    ['the last, on the line of another', '{ "a": 1, "b": 2,\n  "c": 3 }', [1], '{ "a": 1,\n  "c": 3 }'],
  ])('%s', (_name, text, indices, expected) => {
    expect(remove(text, ...indices)).toBe(expected);
    expect(() => JSON.parse(expected.replace(/\/\/.*$/gm, ''))).not.toThrow();
  });
});

describe('insertMember', () => {
  const insert = (text: string) => {
    const tree = buildTree(text)!;
    return applyTextEdits(text, insertMember(tree, tree.root, 'k', '2'));
  };

  it.each([
    ['an empty object', '{}', '{"k": 2}'],
    ['one line', '{"a": 1}', '{"a": 1, "k": 2}'],
    ['lines', '{\n    "a": 1\n}', '{\n    "a": 1,\n    "k": 2\n}'],
    ['lines with a comment', '{\n  "a": 1 // one\n}', '{\n  "a": 1, // one\n  "k": 2\n}'],
    ['lines with a trailing comma', '{\n  "a": 1,\n}', '{\n  "a": 1,\n  "k": 2\n}'],
    ['CRLF', '{\r\n  "a": 1\r\n}', '{\r\n  "a": 1,\r\n  "k": 2\r\n}'],
  ])('%s', (_name, text, expected) => {
    expect(insert(text)).toBe(expected);
  });
});
