/**
 * `explainCode` 的简体中文文本:与 codes-table.ts、codes-table-account.ts 和 codes.ts 的范围同样的结构与错误码。
 * 术语依照腾讯云即时通信 IM 中文文档(见 src/lib/i18n/GLOSSARY.md)。仅在选用中文时按需加载。
 */
import type { CodeTexts } from './code-texts';

const SEND_TIME_RULES =
  'SendTime 在同一次调用内、以及对同一群组的多次调用之间都必须严格递增,且必须小于当前时间、大于建群时间(CreateTime),并大于当前群内最新一条消息的时间。';
const CREATE_WITH_PAST_TIME =
  '如果群组是用 create_group 创建的,它的建群时间就是“现在”,所有更早的消息都会失败:请用 import_group 以早于最早一条消息的 CreateTime 重新创建群组,然后再导入。';
const RATE_LIMIT =
  '退避后重试:等待一秒,然后以指数退避重试。频率上限为每个应用 200 次/秒;请让迁移的调用频率低于此值。';
const NEW_USERSIG = '请为 App 管理员账号重新生成 UserSig(使用应用的密钥 SecretKey 与 TLSSigAPIv2),然后重试。';
const SEE_ERROR_INFO = '请查看 ErrorInfo 了解详情。';
const VALID_JSON = '请发送有效的 JSON:不要注释、不要末尾多余的逗号,字符串使用双引号。';
const ADMIN = '请使用 App 管理员账号作为 identifier,并使用为它生成的 UserSig。';
const RETRY_LATER = '稍等片刻后重试。';

export const CODES_ZH_CN: CodeTexts = {
  codes: {
    0: {
      meaning: '成功。',
      action: '无需操作。请检查每一条 ImportMsgResult:调用成功时,单条消息仍可能失败。',
      asMessageResult: { meaning: '该消息已导入。', action: '无需操作。' },
    },
    10002: {
      meaning: '群组服务内部错误。',
      action: '稍等片刻后重试同一调用。如果持续失败,请携带请求联系腾讯云技术支持。',
    },
    10003: {
      meaning: '命令字错误:请求路径不是有效的群组接口。',
      action: '请检查 URL 路径:必须是 /v4/group_open_http_svc/import_group_msg。',
    },
    10004: {
      meaning: '参数非法。作为单条消息的 Result 时,表示 SendTime(消息发送时间)非法。',
      action: `请查看 ErrorInfo:它会指出出错的字段。修正请求包(GroupId、MsgList、MsgBody、字段类型)后重新发送。如果与时间有关:${SEND_TIME_RULES}`,
      asMessageResult: {
        meaning: '该消息未导入:它的 SendTime(消息发送时间)非法。',
        action: `${SEND_TIME_RULES}${CREATE_WITH_PAST_TIME}`,
      },
    },
    10006: { meaning: '群组服务频率限制。', action: RATE_LIMIT },
    10007: {
      meaning:
        '操作权限不足。对 import_group_msg 而言,通常表示该群组是 AVChatRoom(直播群),直播群不支持导入群消息。',
      action:
        'AVChatRoom(直播群)无法导入消息:请将这些历史消息迁移到 Public、Work(好友工作群,即 Private)、Meeting(会议群,即 ChatRoom)或 Community(社群)类型的群组。同时请确认 identifier 是 App 管理员。',
    },
    10010: {
      meaning: '群组不存在,或已被解散。',
      action:
        '请先用 import_group(使用过去的 CreateTime)创建群组,再导入它的消息。请检查 GroupId 是否有拼写错误,以及是否调用了正确地域的域名。',
    },
    10011: { meaning: '群组服务无法解析 JSON 请求包。', action: VALID_JSON },
    10015: {
      meaning: '群组 ID 非法。',
      action:
        '请使用 import_group 或 create_group 返回的准确 GroupId。自定义群组 ID 为可打印 ASCII 字符,最多 48 字节,且不能以 @TGS# 开头(社群为 @TGS#_)。',
    },
    10019: {
      meaning: '请求中的某个 UserID 不存在。',
      action:
        '请先导入消息发送者的账号(account_import 或 multiaccount_import),再重新导入消息。请检查 From_Account 是否有拼写错误。',
    },
    10020: {
      meaning: '消息过长。',
      action:
        '请缩小消息:原始文档允许每条消息 8,000 字节(较新的文档为 12 KB),按字段值的 UTF-8 字节数计算。请将长文本拆分为多条消息。',
    },
    10023: { meaning: '超出该群组的消息频率限制。', action: RATE_LIMIT },
    10026: {
      meaning: '该命令字已被禁用。',
      action: '请联系腾讯云技术支持(或查看即时通信 IM 控制台),为此 SDKAppID 开通消息导入。',
    },
    10044: {
      meaning: '该群组类型不支持消息漫游,因此无法向其导入消息。',
      action: '请导入到会保存历史消息的群组类型(Public、Work、Meeting 或 Community)。',
    },
    11000: {
      meaning: '该应用未开通社群功能。',
      action: '请在即时通信 IM 控制台开通社群功能(可能需要专业版或旗舰版),然后重试。',
    },
    60002: {
      meaning: 'HTTP 解析错误。',
      action: '请检查 URL:https://{host}/v4/group_open_http_svc/import_group_msg,并带上全部五个查询参数。',
    },
    60003: { meaning: '请求包不是有效的 JSON。', action: VALID_JSON },
    60004: {
      meaning: 'URL 或请求包中的 identifier 或 UserSig 错误。',
      action: `请确认 identifier 就是生成该 UserSig 的管理员账号。${NEW_USERSIG}`,
    },
    60005: {
      meaning: 'URL 或请求包中的 identifier 或 UserSig 错误。',
      action: `请确认 identifier 就是生成该 UserSig 的管理员账号。${NEW_USERSIG}`,
    },
    60006: {
      meaning: 'SDKAppID 无效。',
      action: '请从即时通信 IM 控制台复制 SDKAppID(形如 1400000000 的数字),并检查地域域名。',
    },
    60007: { meaning: '超出 REST 接口调用频率限制。', action: RATE_LIMIT },
    60008: {
      meaning: '服务超时,或 HTTP 请求格式错误。',
      action: '稍等片刻后重试;如果重复出现,请检查请求是否为带请求包的规范 POST 请求。',
    },
    60009: {
      meaning: '请求资源错误:路径不正确。',
      action: '请检查 URL 路径:必须是 /v4/group_open_http_svc/import_group_msg。',
    },
    60010: {
      meaning: 'identifier 不是 App 管理员。',
      action: '请使用 App 管理员账号(在即时通信 IM 控制台设置)作为 identifier,并使用为它生成的 UserSig。',
    },
    60011: { meaning: '超出 SDKAppID 级别的频率限制。', action: RATE_LIMIT },
    60012: { meaning: 'URL 中缺少 sdkappid。', action: '请在查询字符串中加上 sdkappid={您的 SDKAppID}。' },
    60013: {
      meaning: 'HTTP 响应的 JSON 解析错误。',
      action: '请重试;如果重复出现,请携带请求报告给腾讯云技术支持。',
    },
    60014: { meaning: '置换账号超时。', action: RETRY_LATER },
    60015: {
      meaning: '请求包中的某个账号(UserID)不是字符串。',
      action: '请将每个账号(From_Account)写成 JSON 字符串,例如 "10086",而不是 10086。',
    },
    60016: {
      meaning: 'SDKAppID 已被禁用。',
      action: '请在即时通信 IM 控制台检查应用状态和计费;重新启用应用后重试。',
    },
    60017: {
      meaning: '请求已被禁用。',
      action: '此接口已对该应用禁用:请查看即时通信 IM 控制台,或联系腾讯云技术支持。',
    },
    60018: { meaning: '请求过于频繁。', action: RATE_LIMIT },
    60019: { meaning: '请求过于频繁。', action: RATE_LIMIT },
    60020: { meaning: '专业版套餐包已到期。', action: '请在即时通信 IM 控制台续费套餐包,然后重试。' },
    60021: {
      meaning: '调用来源 IP 不在 IP 白名单中。',
      action:
        '请在即时通信 IM 控制台的 IP 白名单中加入发起调用的机器(或中转)的公网 IP,或从允许的机器发起调用。',
    },
    70001: { meaning: 'UserSig 已过期。', action: NEW_USERSIG },
    70002: { meaning: 'UserSig 为空。', action: `请填写 usersig。${NEW_USERSIG}` },
    70003: { meaning: 'UserSig 非法。', action: `请完整粘贴 UserSig,不要带空格或换行。${NEW_USERSIG}` },
    70005: { meaning: 'UserSig 非法。', action: `请完整粘贴 UserSig,不要带空格或换行。${NEW_USERSIG}` },
    70009: {
      meaning: 'UserSig 校验失败:签名所用的密钥不对(例如用了其他应用的 SecretKey)。',
      action: '请使用此 SDKAppID 的密钥 SecretKey(在即时通信 IM 控制台该应用下查看)生成 UserSig。',
    },
    70013: {
      meaning: 'identifier 与 UserSig 中的 identifier 不一致。',
      action: '请在 URL 中使用与 UserSig 相同的管理员账号,或为此 identifier 生成 UserSig。',
    },
    70014: {
      meaning: 'sdkappid 与 UserSig 中的 SDKAppID 不一致。',
      action: '请使用生成该 UserSig 的 SDKAppID,或为此 SDKAppID 生成 UserSig。',
    },
    70016: {
      meaning: '缺少公钥(旧版 ECDSA 应用)。',
      action: '请使用应用的密钥 SecretKey 生成 TLSSigAPIv2(HMAC)UserSig,而不是旧版 ECDSA 签名。',
    },
    70020: {
      meaning: '未找到该 SDKAppID。',
      action: '请检查 SDKAppID,以及调用的是否为创建应用所在地域的域名。',
    },
    70050: {
      meaning: 'UserSig 校验失败次数过多。',
      action: `请等待一分钟后再重试。先修正 UserSig:${NEW_USERSIG}`,
    },
    70051: {
      meaning: '该账号已被拉入黑名单。',
      action: '请使用其他管理员账号,或向腾讯云技术支持询问该账号被封禁的原因。',
    },
    70107: {
      meaning: '该 UserID 不存在。',
      action: '请先导入账号(account_import 或 multiaccount_import),然后重试。',
    },
    70169: { meaning: '内部超时。', action: RETRY_LATER },
    70202: { meaning: '内部超时。', action: RETRY_LATER },
    70398: {
      meaning: '账号数量超出当前版本的上限。',
      action: '请升级版本或删除不用的账号,再导入更多消息发送者。',
    },
    70402: {
      meaning: '参数非法。',
      action: '请对照接口文档检查 sdkappid、identifier 和请求包字段。',
    },
    70403: { meaning: '需要 App 管理员权限。', action: ADMIN },
    70500: { meaning: '账号服务内部错误。', action: '稍等片刻后重试;如果持续出现,请联系腾讯云技术支持。' },
    80001: {
      meaning: '文本命中了敏感词过滤。',
      action: '请删除或修改敏感词,或调整应用的内容审核规则,然后重试。',
      asMessageResult: {
        meaning: '该消息未导入:它包含敏感词。',
        action: '请修改或舍弃这条消息,或调整内容审核规则,然后按时间顺序重新导入。',
      },
    },
    80002: {
      meaning: '消息过长。',
      action:
        '请将消息缩小到上限以下(原始文档为 8,000 字节,较新的文档为 12 KB,按字段值的 UTF-8 字节数计算),例如将长文本拆分为多条消息。',
      asMessageResult: {
        meaning: '该消息未导入:它过长。',
        action:
          '请让每条消息小于 8,000 字节(稳妥的数值;较新的文档为 12 KB),按字段值的 UTF-8 字节数计算。请拆分为多条 SendTime 递增的消息。',
      },
    },
    80003: {
      meaning: '发消息之前回调失败或超时。',
      action: '请检查您的发消息之前回调服务(必须在超时时间内应答),或关闭该回调,然后重试。',
    },
    80004: {
      meaning: '图片命中了内容安全过滤。',
      action: '请删除或替换该图片,或调整应用的内容审核规则。',
    },
    90001: { meaning: '消息服务解析 JSON 失败。', action: VALID_JSON },
    90009: { meaning: '需要 App 管理员权限。', action: ADMIN },
    91000: { meaning: '消息服务内部错误。', action: '稍等片刻后重试同一调用。' },
    93000: {
      meaning: 'JSON 数据包过长。',
      action: '请减少每次调用的消息数量或大小(单次最多导入 7 条,每条都在大小上限以内)。',
    },
  },
  ranges: {
    10000: {
      meaning: '群组服务的错误,本控制台没有收录该错误码。',
      action: `${SEE_ERROR_INFO}请检查 GroupId、群组类型,以及群组是否存在(先调用 import_group)。`,
    },
    60000: {
      meaning: 'REST API 公共错误,本控制台没有收录该错误码。',
      action: `${SEE_ERROR_INFO}请检查 URL、sdkappid、identifier 和地域域名。`,
    },
    70000: {
      meaning: '账号或 UserSig 错误,本控制台没有收录该错误码。',
      action: `${SEE_ERROR_INFO}请确认 identifier 是 App 管理员,并为它重新生成 UserSig。`,
    },
    80000: {
      meaning: '内容安全检查错误,本控制台没有收录该错误码。',
      action: `${SEE_ERROR_INFO}请对照应用的内容审核规则和大小上限检查消息内容。`,
    },
    90000: {
      meaning: '消息服务的错误,本控制台没有收录该错误码。',
      action: `${SEE_ERROR_INFO}请检查请求包;如果 ErrorInfo 提到内部错误,请稍后重试。`,
    },
  },
  notACode: {
    meaning: '{code} 不是即时通信 IM 的错误码:错误码是从 0 开始的整数。',
    action: '请将响应中的 ErrorCode 作为整数(例如 10004)读取,然后再次查询。',
  },
  outside: {
    meaning: '错误码 {code} 不在腾讯云即时通信 IM 文档列出的范围内。',
    action: '请查看 ErrorInfo 了解详情,并确认 URL 指向腾讯云即时通信 IM 的域名:可能是其他服务器作了应答。',
  },
};
