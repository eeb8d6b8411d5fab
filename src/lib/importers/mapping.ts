/**
 * The mapping from the export to Tencent IM: channel → GroupId (with type and CreateTime), person → From_Account,
 * and what each kind of content becomes. The default is derived from the export; a mapping the user edited (JSON)
 * is checked field by field, and channels or people it does not name get their defaults.
 */
import { GROUP_TYPES, type GroupType } from '../api/types';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../api/facts';
import { groupIdRules } from '../api/validate/ids';
import { utf8ByteLength } from '../api/validate/size';
import { ImportError, notice } from './errors';
import { deriveGroupIds, deriveUserIds, MAX_USER_ID_BYTES } from './ids';
import { arr, isObject, num, str } from './json';
import { describe } from './messages';
import type {
  AccountsFile,
  ContentOptions,
  GroupMapping,
  ImportMapping,
  ImportNotice,
  SourceExport,
  UserMapping,
} from './types';

export const DEFAULT_CONTENT: ContentOptions = {
  service: 'text',
  attachments: 'elements',
  stickers: 'text',
  faceIndex: 0,
  replyPrefix: true,
  excerptLength: 50,
  markEdited: false,
  maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
};

/** Smallest budget accepted: room for any character and a reply prefix. */
export const MIN_MESSAGE_BYTES = 256;

export interface MappingDefaults {
  groupPrefix?: string;
  userPrefix?: string;
  content?: Partial<ContentOptions>;
}

const PLACEHOLDER = 'deleted_account';

/** The group a channel goes to by default: a thread shares its parent's. */
function groupKey(source: string, channel: { id: string; parentId?: string }) {
  return `${source}:${channel.parentId ?? channel.id}`;
}

export function defaultMapping(exp: SourceExport, defaults: MappingDefaults = {}): ImportMapping {
  const groupPrefix = defaults.groupPrefix ?? `${exp.source}_`;
  const userPrefix = defaults.userPrefix ?? '';
  const groupIds = deriveGroupIds(
    exp.channels.map((c) => ({
      key: groupKey(exp.source, c),
      name: c.parentId ? (c.parentName ?? c.parentId) : c.name,
      fallback: c.parentId ?? c.id,
    })),
    groupPrefix,
  );
  const groups: GroupMapping[] = exp.channels.map((c) => ({
    source: c.id,
    name: c.name,
    include: true,
    GroupId: groupIds.get(groupKey(exp.source, c)) ?? '',
    Type: c.kind === 'public' || c.kind === 'thread' ? 'Public' : 'Private',
  }));
  const senders = new Set<string>();
  for (const m of exp.messages) if (m.userId !== undefined) senders.add(m.userId);
  const people = exp.users.filter((u) => senders.has(u.id));
  const placeholderAccount = `${userPrefix}${PLACEHOLDER}`.slice(0, MAX_USER_ID_BYTES);
  const userIds = deriveUserIds(
    people.map((u) => ({ key: `${exp.source}:${u.id}`, name: u.name, fallback: u.id })),
    userPrefix,
    [placeholderAccount],
  );
  const users: UserMapping[] = people.map((u) => ({
    source: u.id,
    name: u.name,
    From_Account: userIds.get(`${exp.source}:${u.id}`) ?? placeholderAccount,
    Nick: u.name,
    ...(u.avatarUrl && /^https?:\/\//.test(u.avatarUrl) ? { FaceUrl: u.avatarUrl } : {}),
  }));
  return {
    version: 1,
    source: exp.source,
    groups,
    users,
    placeholderAccount,
    content: { ...DEFAULT_CONTENT, ...defaults.content },
  };
}

/** Problems of a UserID, as notices (empty when it is valid). */
function accountProblems(account: string, source: string): ImportNotice[] {
  if (account === '')
    return [notice('mapping.from-account', { source, detail: describe('mapping.account-empty') })];
  const bytes = utf8ByteLength(account);
  if (bytes > MAX_USER_ID_BYTES)
    return [
      notice('mapping.from-account', { source, detail: describe('mapping.account-length', { bytes }) }),
    ];
  return [];
}

/** Every problem of a mapping that would make the import fail; empty when it can be used. */
export function mappingProblems(mapping: ImportMapping): ImportNotice[] {
  const out: ImportNotice[] = [];
  for (const g of mapping.groups) {
    if (!g.include) continue;
    for (const f of groupIdRules(g.GroupId, { now: 0, maxMessageBytes: 0, groupType: g.Type })) {
      if (f.severity === 'error')
        out.push(notice('mapping.group-id', { source: g.source, detail: f.message }));
    }
    if (g.GroupId.startsWith('@TGS#') && g.Type !== 'Community')
      out.push(
        notice('mapping.group-id', { source: g.source, detail: describe('mapping.group-id-reserved') }),
      );
    if (g.Type === 'AVChatRoom')
      out.push(notice('mapping.group-id', { source: g.source, detail: describe('mapping.avchatroom') }));
  }
  for (const u of mapping.users) out.push(...accountProblems(u.From_Account, u.source));
  out.push(...accountProblems(mapping.placeholderAccount, 'placeholderAccount'));
  const c = mapping.content;
  if (!Number.isInteger(c.maxMessageBytes) || c.maxMessageBytes < MIN_MESSAGE_BYTES)
    out.push(
      notice('mapping.field', {
        field: 'content.maxMessageBytes',
        expected: `an integer of at least ${MIN_MESSAGE_BYTES}`,
      }),
    );
  if (!Number.isInteger(c.faceIndex) || c.faceIndex < 0)
    out.push(notice('mapping.field', { field: 'content.faceIndex', expected: 'a non-negative integer' }));
  if (!Number.isInteger(c.excerptLength) || c.excerptLength < 1)
    out.push(notice('mapping.field', { field: 'content.excerptLength', expected: 'a positive integer' }));
  return out;
}

function fieldError(field: string, expected: string): never {
  throw new ImportError('mapping.invalid', {
    count: 1,
    first: describe('mapping.field', { field, expected }),
  });
}

function readContent(value: unknown, base: ContentOptions): ContentOptions {
  if (value === undefined) return base;
  if (!isObject(value)) fieldError('content', 'an object');
  const pick = <T extends string>(key: string, allowed: readonly T[]): T => {
    const v = str(value, key);
    if (v === undefined && !Object.hasOwn(value, key)) return base[key as keyof ContentOptions] as T;
    if (v === undefined || !allowed.includes(v as T))
      fieldError(`content.${key}`, allowed.map((a) => `"${a}"`).join(' or '));
    return v as T;
  };
  const number = (key: 'faceIndex' | 'excerptLength' | 'maxMessageBytes'): number => {
    if (!Object.hasOwn(value, key)) return base[key];
    const v = num(value, key);
    if (v === undefined) fieldError(`content.${key}`, 'a number');
    return v;
  };
  const flag = (key: 'replyPrefix' | 'markEdited'): boolean => {
    if (!Object.hasOwn(value, key)) return base[key];
    if (typeof value[key] !== 'boolean') fieldError(`content.${key}`, 'true or false');
    return value[key] as boolean;
  };
  const mediaBaseUrl = Object.hasOwn(value, 'mediaBaseUrl') ? str(value, 'mediaBaseUrl') : base.mediaBaseUrl;
  return {
    service: pick('service', ['text', 'skip'] as const),
    attachments: pick('attachments', ['elements', 'text'] as const),
    stickers: pick('stickers', ['text', 'face'] as const),
    faceIndex: number('faceIndex'),
    replyPrefix: flag('replyPrefix'),
    excerptLength: number('excerptLength'),
    markEdited: flag('markEdited'),
    maxMessageBytes: number('maxMessageBytes'),
    ...(mediaBaseUrl ? { mediaBaseUrl } : {}),
  };
}

/**
 * A mapping read from JSON (as the import wrote it, maybe edited), applied over the export's default: entries it
 * names replace the defaults; channels and people it does not name keep theirs. Throws ImportError on a wrong
 * shape or an invalid GroupId / From_Account, naming the first problem and how many there are.
 */
export function applyMapping(
  value: unknown,
  exp: SourceExport,
  defaults: MappingDefaults = {},
): ImportMapping {
  const base = defaultMapping(exp, defaults);
  if (value === undefined) return checked(base);
  if (!isObject(value)) throw new ImportError('mapping.not-object');
  if (Object.hasOwn(value, 'version') && value.version !== 1) throw new ImportError('mapping.version');
  const source = str(value, 'source');
  if (source !== undefined && source !== exp.source)
    throw new ImportError('mapping.source', { mapping: source, source: exp.source });
  const groups = new Map(base.groups.map((g) => [g.source, g]));
  for (const item of arr(value, 'groups') ?? []) {
    if (!isObject(item)) fieldError('groups[]', 'objects');
    const id = str(item, 'source');
    const current = id === undefined ? undefined : groups.get(id);
    if (!current) continue; // a channel this export does not have
    const type = str(item, 'Type');
    if (type !== undefined && !(GROUP_TYPES as readonly string[]).includes(type))
      fieldError(`Type of ${id}`, GROUP_TYPES.join(', '));
    const createTime = num(item, 'CreateTime');
    groups.set(current.source, {
      ...current,
      GroupId: str(item, 'GroupId') ?? current.GroupId,
      include: typeof item.include === 'boolean' ? item.include : current.include,
      ...(type ? { Type: type as GroupType } : {}),
      ...(createTime !== undefined ? { CreateTime: Math.floor(createTime) } : {}),
    });
  }
  const users = new Map(base.users.map((u) => [u.source, u]));
  for (const item of arr(value, 'users') ?? []) {
    if (!isObject(item)) fieldError('users[]', 'objects');
    const id = str(item, 'source');
    const current = id === undefined ? undefined : users.get(id);
    if (!current) continue;
    const face = str(item, 'FaceUrl');
    users.set(current.source, {
      ...current,
      From_Account: str(item, 'From_Account') ?? current.From_Account,
      Nick: str(item, 'Nick') ?? current.Nick,
      ...(face !== undefined ? { FaceUrl: face } : {}),
    });
  }
  return checked({
    ...base,
    groups: [...groups.values()],
    users: [...users.values()],
    placeholderAccount: str(value, 'placeholderAccount') ?? base.placeholderAccount,
    content: readContent(value.content, base.content),
  });
}

function checked(mapping: ImportMapping): ImportMapping {
  const problems = mappingProblems(mapping);
  if (problems.length > 0) {
    const first = problems[0];
    throw new ImportError('mapping.invalid', {
      count: problems.length,
      first: describe(first.id, first.params),
    });
  }
  return mapping;
}

/** account_import bodies for the accounts the planned messages use, and multiaccount_import batches of 100. */
export function accountsFor(mapping: ImportMapping, used: Set<string>): AccountsFile {
  const seen = new Set<string>();
  const accounts: AccountsFile['accounts'] = [];
  const nicks = new Map<string, UserMapping>();
  for (const u of mapping.users) if (!nicks.has(u.From_Account)) nicks.set(u.From_Account, u);
  for (const id of used) {
    if (seen.has(id)) continue;
    seen.add(id);
    const user = nicks.get(id);
    accounts.push({
      UserID: id,
      Nick: user?.Nick ?? (id === mapping.placeholderAccount ? describe('content.unknown-sender') : id),
      ...(user?.FaceUrl ? { FaceUrl: user.FaceUrl } : {}),
    });
  }
  accounts.sort((a, b) => (a.UserID < b.UserID ? -1 : a.UserID > b.UserID ? 1 : 0));
  const multiaccount_import: AccountsFile['multiaccount_import'] = [];
  for (let i = 0; i < accounts.length; i += 100)
    multiaccount_import.push({ Accounts: accounts.slice(i, i + 100).map((a) => a.UserID) });
  return { accounts, multiaccount_import };
}
