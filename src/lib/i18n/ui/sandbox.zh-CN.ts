/** 简体中文: the sandbox area. Terms follow ../GLOSSARY.md. */
import type { CatalogOf } from '../catalog';
import type { SANDBOX_EN } from './sandbox.en';

export const SANDBOX_ZH_CN = {
  'group.id-empty': '请填写群 ID。',
  'group.id-charset':
    '群 ID 只能包含可打印的 ASCII 字符（空格到 ~）：第 {position} 个字符 {codePoint} 不是。',
  'group.id-length': '该群 ID 长 {bytes} 字节，最多允许 {max} 字节。',
  'group.id-community-prefix': '社群（Community）的群 ID 以 @TGS#_ 开头：请修改群 ID 或群组类型。',
  'group.id-community-only':
    '以 @TGS#_ 开头的群 ID 只能用于社群（Community）：请修改群 ID，或将群组类型改为 Community。',
  'group.exists': '沙箱中已有群 {groupId}。',
  'group.unknown': '沙箱中没有群 {groupId}。',
  'group.type':
    '“{type}”不是群组类型：请使用 Private、Work、Public、ChatRoom、Meeting、AVChatRoom 或 Community。',
  'group.create-time': '建群时间必须是不小于 0 的整数 Unix 时间戳，单位为秒。',

  'note.duplicate':
    '第 {index} 条消息作为重复消息被丢弃：{from} 在 {seconds} 秒前已用 Random {random} 发送过消息（MsgSeq {msgSeq}）。沙箱返回 Result 0 以及第一条消息的 MsgSeq 和 MsgTime，不存储新消息。这是沙箱的理解：文档只说后一条消息会被丢弃，没有说明返回什么。',
  'note.unknown-group': '沙箱中没有群 {groupId}。请先添加该群（指定群组类型和建群时间），再向其导入消息。',
  'note.legacy-usersig':
    '该 UserSig 是旧版 ECDSA 签名。沙箱读取了其中的字段，但与其他签名一样，没有校验签名。',
  'note.topic-created': '沙箱中原本没有话题 {topicId}：已创建该话题，其 MsgSeq 从 1 开始单独计数。',

  'reading.app':
    '沙箱相当于一个应用，接受任意 SDKAppID 和 identifier。它会解析 UserSig（已过期：70001；identifier 不一致：70013；SDKAppID 不一致：70014；不是 UserSig：70003），但它没有密钥（SecretKey），因此从不校验签名，也不知道谁是 App 管理员。',
  'reading.credentials':
    '没有 identifier，或完全没有 usersig 参数时，返回 60004；有 usersig 参数但值为空时，返回 70002（UserSig 长度为 0）。',
  'reading.order':
    '一次调用按以下顺序检查：URL（60002）、请求路径（60009）、sdkappid（60012、60006）、调用频率（60007）、contenttype 不是 json（60002）、identifier 和 UserSig（60004、70002、70003、70013、70014、70001）、JSON 请求包（60003，嵌套超过 {depth} 层时也是）、字段和消息条数（10004）、群 ID（10015）、群组（10010）、群组类型（10007）；然后逐条检查消息：SendTime（10004）、大小（80002）、是否重复。',
  'reading.duplicate':
    '两条消息的发送者和 Random 相同，且 SendTime 相差不到 5 分钟时：后一条被丢弃，返回 Result 0 以及第一条消息的 MsgSeq 和 MsgTime。',
  'reading.failed-message':
    '导入失败的消息（10004、80002）返回 MsgSeq 0，MsgTime 等于其 SendTime；该消息不会被存储，因此不会改变群内最新一条消息的时间。',
  'reading.size':
    '超过 {bytes} 字节的消息返回 80002，字节数按控制台的方式计算（MsgContent 内的值）。现行文档写的是 12 KB；除非另行设置，沙箱取 {defaultBytes}（英文文档的数值，也是更严格的理解）。',
  'reading.not-modelled':
    '未模拟：账号（接受任意 From_Account）、敏感词（80001）、未读计数、RecentContactFlag（接受但忽略）、社群功能开关（11000）。',

  'load.failed': '无法加载沙箱：{reason}',

  'view.title': '沙箱',
  'view.intro':
    '页面内置的腾讯云 IM 替身：目标为“沙箱”时，发送的请求在这里应答，应答方式与真实的 {api} 相同，数据不会离开页面。群组和消息会一直保留，直到重新加载页面。',
  'view.try-again': '重试',
  'view.loading': '正在加载沙箱…',
  'view.groups': '群组',
  'view.no-groups': '没有群组：添加群组之前，每次调用都返回 10010。',
  'view.reset': '重置沙箱',
  'view.reset-note': '恢复为初始群组，删除所有已存储的消息。',
  'view.reset-done': '沙箱已恢复为初始群组，没有消息。',
  'view.readings': '沙箱如何理解文档',

  'type.Private': 'Private（同 Work）',
  'type.Work': 'Work（好友工作群）',
  'type.Public': 'Public（陌生人社交群）',
  'type.ChatRoom': 'ChatRoom（同 Meeting）',
  'type.Meeting': 'Meeting（临时会议群）',
  'type.AVChatRoom': 'AVChatRoom（直播群）',
  'type.Community': 'Community（社群）',

  'add.title': '添加群组',
  'add.group-id': '群 ID',
  'add.type': '群组类型',
  'add.created': '建群时间',
  'add.created-hint': '请填写建群时间：导入的消息必须晚于该时间。',
  'add.created-missing': '请以 Unix 时间戳（秒）填写建群时间。',
  'add.submit': '添加群组',
  'add.added': '已添加群 {groupId}。',

  'item.messages': { other: '{n} 条消息' },
  'item.topics': { other: '，{n} 个话题' },
  'item.type': '群组类型',
  'item.created': '建群时间',
  'item.created-missing': '群组需要建群时间：请输入 Unix 时间戳（秒）。',
  'item.remove': '删除',
  'item.remove-label': '删除群 {groupId}',
  'item.stored': '已存储的消息（{n}）',

  'messages.read': '读取',
  'messages.group-itself': '群组本身',
  'messages.topic': '话题 {topicId}',
  'messages.loading': '正在加载…',
  'messages.answer-failed': '{api} 返回 ErrorCode {code}：{info}',
  'messages.empty': '没有已存储的消息。',
  'messages.list': '群 {groupId} 已存储的消息',
  'messages.local-time': '本地时间 {time}',
  'messages.older': '更早的消息',
  'messages.newest': '最新消息',
  'messages.raw': '{api} 的原始应答',

  'offer.prompt':
    '沙箱中没有群 {groupId}。可以添加该群（{type} 群组，建群时间早于本次调用的第一条消息），这样再次发送同一调用即可成功。',
  'offer.add': '将 {groupId} 添加到沙箱',
  'offer.added': '沙箱中现已有群 {groupId}，建群时间早于本次调用的第一条消息。再次发送即可导入。',
  'offer.failed': '无法添加该群：{reason}',
} satisfies CatalogOf<typeof SANDBOX_EN>;
