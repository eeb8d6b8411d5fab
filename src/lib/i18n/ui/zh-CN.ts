/** Every area's Simplified Chinese words: one lazy chunk, loaded when 中文 is chosen. */
import type { UiTranslations } from './areas';
import { SHELL_ZH_CN } from './shell.zh-CN';
import { EDITOR_ZH_CN } from './editor.zh-CN';
import { DIAGNOSTICS_ZH_CN } from './diagnostics.zh-CN';
import { REQUEST_ZH_CN } from './request.zh-CN';
import { RESPONSE_ZH_CN } from './response.zh-CN';
import { REFERENCE_ZH_CN } from './reference.zh-CN';
import { HISTORY_ZH_CN } from './history.zh-CN';
import { SANDBOX_ZH_CN } from './sandbox.zh-CN';
import { SETTINGS_ZH_CN } from './settings.zh-CN';
import { FIXES_ZH_CN } from './fixes.zh-CN';
import { USERSIG_ZH_CN } from './usersig.zh-CN';
import { BATCH_ZH_CN } from './batch.zh-CN';

export const UI_ZH_CN: UiTranslations = {
  shell: SHELL_ZH_CN,
  editor: EDITOR_ZH_CN,
  diagnostics: DIAGNOSTICS_ZH_CN,
  request: REQUEST_ZH_CN,
  response: RESPONSE_ZH_CN,
  reference: REFERENCE_ZH_CN,
  history: HISTORY_ZH_CN,
  sandbox: SANDBOX_ZH_CN,
  settings: SETTINGS_ZH_CN,
  fixes: FIXES_ZH_CN,
  usersig: USERSIG_ZH_CN,
  batch: BATCH_ZH_CN,
};
