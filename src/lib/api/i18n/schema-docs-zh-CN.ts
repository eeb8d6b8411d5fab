/**
 * 请求 schema 的简体中文文档：与 zod `.meta()` 的英文文档同样的文档键（见 schema/doc-texts.ts），用于编辑器的悬停提示、
 * 补全和 Reference 面板。仅在需要时加载（`loadSchemaDocs('zh-CN')`，单独的 chunk）。术语见 src/lib/i18n/GLOSSARY.md。
 */
import { MAX_MESSAGES_PER_CALL } from '../facts';
import type { MsgType } from '../schema/msg-types';
import type { SchemaDocCatalog, SchemaDocText } from '../schema/doc-texts';

/** 每种消息元素：说明和 MsgContent 各字段的说明。 */
const ELEMENTS: Record<MsgType, { description: string; fields: Record<string, string> }> = {
  TIMTextElem: {
    description: '文本消息元素。',
    fields: { Text: '消息内容。按 UTF-8 字节数计入消息大小。' },
  },
  TIMFaceElem: {
    description: '表情消息元素，表情索引的含义由 App 自定义。',
    fields: { Index: '表情索引，由 App 自定义。', Data: '额外数据，由 App 自定义。' },
  },
  TIMLocationElem: {
    description: '地理位置消息元素。',
    fields: {
      Desc: '地理位置描述信息。',
      Latitude: '纬度，单位为度，取值范围 -90 到 90。',
      Longitude: '经度，单位为度，取值范围 -180 到 180。',
    },
  },
  TIMCustomElem: {
    description: '自定义消息元素：由 App 自定义的数据。一条消息中只能包含一个。',
    fields: {
      Data: '自定义消息数据，通常是您自己格式的 JSON 字符串。',
      Desc: '自定义消息描述信息，用于离线推送的文本展示。',
      Ext: '扩展字段，作为 APNs 推送中的 `ext` 下发。',
      Sound: '自定义 APNs 推送铃音。',
    },
  },
  TIMSoundElem: {
    description: '语音消息元素：语音文件通过 URL 下载。',
    fields: {
      Url: '语音下载地址。',
      UUID: '语音的唯一标识。',
      Size: '语音数据大小，单位为字节。',
      Second: '语音时长，单位为秒。',
      Download_Flag: '语音下载方式标记，必须为 2：表示通过 `Url` 直接下载。',
    },
  },
  TIMImageElem: {
    description: '图像消息元素，最多包含三种尺寸的图片。',
    fields: {
      UUID: '图片序列号（图片的唯一标识）。',
      ImageFormat: '图片格式：1 JPG，2 GIF，3 PNG，4 BMP，255 其他。',
      ImageInfoArray: '原图、大图和缩略图的下载信息。',
      'ImageInfoArray/-': '一种尺寸的图片。',
      'ImageInfoArray/-/Type': '图片类型：1 原图，2 大图，3 缩略图。',
      'ImageInfoArray/-/Size': '图片数据大小，单位为字节。',
      'ImageInfoArray/-/Width': '图片宽度，单位为像素。',
      'ImageInfoArray/-/Height': '图片高度，单位为像素。',
      'ImageInfoArray/-/URL': '该图片的下载地址。',
    },
  },
  TIMFileElem: {
    description: '文件消息元素：文件通过 URL 下载。',
    fields: {
      Url: '文件下载地址。',
      UUID: '文件的唯一标识。',
      FileSize: '文件数据大小，单位为字节。',
      FileName: '文件名称，向用户展示。',
      Download_Flag: '文件下载方式标记，必须为 2：表示通过 `Url` 直接下载。',
    },
  },
  TIMVideoFileElem: {
    description: '视频消息元素，包含视频及其缩略图。',
    fields: {
      VideoUrl: '视频下载地址。',
      VideoUUID: '视频的唯一标识。',
      VideoSize: '视频数据大小，单位为字节。',
      VideoSecond: '视频时长，单位为秒。',
      VideoFormat: '视频格式，例如 mp4。',
      VideoDownloadFlag: '视频下载方式标记，必须为 2：表示通过 `VideoUrl` 直接下载。',
      ThumbUrl: '视频缩略图下载地址。',
      ThumbUUID: '视频缩略图的唯一标识。',
      ThumbSize: '缩略图大小，单位为字节。',
      ThumbWidth: '缩略图宽度，单位为像素。',
      ThumbHeight: '缩略图高度，单位为像素。',
      ThumbFormat: '缩略图格式，例如 JPG。',
      ThumbDownloadFlag: '视频缩略图下载方式标记，必须为 2：表示通过 `ThumbUrl` 直接下载。',
    },
  },
};

/** 一种消息元素的全部文档键：元素本身、MsgType、MsgContent 及其字段。 */
function elementDocs(msgType: MsgType): [string, SchemaDocText][] {
  const { description, fields } = ELEMENTS[msgType];
  return [
    [msgType, { description, markdown: `**${msgType}**：${description}` }],
    [`${msgType}/MsgType`, { description: `消息元素类别：\`${msgType}\`。` }],
    [`${msgType}/MsgContent`, { description }],
    ...Object.entries(fields).map(([path, text]): [string, SchemaDocText] => [
      `${msgType}/MsgContent/${path}`,
      { description: text },
    ]),
  ];
}

export const SCHEMA_DOCS_ZH_CN: SchemaDocCatalog = {
  '': {
    title: 'import_group_msg 请求',
    description: 'v4/group_open_http_svc/import_group_msg 的请求包体。',
    markdown:
      '`v4/group_open_http_svc/import_group_msg` 的请求包体：向群组导入历史消息，' +
      `一次最多导入 ${MAX_MESSAGES_PER_CALL} 条，不会触发回调、不会下发通知。`,
    snippetLabel: '完整请求',
    snippetDescription: 'GroupId 和两条消息',
  },
  '/GroupId': {
    description: '要导入消息的群 ID：可打印 ASCII 字符，最长 48 字节。社群的群 ID 以 @TGS#_ 开头。',
  },
  '/RecentContactFlag': {
    description:
      '1 表示触发会话更新（更新群成员的会话列表），默认不触发。AVChatRoom（直播群）和 Community（社群）不支持。',
  },
  '/TopicId': {
    description: '仅用于支持话题的社群：要导入消息的话题 ID，格式为 {GroupId}@TOPIC#_{rest}，最长 96 字节。',
    note: '来自较新的文档；原始页面没有此字段。',
  },
  '/MsgList': {
    description: `导入的消息列表，1 到 ${MAX_MESSAGES_PER_CALL} 条，按 SendTime 递增排列。`,
  },
  '/MsgList/-': {
    title: '消息',
    description: '一条要导入的历史消息。',
    markdown: '一条要导入的历史消息：消息发送者、消息发送时间、可选的 Random（消息随机数）和消息体。',
    snippetDescription: '一条文本消息',
  },
  '/MsgList/-/From_Account': {
    description: '消息发送者的 UserID，最长 32 字节。该账号必须已存在：请先用 account_import 导入。',
  },
  '/MsgList/-/SendTime': {
    description:
      '消息发送时间，Unix 时间戳，单位为秒。在一次调用内（以及对同一群组的多次调用之间）必须严格递增，' +
      '小于当前时间，并大于建群时间和当前群内最新一条消息的时间，否则这条消息导入失败，Result 为 10004。',
  },
  '/MsgList/-/Random': {
    description:
      '可选，消息随机数，32位无符号整数。5 分钟内两条消息的 Random 相同时，后一条会被当作重复消息丢弃。',
    note: '这 5 分钟按 SendTime 计算还是按导入时的实际时间计算，尚未确认。',
  },
  '/MsgList/-/MsgBody': {
    description:
      '消息体：一个或多个 TIMMsgElement（消息元素），最多一个 TIMCustomElem。所有消息元素的内容加起来' +
      '不能超过字节上限（原始页面为 8,000 字节；较新的文档为 12 KB）。',
  },
  '/MsgList/-/MsgBody/-': {
    description: '消息的一个消息元素：MsgType 及其 MsgContent。',
    markdown:
      '消息元素 TIMMsgElement：`MsgType`（消息元素类别）及其 `MsgContent`（消息元素的内容）。' +
      '导入群消息的文档列出了 `TIMTextElem`、`TIMFaceElem`、`TIMLocationElem` 和 `TIMCustomElem`。',
  },
  ...Object.fromEntries((Object.keys(ELEMENTS) as MsgType[]).flatMap(elementDocs)),
};
