/**
 * Tencent IM REST hosts per region (TENCENT-IM.md §1), and the check of a host the user types. The check's words
 * are English from `i18n/hosts-en.ts`; `hostWords(locale)` (`i18n/hosts.ts`) says them in a loaded language (the
 * regions' names and notes: `i18n/labels.ts`). Imports only import-free modules, by their file names: the relay
 * (src/server, plain Node) imports this module too.
 */
import { renderMessage, type Catalog, type MessageParams } from '../i18n/catalog.ts';
import { HOSTS_EN, type HostMessageId } from './i18n/hosts-en.ts';

export interface Region {
  id: string;
  name: string;
  host: string;
  /** Host to use when the main one has DNS trouble. */
  backupHost?: string;
  /** Whether the seed API page lists this region (the others come from newer docs). */
  inSeed: boolean;
  note?: string;
}

const NEWER_DOCS = 'Listed in newer Tencent docs, not on the seed API page.';

export const REGIONS: Region[] = [
  {
    id: 'cn',
    name: 'Chinese mainland',
    host: 'console.tim.qq.com',
    backupHost: 'adminapi.my-imcloud.com',
    inSeed: true,
  },
  {
    id: 'sgp',
    name: 'Singapore',
    host: 'adminapisgp.im.qcloud.com',
    backupHost: 'adminapisgp.my-imcloud.com',
    inSeed: true,
  },
  {
    id: 'kr',
    name: 'Seoul',
    host: 'adminapikr.im.qcloud.com',
    backupHost: 'adminapikr.my-imcloud.com',
    inSeed: true,
  },
  {
    id: 'ger',
    name: 'Frankfurt',
    host: 'adminapiger.im.qcloud.com',
    backupHost: 'adminapiger.my-imcloud.com',
    inSeed: true,
  },
  {
    id: 'ind',
    name: 'India (Mumbai)',
    host: 'adminapiind.im.qcloud.com',
    backupHost: 'adminapiind.my-imcloud.com',
    inSeed: true,
  },
  {
    id: 'usa',
    name: 'Silicon Valley',
    host: 'adminapiusa.im.qcloud.com',
    backupHost: 'adminapiusa.my-imcloud.com',
    inSeed: false,
    note: NEWER_DOCS,
  },
  {
    id: 'idn',
    name: 'Jakarta',
    host: 'adminapiidn.im.qcloud.com',
    backupHost: 'adminapiidn.my-imcloud.com',
    inSeed: false,
    note: NEWER_DOCS,
  },
  {
    id: 'jpn',
    name: 'Tokyo',
    host: 'adminapijpn.im.qcloud.com',
    inSeed: false,
    note: `${NEWER_DOCS} No public source names a backup host for Tokyo (unconfirmed), so none is offered.`,
  },
];

/** Every main and backup host: a call to any other host hands the UserSig to someone else. */
export const TENCENT_HOSTS: string[] = REGIONS.flatMap((region) =>
  region.backupHost ? [region.host, region.backupHost] : [region.host],
);

export type HostCheck = { ok: true; host: string; notes: string[] } | { ok: false; message: string };

/** The words a host check speaks in: a catalog with the ids of `HOSTS_EN`, and its language. */
export interface HostWords {
  catalog: Catalog;
  locale: string;
}

const ENGLISH: HostWords = { catalog: HOSTS_EN, locale: 'en' };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Says a host message (with the example host every message may show) in the chosen language. */
type Say = (id: HostMessageId, params?: MessageParams) => string;

/**
 * Checks a host typed or pasted by the user: a bare host name, `host:port`, or a whole `https://` URL (its
 * host is taken, and the result says so). The host that comes back is lower case, without a trailing dot.
 * Messages and notes are in English unless other `words` are given (`hostWords(locale)`, `i18n/hosts.ts`).
 */
export function checkCustomHost(input: string, words: HostWords = ENGLISH): HostCheck {
  const say: Say = (id, params) =>
    renderMessage(words.catalog, words.locale, id, { example: REGIONS[1].host, ...params });
  const fail = (id: HostMessageId, params?: MessageParams): HostCheck => ({
    ok: false,
    message: say(id, params),
  });
  const notes: string[] = [];
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return fail('host.empty');
  if (/\s/.test(text)) return fail('host.spaces');

  let rest = text;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') return fail('host.scheme', { scheme: scheme[1].toLowerCase() });
    rest = text.slice(scheme[0].length);
  }
  if (rest.startsWith('/')) return fail('host.path', { path: '/v4/group_open_http_svc/import_group_msg' });
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  if (authority === '') return fail('host.no-host');
  if (authority.includes('@')) return fail('host.user');

  const checked = authority.startsWith('[')
    ? checkIpv6(authority, say)
    : checkNameAndPort(authority, notes, say);
  if (!checked.ok) return checked;
  if (scheme || end !== -1) notes.unshift(say('host.note.taken', { host: checked.host }));
  if (!TENCENT_HOSTS.includes(hostWithoutPort(checked.host))) notes.push(say('host.note.not-tencent'));
  return { ok: true, host: checked.host, notes };
}

function hostWithoutPort(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
}

function checkPort(port: string, say: Say): string | undefined {
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) return say('host.port', { port });
  return undefined;
}

function checkIpv6(authority: string, say: Say): HostCheck {
  const match = /^(\[[0-9a-f:.]+\])(?::(.*))?$/i.exec(authority);
  let hostname: string | undefined;
  try {
    hostname = match ? new URL(`https://${match[1]}/`).hostname : undefined;
  } catch {
    hostname = undefined;
  }
  if (!match || !hostname) return { ok: false, message: say('host.ipv6', { value: authority }) };
  if (match[2] !== undefined) {
    const portProblem = checkPort(match[2], say);
    if (portProblem) return { ok: false, message: portProblem };
    return { ok: true, host: `${hostname}:${match[2]}`, notes: [] };
  }
  return { ok: true, host: hostname, notes: [] };
}

function checkNameAndPort(authority: string, notes: string[], say: Say): HostCheck {
  const fail = (id: HostMessageId, params?: MessageParams): HostCheck => ({
    ok: false,
    message: say(id, params),
  });
  const colon = authority.indexOf(':');
  let name = colon === -1 ? authority : authority.slice(0, colon);
  const port = colon === -1 ? undefined : authority.slice(colon + 1);
  if (port !== undefined) {
    const portProblem = checkPort(port, say);
    if (portProblem) return { ok: false, message: portProblem };
  }
  if (/[^\x20-\x7e]/.test(name)) {
    // International names travel as punycode (xn--...), which the URL parser produces.
    try {
      const ascii = new URL(`https://${name}/`).hostname;
      notes.push(say('host.note.ascii', { name, ascii }));
      name = ascii;
    } catch {
      return fail('host.name', { value: name });
    }
  }
  name = name.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name === '') return fail('host.no-name');
  if (name.length > 253) return fail('host.too-long');
  for (const part of name.split('.')) {
    if (part === '') return fail('host.empty-part', { value: name });
    if (part.length > 63) return fail('host.part-too-long', { part });
    if (!LABEL.test(part)) {
      const bad = /[^a-z0-9-]/.exec(part);
      return bad
        ? fail('host.part-character', { part, character: bad[0] })
        : fail('host.part-hyphen', { part });
    }
  }
  const labels = name.split('.');
  if (labels.every((label) => /^\d+$/.test(label))) {
    if (labels.length !== 4 || labels.some((label) => Number(label) > 255)) {
      return fail('host.ipv4', { value: name });
    }
  }
  return { ok: true, host: port === undefined ? name : `${name}:${port}`, notes };
}
