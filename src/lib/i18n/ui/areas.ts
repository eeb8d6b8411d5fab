/**
 * The console's words, by area. Each area has an English catalog (`<area>.en.ts`, written `as const`: the
 * source of the ids and placeholders), imported only by the code that shows it, so a lazy panel's words load
 * with the panel; and a Simplified Chinese one (`<area>.zh-CN.ts`), all of them in one chunk (`./zh-CN.ts`)
 * that loads when the language is chosen. Types only here: importing this file costs nothing.
 */
import type { CatalogOf } from '../catalog';
import type { SHELL_EN } from './shell.en';
import type { EDITOR_EN } from './editor.en';
import type { DIAGNOSTICS_EN } from './diagnostics.en';
import type { REQUEST_EN } from './request.en';
import type { RESPONSE_EN } from './response.en';
import type { REFERENCE_EN } from './reference.en';
import type { HISTORY_EN } from './history.en';
import type { SANDBOX_EN } from './sandbox.en';
import type { SETTINGS_EN } from './settings.en';
import type { FIXES_EN } from './fixes.en';
import type { USERSIG_EN } from './usersig.en';
import type { BATCH_EN } from './batch.en';

export interface UiEnglish {
  shell: typeof SHELL_EN;
  editor: typeof EDITOR_EN;
  diagnostics: typeof DIAGNOSTICS_EN;
  request: typeof REQUEST_EN;
  response: typeof RESPONSE_EN;
  reference: typeof REFERENCE_EN;
  history: typeof HISTORY_EN;
  sandbox: typeof SANDBOX_EN;
  settings: typeof SETTINGS_EN;
  fixes: typeof FIXES_EN;
  usersig: typeof USERSIG_EN;
  batch: typeof BATCH_EN;
}

export type UiArea = keyof UiEnglish;

/** A non-English language's words for every area. */
export type UiTranslations = { readonly [A in UiArea]: CatalogOf<UiEnglish[A]> };
