/** The core's Simplified Chinese catalogs: one lazy chunk, loaded by `loadCoreLocale('zh-CN')`. */
import { codeCatalog } from './code-texts';
import { CODES_ZH_CN } from './codes-zh-CN';
import type { CoreCatalogs } from './render';
import { DIAGNOSTICS_ZH_CN } from './diagnostics-zh-CN';
import { FIX_MESSAGES_ZH_CN } from './fixes-zh-CN';
import { HOSTS_ZH_CN } from './hosts-zh-CN';
import { JSON_PROBLEMS_ZH_CN } from './json-problems-zh-CN';
import { LABELS_ZH_CN } from './labels-zh-CN';
import { RESPONSE_ZH_CN } from './response-zh-CN';
import { SEND_FAILURES_ZH_CN } from './send-failures-zh-CN';
import { USERSIG_MESSAGES_ZH_CN } from './usersig-zh-CN';

export const ZH_CN_CORE_CATALOGS: CoreCatalogs = {
  diagnostics: DIAGNOSTICS_ZH_CN,
  jsonProblems: JSON_PROBLEMS_ZH_CN,
  codes: codeCatalog(CODES_ZH_CN),
  fixes: FIX_MESSAGES_ZH_CN,
  hosts: HOSTS_ZH_CN,
  labels: LABELS_ZH_CN,
  response: RESPONSE_ZH_CN,
  sendFailures: SEND_FAILURES_ZH_CN,
  usersig: USERSIG_MESSAGES_ZH_CN,
};
