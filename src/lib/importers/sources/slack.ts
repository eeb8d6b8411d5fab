/**
 * Slack's workspace export (Settings › Import/Export data; read as hfaran/slack-export-viewer slackviewer/reader.py
 * and formatter.py read it, and as Slack's help page "How to read Slack data exports" describes it):
 * - users.json (org_users.json on Enterprise Grid): `{id, name, real_name, deleted, is_bot, profile{display_name,
 *   real_name, image_72}}`. channels.json (public), groups.json (private), mpims.json (group DMs), dms.json (DMs):
 *   `{id, name, created, members}`; DMs have no name.
 * - One folder per conversation (named by `name`; DMs by `id`) of daily files `YYYY-MM-DD.json`, each an array of
 *   messages. `ts` ("1234567890.123456", seconds and microseconds) is the message's id and time. Thread replies sit
 *   in the day of their own ts with `thread_ts` = the parent's ts. An edit leaves only the final text, with
 *   `edited {user, ts}`. Deleted messages are absent, except a deleted thread parent, kept as
 *   `{subtype: "tombstone", text: "This message was deleted.", user: "USLACKBOT", hidden: true}`.
 * - Bots: `subtype: "bot_message"`, `bot_id`, `username` / `bot_profile`, and often no `user`. People from other
 *   workspaces (shared channels) post as users missing from users.json; `user_profile` carries their name.
 * - Files: `files[]` (`file` in old exports) with `name`, `title`, `mimetype`, `size`, `original_w`/`original_h`,
 *   `url_private` (needs a token), `mode: "tombstone"` (deleted) or `"hidden_by_limit"`.
 * - Text markup: `<@U123>` / `<@U123|name>` mentions, `<#C123|name>` channels, `<!here>` `<!channel>`
 *   `<!everyone>`, `<!subteam^S1|@team>`, `<!date^…|fallback>`, `<url|label>` links; & < > escaped as entities.
 * - Service subtypes: channel_join, channel_leave, channel_topic, channel_purpose, channel_name, pinned_item, …
 */
import { ImportError, notice } from '../errors';
import { basename, dirname } from '../input';
import { describe } from '../messages';
import type {
  ContentPart,
  InputFile,
  SourceChannel,
  SourceExport,
  SourceMessage,
  SkipReason,
} from '../types';
import { isRecord, microsFromDecimal, readJsonFile, text, UserBook } from './common';

const LISTS: [string, SourceChannel['kind']][] = [
  ['channels.json', 'public'],
  ['groups.json', 'private'],
  ['mpims.json', 'group-direct'],
  ['dms.json', 'direct'],
];

const SERVICE = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'channel_archive',
  'channel_unarchive',
  'channel_convert_to_private',
  'channel_convert_to_public',
  'group_join',
  'group_leave',
  'group_topic',
  'group_purpose',
  'group_name',
  'group_archive',
  'group_unarchive',
  'pinned_item',
  'unpinned_item',
  'bot_add',
  'bot_remove',
  'reminder_add',
  'sh_room_created',
  'huddle_thread',
  'channel_posting_permissions',
]);
const EVENTS = new Set(['message_changed', 'message_deleted', 'message_replied']);

const unescape = (s: string) =>
  s.includes('&') ? s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : s;

export interface SlackNames {
  user: (id: string) => string | undefined;
  channel: (id: string) => string | undefined;
}

function token(inner: string, names: SlackNames): string {
  const bar = inner.indexOf('|');
  const head = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? '' : unescape(inner.slice(bar + 1));
  if (head.startsWith('@'))
    return label
      ? label.startsWith('@')
        ? label
        : `@${label}`
      : `@${names.user(head.slice(1)) ?? head.slice(1)}`;
  if (head.startsWith('#')) return `#${label || names.channel(head.slice(1)) || head.slice(1)}`;
  if (head.startsWith('!')) {
    const word = head.slice(1);
    if (word === 'here' || word === 'channel' || word === 'everyone') return `@${word}`;
    if (label) return label;
    if (word.startsWith('date^')) {
      const seconds = Number(word.split('^')[1]);
      return Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : word;
    }
    return `@${word.split('^')[0]}`;
  }
  const url = unescape(head);
  const shown = url.startsWith('mailto:') ? url.slice(7) : url;
  if (!label || label === url || label === shown) return shown;
  return `${label} (${url})`;
}

/** Slack's markup as readable text: mentions by name, links as "label (url)", entities decoded. */
export function renderSlack(raw: string, names: SlackNames): string {
  if (!raw.includes('<') && !raw.includes('&')) return raw;
  let out = '';
  let at = 0;
  while (at < raw.length) {
    const open = raw.indexOf('<', at);
    if (open === -1) break;
    const close = raw.indexOf('>', open + 1);
    if (close === -1) break;
    out += unescape(raw.slice(at, open)) + token(raw.slice(open + 1, close), names);
    at = close + 1;
  }
  return out + unescape(raw.slice(at));
}

function fileParts(m: Record<string, unknown>): ContentPart[] {
  const list = Array.isArray(m.files) ? m.files : isRecord(m.file) ? [m.file] : [];
  const out: ContentPart[] = [];
  for (const f of list) {
    if (!isRecord(f)) continue;
    const name = text(f.name) || text(f.title) || undefined;
    const omitted =
      f.mode === 'tombstone'
        ? describe('content.file-deleted')
        : f.mode === 'hidden_by_limit'
          ? describe('content.file-hidden')
          : undefined;
    const url = text(f.url_private) || text(f.url_private_download) || text(f.permalink) || undefined;
    const size = typeof f.size === 'number' ? f.size : undefined;
    const mimetype = text(f.mimetype);
    if (mimetype.startsWith('image/'))
      out.push({
        kind: 'image',
        name,
        url,
        size,
        omitted,
        width: typeof f.original_w === 'number' ? f.original_w : undefined,
        height: typeof f.original_h === 'number' ? f.original_h : undefined,
      });
    else if (f.subtype === 'slack_audio' || mimetype.startsWith('audio/'))
      out.push({ kind: 'voice', name, url, size, omitted });
    else out.push({ kind: 'file', name, url, size, omitted });
  }
  return out;
}

/** Legacy attachments written by bots and integrations (link unfurls are left out: the URL is in the text). */
function attachmentLines(m: Record<string, unknown>, names: SlackNames): string[] {
  if (!Array.isArray(m.attachments)) return [];
  const lines: string[] = [];
  for (const a of m.attachments) {
    if (!isRecord(a) || a.from_url !== undefined || a.original_url !== undefined) continue;
    const title = text(a.title);
    const link = text(a.title_link);
    const parts = [text(a.pretext), title && link ? `${title} (${link})` : title, text(a.text)].filter(
      Boolean,
    );
    const shown = parts.length > 0 ? parts.join('\n') : text(a.fallback);
    if (shown) lines.push(describe('content.embed', { text: renderSlack(shown, names) }));
  }
  return lines;
}

export async function readSlack(files: InputFile[]): Promise<SourceExport> {
  const byName = (name: string) =>
    files.filter((f) => basename(f.path) === name).sort((a, b) => a.path.length - b.path.length)[0];
  const anchor =
    byName('channels.json') ??
    byName('users.json') ??
    byName('org_users.json') ??
    byName('groups.json') ??
    byName('dms.json');
  if (!anchor)
    throw new ImportError('input.not-this-source', {
      source: 'Slack',
      expected: 'channels.json or users.json',
    });
  const root = dirname(anchor.path);
  const at = (name: string) => files.find((f) => f.path === (root ? `${root}/${name}` : name));
  const notices: SourceExport['notices'] = [];
  const users = new UserBook();
  const listed = async (name: string): Promise<Record<string, unknown>[]> => {
    const file = at(name);
    if (!file) return [];
    const value = await readJsonFile(file, notices);
    if (!Array.isArray(value)) throw new ImportError('json.shape', { path: file.path, expected: 'an array' });
    return value.filter(isRecord);
  };
  for (const u of [...(await listed('users.json')), ...(await listed('org_users.json'))]) {
    const id = text(u.id);
    if (!id) continue;
    const profile = isRecord(u.profile) ? u.profile : {};
    const name =
      text(profile.display_name) || text(profile.real_name) || text(u.real_name) || text(u.name) || id;
    users.list({
      id,
      name,
      listed: true,
      deleted: u.deleted === true,
      bot: u.is_bot === true,
      avatarUrl: text(profile.image_72) || undefined,
    });
  }
  const channels = new Map<string, SourceChannel>();
  const folders = new Map<string, string>(); // folder → channel id
  for (const [list, kind] of LISTS) {
    for (const c of await listed(list)) {
      const id = text(c.id);
      if (!id) continue;
      const name = text(c.name) || id;
      const folder = kind === 'direct' ? id : text(c.name) || id;
      const created = typeof c.created === 'number' ? c.created : undefined;
      channels.set(id, { id, name, kind, ...(created !== undefined ? { createdAt: created } : {}) });
      folders.set(folder, id);
    }
  }
  const names: SlackNames = { user: (id) => users.get(id)?.name, channel: (id) => channels.get(id)?.name };
  const dayFiles = files
    .filter((f) => dirname(dirname(f.path)) === root && dirname(f.path) !== root && /\.json$/i.test(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const messages: SourceMessage[] = [];
  let tie = 0;
  for (const file of dayFiles) {
    const folder = basename(dirname(file.path));
    let channelId = folders.get(folder);
    if (channelId === undefined) {
      channelId = `folder:${folder}`;
      folders.set(folder, channelId);
      channels.set(channelId, { id: channelId, name: folder, kind: 'public' });
      notices.push(notice('notice.unknown-folder', { folder }));
    }
    const day = await readJsonFile(file, notices);
    if (!Array.isArray(day))
      throw new ImportError('json.shape', { path: file.path, expected: 'an array of messages' });
    for (const m of day) {
      if (!isRecord(m)) continue;
      tie++;
      const ts = text(m.ts);
      const subtype = text(m.subtype);
      let skip: SkipReason | undefined;
      if ((m.type !== undefined && m.type !== 'message') || EVENTS.has(subtype)) skip = 'event-record';
      else if (subtype === 'tombstone') skip = 'deleted-tombstone';
      const timeUs = ts ? microsFromDecimal(ts) : NaN;
      if (!skip && !Number.isFinite(timeUs)) skip = ts ? 'time-invalid' : 'time-missing';
      let userId: string | undefined;
      const user = text(m.user);
      const botId = text(m.bot_id);
      if (user && !(botId && subtype === 'bot_message')) {
        const profile = isRecord(m.user_profile) ? m.user_profile : {};
        userId = users.seen(
          user,
          text(profile.display_name) || text(profile.real_name) || text(profile.name) || undefined,
        );
      } else if (botId) {
        const profile = isRecord(m.bot_profile) ? m.bot_profile : {};
        userId = users.seen(`bot:${botId}`, text(m.username) || text(profile.name) || botId, { bot: true });
      }
      const lines = [renderSlack(text(m.text), names), ...attachmentLines(m, names)].filter(Boolean);
      const threadTs = text(m.thread_ts);
      const message: SourceMessage = {
        id: `${channelId}/${ts || `#${tie}`}`,
        channelId,
        timeUs,
        tie,
        userId,
        service: SERVICE.has(subtype),
        text: lines.join('\n'),
        parts: fileParts(m),
        edited: isRecord(m.edited),
        ...(threadTs && threadTs !== ts ? { threadRootId: `${channelId}/${threadTs}` } : {}),
        ...(skip ? { skip } : {}),
      };
      messages.push(message);
    }
  }
  if (
    messages.some((m) =>
      m.parts.some(
        (p) => p.kind !== 'sticker' && p.kind !== 'location' && p.url?.includes('files.slack.com'),
      ),
    )
  )
    notices.push(notice('notice.slack-private-urls'));
  return { source: 'slack', channels: [...channels.values()], users: users.all(), messages, notices };
}
