/** Every area's English words together: for tests and tools (the page imports each area where it is shown). */
import type { UiEnglish } from './areas';
import { SHELL_EN } from './shell.en';
import { EDITOR_EN } from './editor.en';
import { DIAGNOSTICS_EN } from './diagnostics.en';
import { REQUEST_EN } from './request.en';
import { RESPONSE_EN } from './response.en';
import { REFERENCE_EN } from './reference.en';
import { HISTORY_EN } from './history.en';
import { SANDBOX_EN } from './sandbox.en';
import { SETTINGS_EN } from './settings.en';
import { FIXES_EN } from './fixes.en';
import { USERSIG_EN } from './usersig.en';
import { BATCH_EN } from './batch.en';

export const UI_EN: UiEnglish = {
  shell: SHELL_EN,
  editor: EDITOR_EN,
  diagnostics: DIAGNOSTICS_EN,
  request: REQUEST_EN,
  response: RESPONSE_EN,
  reference: REFERENCE_EN,
  history: HISTORY_EN,
  sandbox: SANDBOX_EN,
  settings: SETTINGS_EN,
  fixes: FIXES_EN,
  usersig: USERSIG_EN,
  batch: BATCH_EN,
};
