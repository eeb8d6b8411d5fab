/** Tencent IM REST hosts per region (TENCENT-IM.md §1), and the check of a host the user types. */

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

const EXAMPLE = `Type only the host name, e.g. ${REGIONS[1].host}`;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function fail(message: string): HostCheck {
  return { ok: false, message };
}

/**
 * Checks a host typed or pasted by the user: a bare host name, `host:port`, or a whole `https://` URL (its
 * host is taken, and the result says so). The host that comes back is lower case, without a trailing dot.
 */
export function checkCustomHost(input: string): HostCheck {
  const notes: string[] = [];
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return fail(`The host is empty. ${EXAMPLE}.`);
  if (/\s/.test(text)) return fail(`A host name has no spaces. ${EXAMPLE}.`);

  let rest = text;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') {
      return fail(
        `The API is called over https only, not ${scheme[1].toLowerCase()}. ${EXAMPLE} ` +
          '(or paste a URL that starts with https://).',
      );
    }
    rest = text.slice(scheme[0].length);
  }
  if (rest.startsWith('/')) {
    return fail(
      `That is a path, not a host. ${EXAMPLE}; the console adds /v4/group_open_http_svc/import_group_msg itself.`,
    );
  }
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  if (authority === '') return fail(`No host found before the path. ${EXAMPLE}.`);
  if (authority.includes('@')) {
    return fail(`Remove the "user@" part: the host takes no user name or password. ${EXAMPLE}.`);
  }

  const checked = authority.startsWith('[') ? checkIpv6(authority) : checkNameAndPort(authority, notes);
  if (!checked.ok) return checked;
  if (scheme || end !== -1) {
    notes.unshift(
      `Took the host ${checked.host} from what you pasted; the console adds the path and query itself.`,
    );
  }
  if (!TENCENT_HOSTS.includes(hostWithoutPort(checked.host))) {
    notes.push(
      'This is not one of Tencent’s IM hosts: it will receive your UserSig. Use it only for a relay you trust.',
    );
  }
  return { ok: true, host: checked.host, notes };
}

function hostWithoutPort(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
}

function checkPort(port: string): string | undefined {
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    return `The port "${port}" is not a number from 1 to 65535. Type host:port, e.g. localhost:8787, or the host alone.`;
  }
  return undefined;
}

function checkIpv6(authority: string): HostCheck {
  const match = /^(\[[0-9a-f:.]+\])(?::(.*))?$/i.exec(authority);
  let hostname: string | undefined;
  try {
    hostname = match ? new URL(`https://${match[1]}/`).hostname : undefined;
  } catch {
    hostname = undefined;
  }
  if (!match || !hostname) return fail(`"${authority}" is not a valid IPv6 address. ${EXAMPLE}.`);
  if (match[2] !== undefined) {
    const portProblem = checkPort(match[2]);
    if (portProblem) return fail(portProblem);
    return { ok: true, host: `${hostname}:${match[2]}`, notes: [] };
  }
  return { ok: true, host: hostname, notes: [] };
}

function checkNameAndPort(authority: string, notes: string[]): HostCheck {
  const colon = authority.indexOf(':');
  let name = colon === -1 ? authority : authority.slice(0, colon);
  const port = colon === -1 ? undefined : authority.slice(colon + 1);
  if (port !== undefined) {
    const portProblem = checkPort(port);
    if (portProblem) return fail(portProblem);
  }
  if (/[^\x20-\x7e]/.test(name)) {
    // International names travel as punycode (xn--...), which the URL parser produces.
    try {
      const ascii = new URL(`https://${name}/`).hostname;
      notes.push(`Converted ${name} to its ASCII form ${ascii}.`);
      name = ascii;
    } catch {
      return fail(`"${name}" is not a valid host name. ${EXAMPLE}.`);
    }
  }
  name = name.toLowerCase();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name === '') return fail(`No host name before the port. ${EXAMPLE}.`);
  if (name.length > 253) return fail(`The host name is longer than 253 characters. ${EXAMPLE}.`);
  for (const label of name.split('.')) {
    if (label === '') return fail(`"${name}" has an empty part between dots. ${EXAMPLE}.`);
    if (label.length > 63) return fail(`The part "${label}" is longer than 63 characters. ${EXAMPLE}.`);
    if (!LABEL.test(label)) {
      const bad = /[^a-z0-9-]/.exec(label);
      const why = bad
        ? `contains "${bad[0]}"; only letters, digits, hyphens and dots are allowed`
        : 'starts or ends with a hyphen';
      return fail(`The host name part "${label}" ${why}. ${EXAMPLE}.`);
    }
  }
  const labels = name.split('.');
  if (labels.every((label) => /^\d+$/.test(label))) {
    if (labels.length !== 4 || labels.some((label) => Number(label) > 255)) {
      return fail(`"${name}" is not a valid IPv4 address. ${EXAMPLE}.`);
    }
  }
  return { ok: true, host: port === undefined ? name : `${name}:${port}`, notes };
}
