/**
 * Text edits and applying them: the part of this folder the start-up page needs (the workspace applies fixes and
 * templates with it). No jsonc-parser here, so that the parser, the formatter and the template planner
 * (`insert.ts`, loaded on the first template or Format) stay out of the start-up chunk.
 */

/** Replace `length` characters at `offset` (UTF-16 code units) by `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/**
 * `text` with `edits` applied, each at its offset in the original text (as jsonc-parser's `applyEdits`: sorted by
 * offset, then length; overlapping edits throw).
 */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const sorted = edits.slice().sort((a, b) => a.offset - b.offset || a.length - b.length);
  let result = text;
  let lastModifiedOffset = text.length;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const edit = sorted[i];
    if (edit.offset + edit.length > lastModifiedOffset) throw new Error('Overlapping edit');
    result = result.substring(0, edit.offset) + edit.text + result.substring(edit.offset + edit.length);
    lastModifiedOffset = edit.offset;
  }
  return result;
}
