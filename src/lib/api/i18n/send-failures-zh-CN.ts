/** 发送失败说明的简体中文目录:与 `send-failures-en.ts` 同样的 ID 和占位符。术语见 GLOSSARY.md。 */
import type { CatalogOf } from '../../i18n/catalog';
import type { SEND_FAILURES_EN } from './send-failures-en';

const CHECK_ARRIVAL =
  '如果请求其实已经到达，其中的消息已导入；再次发送时每条消息会返回 10004' +
  '（SendTime 不晚于群内最新一条消息的时间），而不会重复导入；group_msg_get_simple 可以查看群内已有的消息。';
const RETRY_AFTER_CUT = `请重新发送。${CHECK_ARRIVAL}`;
const BUG = '这是控制台的缺陷，请报告。在此之前，可以把请求复制为 curl 命令运行。';

export const SEND_FAILURES_ZH_CN = {
  'blocked.title': '浏览器拦截了请求',
  'blocked.what':
    '发往 {host} 的请求没有得到页面可以读取的应答。浏览器会拦截域名不允许网页发起的请求（跨域，CORS），' +
    '而网络故障（DNS、连接被拒绝、防火墙）在页面内看起来也是一样的。',
  'blocked.todo':
    '通过中转发送（目标：中转；npm run dev、npm run preview 和 npm run serve 都会启动它），' +
    '或者把请求复制为 curl 命令，在终端中运行。',
  'blocked-relay.title': '中转没有应答',
  'blocked-relay.what': '提供本页面的服务器（{host}）没有应答中转请求：它可能已经停止，或者网络中断了。',
  'blocked-relay.todo':
    '请确认控制台的服务器（npm run dev、npm run preview 或 npm run serve）仍在运行，然后重新发送。',
  'csp.title': '页面的安全策略禁止访问该域名',
  'csp.what':
    '页面的 Content-Security-Policy 只允许连接它自己的服务器和腾讯云即时通信 IM 的域名，' +
    '而 {host} 不在其中，因此浏览器拒绝了该请求。',
  'csp.todo':
    '请通过中转发送（它在本页面自己的服务器上），或者把请求复制为 curl 命令。自行部署控制台时，' +
    '可以在 index.html 的 connect-src 中加入该域名。',
  'timeout.title': '{seconds} 秒内没有应答',
  'timeout.what': '{seconds} 秒内没有收到应答。腾讯云后台 3 秒后就会放弃，因此是网络或途中的网关卡住了。',
  'timeout.todo': RETRY_AFTER_CUT,
  'timeout-relay.title': '腾讯云的域名没有应答中转',
  'timeout-relay.what': '中转等待 API 域名 {seconds} 秒后放弃了。',
  'timeout-relay.todo': `${RETRY_AFTER_CUT}如果反复出现，请改用该地域的备域名。`,
  'aborted.title': '已取消',
  'aborted.what': '请求在收到应答之前被取消了。',
  'aborted.todo': `准备好后请重新发送。${CHECK_ARRIVAL}`,
  'offline.title': '当前处于离线状态',
  'offline.what': '浏览器报告没有网络连接，因此没有发出请求。',
  'offline.todo': '请恢复网络后重新发送。沙箱目标无需网络即可使用。',
  'mixed-content.title': 'https 页面不能访问 http 地址',
  'mixed-content.what': '本页面通过 https 加载，浏览器拒绝它访问普通的 http 地址（混合内容）：{host}。',
  'mixed-content.todo': '请使用该域名的 https 地址，或者通过中转发送。',
  'redirect.title': '服务器返回了重定向',
  'redirect.what':
    '请求被重定向到另一个地址。控制台不会跟随：URL 中带有您的 UserSig，而新地址可能在任何地方。',
  'redirect.todo':
    '请检查域名：腾讯云即时通信 IM 的域名会直接应答。您自己部署的中转也必须直接应答，不能重定向。',
  'no-relay.title': '该服务器没有中转',
  'no-relay.what':
    '提供本页面的服务器在中转路径上返回了 HTTP {status}{statusText}：它只提供文件' +
    '（静态托管，或者启动时没有带上中转）。',
  'no-relay.todo':
    '请用 npm run serve（或 npm run dev / npm run preview）运行控制台，或者按 README 中的 nginx 配置片段' +
    '为您的 Web 服务器加上中转。在此之前，可以使用直连，或者把请求复制为 curl 命令。',
  'http-5xx.title': 'HTTP {status}{statusText}，而不是 200',
  'http-5xx.what':
    '腾讯云 API 对每一种 API 结果都返回 200（错误在 ErrorCode 中），因此 {status} 来自中间的网络：' +
    '网关或代理出了问题。',
  'http-5xx.todo': `请稍候再发送；如果一直出现，请改用该地域的备域名。${CHECK_ARRIVAL}`,
  'http-other.title': 'HTTP {status}{statusText}，而不是 200',
  'http-other.what':
    '腾讯云 API 对每一种 API 结果都返回 200（错误在 ErrorCode 中），因此 {status} 来自别处：' +
    '途中的代理，或者不是腾讯云 API 的域名。',
  'http-other.todo': '请检查域名和途中的代理；下方的原始应答可能有更多信息。',
  'not-json-empty.title': '空的应答',
  'not-json-empty.what': '服务器返回了 200，但包体为空，而该 API 总是返回 JSON。',
  'not-json-empty.todo': `请检查域名，然后重新发送。${CHECK_ARRIVAL}`,
  'not-json-html.title': '返回的是网页而不是 JSON',
  'not-json-html.what':
    '服务器返回了 200 和一个 HTML 页面，而该 API 返回的是 JSON：这通常是网络认证页面、代理的登录页或错误页。',
  'not-json-html.todo': '请查看下方原始应答中的页面；如果网络要求登录请先登录，检查域名后重新发送。',
  'not-json-text.title': '应答不是 JSON',
  'not-json-text.what': '服务器返回了 200，但包体不是 JSON，而该 API 总是返回 JSON。',
  'not-json-text.todo': '请检查域名（腾讯云即时通信 IM 的域名返回 JSON）；原始应答显示在下方。',
  'truncated.title': '应答不完整',
  'truncated.what': '应答在 JSON 结束之前就中断了：接收过程中连接断开了。',
  'truncated.todo': RETRY_AFTER_CUT,
  'relay-host-not-allowed.title': '中转不转发到该域名',
  'relay-host-not-allowed.what':
    '中转只转发到腾讯云即时通信 IM 的域名（各地域的域名和备域名）以及运维人员在 RELAY_EXTRA_HOSTS 中列出的域名，' +
    '并且总是使用 https 的 443 端口。',
  'relay-host-not-allowed.todo':
    '请选择列出的地域，或者请运行控制台服务器的人把该域名加入 RELAY_EXTRA_HOSTS 并重启服务器。',
  'relay-bad-path.title': '中转拒绝了该路径',
  'relay-bad-path.what': '中转只转发 /v4/ 下的普通路径（不含编码字符，不含空段或点段）。',
  'relay-bad-path.todo': BUG,
  'relay-method-not-allowed.title': '中转只接受 POST',
  'relay-method-not-allowed.what': '请求以 POST 之外的方法到达了中转。',
  'relay-method-not-allowed.todo': BUG,
  'relay-bad-header.title': '中转拒绝了请求的来源',
  'relay-bad-header.what':
    '请求的 Host、X-Forwarded-Host 或 Origin 头指向的网站与提供中转的网站不同：中转只为它自己的页面服务。',
  'relay-bad-header.todo':
    '请通过运行中转的服务器的地址打开控制台。位于代理之后时，请原样传递 Host 头' +
    '（nginx：proxy_set_header Host $host）。',
  'relay-body-too-large.title': '包体太大，中转不接受',
  'relay-body-too-large.what':
    '中转接受的包体最大为 {limitKb} KB；单次最多 7 条且每条都在大小限制内的请求要小得多。',
  'relay-body-too-large.todo': '请检查包体：单次最多导入 7 条消息，每条都不超过大小限制（参见诊断）。',
  'relay-upstream-failed.title': '中转无法连接腾讯云的域名',
  'relay-upstream-failed.what':
    '中转服务器无法连接 API 域名（DNS、连接或 TLS 失败），或者收到了无法使用的应答。',
  'relay-upstream-failed.todo': '请确认中转服务器可以访问互联网，然后重新发送，或者改用该地域的备域名。',
  'relay-other.title': '中转拒绝了请求',
  'relay-other.what': '中转自己应答了该请求，原因本页面无法识别。',
  'relay-other.todo': '下方的原始应答给出了中转的原因。',
  'internal.title': '控制台出错了',
  'internal.what': '控制台自身发生了意外错误：{detail}。',
  'internal.todo': BUG,
  'term.host.@unknown': '该域名',
  'term.host.@origin': '本站',
  'term.detail.@none': '没有详细信息',
} satisfies CatalogOf<typeof SEND_FAILURES_EN>;
