/**
 * 核心数据中的简短文本（群组类型说明、字节上限、请求参数、地域、模板名称与说明）的简体中文，键见 labels.ts 的 *Key 函数。
 * 仅在选用中文时随 `loadCoreLocale('zh-CN')` 加载。术语见 src/lib/i18n/GLOSSARY.md。
 */
import { MAX_UINT32 } from '../facts';
import { GROUP_IMPORT_MSG_TYPES, MSG_TYPES, type MsgType } from '../schema/msg-types';

const ELEMENT_LABELS: Record<MsgType, string> = {
  TIMTextElem: '文本',
  TIMFaceElem: '表情',
  TIMLocationElem: '地理位置',
  TIMCustomElem: '自定义消息',
  TIMSoundElem: '语音',
  TIMImageElem: '图像',
  TIMFileElem: '文件',
  TIMVideoFileElem: '视频',
};

const NEWER_DOCS = '较新的腾讯云文档列出了此地域，原始 API 页面没有。';

export const LABELS_ZH_CN: { readonly [key: string]: string } = {
  'groupType.Private': '同 Work（好友工作群）',
  'groupType.Work': 'Private 的新名称',
  'groupType.ChatRoom': '同 Meeting（会议群）',
  'groupType.Meeting': 'ChatRoom 的新名称',
  'groupType.AVChatRoom': '不支持导入：10007',
  'groupType.Community': '需开通社群功能',

  'budget.8000.label': '8,000 字节',
  'budget.8000.note': '原始页面和较早的文档（稳妥的默认值）',
  'budget.12000.label': '12,000 字节',
  'budget.12000.note': '较新的文档（2023 年起）写作 12 KB',
  'budget.12288.label': '12,288 字节',
  'budget.12288.note': '如果 12 KB 指 12 KiB（尚未确认）',
  'budget.note':
    '原始页面写的是 8,000 字节；腾讯云较新的文档写的是 12 KB（英文页面写作“12,000 bytes”；' +
    '12 KB 指 12,000 还是 12,288 字节尚未确认）。8,000 字节是稳妥的选择。',

  'query.sdkappid': '创建应用时即时通信 IM 控制台分配的 SDKAppID。',
  'query.identifier': 'App 管理员账号（不是普通用户）。',
  'query.usersig': 'App 管理员账号生成的签名（UserSig），属于密钥：控制台显示 URL 时都会隐去它。',
  'query.random': `随机的32位无符号整数（0 - ${MAX_UINT32}），每次调用重新生成。`,
  'query.contenttype': '请求格式，固定值为 json。',

  'region.cn.name': '中国',
  'region.sgp.name': '新加坡',
  'region.kr.name': '首尔',
  'region.ger.name': '法兰克福',
  'region.ind.name': '孟买', // as Tencent's REST API page names it (GLOSSARY.md)
  'region.usa.name': '硅谷',
  'region.usa.note': NEWER_DOCS,
  'region.idn.name': '雅加达',
  'region.idn.note': NEWER_DOCS,
  'region.jpn.name': '东京',
  'region.jpn.note': `${NEWER_DOCS}没有公开资料给出东京的备域名（尚未确认），因此不提供。`,

  ...Object.fromEntries(
    MSG_TYPES.flatMap((msgType) => [
      [`template.${msgType}.label`, ELEMENT_LABELS[msgType]],
      [
        `template.${msgType}.description`,
        (GROUP_IMPORT_MSG_TYPES as readonly string[]).includes(msgType)
          ? `${msgType}：导入群消息的文档列出的消息元素。`
          : `${msgType}：导入群消息的文档未列出此消息元素（校验会给出警告）。`,
      ],
    ]),
  ),
  'template.message.label': '消息',
  'template.message.description': '一条完整的消息：消息发送者、SendTime、Random 和一个文本消息元素。',
  'template.request.label': '完整请求',
  'template.request.description': '完整的请求：GroupId 和两条按 SendTime 递增排列的消息。',
};
