/** 简体中文: the fixes area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { FIXES_EN } from './fixes.en';

export const FIXES_ZH_CN = {
  'fix.button': '修复',
  'fix.button.several': '修复 {n} 处',
  'fix.label': '修复：{title}',
  'fix.title.more': '{title}（另有 {n} 处同类问题）',
  'fix-all.button': '全部修复（{n}）',
  'fix-all.too-large': '只为不超过 {limit} 个字符的文档提供修复：请先拆分该文档。',
  working: '正在计算修复…',

  'notice.applied': { other: '已应用 {n} 处修复。撤销（Ctrl+Z 或 Cmd+Z）可一步撤回。' },
  'notice.nothing': '没有需要修复的内容。',
  'notice.no-safe-fix': '任何修复都会引入新的错误，因此未做修改。',
  'notice.text-changed': '计算这些修复之后文本已改变：未做任何修改。',
  'notice.not-offered': '该修复已不再提供：计算之后文本已改变。',
  'notice.failed': '无法应用修复（{reason}）。',
} satisfies CatalogOf<typeof FIXES_EN>;
