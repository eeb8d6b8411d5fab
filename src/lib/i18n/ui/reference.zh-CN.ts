/** 简体中文: the reference area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { REFERENCE_EN } from './reference.en';

export const REFERENCE_ZH_CN = {
  'panel.title': '参考',
  'endpoint.summary': '接口地址',
  'endpoint.status':
    '所有 API 层面的结果，HTTP 状态码都是 200；错误在 {errorCode} 和 {errorInfo} 中。单次最多导入 {perCall} 条消息，' +
    '每个应用最高调用频率为 {perSecond} 次/秒。导入后所有成员的未读计数都会变成 0。',
  'endpoint.queryCaption': '请求参数',
  'endpoint.parameter': '参数',
  'endpoint.meaning': '说明',
  'regions.summary': '地域',
  'regions.caption': '各地域的域名',
  'regions.region': '地域',
  'regions.host': '域名',
  'regions.backupHost': '备域名',
  'regions.note': '备注',
  'docs.summary': '请求字段与消息元素',
  'docs.failed': '无法加载字段参考（{reason}）。',
  'docs.retry': '重试',
  'docs.loading': '正在加载字段参考…',
  'mistakes.summary': '常见错误',
  'mistakes.intro': '每个示例都会加载到编辑器中，并显示它的诊断和服务端预计返回的错误码。',
  'mistakes.loaded': '已将“{title}”加载到编辑器。',
  'mistakes.rule': '规则 {rule}。',
  'mistakes.ruleAndCode': '规则 {rule}；服务端返回 {code}。',
  'mistakes.groupType': '加载时还会在上下文设置中将群组类型设为 {groupType}。',
  'mistakes.loadLabel': '加载示例：{title}',
  'mistakes.load': '加载',

  'fields.requestCaption': '请求字段',
  'fields.scrollable': '{caption}，可滚动',
  'fields.field': '字段',
  'fields.type': '类型',
  'fields.required': '必填',
  'fields.description': '说明',
  'fields.yes': '是',
  'fields.no': '否',
  'fields.examples': '示例：{examples}',
  'fields.elementsHeading': '消息元素（MsgBody[].MsgContent）',
  'fields.notDocumented': '导入群消息的文档未列出：会给出警告',
  'fields.elementCaption': '{msgType} 字段',
  'fields.exampleLabel': '{msgType} 示例',

  'mistake.too-many-messages.title': '一次调用中有八条消息',
  'mistake.too-many-messages.explanation':
    '一次最多导入 7 条消息。请按时间顺序将 MsgList 拆分为每次不超过 7 条的多次调用。',
  'mistake.send-time-order.title': 'SendTime 顺序错误',
  'mistake.send-time-order.explanation':
    '消息必须按 SendTime 严格递增。请按 SendTime 对 MsgList 排序；服务端会拒绝后面那条消息。',
  'mistake.send-time-milliseconds.title': 'SendTime 以毫秒为单位',
  'mistake.send-time-milliseconds.explanation':
    'SendTime 是 Unix 时间戳，单位为秒。13 位的值是毫秒：请除以 1000。',
  'mistake.send-time-future.title': 'SendTime 晚于当前时间',
  'mistake.send-time-future.explanation': '每个 SendTime 都必须小于当前时间：导入的消息是历史消息。',
  'mistake.message-too-large.title': '消息超出字节上限',
  'mistake.message-too-large.explanation':
    '一条消息的消息元素内容最多 8,000 字节（较新的文档为 12 KB）。请将长文本拆分为多条消息。',
  'mistake.two-custom-elements.title': '一条消息中有两个 TIMCustomElem',
  'mistake.two-custom-elements.explanation':
    '一条消息中只能包含一个 TIMCustomElem。请合并它们的 Data，或作为两条消息发送。',
  'mistake.unknown-msg-type.title': '未知的 MsgType',
  'mistake.unknown-msg-type.explanation':
    'MsgType 区分大小写，并以 TIM 开头，例如 TIMTextElem，而不是 TextElem。',
  'mistake.latitude-range.title': '纬度超出范围',
  'mistake.latitude-range.explanation':
    'Latitude（纬度）的取值范围是 [-90, 90]，Longitude（经度）是 [-180, 180]。通常是经纬度写反了。',
  'mistake.duplicate-random.title': 'Random 重复',
  'mistake.duplicate-random.explanation':
    '5 分钟内两条消息的 Random 相同：服务端会把后一条当作重复消息静默丢弃。请为每条消息使用不同的 Random。',
  'mistake.missing-from-account.title': '缺少 From_Account',
  'mistake.missing-from-account.explanation':
    '每条消息都需要消息发送者，且该账号必须已存在（用 account_import 导入）。',
  'mistake.from-account-too-long.title': 'From_Account 超过 32 字节',
  'mistake.from-account-too-long.explanation':
    'UserID 最长 32 字节（UTF-8）。请将旧系统中较长的 ID 映射为较短的 ID。',
  'mistake.json-comments.title': 'JSON 中有注释',
  'mistake.json-comments.explanation':
    '原始页面的示例中带有注释，但 JSON 不支持注释。控制台会在发送前去掉它们；请从您自己的代码中删除。',
  'mistake.group-id-non-ascii.title': 'GroupId 含有非 ASCII 字符',
  'mistake.group-id-non-ascii.explanation':
    '自定义群 ID 只能使用可打印 ASCII 字符（最长 48 字节）。请使用创建或导入群组时的群 ID。',
  'mistake.topic-non-community.title': '非社群的群组使用了 TopicId',
  'mistake.topic-non-community.explanation':
    '只有社群（群 ID 以 @TGS#_ 开头）才有话题。请删除 TopicId，或导入到社群中。',
  'mistake.recent-contact-community.title': '社群使用了 RecentContactFlag',
  'mistake.recent-contact-community.explanation':
    'Community（社群）和 AVChatRoom（直播群）不支持 RecentContactFlag：请删除它。（AVChatRoom 根本不支持导入消息：' +
    'ErrorCode 10007。）需要知道群组类型：在上下文设置中将“群组类型”设为 Community 即可看到。',
  'mistake.trailing-commas.title': '末尾多余的逗号',
  'mistake.trailing-commas.explanation':
    'JSON 不允许在对象或数组的最后一项后面加逗号。控制台会在发送前去掉它们；请从您自己的代码中删除。',
  'mistake.duplicate-key.title': '同一字段写了两次',
  'mistake.duplicate-key.explanation':
    '同一个对象中某个字段写了两次：JSON.parse 和大多数服务器只保留最后一个值。请删除不需要的那一个。',
  'mistake.face-index-string.title': '表情 Index 写成了字符串',
  'mistake.face-index-string.explanation':
    '有些 SDK 将 TIMFaceElem 的 Index 以字符串（"6"）发送。它是整数：请去掉引号。',
  'mistake.random-too-large.title': 'Random 超过 32 位',
  'mistake.random-too-large.explanation':
    'Random 是 32位无符号整数（0 到 4294967295）。来自其他系统的 64 位随机数放不下：请重新生成一个。',
  'mistake.misspelt-field.title': '字段名拼写错误',
  'mistake.misspelt-field.explanation':
    '字段名区分大小写，必须完全一致。服务端不认识拼错的字段名，最好的情况也是丢失它的值：这里丢失的是用于防止重复的 Random。',
} satisfies CatalogOf<typeof REFERENCE_EN>;
