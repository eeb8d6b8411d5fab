/**
 * What the editor turns off for large documents. Sticky scroll, folding, document symbols and colour
 * decorators ask the JSON worker about the whole document and unpack its answer on the main thread: for a
 * 2 MB export of 6,500 short messages that answer is some 14 MB, and each pause in typing froze the page for
 * hundreds of milliseconds. Their cost follows the number of JSON values, not bytes, so the switch is by size
 * with room to spare: a legal request (7 messages of at most 12 KB) stays far below it.
 * Plain data, so the rules are tested without Monaco; create.ts applies them.
 */

/** Above this many characters (about twice the largest legal request) a document counts as large. */
export const LARGE_DOCUMENT_CHARS = 200_000;
/** A large document counts as normal again only below this: typing near the line does not flip features. */
export const NORMAL_DOCUMENT_CHARS = 150_000;

export type DocumentSize = 'normal' | 'large';

export function sizeClass(length: number, previous: DocumentSize = 'normal'): DocumentSize {
  if (previous === 'large') return length < NORMAL_DOCUMENT_CHARS ? 'normal' : 'large';
  return length > LARGE_DOCUMENT_CHARS ? 'large' : 'normal';
}

/** The JSON language service's features (Monaco's `ModeConfiguration`). */
export interface JsonFeatures {
  documentFormattingEdits: boolean;
  documentRangeFormattingEdits: boolean;
  completionItems: boolean;
  hovers: boolean;
  documentSymbols: boolean;
  tokens: boolean;
  colors: boolean;
  foldingRanges: boolean;
  diagnostics: boolean;
  selectionRanges: boolean;
}

export function jsonFeatures(size: DocumentSize): JsonFeatures {
  const normal = size === 'normal';
  return {
    // Asked for on demand (a command, a keystroke at the cursor): the worker answers with little.
    documentFormattingEdits: true,
    documentRangeFormattingEdits: true,
    completionItems: true,
    hovers: true,
    tokens: true,
    // Never: the core's diagnostics are the only ones (the JSON worker's would re-parse on every change).
    diagnostics: false,
    // Whole-document answers, unpacked on the main thread.
    documentSymbols: normal,
    foldingRanges: normal,
    colors: normal,
    selectionRanges: normal,
  };
}

/** Editor options that follow the size (a subset of Monaco's `IEditorOptions`). */
export interface SizedEditorOptions {
  stickyScroll: { enabled: boolean };
  folding: boolean;
  occurrencesHighlight: 'off' | 'singleFile';
  colorDecorators: boolean;
  links: boolean;
}

export function editorOptions(size: DocumentSize): SizedEditorOptions {
  const normal = size === 'normal';
  return {
    stickyScroll: { enabled: normal },
    // Without the JSON folding provider Monaco would fold by indentation over the whole model on each change.
    folding: normal,
    // Highlighting every "From_Account" of 6,500 decorates thousands of ranges per cursor move.
    occurrencesHighlight: normal ? 'singleFile' : 'off',
    colorDecorators: normal,
    links: normal,
  };
}
