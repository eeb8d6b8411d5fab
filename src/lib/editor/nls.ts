/**
 * Monaco's own words (Find, the context menu, the suggest, hover and quick-fix widgets, the problem peek, screen-
 * reader announcements) in the page's language. Imports nothing of Monaco but Microsoft's Chinese table.
 *
 * How Monaco says them: its ESM build calls `localize(id, english)` (`monaco-editor/esm/vs/nls.js`), which looks
 * `id` up in `globalThis._VSCODE_NLS_MESSAGES` at the moment of the call and falls back to the English written in
 * its code. Microsoft ships the Chinese table as a module that sets that global (`monaco-editor/nls/lang/zh-cn.js`,
 * numbered for the same build): here it is its own lazy chunk, loaded only when the page is or becomes Chinese,
 * and kept here, so switching back and forth only swaps the global.
 *
 * What follows a switch without a reload, and what cannot (checked against Monaco 0.57's code by
 * tests/lib/editor/nls.test.ts and in a browser by tests/e2e/editor-zh.e2e.mjs):
 * - Follows: what Monaco words when it shows something: the hover's "View Problem" and "Quick Fix...", the
 *   problem peek's "1 of 2 problems", the light bulb's title, the suggest and quick-fix lists' screen-reader
 *   labels, the find widget's "N found for ..." announcement.
 * - Stays in the language Monaco was first evaluated in, until a reload: what Monaco words once, when its modules
 *   are evaluated: the whole find widget (labels, placeholders, buttons, "No results", "{0} of {1}"; and the widget
 *   is built once per editor, on the first Ctrl+F), every command's title, so the context menu (Cut, Copy, Paste,
 *   Format Document...), the suggest widget's "Loading..." and "No suggestions.", the quick-fix list's group
 *   headers ("Quick Fix"), the keyboard modifiers' names, and `platform.language` (read from
 *   `_VSCODE_NLS_LANGUAGE`). No setting of ours can reach strings Monaco has already made.
 * Hence `loadEditor` (./load.ts) loads the table before Monaco's first evaluation when the first language is
 * Chinese. A page that switches later gets the first group in the new language at once and the second after a
 * reload (the choice is remembered, so the next load starts in it).
 */
import type { Locale } from '../i18n/locales';

declare global {
  var _VSCODE_NLS_MESSAGES: readonly string[] | undefined;
  var _VSCODE_NLS_LANGUAGE: string | undefined;
}

/** The language asked for last: a switch made while the table loads wins over the load. */
let wanted: Locale = 'en';
let chinese: readonly string[] | undefined;
let loading: Promise<void> | undefined;

function loadChinese(): Promise<void> {
  loading ??= import('monaco-editor/nls/lang/zh-cn.js').then(
    () => {
      // The module has just set the global (synchronously, when evaluated): keep its table, then say `wanted`.
      chinese = globalThis._VSCODE_NLS_MESSAGES;
      useMonacoWords(wanted);
    },
    (error: unknown) => {
      loading = undefined; // a later switch to Chinese asks again
      throw error;
    },
  );
  return loading;
}

/**
 * Makes `locale` Monaco's language, loading Monaco's Chinese table first (once) when it is Chinese. Rejects if the
 * table cannot load: Monaco then keeps its English.
 */
export async function loadMonacoWords(locale: Locale): Promise<void> {
  wanted = locale;
  if (locale === 'zh-CN' && chinese === undefined) await loadChinese();
  useMonacoWords(wanted);
}

/** Makes `locale` Monaco's language; Chinese only once loaded (else Monaco's English). */
export function useMonacoWords(locale: Locale): void {
  wanted = locale;
  const messages = locale === 'zh-CN' ? chinese : undefined;
  globalThis._VSCODE_NLS_MESSAGES = messages;
  globalThis._VSCODE_NLS_LANGUAGE = messages ? 'zh-cn' : undefined;
}
