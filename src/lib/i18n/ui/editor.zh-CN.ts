/** 简体中文: the editor area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { EDITOR_EN } from './editor.en';

export const EDITOR_ZH_CN = {
  'pane.loadError': '编辑器无法加载（{reason}）。下方文本就是您的请求；请刷新页面重试。',
  'pane.tapToStart': '轻触或按任意键启动编辑器。',
  'pane.loading': '正在加载编辑器…',
  'pane.checking': '正在校验…',
  'pane.fallbackLabel': '请求包体（编辑器加载前为只读）',

  'editor.ariaLabel': '请求包体（JSON）。按 Ctrl+Enter 或 Cmd+Enter 发送。',
  'editor.sendAction': '发送请求',
  'marker.serverCode': '{message}（服务端错误码 {code}）',
  'fix.allOfKind': '修复所有同类问题（{count}）',
  'fix.all': '全部修复（{count}）',
  'completion.elementDetail': 'import_group_msg 消息元素模板',
  'completion.messageDetail': 'import_group_msg 消息模板',
  'completion.requestDetail': 'import_group_msg 请求模板',

  'nextMessage.label': '追加下一条消息',
  'nextMessage.title': '消息发送者同上一条消息，SendTime 加 1，新的 Random',

  'palette.label': '模板',
  'palette.elements': '消息元素（插入当前消息的 MsgBody）',
  'palette.messages': '消息（追加到 MsgList）',
  'palette.request': '完整请求',
  'palette.replaceLabel': '替换整个文档？',
  'palette.replaceText': '“{label}”会替换整个文档。可以在编辑器中按 Ctrl+Z（Cmd+Z）恢复原来的文本。',
  'palette.replace': '替换文档',
  'palette.keep': '保留我的文本',
  'palette.dismiss': '关闭',

  'notice.noTemplate': '没有名为“{id}”的模板。',
  'notice.insertFailed': '无法插入模板（{reason}）。',
  'notice.appendFailed': '无法追加下一条消息（{reason}）。',
  'notice.formatFailed': '无法格式化文档（{reason}）。',

  'insert.tooDeep':
    '文档的嵌套超过 {max} 层（第 {line} 行，第 {column} 列）；一个请求只嵌套 8 层。不会向其中插入模板：请先修正括号。您的文本未被改动。',
  'insert.failed': '无法插入模板（{reason}）。您的文本未被改动。',
  'insert.notJson':
    '文档还不是有效的 JSON（第 {line} 行，第 {column} 列：{error}）。请先修正，再插入模板；您的文本未被改动。',
  'insert.noMessage': '没有可以放入消息元素的消息：请先插入一条消息（MsgList 为空或不存在）。',
  'insert.messageNotObject': '第 {n} 条消息不是对象，没有可添加到的 MsgBody。',
  'insert.msgBodyNotArray': '第 {n} 条消息的 MsgBody 不是数组：请先将它改为 [ ]。',
  'insert.emptyDocument': '文档为空：请先插入完整请求，再向其 MsgList 添加消息。',
  'insert.notObject': '文档不是 JSON 对象，没有可添加到的 MsgList。',
  'insert.msgListNotArray': 'MsgList 不是数组：请先将它改为 [ ]。',
  'insert.unreadable': '无法读取文档（{reason}）。',
} satisfies CatalogOf<typeof EDITOR_EN>;
