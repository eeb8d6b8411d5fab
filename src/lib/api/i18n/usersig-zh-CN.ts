/**
 * UserSig 工具的简体中文文本:与 usersig/messages.ts 的 USERSIG_MESSAGES 同样的 ID 与参数。仅在选用中文时按需加载。
 * 术语见 src/lib/i18n/GLOSSARY.md(UserSig、密钥 SecretKey、过期时间)。
 */
import type { USERSIG_MESSAGES } from '../usersig/messages';

type Shape = { readonly [K in keyof typeof USERSIG_MESSAGES]: (typeof USERSIG_MESSAGES)[K] };

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const TYPES: Record<string, string> = {
  null: 'null',
  'an array': '数组',
  'a number': '数字',
  'a boolean': '布尔值',
  'an object': '对象',
  'a undefined': 'undefined',
  'a bigint': 'bigint',
  'a symbol': 'symbol',
  'a function': '函数',
};

export const USERSIG_MESSAGES_ZH_CN: Shape = {
  'usersig.not-string': (p) =>
    `UserSig 应为文本，而这是${TYPES[p.type] ?? p.type}。请粘贴 UserSig 字符串本身。`,
  'usersig.empty': () => 'UserSig 为空。请粘贴一个，或用测试应用的密钥 SecretKey 生成一个。',
  'usersig.too-long': (p) =>
    `这段文本长 ${p.length.toLocaleString('zh-CN')} 个字符，而 UserSig 只有几百个字符（最多读取 ` +
    `${p.max.toLocaleString('zh-CN')} 个）。请确认只粘贴了 UserSig。`,
  'usersig.bad-character': (p) =>
    `第 ${p.position} 个字符 ${p.character} 不可能出现在 UserSig 中（UserSig 只含字母、数字和 * - _）。` +
    '请检查是否连同空格、引号或换行一起复制了。',
  'usersig.bad-base64': () =>
    '这不是 UserSig：其字符无法按 base64 解码（是否缺了一部分？）。请重新完整复制。',
  'usersig.not-zlib': () =>
    '这不是 UserSig：能解码，但结果不是压缩数据（UserSig 是经 zlib 压缩的 JSON）。请重新完整复制，或生成一个新的。',
  'usersig.inflated-too-large': (p) =>
    `这不是 UserSig：解压后超过 ${kb(p.max)}（UserSig 只有几百字节），因此在此处停止读取。`,
  'usersig.no-decompression': () =>
    '此浏览器无法解压数据（没有 DecompressionStream），因此无法在这里读取 UserSig。请使用较新的浏览器。',
  'usersig.unreadable': () => '无法在这里读取此 UserSig（页面出现了意外错误）。请重试。',
  'usersig.not-utf8': () => '这不是 UserSig：其内容不是 UTF-8 文本。',
  'usersig.not-json': () => '这不是 UserSig：其内容不是 JSON。',
  'usersig.not-object': () => '这不是 UserSig：其内容是 JSON，但不是由 TLS.* 字段组成的对象。',
  'usersig.unknown-fields': () => '这不是 UserSig：其内容没有 TLSSigAPIv2 或旧版 UserSig 的任何 TLS.* 字段。',
  'usersig.field-missing': (p) => `此 UserSig 没有 ${p.field} 字段，无法使用。请生成一个新的。`,
  'usersig.field-type': (p) =>
    `此 UserSig 的 ${p.field} 不是${p.expected === 'string' ? '字符串' : '以秒为单位的整数或 ID'}，无法使用。请生成一个新的。`,
  'usersig.input.sdkappid': () =>
    'SDKAppID 必须是 1 到 4294967295 之间的整数（即时通信 IM 控制台中的应用 SDKAppID）。',
  'usersig.input.identifier': () => 'identifier（UserID）必须是文本。',
  'usersig.input.secret-key': () => '密钥 SecretKey 为空：请从即时通信 IM 控制台（应用的基础配置页面）复制。',
  'usersig.input.expire': () => '有效期必须是大于或等于 0 的整数秒。',
  'usersig.input.now': () => '签发时间必须是大于或等于 0 的整数 Unix 时间戳（秒）。',
};
