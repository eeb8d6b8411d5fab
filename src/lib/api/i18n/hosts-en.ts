/** What the check of a typed host says (`regions.ts`), by message id. Simplified Chinese: `hosts-zh-CN.ts`. */
export const HOSTS_EN = {
  'host.empty': 'The host is empty. Type only the host name, e.g. {example}.',
  'host.spaces': 'A host name has no spaces. Type only the host name, e.g. {example}.',
  'host.scheme':
    'The API is called over https only, not {scheme}. Type only the host name, e.g. {example} (or paste a URL that starts with https://).',
  'host.path':
    'That is a path, not a host. Type only the host name, e.g. {example}; the console adds {path} itself.',
  'host.no-host': 'No host found before the path. Type only the host name, e.g. {example}.',
  'host.user':
    'Remove the "user@" part: the host takes no user name or password. Type only the host name, e.g. {example}.',
  'host.port':
    'The port "{port}" is not a number from 1 to 65535. Type host:port, e.g. localhost:8787, or the host alone.',
  'host.ipv6': '"{value}" is not a valid IPv6 address. Type only the host name, e.g. {example}.',
  'host.ipv4': '"{value}" is not a valid IPv4 address. Type only the host name, e.g. {example}.',
  'host.name': '"{value}" is not a valid host name. Type only the host name, e.g. {example}.',
  'host.no-name': 'No host name before the port. Type only the host name, e.g. {example}.',
  'host.too-long': 'The host name is longer than 253 characters. Type only the host name, e.g. {example}.',
  'host.empty-part': '"{value}" has an empty part between dots. Type only the host name, e.g. {example}.',
  'host.part-too-long':
    'The part "{part}" is longer than 63 characters. Type only the host name, e.g. {example}.',
  'host.part-character':
    'The host name part "{part}" contains "{character}"; only letters, digits, hyphens and dots are allowed. Type only the host name, e.g. {example}.',
  'host.part-hyphen':
    'The host name part "{part}" starts or ends with a hyphen. Type only the host name, e.g. {example}.',
  'host.note.taken': 'Took the host {host} from what you pasted; the console adds the path and query itself.',
  'host.note.not-tencent':
    'This is not one of Tencent’s IM hosts: it will receive your UserSig. Use it only for a relay you trust.',
  'host.note.ascii': 'Converted {name} to its ASCII form {ascii}.',
} as const;

export type HostMessageId = keyof typeof HOSTS_EN;
