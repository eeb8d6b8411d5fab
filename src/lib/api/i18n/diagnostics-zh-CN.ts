/**
 * 校验器诊断信息的简体中文目录:与 `diagnostics-en.ts` 同样的消息 ID、同样的占位符。
 * 术语依照腾讯云即时通信 IM 中文文档(见 src/lib/i18n/GLOSSARY.md)。仅在选用中文时按需加载。
 */
import type { CatalogOf } from '../../i18n/catalog';
import type { DIAGNOSTICS_EN } from './diagnostics-en';

export const DIAGNOSTICS_ZH_CN = {
  // JSON 文本
  'json-empty': '请求为空:请从“整个请求”模板开始,或粘贴一个请求。',
  'json-bom':
    '文本以不可见的字节顺序标记(U+FEFF)开头,这不是 JSON:控制台发送前会去掉它。也请在这里删除它(将文件保存为不带 BOM 的 UTF-8)。',
  'json-nesting': '此处 JSON 的嵌套超过 {max} 层:一个请求最多嵌套 7 层。请检查括号。',
  'json-trailing-comma': '末尾多余的逗号:JSON 不允许。控制台发送前会去掉它;也请在这里删除它。',
  'json-duplicate-key':
    '“{name}”在此对象中出现了两次:JSON.parse 和大多数服务器只保留最后一个。请删除其中一个。',
  'json-comment': '注释不是 JSON:控制台发送前会去掉注释。删除它们,文本才是有效的 JSON。',
  'json-syntax': '此处不是有效的 JSON。',
  'json-syntax.invalid': '这不是有效的 JSON。',
  'json-syntax.not-json-literal': '{token} 不是 JSON:请改写为数字(或 null)。',
  'json-syntax.single-quotes': 'JSON 的字符串和键使用双引号("),而不是单引号。',
  'json-syntax.invisible': '意外的 {char}:这不是 JSON。请删除它,或替换为此处 JSON 需要的内容。',
  'json-syntax.unexpected': '意外的“{token}”:这不是 JSON。',
  'json-syntax.invalid-number': '无效的数字:JSON 数字不能有前导零、“+”号、十六进制数字或末尾的小数点。',
  'json-syntax.expected-property-name': '此处应为双引号括起的属性名,例如 "GroupId"。',
  'json-syntax.expected-value': '此处应为一个值:字符串、数字、对象、数组、true、false 或 null。',
  'json-syntax.expected-colon': '属性名之后应为 ":"。',
  'json-syntax.expected-comma': '两项之间应为 ","。',
  'json-syntax.expected-close-brace': '应为 "}" 以结束对象。',
  'json-syntax.expected-close-bracket': '应为 "]" 以结束数组。',
  'json-syntax.trailing-text': '请求结束后还有多余的文本:一个文档只能包含一个 JSON 对象。',
  'json-syntax.unterminated-comment': '注释未结束:用 */ 结束它(更好的做法是删除它:注释不是 JSON)。',
  'json-syntax.unterminated-string': '字符串未结束:请补上结尾的双引号。',
  'json-syntax.invalid-unicode-escape': '无效的 \\u 转义:它需要正好四位十六进制数字,例如 \\u00e9。',
  'json-syntax.invalid-escape': '无效的转义:JSON 只允许 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX。',
  'json-syntax.control-character': '字符串中有控制字符(未转义的制表符或换行符):请转义为 \\t 或 \\n。',

  // 整个请求
  'input-type': '请求必须以文本形式给出。',
  internal: '校验器处理此输入时出错({error})。您的文本未被改动;请报告此问题。',
  'root-type': '请求必须是包含 GroupId 和 MsgList 的 JSON 对象,而不是{kind}。',
  'group-type-avchatroom':
    'AVChatRoom(直播群)不支持导入群消息:调用会返回 10007 错误。请导入到其他类型的群组。',
  'recent-contact-flag-group-type': '{type} 群不支持 RecentContactFlag(会话更新):请删除它。',
  'recent-contact-flag-group-type.inferred':
    '社群(Community)不支持 RecentContactFlag,而这看起来是一个社群({reason}):请删除它;如果这不是社群,请设置群组类型。',
  'community-feature': '社群(Community)需要为应用开通社群功能,否则调用会返回 11000 错误。',

  // 群 ID 与话题 ID
  'group-id-empty': 'GroupId 为空:请填写要导入消息的群 ID。',
  'group-id-charset': 'GroupId 的第 {position} 个字符是 {char}:群 ID 只能包含可打印的 ASCII 字符(空格到 ~)。',
  'group-id-length': 'GroupId 为 {size} 字节;最多允许 {max} 字节。',
  'group-id-community-prefix': '社群的群 ID 以 @TGS#_ 开头:请检查群 ID,或上下文设置中的群组类型。',
  'group-id-type-hint': '前缀 @TGS#{prefix} 通常表示 {hinted} 群(官方示例中的规律,并非规则)。',
  'group-id-type-hint.clash':
    '前缀 @TGS#{prefix} 通常表示 {hinted} 群,但群组类型设置为 {type}。这只是官方示例中的规律:请确认群组是否正确。',
  'topic-id-group-type': 'TopicId 仅用于开启了话题的社群;此群组是 {type}。请删除 TopicId。',
  'topic-id-format': '话题 ID 的格式为 {form}:此处应以“{start}”开头。',
  'topic-id-length': 'TopicId 为 {size} 字节;最多允许 {max} 字节。',

  // 消息
  'from-account-empty': 'From_Account 为空:请指定消息发送者的 UserID。',
  'from-account-length': 'From_Account 为 {size} 字节;UserID 最多 {max} 字节。',
  'msg-type-undocumented':
    '{type} 是有效的消息元素,但导入群消息的文档只列出了 TIMTextElem、TIMFaceElem、TIMLocationElem 和 TIMCustomElem。导入是否接受它尚未确认:整体迁移前请先试一次调用。',
  'custom-elem-count': '一条消息最多包含一个 TIMCustomElem:请合并自定义数据,或拆分为两条消息。',
  'message-size':
    '这条消息的内容为 {size} 字节,超出了 {budget} 字节的上限({jsonPart}只计算 MsgContent 中的值)。请缩短内容或拆分为多条消息。{newer}',
  'send-time-now': 'SendTime {time} 等于当前时间:导入消息的时间戳必须小于当前时间。',
  'send-time-future': 'SendTime {time} 比当前时间晚 {duration}:导入消息的时间戳必须小于当前时间。',
  'send-time-before-group-creation':
    'SendTime {time} 不晚于建群时间({created})。请用 import_group 以更早的 CreateTime 创建群组。',
  'send-time-order':
    'SendTime {time} 不晚于第 {earlier} 条消息的 {latest}:消息必须按 SendTime 严格递增的顺序导入(时间相同也会失败)。请排序,或加一秒。',
  'send-time-before-latest-message':
    'SendTime {time} 不晚于当前群内最新一条消息的时间({latest}):请先导入更早的历史消息,或导入到新群组。',
  'send-time-milliseconds':
    'SendTime {time} 看起来是毫秒:SendTime 的单位是秒(Unix 时间戳),应写为 {seconds}。',
  'send-time-number-form':
    'SendTime 写作 {shown},JSON.parse 会将其读作整数 {value};服务端是否按整数读取尚未确认。请写为 {value}。',
  'random-duplicate':
    '与第 {first} 条消息的 Random(消息随机数)相同:五分钟内服务端会将后一条作为重复消息丢弃。请为每条消息使用不同的 Random。',

  // 结构
  'unknown-key': '未知字段“{key}”:您是否想写“{guess}”?',
  'unknown-key.remove': '未知字段“{key}”:服务端不认识它;请删除它。',
  'field-required': '此处必须填写 {field}。',
  'field-required.must': '此处必须填写 {field}:它{must}。',
  'field-required.msg-type': '必须填写 MsgType:取值为 {types} 之一。',
  'field-type': '{field} 必须是{expected},实际是{got}。{hint}',
  'field-type.msg-type': 'MsgType 必须是字符串,实际是{got}。',
  'field-value': '{field} {must};实际是{got}。',
  'field-range': '{field} {must};实际是{got}。',
  'msg-type-unknown': '“{value}”不是消息元素类型:您是否想写“{guess}”?',
  'msg-type-unknown.list':
    '“{value}”不是消息元素类型。导入群消息支持 TIMTextElem、TIMFaceElem、TIMLocationElem 和 TIMCustomElem。',
  'msg-list-count':
    'MsgList 有 {count} 条消息:单次最多导入 7 条。请拆分为每次 7 条的调用(批量计划会自动拆分)。',
  'msg-list-count.empty': 'MsgList 为空:单次导入 1 到 7 条消息。',
  'msg-body-empty': 'MsgBody(消息体)为空:一条消息至少需要一个消息元素。',

  // 术语
  'term.kind.array': '数组',
  'term.kind.string': '字符串',
  'term.field.@request': '请求',
  'term.got.nothing': '空(未填写)',
  'term.got.null': ' null',
  'term.got.array': '数组',
  'term.got.object': '对象',
  'term.got.string': '字符串 {gotText}',
  'term.got.number': '数字 {gotText}',
  'term.got.boolean': '布尔值 {gotText}',
  'term.expected.string': '字符串',
  'term.expected.number': '数字',
  'term.expected.int': '整数',
  'term.expected.object': '对象',
  'term.expected.array': '数组',
  'term.hint.unquote': '请去掉数字两边的引号。',
  'term.hint.unix-seconds': '请使用 Unix 时间戳(秒),例如 1620808101,而不是日期字符串。',
  'term.reason.topic-id': '请求中有 TopicId',
  'term.reason.tgs-prefix': '它的 GroupId 以 @TGS#_ 开头',
  'term.duration.s': '{amount} 秒',
  'term.duration.min': '{amount} 分钟',
  'term.duration.h': '{amount} 小时',
  'term.duration.days': '{amount} 天',
  'term.jsonPart.known': '其 JSON 为 {json} 字节;',
  'term.newer.hint': '较新的文档允许 12 KB:如果您的应用遵循新文档,请调高上限。',
  'term.must.string': '必须是字符串',
  'term.must.string-user-id': '必须是字符串(消息发送者的 UserID)',
  'term.must.number': '必须是数字',
  'term.must.whole-number': '必须是整数',
  'term.must.zero-or-more': '必须大于或等于 0',
  'term.must.zero-or-one': '必须是 0 或 1',
  'term.must.unix-number': '必须是 Unix 时间戳(秒)数字',
  'term.must.unix-whole': '必须是整数的 Unix 时间戳(秒)',
  'term.must.unix-positive': '必须是非负的 Unix 时间戳(秒)',
  'term.must.uint32': '最大为 {maxUint32}(32 位无符号整数)',
  'term.must.messages-per-call': '单次最多导入 {maxMessages} 条消息',
  'term.must.one-element': '至少需要一个消息元素',
  'term.must.one-image': '至少需要一张图片',
  'term.must.one-message': '至少需要一条消息',
  'term.must.latitude': '必须在 -90 到 90(度)之间',
  'term.must.longitude': '必须在 -180 到 180(度)之间',
  'term.must.image-type': '必须是 1(原图)、2(大图)或 3(缩略图)',
  'term.must.image-format': '必须是 1(JPG)、2(GIF)、3(PNG)、4(BMP)或 255(其他)',
  'term.must.download-flag': '必须是 2:REST 消息携带 URL,2 表示“从 URL 下载”',
} as const satisfies CatalogOf<typeof DIAGNOSTICS_EN>;
