/**
 * Mattermost's bulk export (mmctl export; mattermost/mattermost server/channels/app/export.go, export_converters.go,
 * imports/import_types.go), a JSONL file (import.jsonl inside the export zip, with attachments under data/):
 * - line 1 `{"type":"version","version":1,"info":{generator, version, created}}`, then `team`, `channel`
 *   `{team, name, display_name, type "O"|"P", header, purpose}`, `user` `{username, email, nickname, first_name,
 *   last_name, delete_at, teams}`, `post`, `emoji`, `direct_channel` `{members[usernames]}` and `direct_post`
 *   lines. Newer servers also name direct channel members as `participants[{username}]`.
 * - `post` `{team, channel, user, type, message, props, create_at, edit_at, reactions, replies, attachments
 *   [{path}], is_pinned}`; `direct_post` the same with `channel_members` instead of team and channel. `create_at`
 *   and `edit_at` are Unix *milliseconds*. Replies are nested in their root post (`replies[{user, type, message,
 *   create_at, edit_at, attachments}]`); deleted posts are left out with their threads.
 * - Posts are written in post-id order (GetParentsForExportAfter pages by id), not in time order.
 * - `type` "" for user posts; "system_…" (system_join_channel, system_add_to_channel…) for system messages.
 * A post has no id in the file: its SourceId is its line number (and reply number), which finds it in the file.
 */
import { ImportError, notice } from '../errors';
import { basename, readText } from '../input';
import { parseJsonLine } from '../json';
import type { ContentPart, InputFile, SourceChannel, SourceExport, SourceMessage } from '../types';
import { isRecord, text, UserBook } from './common';

const IMAGE = /\.(png|jpe?g|gif|webp|bmp)$/i;

function attachmentParts(list: unknown): ContentPart[] {
  if (!Array.isArray(list)) return [];
  const out: ContentPart[] = [];
  for (const a of list) {
    if (!isRecord(a)) continue;
    const path = text(a.path);
    if (!path) continue;
    const name = basename(path);
    // The export has no image sizes: images can only be file elements, or lines.
    out.push(
      IMAGE.test(name)
        ? { kind: 'image', name, path: `data/${path}` }
        : { kind: 'file', name, path: `data/${path}` },
    );
  }
  return out;
}

/** Fallback text of integration attachments (props.attachments), when the post carries no message of its own. */
function propsLines(props: unknown): string[] {
  if (!isRecord(props) || !Array.isArray(props.attachments)) return [];
  return props.attachments
    .filter(isRecord)
    .map((a) => [text(a.pretext), text(a.title), text(a.text)].filter(Boolean).join('\n') || text(a.fallback))
    .filter(Boolean);
}

const millis = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) * 1000 : NaN;

export async function readMattermost(files: InputFile[]): Promise<SourceExport> {
  const jsonl = files.filter((f) => /\.(jsonl|ndjson)$/i.test(f.path));
  const chosen = jsonl.length > 0 ? jsonl : files.filter((f) => /\.json$/i.test(f.path));
  if (chosen.length === 0)
    throw new ImportError('input.not-this-source', {
      source: 'Mattermost',
      expected: 'a .jsonl bulk export',
    });
  const notices: SourceExport['notices'] = [];
  const users = new UserBook();
  const channels = new Map<string, SourceChannel>();
  const messages: SourceMessage[] = [];
  for (const file of chosen) {
    const content = await readText(file);
    let lineNumber = 0;
    let start = 0;
    let first = true;
    const where = chosen.length > 1 ? `${basename(file.path)}:` : '';
    while (start <= content.length) {
      let end = content.indexOf('\n', start);
      if (end === -1) end = content.length;
      const line = content.slice(start, end).trim();
      start = end + 1;
      lineNumber++;
      if (line === '') continue;
      const value = parseJsonLine(file.path, line, lineNumber);
      if (!isRecord(value)) continue;
      const type = value.type;
      if (first && type !== 'version') notices.push(notice('notice.mattermost-no-version'));
      first = false;
      if (type === 'channel' && isRecord(value.channel)) {
        const c = value.channel;
        const id = `${text(c.team)}/${text(c.name)}`;
        channels.set(id, {
          id,
          name: text(c.display_name) || text(c.name),
          kind: c.type === 'P' ? 'private' : 'public',
        });
      } else if (type === 'user' && isRecord(value.user)) {
        const u = value.user;
        const username = text(u.username);
        if (!username) continue;
        const full = [text(u.first_name), text(u.last_name)].filter(Boolean).join(' ');
        const deleted = typeof u.delete_at === 'number' && u.delete_at > 0;
        users.list({ id: username, name: text(u.nickname) || full || username, listed: true, deleted });
      } else if (
        (type === 'post' && isRecord(value.post)) ||
        (type === 'direct_post' && isRecord(value.direct_post))
      ) {
        const p = (type === 'post' ? value.post : value.direct_post) as Record<string, unknown>;
        let channelId: string;
        if (type === 'post') channelId = `${text(p.team)}/${text(p.channel)}`;
        else {
          const members = Array.isArray(p.channel_members) ? p.channel_members.map(text).filter(Boolean) : [];
          channelId = `dm:${[...new Set(members)].sort().join(',')}`;
          if (!channels.has(channelId))
            channels.set(channelId, {
              id: channelId,
              name: [...new Set(members)].sort().join(', '),
              kind: members.length > 2 ? 'group-direct' : 'direct',
            });
        }
        if (!channels.has(channelId))
          channels.set(channelId, { id: channelId, name: text(p.channel) || channelId, kind: 'public' });
        const rootId = `${where}L${lineNumber}`;
        const push = (post: Record<string, unknown>, id: string, root: string | undefined, tie: number) => {
          const user = text(post.user);
          const timeUs = millis(post.create_at);
          const body = [text(post.message), ...(text(post.message) ? [] : propsLines(post.props))]
            .filter(Boolean)
            .join('\n');
          messages.push({
            id,
            channelId,
            timeUs,
            tie,
            userId: user ? users.seen(user, user) : undefined,
            service: text(post.type).startsWith('system_'),
            text: body,
            parts: attachmentParts(post.attachments),
            edited: typeof post.edit_at === 'number' && post.edit_at > 0,
            ...(root ? { threadRootId: root } : {}),
            ...(Number.isFinite(timeUs)
              ? {}
              : { skip: post.create_at === undefined ? 'time-missing' : 'time-invalid' }),
          });
        };
        push(p, rootId, undefined, lineNumber * 1_000_000);
        if (Array.isArray(p.replies))
          p.replies.forEach((r, k) => {
            if (isRecord(r)) push(r, `${rootId}/r${k + 1}`, rootId, lineNumber * 1_000_000 + k + 1);
          });
      } else if (type === 'direct_channel' && isRecord(value.direct_channel)) {
        const d = value.direct_channel;
        const members = Array.isArray(d.members)
          ? d.members.map(text)
          : Array.isArray(d.participants)
            ? d.participants.map((x) => (isRecord(x) ? text(x.username) : ''))
            : [];
        const unique = [...new Set(members.filter(Boolean))].sort();
        const id = `dm:${unique.join(',')}`;
        if (!channels.has(id))
          channels.set(id, {
            id,
            name: unique.join(', '),
            kind: unique.length > 2 ? 'group-direct' : 'direct',
          });
      }
    }
  }
  return { source: 'mattermost', channels: [...channels.values()], users: users.all(), messages, notices };
}
