/** 简体中文: the settings area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { SETTINGS_EN } from './settings.en';

export const SETTINGS_ZH_CN = {
  'context.legend': '规则的上下文',
  'context.groupType': '群组类型',
  'context.groupTypeUnknown': '未知（跳过与群组类型相关的规则）',
  'context.groupTypeNoted': '{type}（{note}）',
  'groupType.Private': '同 Work（好友工作群）',
  'groupType.Work': 'Private 的新名称',
  'groupType.ChatRoom': '同 Meeting（会议群）',
  'groupType.Meeting': 'ChatRoom 的新名称',
  'groupType.AVChatRoom': '直播群不支持导入：10007',
  'groupType.Community': '需要开通社群功能',
  'context.createTime': '建群时间',
  'context.createHint': '未设置：不检查消息是否晚于建群时间。',
  'context.latestTime': '当前群内最新一条消息的时间',
  'context.latestHint': '未设置：不检查消息是否晚于群内已有的消息。',
  'context.budget': '单条消息的字节上限',
  'budget.option': '{bytes} 字节：{note}',
  'budget.seed': '最初的 API 文档页和较早的文档（稳妥的默认值）',
  'budget.newer': '较新的文档（2023 年起）写的是 12 KB',
  'budget.kib': '如果 12 KB 指的是 12 KiB（未确认）',
  'budget.why':
    '最初的 API 文档页写的是 {seed} 字节；腾讯云较新的文档写的是 12 KB（英文页面写作“{newer} bytes”；12 KB 指 {newer} 还是 {kib} 字节尚未确认）。{seed} 字节是稳妥的选择。',
  'context.now': '“未来时间”规则所用的“当前时间”',
  'context.liveClock': '实时时钟',
  'context.fixedTime': '固定时间',
  'context.fixedNow': '固定的当前时间',

  'time.readout': '{value} 秒 = {utc} = {local}（本地时间）',
  'time.placeholder': 'Unix 时间戳，单位为秒，例如 {example}',
  'time.unset': '未设置：跳过需要它的规则。',
  'time.outOfRange': '超出范围',
  'time.not-seconds': '“{text}”不是 Unix 时间戳（秒）：请输入整数，例如 {example}。',
  'time.too-far': '{text} 太靠后，不可能是以秒为单位的 Unix 时间戳。',
  'time.milliseconds':
    '{text} 太靠后，不可能是以秒为单位的 Unix 时间戳。它看起来是毫秒：请去掉最后三位数字。',
} satisfies CatalogOf<typeof SETTINGS_EN>;
