/** 自定义域名检查的提示（简体中文）：与 `hosts-en.ts` 同样的 ID 和占位符。 */
import type { CatalogOf } from '../../i18n/catalog';
import type { HOSTS_EN } from './hosts-en';

const EXAMPLE = '只需输入域名，例如 {example}。';

export const HOSTS_ZH_CN = {
  'host.empty': `域名为空。${EXAMPLE}`,
  'host.spaces': `域名中不能有空格。${EXAMPLE}`,
  'host.scheme':
    'API 只能通过 https 调用，不能用 {scheme}。只需输入域名，例如 {example}（或粘贴以 https:// 开头的 URL）。',
  'host.path': '这是路径，不是域名。只需输入域名，例如 {example}；控制台会自行加上 {path}。',
  'host.no-host': `路径之前没有域名。${EXAMPLE}`,
  'host.user': `请删除“user@”部分：域名不带用户名或密码。${EXAMPLE}`,
  'host.port':
    '端口“{port}”不是 1 到 65535 之间的数字。请输入“域名:端口”（例如 localhost:8787），或只输入域名。',
  'host.ipv6': `“{value}”不是有效的 IPv6 地址。${EXAMPLE}`,
  'host.ipv4': `“{value}”不是有效的 IPv4 地址。${EXAMPLE}`,
  'host.name': `“{value}”不是有效的域名。${EXAMPLE}`,
  'host.no-name': `端口之前没有域名。${EXAMPLE}`,
  'host.too-long': `域名超过 253 个字符。${EXAMPLE}`,
  'host.empty-part': `“{value}”的两个点之间是空的。${EXAMPLE}`,
  'host.part-too-long': `“{part}”这一段超过 63 个字符。${EXAMPLE}`,
  'host.part-character': `域名中的“{part}”这一段含有“{character}”；只允许字母、数字、连字符和点。${EXAMPLE}`,
  'host.part-hyphen': `域名中的“{part}”这一段以连字符开头或结尾。${EXAMPLE}`,
  'host.note.taken': '已从粘贴的内容中取出域名 {host}；路径和查询参数由控制台自行添加。',
  'host.note.not-tencent': '这不是腾讯云 IM 的域名：它会收到您的 UserSig。仅当它是您信任的中转服务时才使用。',
  'host.note.ascii': '已将 {name} 转换为 ASCII 形式 {ascii}。',
} as const satisfies CatalogOf<typeof HOSTS_EN>;
