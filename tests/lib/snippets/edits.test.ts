// @vitest-environment node
// applyTextEdits (snippets/edits.ts, start-up code without jsonc-parser) applies edits exactly as jsonc-parser's
// applyEdits did, which the workspace used before; formatEdits keeps the document's own indentation.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { applyEdits } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, type TextEdit } from '../../../src/lib/snippets/edits';
import { formatEdits } from '../../../src/lib/snippets';

const viaJsonc = (text: string, edits: TextEdit[]) =>
  applyEdits(
    text,
    edits.map((edit) => ({ offset: edit.offset, length: edit.length, content: edit.text })),
  );

describe('applyTextEdits', () => {
  it('applies edits given in any order, each at its offset in the original text', () => {
    const edits: TextEdit[] = [
      { offset: 7, length: 1, text: 'B' },
      { offset: 0, length: 0, text: '>' },
      { offset: 3, length: 2, text: '' },
    ];
    expect(applyTextEdits('0123456789', edits)).toBe('>01256B89');
    expect(applyTextEdits('', [])).toBe('');
  });

  it('refuses overlapping edits, as jsonc-parser does', () => {
    const edits = [
      { offset: 2, length: 3, text: 'x' },
      { offset: 4, length: 1, text: 'y' },
    ];
    expect(() => applyTextEdits('0123456789', edits)).toThrow('Overlapping edit');
    expect(() => viaJsonc('0123456789', edits)).toThrow('Overlapping edit');
  });

  it("gives jsonc-parser's result (or its error) for any edits", () => {
    const edit = fc.record({
      offset: fc.nat({ max: 12 }),
      length: fc.nat({ max: 4 }),
      text: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.array(edit, { maxLength: 5 }), (text, edits) => {
        let expected: string | Error;
        try {
          expected = viaJsonc(text, edits);
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) expect(() => applyTextEdits(text, edits)).toThrow(expected.message);
        else expect(applyTextEdits(text, edits)).toBe(expected);
      }),
    );
  });
});

describe('formatEdits', () => {
  it('formats with the indentation the document uses, 2 spaces for a flat one', () => {
    const flat = '{"GroupId":"g","MsgList":[]}';
    expect(applyTextEdits(flat, formatEdits(flat))).toBe('{\n  "GroupId": "g",\n  "MsgList": []\n}');
    const fourSpaces = '{\n    "GroupId":"g", "MsgList":[1]}';
    expect(applyTextEdits(fourSpaces, formatEdits(fourSpaces))).toBe(
      '{\n    "GroupId": "g",\n    "MsgList": [\n        1\n    ]\n}',
    );
  });
});

describe('the start-up seam', () => {
  const source = (path: string) => readFileSync(new URL(`../../../src/lib/${path}`, import.meta.url), 'utf8');
  /** Specifiers of the imports that stay in the built code (not `import type`, not dynamic `import()`). */
  const valueImports = (text: string) =>
    [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);

  it('edits.ts imports nothing, and the workspace takes only it of snippets/ statically', () => {
    expect(valueImports(source('snippets/edits.ts'))).toEqual([]);
    const workspace = valueImports(source('state/workspace.svelte.ts'));
    expect(workspace.filter((spec) => spec.includes('snippets'))).toEqual(['../snippets/edits']);
    expect(workspace).not.toContain('jsonc-parser');
  });
});
