/** Fixes that make the text strict JSON without changing what it means: comments, trailing commas, repeated keys. */
import { memberWithKeyAt } from './tree';
import { lineTail, removalRange, removeMembers } from './edits';
import { offer, type Fixer } from './workbench';

export const removeComment: Fixer = (diagnostic, bench) => {
  const end = bench.tree.commentEnds.get(diagnostic.offset);
  if (end === undefined) return undefined;
  return offer('fix.remove-comment', undefined, [removalRange(bench.tree, diagnostic.offset, end, false)]);
};

export const removeTrailingComma: Fixer = (diagnostic, bench) => {
  const comma = diagnostic.offset;
  if (bench.text.charCodeAt(comma) !== 44) return undefined;
  // Alone on its line, or ending it: the line or the trailing blanks go too. Before a comment: the comma alone.
  const edit = lineTail(bench.tree, comma + 1, false)
    ? removalRange(bench.tree, comma, comma + 1, false)
    : { offset: comma, length: 1, text: '' };
  return offer('fix.remove-trailing-comma', undefined, [edit]);
};

/** JSON.parse keeps a repeated key's last value: removing every earlier member changes nothing it reads. */
export const keepLastDuplicate: Fixer = (diagnostic, bench) => {
  const found = memberWithKeyAt(bench.tree, diagnostic.offset);
  if (!found) return undefined;
  const name = found.entry.key!.name;
  const object = found.parent;
  // Indices by name, once per object: a hostile object may repeat thousands of keys.
  const byName = bench.shared(`members:${object.start}`, () => {
    const map = new Map<string, number[]>();
    object.entries!.forEach((entry, i) => {
      const list = map.get(entry.key!.name);
      if (list) list.push(i);
      else map.set(entry.key!.name, [i]);
    });
    return map;
  });
  return bench.shared(`duplicate:${object.start}:${name}`, () => {
    const indices = byName.get(name) ?? [];
    if (indices.length < 2) return undefined;
    const earlier = new Set(indices.slice(0, -1));
    return offer(
      'fix.keep-last-duplicate',
      { key: name, removed: earlier.size },
      removeMembers(bench.tree, object, earlier),
    );
  });
};
