/** 简体中文: the history area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { HISTORY_EN } from './history.en';

export const HISTORY_ZH_CN = {
  'list.title': '历史记录',
  'list.note': '最近生成的 {count} 个请求，保存在此浏览器中，不含凭据。',
  'list.empty': '尚未生成任何请求。',
  'list.group': '群 ID（GroupId）：{group}',
  'list.answered': '{target}：HTTP {status}，{ms} 毫秒',
  'list.failed': '{target}：失败（{failure}），{ms} 毫秒',
  'list.builtOnly': '仅生成',
  'list.openLabel': '在编辑器中打开 {time} 的请求',
  'list.open': '打开',
  'list.clear': '清空历史记录',
  'store.tabOnly': '历史记录仅保留在此标签页中：此浏览器拒绝存储。',
  'store.full': { other: '存储空间已满：历史记录只保留最近的 {count} 个请求。' },
  'store.reopened': '已重新打开 {time} 的请求。',
  'store.cleared': '已清空历史记录。',
} satisfies CatalogOf<typeof HISTORY_EN>;
