/** The editor as the rest of the app sees it: no Monaco types leak out of `src/lib/editor/`. */
import type { Diagnostic, Fix } from '../api';
import type { Translate } from '../i18n/catalog';
import type { Locale } from '../i18n/locales';
import type { EDITOR_EN } from '../i18n/ui/editor.en';
import type { TextEdit } from '../snippets';

export type EditorTheme = 'light' | 'dark';

export interface EditorOptions {
  value: string;
  theme: EditorTheme;
  /** Every change of the text, typed or applied. */
  onChange: (text: string) => void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onSend: () => void;
  /** A fix chosen from a marker's code actions (light bulb, Ctrl/Cmd+.). Without it no fixes are offered. */
  onFix?: (request: FixRequest) => void;
  /**
   * The page's language at creation (default English): the schema's hovers and completions, the markers, the
   * fixes' titles and the templates follow it; `setLocale` switches.
   */
  locale?: Locale;
  /** The editor area's words in the page's language (a translator that follows it; default English). */
  t?: Translate<typeof EDITOR_EN>;
}

/** What a fix command asks for: one fix, every fix of a rule, some fixes, or all (each as one undo step). */
export type FixRequest =
  | { kind: 'one'; fix: Fix }
  | { kind: 'rule'; rule: string }
  | { kind: 'some'; fixes: readonly Fix[] }
  | { kind: 'all' };

/** The fixes of one text: offered as code actions only while the model holds exactly that text. */
export interface EditorFixes {
  text: string;
  fixes: readonly Fix[];
}

export interface EditorHandle {
  getValue(): string;
  /** Replace the whole text as one undoable edit. */
  setValue(text: string): void;
  /** Apply edits as one undoable step, then select (and reveal) `select` in the new text. */
  applyEdits(edits: TextEdit[], select?: { offset: number; length: number }): void;
  /** The cursor's offset in the text (UTF-16 code units). */
  getCursorOffset(): number;
  /** Select the range, scroll it into view and focus the editor. */
  reveal(offset: number, length: number): void;
  /**
   * Show the core's diagnostics as markers of the console's own owner, with the fixes of the same text as their
   * code actions (none when `fixes` is left out).
   */
  setMarkers(diagnostics: Diagnostic[], fixes?: EditorFixes): void;
  setTheme(theme: EditorTheme): void;
  /**
   * Speaks `locale` from now on: the JSON Schema of that language (hovers, completions), the markers said again,
   * the fixes' titles, the templates' names, the editor's accessible name.
   */
  setLocale(locale: Locale): void;
  format(): void;
  focus(): void;
  dispose(): void;
}

export type CreateEditor = (element: HTMLElement, options: EditorOptions) => EditorHandle;

/** Owner of the console's markers (the JSON worker has its own). */
export const MARKER_OWNER = 'import-group-msg';
