/** 简体中文: the diagnostics area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { DIAGNOSTICS_EN } from './diagnostics.en';

export const DIAGNOSTICS_ZH_CN = {
  'summary.checking': '正在检查…',
  'summary.clean': '未发现问题。',
  'summary.counts': '{errors}，{warnings}，{notes}',
  'summary.counts.checking': '{errors}，{warnings}，{notes}（正在检查…）',
  'summary.errors': { other: '{n} 个错误' },
  'summary.warnings': { other: '{n} 个警告' },
  'summary.notes': { other: '{n} 条提示' },

  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'finding.repeats': { other: '（共 {n} 处：再次点击跳到下一处）' },
  'finding.server-code': '服务端将返回 {code}',

  'request.group': '请求级问题',
  'request.heading': '请求',
  'message.group': '第 {n} 条消息',
  'message.no-sender': '（无发送者）',
  'message.no-send-time': '（无 SendTime）',
  'message.status.ok': '正常',
  'message.status.error': '错误',
  'message.status.warning': '警告',
  'message.status.info': '提示',
  'message.meter': '第 {n} 条消息的大小（上限 {budget} 字节）',
  'message.bytes': '已计 {bytes} / {budget} 字节（原始 JSON {raw} 字节）',

  'more.messages': '显示 {total} 条消息中的 {shown} 条，有问题的优先；编辑器中的标记会显示所有问题。',
  'more.messages.listed':
    '显示 {total} 条消息中的 {shown} 条，有问题的优先；编辑器中的标记会显示所有已列出的问题。',
  'more.diagnostics':
    '该文档共有 {total} 个问题：为保证页面流畅，只列出并标记最严重的 {listed} 个。修复这些之后，会显示接下来的问题。',
  'more.no-strips': '无法为该文档显示消息条（{reason}）；问题检查不依赖于它们。',

  'timeline.caption': 'SendTime 时间轴：{start} 至 {end}',
  'timeline.reference.group-created': '建群时间',
  'timeline.reference.latest-message': '群内最新一条消息',
  'timeline.reference.now': '当前时间',
  'timeline.mark': '{label}：{time}',
  'timeline.problem.out-of-order': '未按时间戳递增',
  'timeline.problem.future': '晚于当前时间',
  'timeline.problem.before-creation': '早于建群时间',
  'timeline.problem.before-latest': '不晚于群内最新一条消息',
  'timeline.problem.separator': '、',
  'timeline.point': '第 {n} 条消息，SendTime {sendTime}（{time}）',
  'timeline.point.problems': '第 {n} 条消息，SendTime {sendTime}（{time}）：{problems}',
  'timeline.point.title': '#{n} {time}',
  'timeline.point.title.problems': '#{n} {time} · {problems}',
  'timeline.problems': '第 {n} 条消息：{problems}',
} satisfies CatalogOf<typeof DIAGNOSTICS_EN>;
