/** 简体中文: the response area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { RESPONSE_EN } from './response.en';

export const RESPONSE_ZH_CN = {
  'panel.heading': '应答',
  'panel.text-label': '应答 JSON',
  'panel.placeholder': '例如：',
  'panel.empty': '请粘贴 {api} 返回的 JSON。每条消息的结果会在它所属的消息旁说明。',
  'panel.too-large':
    '该应答有 {size}，超过本面板 {limit} 的上限：下方只显示原文，不作说明。真实的 {api} 应答只有几百字节；请检查粘贴的文本是否正确。',
  'panel.parsing': '正在读取应答…',
  'panel.unavailable.load': '无法加载应答解析器：{detail}。请刷新页面后重新粘贴应答；原文保留在下方。',
  'panel.unavailable.parse':
    '应答解析器处理该文本时出错：{detail}。请刷新页面后重新粘贴应答；原文保留在下方。',
  'panel.raw': '原始应答（{size}）',
  'panel.raw-label': '原始应答',
  'size.bytes': '{n} 字节',
  'size.kb': '{n} KB',
  'size.mb': '{n} MB',

  'results.unreadable': '无法说明该应答：',
  'results.ok': '所有消息均已导入。',
  'results.failed-rows': '{total} 条消息中有 {failed} 条未导入：请查看下方每条消息。',
  'results.failed': '导入未成功：请查看下方说明。',
  'results.notes': '关于该应答的说明：',
  'results.missing': '（缺失或无效）',
  'results.empty': '（空）',
  'results.category': '（{category}）',
  'results.meaning': '含义',
  'results.meaning.unknown': '{meaning}（该错误码不在本控制台的列表中）',
  'results.action': '处理建议',
  'results.action.retryable': '{action}稍后重试可能会成功。',

  'category.success': '成功',
  'category.group service': '群组服务',
  'category.REST API': 'REST API 接口',
  'category.account & UserSig': '账号与 UserSig',
  'category.content check': '内容检查',
  'category.message service': '消息服务',
  'category.unknown': '未知范围',
  'category.not a code': '不是错误码',

  'messages.heading': '每条消息的结果',
  'messages.only-problems': '只看未导入的 {n} 条',
  'messages.failed-first': '未导入的消息排在前面。',
  'messages.more': '显示其余 {n} 条消息',
  'verdict.failed': '未导入',
  'verdict.missing': '无结果',
  'verdict.imported': '已导入',
  'card.label': '第 {n} 条消息：{verdict}',
  'card.sender-unknown': '发送者未知',
  'card.what-to-do': '处理建议：',
} satisfies CatalogOf<typeof RESPONSE_EN>;
