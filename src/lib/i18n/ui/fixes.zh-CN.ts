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

  'split.button': '拆分为每次 7 条的多次调用',
  'split.title': { other: '共 {n} 次调用，每次最多导入 7 条消息，请按此顺序发送' },
  'split.hint':
    '每次调用都保留 GroupId、各标志字段、注释和排版。可在编辑器中打开某一次调用进行检查和发送（撤销可恢复完整请求），或复制它。',
  'split.stale': '拆分之后文本已改变：请重新拆分。',
  'split.call': '第 {number} 次调用：第 {first}–{last} 条消息',
  'split.open': '在编辑器中打开',
  'split.copy': '复制',
  'split.copied': '已复制。',
  'split.copy-failed': '无法复制：请选中文本后手动复制。',
  'split.close': '关闭',
  'split.list': '拆分后的调用',

  'notice.applied': { other: '已应用 {n} 处修复。撤销（Ctrl+Z 或 Cmd+Z）可一步撤回。' },
  'notice.nothing': '没有需要修复的内容。',
  'notice.no-safe-fix': '任何修复都会引入新的错误，因此未做修改。',
  'notice.text-changed': '计算这些修复之后文本已改变：未做任何修改。',
  'notice.not-offered': '该修复已不再提供：计算之后文本已改变。',
  'notice.failed': '无法应用修复（{reason}）。',
} satisfies CatalogOf<typeof FIXES_EN>;
