/**
 * Monaco's own words (the suggest and hover widgets, Find, the context menu, Quick Fix, screen-reader
 * announcements) in the page's language. Monaco looks each message up in `globalThis._VSCODE_NLS_MESSAGES` when it
 * says it, falling back to the English built into its code; Microsoft ships the Chinese table as a module that
 * sets that global (`monaco-editor/nls/lang/zh-cn.js`, its own lazy chunk here, loaded only for Chinese).
 *
 * What follows a switch without reload: everything Monaco words after it (a newly opened widget, menu, hover or
 * announcement). What does not: the few words Monaco computes once when its modules are evaluated (some menu and
 * command titles, keybinding labels); they stay in the language the editor was first loaded in, which is why the
 * page loads this before Monaco when the first language is Chinese. Imports nothing of Monaco.
 */
import type { Locale } from '../i18n/locales';

declare global {
  var _VSCODE_NLS_MESSAGES: readonly string[] | undefined;
  var _VSCODE_NLS_LANGUAGE: string | undefined;
}

let chinese: readonly string[] | undefined;

/** Loads Monaco's Chinese table (once) when `locale` is Chinese, then makes `locale` Monaco's language. */
export async function loadMonacoWords(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' && chinese === undefined) {
    const before = globalThis._VSCODE_NLS_MESSAGES;
    await import('monaco-editor/nls/lang/zh-cn.js');
    chinese = globalThis._VSCODE_NLS_MESSAGES;
    globalThis._VSCODE_NLS_MESSAGES = before;
  }
  useMonacoWords(locale);
}

/** Makes `locale` Monaco's language; Chinese words only once loaded (else Monaco's English). */
export function useMonacoWords(locale: Locale): void {
  const messages = locale === 'zh-CN' ? chinese : undefined;
  globalThis._VSCODE_NLS_MESSAGES = messages;
  globalThis._VSCODE_NLS_LANGUAGE = messages ? 'zh-cn' : undefined;
}
