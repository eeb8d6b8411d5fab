/** 简体中文: the settings area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { SETTINGS_EN } from './settings.en';

export const SETTINGS_ZH_CN = {
  'context.legend': '规则的上下文',
  'context.groupType': '群组类型',
  'context.groupTypeUnknown': '未知（跳过与群组类型相关的规则）',
  'context.groupTypeNoted': '{type}（{note}）',
  'context.createTime': '建群时间',
  'context.createHint': '未设置：不检查消息是否晚于建群时间。',
  'context.latestTime': '当前群内最新一条消息的时间',
  'context.latestHint': '未设置：不检查消息是否晚于群内已有的消息。',
  'context.budget': '单条消息的字节上限',
  'budget.option': '{label}：{note}',
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

  'credentials.profile': '凭据配置',
  'credentials.toggle': '凭据',
  'credentials.editorFailed': '无法加载凭据编辑器：{reason}',
  'credentials.tryAgain': '重试',
  'credentials.loading': '正在加载…',
  'credentials.warning':
    '在 UserSig 过期之前，任何拿到它的人都能以您的 App 管理员身份调用 API。除非您在下方另行选择，它只保存在此标签页的内存中，且从不写入页面 URL、分享链接或历史记录。',
  'credentials.name': '配置名称',
  'credentials.nameNeeded': '配置需要名称：请至少输入一个字符。',
  'credentials.identifier': 'App 管理员账号',
  'credentials.showUserSig': '显示 UserSig',
  'credentials.hideUserSig': '隐藏 UserSig',
  'credentials.add': '添加配置',
  'credentials.delete': '删除配置',
  'credentials.confirmDelete': '删除配置“{name}”及其凭据？',
  'credentials.remember': '在此设备上记住（直到关闭浏览器）',
  'credentials.keep': '关闭浏览器后也保留（以未加密形式存储在此浏览器的 localStorage 中）',
  'credentials.close': '关闭',
  'credentials.refused':
    '此浏览器拒绝存储这些配置（存储空间已满或被禁用）：它们只保存在内存中，关闭标签页后即丢失。',
} satisfies CatalogOf<typeof SETTINGS_EN>;
