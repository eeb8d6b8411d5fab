/** 应答读取器(`api/response.ts`)的简体中文目录:与 `response-en.ts` 同样的 ID 和占位符。术语见 GLOSSARY.md。 */
import type { CatalogOf } from '../../i18n/catalog';
import type { RESPONSE_EN } from './response-en';

export const RESPONSE_ZH_CN = {
  'not-text': '应答不是文本。{hint}',
  empty: '应答为空。{hint}',
  'too-large': '应答有 {bytes} 字节，超过 {limit} 字节的上限；import_group_msg 的应答只有几百字节。{hint}',
  html: '应答是一个 HTML 页面，而不是 JSON。{hint}',
  'html.titled': '应答是一个 HTML 页面（“{title}”），而不是 JSON。{hint}',
  'not-json': '应答不是有效的 JSON：{problem}{hint}',
  'not-object': '应答是{kind}，而不是包含 ActionStatus 和 ErrorCode 的对象。{hint}',
  'could-not-read': '无法读取该应答（{detail}）。',
  'term.hint.not-im':
    '这不是即时通信 IM 的应答：可能是网关或代理的错误（例如 502），或者请求没有到达腾讯云。请检查域名。',
  'term.kind.array': '数组',
  'term.kind.null': ' null',
  'term.kind.string': '字符串',
  'term.kind.number': '数字',
  'term.kind.boolean': '布尔值',

  comments: '应答中有注释：真实的服务器从不发送注释（是从文档复制的吗？）。仍已读取。',
  'trailing-commas':
    '应答中有末尾多余的逗号（与 API 页面上的示例一样）：真实的服务器从不这样发送。仍已读取。',
  'unknown-field': '未知字段 {name}（不在文档列出的{where}字段中）：已忽略。',
  'unknown-fields.more': { other: '另有 {n} 个未知字段：已忽略。' },
  'term.where.response': '应答',
  'term.where.result': '单条消息结果',

  'field.type': '{path}：应为{expected}，实际为{received}。',
  'field.missing': '{path}：缺少该字段（应为{expected}）。',
  'field.not-whole': '{path}：{value} 不是整数。',
  'field.unsafe': '{path}：该数字太大，无法精确读取。',
  'field.value': '{path}：应为 {options} 之一。',
  'field.other': '{path}：与文档中的应答格式不符（{detail}）。',
  'fields.more': { other: '另有 {n} 个字段与文档中的应答格式不符。' },
  'term.expected.number': '数字',
  'term.expected.int': '整数',
  'term.expected.string': '字符串',
  'term.expected.array': '数组',
  'term.expected.object': '对象',
  'term.received.array': '数组',
  'term.received.object': '对象',
  'term.received.null': ' null',
  'term.received.string': '字符串',
  'term.received.number': '数字',
  'term.received.boolean': '布尔值',

  'status-ok-with-code': 'ActionStatus 为 OK，但 ErrorCode 为 {code}：两者矛盾，按请求失败处理。',
  'status-fail-with-zero': 'ActionStatus 为 FAIL，但 ErrorCode 为 0：两者矛盾，按请求失败处理。',
  'results-missing': '缺少 ImportMsgResult：应答没有说明哪些消息已导入。',
  'count-mismatch': '应答有 {results} 条结果，而请求中有 {messages} 条消息：它可能属于另一个请求。',
  'too-many-rows': '应答有 {results} 条结果（单次最多导入 {perCall} 条消息）：只显示前 {shown} 条。',

  'row.call-failed': '没有结果：整个请求失败。',
  'row.call-failed.code': '没有结果：整个请求失败（ErrorCode {code}）。',
  'row.no-message': '请求中这个位置没有消息。',
  'row.no-result': '这条消息没有结果：无法确认它已导入。',
  'row.not-object': 'ImportMsgResult[{index}] 不是对象。',
  'row.seq-below-one': 'MsgSeq {seq} 小于 1：消息序列号从 1 开始。',
  'row.seq-not-increasing': 'MsgSeq {seq} 不大于前一条的 {previous}：消息序列号必须按请求中的顺序严格递增。',
  'row.time-differs':
    'MsgTime {time} 与请求中的 SendTime {sendTime} 不同：服务器存储了另一个时间，或者该应答属于另一个请求。',
} satisfies CatalogOf<typeof RESPONSE_EN>;
