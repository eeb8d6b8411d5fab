/** 简体中文: the UserSig tools. Terms follow ../GLOSSARY.md (UserSig、密钥 SecretKey、签发、过期、有效期). */
import type { CatalogOf } from '../catalog';
import type { USERSIG_EN } from './usersig.en';

export const USERSIG_ZH_CN = {
  'checks.title': '凭据',
  'checks.label': '当前配置的 UserSig 存在的问题',
  'checks.code': '服务端将返回 {code}',
  'checks.tools': 'UserSig 工具',
  'severity.error': '错误',
  'severity.warning': '警告',
  'check.undecodable': '当前配置中的 UserSig 无法解析。{reason}',
  'check.identifier':
    '此 UserSig 是为 identifier“{actual}”生成的，但配置中的 App 管理员账号是“{expected}”：请为“{expected}”生成 UserSig，或更正 identifier。',
  'check.sdkappid':
    '此 UserSig 是为 SDKAppID {actual} 生成的，但配置中的 SDKAppID 是 {expected}：请为 {expected} 生成 UserSig，或更正 SDKAppID。',
  'check.expired': '此 UserSig 已于{relative}过期（{date}）：请重新生成。',
  'check.expiring': '此 UserSig 将于{relative}过期（{date}），之后的调用会被拒绝。导入大量消息前请重新生成。',

  'panel.loading': '正在加载 UserSig 工具…',
  'panel.failed': '无法加载 UserSig 工具：{reason}',
  'panel.retry': '重试',
  'panel.intro': '配置“{name}”的 UserSig，按服务端的方式解析（无需密钥）。可在“凭据”中修改，或在下方生成。',

  'decoded.label': '解析后的 UserSig',
  'decoded.none': '此配置没有 UserSig：请在“凭据”中粘贴，或生成一个。',
  'decoded.decoding': '正在解析 UserSig…',
  'decoded.invalid': '此 UserSig 无法解析。{reason}',
  'decoded.kind': '类型',
  'decoded.kind-v2': 'TLSSigAPIv2（用密钥 SecretKey 计算 HMAC-SHA256）',
  'decoded.kind-legacy': '旧版（用应用私钥计算 ECDSA 签名）',
  'decoded.identifier': 'identifier（UserID）',
  'decoded.issued': '签发时间',
  'decoded.expires': '过期时间',
  'decoded.validity': '有效期',
  'decoded.when': '{date}（{relative}）',
  'decoded.expired': '已过期',
  'decoded.expiring': '即将过期',

  'generate.open': '生成 UserSig…',
  'generate.title': '生成 UserSig',
  'generate.warning':
    '仅适用于测试应用。在浏览器中输入的密钥可能泄露（浏览器扩展、屏幕共享、被入侵的电脑），拿到密钥的人可以为应用的任何账号生成 UserSig。正式环境请在您的服务端生成 UserSig。密钥只保存在此标签页的内存中：从不存储或发送，关闭此对话框时即被清除。',
  'generate.identifier': 'identifier（UserID）',
  'generate.identifier-note': '用于 REST API 调用时，应为 App 管理员账号。',
  'generate.secret-key': '密钥（SecretKey）',
  'generate.show-key': '显示密钥',
  'generate.hide-key': '隐藏密钥',
  'generate.validity': '有效期',
  'generate.preset-default': '{duration}（默认）',
  'generate.custom': '其他（秒）',
  'generate.seconds': '有效期（秒）',
  'generate.submit': '生成',
  'generate.busy': '正在计算签名…',
  'generate.crypto': '此浏览器无法在这里计算签名：Web Crypto 只在 https 页面和 localhost 上可用。',
  'generate.result': '生成的 UserSig',
  'generate.result-note': '用于 SDKAppID {sdkAppId} 的“{identifier}”，有效期至 {date}（{relative}）。',
  'generate.use': '用于配置“{name}”',
  'generate.use-note': '同时会将该配置的 SDKAppID 和 App 管理员账号设为上面的值。',
  'generate.used': '已保存到配置“{name}”。',
  'generate.copy': '复制',
  'generate.copied': '已复制。',
  'generate.copy-failed': '无法复制：请选中文本后手动复制。',
  'generate.close': '关闭',

  'verify.title': '校验签名',
  'verify.note':
    '粘贴应用的密钥（SecretKey），校验当前配置的 UserSig 是否由它签发。仅适用于测试应用：密钥只在此页面中使用一次即被清除，从不存储或发送。',
  'verify.secret-key': '密钥（SecretKey）',
  'verify.submit': '校验',
  'verify.busy': '正在校验…',
  'verify.valid': '签名有效：此 UserSig 是用这个密钥生成的。',
  'verify.invalid': '签名不匹配：此 UserSig 是用其他密钥生成的，或者其中的字段被改动过。',
  'verify.legacy':
    '这是旧版（ECDSA）UserSig：需要用应用的公钥校验，而不是密钥（SecretKey），因此无法在这里校验。',
  'verify.undecodable': '没有可校验的内容：此 UserSig 无法解析。',
  'verify.no-key': '请先粘贴密钥（SecretKey）。',
  'verify.no-usersig': '此配置没有可校验的 UserSig。',

  'answer.title': '发送的 UserSig',
  'answer.not-sent': '此页面尚未发送请求，因此无法得知这个应答针对的是哪个 UserSig。',
  'answer.none': '请求发送时没有带 UserSig。',
  'answer.decoding': '正在解析发送的 UserSig…',
  'answer.undecodable': '它无法解析，服务端同样无法读取。{reason}',
  'answer.decodes':
    '它在这里可以解析，对应 SDKAppID {sdkAppId} 的“{identifier}”：请确认它原样到达了服务端（代理或重复的 URL 编码可能改动它）。',
  'answer.expired': '它已于{relative}过期（{date}）。',
  'answer.not-expired':
    '按本机时钟它仍然有效（{relative}过期，{date}）：服务端时钟与本机不一致，或它签发时使用了错误的时间。',
  'answer.identifier': '它是为 identifier“{actual}”生成的；请求中的 identifier 是“{expected}”。',
  'answer.identifier-same':
    '它是为“{actual}”生成的，与请求中的 identifier 相同：请检查两者是否含有不可见字符或大小写不同。',
  'answer.sdkappid': '它是为 SDKAppID {actual} 生成的；请求中的 SDKAppID 是 {expected}。',
  'answer.sdkappid-same':
    '它是为 SDKAppID {actual} 生成的，与请求中的相同：请确认 SDKAppID 与 UserSig 属于同一个应用。',
} satisfies CatalogOf<typeof USERSIG_EN>;
