/**
 * 修复建议的简体中文文本:与 fix/messages.ts 的 FIX_MESSAGES 同样的 ID 与参数。仅在选用中文时按需加载。
 */
import type { FIX_MESSAGES } from '../fix/messages';

type Shape = { readonly [K in keyof typeof FIX_MESSAGES]: (typeof FIX_MESSAGES)[K] };

export const FIX_MESSAGES_ZH_CN: Shape = {
  'fix.send-time-seconds': (p) => `将 SendTime 从毫秒转换为秒:${p.from} → ${p.to}`,
  'fix.send-time-seconds-and-sort': (p) =>
    `将 ${p.count} 个 SendTime 值从毫秒转换为秒,并按 SendTime 对 MsgList 排序`,
  'fix.sort-msg-list': (p) => `按 SendTime 对 MsgList 排序(移动 ${p.moved} 条消息)`,
  'fix.remove-comment': () => '删除此注释',
  'fix.remove-trailing-comma': () => '删除末尾多余的逗号',
  'fix.keep-last-duplicate': (p) => `保留最后一个“${p.key}”,删除前面的 ${p.removed} 个`,
  'fix.fresh-random': (p) => `将 Random(消息随机数)设为新的数字:${p.value}`,
  'fix.download-flag': (p) => `将 ${p.field} 设为 2(从 URL 下载)`,
  'fix.add-download-flag': (p) => `添加 "${p.field}": 2(从 URL 下载)`,
  'fix.unquote-number': (p) => `将 ${p.field} 写为数字 ${p.value},去掉引号`,
  'fix.remove-recent-contact-flag': (p) => `删除 RecentContactFlag(${p.groupType} 群不支持)`,
  'fix.rename-key': (p) => `将“${p.from}”重命名为“${p.to}”`,
  'fix.split': (p) => `将 ${p.messages} 条消息拆分为 ${p.calls} 次调用,每次最多 ${p.perCall} 条`,

  'no-fix.ms-still-too-large': (p) =>
    `即使除以 1000,${p.value} 也不是合理的秒级时间(微秒?):请检查它是如何生成的。`,
  'no-fix.ms-ambiguous': (p) =>
    `${p.value} 按秒读是 ${p.asSeconds},按毫秒读是 ${p.asMilliseconds}:两者都不像消息时间,无法确定原意。请检查该值。`,
  'no-fix.ms-future': (p) => `按毫秒读,它仍晚于当前时间(${p.asMilliseconds}):请检查该值。`,
  'no-fix.ms-before-creation': (p) =>
    `按毫秒读,它是 ${p.asMilliseconds},不晚于建群时间(${p.created}):转换后也无法导入。`,
  'no-fix.ms-before-latest': (p) =>
    `按毫秒读,它是 ${p.asMilliseconds},不晚于当前群内最新一条消息的时间(${p.latest}):转换后也无法导入。`,
  'no-fix.equal-send-times': (p) =>
    `第 ${p.first} 条和第 ${p.second} 条消息的 SendTime 相同(${p.time}):任何顺序都无法严格递增,也无法确定谁在前。请将其中一条改动一秒。`,
  'no-fix.not-whole-number': (p) =>
    `${p.field} "${p.value}" 不是大于或等于 0 的整数:无法确定原本想写的数字。`,
  'no-fix.over-budget': (p) => `添加 ${p.field} 会使消息超出字节上限:请先缩短消息。`,
  'no-fix.rename-target-exists': (p) =>
    `“${p.from}”看起来像“${p.to}”,但对象中已经有“${p.to}”:请删除不需要的那一个。`,
  'no-fix.rename-ambiguous': (p) => `有多个键看起来像“${p.to}”(${p.keys}):请手动重命名正确的那一个。`,
  'no-fix.rename-repeated': (p) => `“${p.from}”在此处出现了不止一次:请先删除重复项(已提供该修复)。`,
  'no-fix.rename-breaks': (p) => `重命名为“${p.to}”会带来新的错误(${p.rule}):请先修正它的值,再重命名。`,
};
