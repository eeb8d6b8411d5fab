/**
 * Discord as DiscordChatExporter writes it in JSON (Tyrrrz/DiscordChatExporter,
 * DiscordChatExporter.Core/Exporting/JsonMessageWriter.cs):
 * - One file per channel (or per partition of one: same `channel.id`): `{guild{id, name, iconUrl},
 *   channel{id, type, categoryId, category, name, topic}, dateRange, exportedAt, messages[], messageCount}`.
 *   A thread is exported as its own channel whose `categoryId`/`category` name the parent channel.
 * - A message: `id` (snowflake string), `type` = MessageKind.ToString(): a name (Default, Reply, RecipientAdd,
 *   ChannelPinnedMessage, GuildMemberJoin, ThreadCreated, …) or, for kinds the enum lacks, the number as a string
 *   ("20"); `timestamp`, `timestampEdited`, `callEndedTimestamp`: DateTimeOffset in the exporter's zone (or UTC
 *   with --utc) with an offset, fraction trimmed of trailing zeros by Utf8JsonWriter ("2021-07-19T20:49:41.187+02:00");
 *   `isPinned`; `content`: markdown rendered to plain text with mentions as names ("@Alice", "#general") unless
 *   markdown formatting was turned off (then raw `<@123>` / `<#123>` / `<:name:id>` / `<t:unix:f>` tokens);
 *   system notifications (kinds 1–18) carry a fallback text ("Joined the server.", "Pinned a message.").
 * - `author{id, name, discriminator, nickname, color, isBot, roles, avatarUrl}`, `attachments[{id, url, fileName,
 *   fileSizeBytes}]` (no width or height), `embeds[{title, url, description, fields, image…}]`, `stickers[{id,
 *   name, format, sourceUrl}]`, `reactions`, `mentions[users]`, `reference{type, messageId, channelId, guildId}`
 *   (type "Forward" for forwards, with `forwardedMessage{content, attachments, …}`), `interaction`.
 * - Files may be in any order (--reverse): messages are ordered by time, then by snowflake.
 */
import { ImportError } from '../errors';
import { isTextFile } from '../input';
import { describe } from '../messages';
import type { ContentPart, InputFile, SourceChannel, SourceExport, SourceMessage } from '../types';
import { isRecord, microsFromIso, readJsonFile, text, UserBook } from './common';

const SYSTEM_NAMES = new Set([
  'RecipientAdd',
  'RecipientRemove',
  'Call',
  'ChannelNameChange',
  'ChannelIconChange',
  'ChannelPinnedMessage',
  'GuildMemberJoin',
  'ThreadCreated',
  'UserPremiumGuildSubscription',
  'ChannelFollowAdd',
]);

function isSystem(type: unknown): boolean {
  if (typeof type === 'number') return type >= 1 && type <= 18;
  if (typeof type !== 'string') return false;
  if (/^\d+$/.test(type)) return Number(type) >= 1 && Number(type) <= 18;
  return SYSTEM_NAMES.has(type);
}

/** The low 22 bits of a snowflake (worker, process, increment): orders messages sent in the same millisecond. */
function snowflakeTie(id: string): number {
  if (!/^\d{1,20}$/.test(id)) return 0;
  return Number(BigInt(id) & 0x3fffffn);
}

function kindOf(type: string): SourceChannel['kind'] {
  if (/Thread/i.test(type)) return 'thread';
  if (type === 'DirectTextChat') return 'direct';
  if (type === 'DirectGroupTextChat') return 'group-direct';
  return 'public';
}

/** Raw Discord markup left when markdown formatting was off: mentions by name, custom emoji as :name:. */
export function renderDiscord(
  content: string,
  mentions: Map<string, string>,
  channels: Map<string, string>,
): string {
  if (!content.includes('<')) return content;
  return content.replace(
    /<(@!?|@&|#|a?:[A-Za-z0-9_~]{1,64}:|t:)(-?\d{1,20})(?::[A-Za-z])?>/g,
    (all, kind: string, id: string) => {
      if (kind === '@' || kind === '@!') return `@${mentions.get(id) ?? 'Unknown'}`;
      if (kind === '@&') return '@role';
      if (kind === '#') return `#${channels.get(id) ?? 'deleted-channel'}`;
      if (kind === 't:') {
        const date = new Date(Number(id) * 1000);
        return Number.isNaN(date.getTime()) ? all : date.toISOString();
      }
      return `:${kind.replace(/^a?:/, '').replace(/:$/, '')}:`;
    },
  );
}

function attachmentParts(list: unknown): ContentPart[] {
  if (!Array.isArray(list)) return [];
  const out: ContentPart[] = [];
  for (const a of list) {
    if (!isRecord(a)) continue;
    const url = text(a.url) || undefined;
    const name = text(a.fileName) || undefined;
    const size = typeof a.fileSizeBytes === 'number' ? a.fileSizeBytes : undefined;
    // No width or height in the export: images can only become file elements (TIMImageElem needs both).
    if (name && /\.(png|jpe?g|gif|webp|bmp)$/i.test(name)) out.push({ kind: 'image', name, url, size });
    else if (name && /\.(ogg|mp3|m4a|wav)$/i.test(name) && /^voice-message/i.test(name))
      out.push({ kind: 'voice', name, url, size });
    else out.push({ kind: 'file', name, url, size });
  }
  return out;
}

function embedLines(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const lines: string[] = [];
  for (const e of list) {
    if (!isRecord(e)) continue;
    const title = text(e.title);
    const url = text(e.url);
    const fields = Array.isArray(e.fields)
      ? e.fields.filter(isRecord).map((f) => `${text(f.name)}: ${text(f.value)}`)
      : [];
    const body = [title && url ? `${title} (${url})` : title, text(e.description), ...fields]
      .filter(Boolean)
      .join('\n');
    if (body) lines.push(describe('content.embed', { text: body }));
  }
  return lines;
}

export async function readDiscord(files: InputFile[]): Promise<SourceExport> {
  const notices: SourceExport['notices'] = [];
  const users = new UserBook();
  const channels = new Map<string, SourceChannel>();
  const channelNames = new Map<string, string>();
  const messages: SourceMessage[] = [];
  const seenIds = new Set<string>();
  const jsonFiles = files.filter((f) => isTextFile(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  let found = false;
  for (const file of jsonFiles) {
    const root = await readJsonFile(file, notices);
    if (!isRecord(root) || !isRecord(root.channel) || !Array.isArray(root.messages)) {
      if (jsonFiles.length === 1)
        throw new ImportError('json.shape', {
          path: file.path,
          expected: 'a DiscordChatExporter JSON export (guild, channel, messages)',
        });
      continue;
    }
    found = true;
    const c = root.channel;
    const channelId = text(c.id) || file.path;
    const type = text(c.type);
    const kind = kindOf(type);
    const name = text(c.name) || channelId;
    const parentId = kind === 'thread' ? text(c.categoryId) || undefined : undefined;
    if (!channels.has(channelId))
      channels.set(channelId, {
        id: channelId,
        name,
        kind,
        ...(parentId ? { parentId, parentName: text(c.category) || parentId } : {}),
      });
    channelNames.set(channelId, name);
    for (const m of root.messages) {
      if (!isRecord(m)) continue;
      const id = text(m.id);
      if (id && seenIds.has(id)) continue; // partitions and overlapping exports repeat messages
      if (id) seenIds.add(id);
      const author = isRecord(m.author) ? m.author : {};
      const authorId = text(author.id);
      const userId = authorId
        ? users.seen(authorId, text(author.nickname) || text(author.name) || undefined, {
            bot: author.isBot === true,
            ...(text(author.avatarUrl) ? { avatarUrl: text(author.avatarUrl) } : {}),
          })
        : undefined;
      const mentions = new Map<string, string>();
      if (Array.isArray(m.mentions))
        for (const u of m.mentions)
          if (isRecord(u) && text(u.id))
            mentions.set(text(u.id), text(u.nickname) || text(u.name) || text(u.id));
      const lines = [renderDiscord(text(m.content), mentions, channelNames), ...embedLines(m.embeds)];
      const parts = attachmentParts(m.attachments);
      for (const s of Array.isArray(m.stickers) ? m.stickers : [])
        if (isRecord(s))
          parts.push({
            kind: 'sticker',
            name: text(s.name) || undefined,
            url: text(s.sourceUrl) || undefined,
          });
      const reference = isRecord(m.reference) ? m.reference : undefined;
      const forward = isRecord(m.forwardedMessage) ? m.forwardedMessage : undefined;
      if (forward) {
        lines.push(
          describe('content.forwarded', { from: describe('content.unknown-sender') }),
          text(forward.content),
        );
        // One by one: a spread of an export's array would overflow the stack on a hostile length.
        for (const line of embedLines(forward.embeds)) lines.push(line);
        for (const part of attachmentParts(forward.attachments)) parts.push(part);
      }
      const timestamp = text(m.timestamp);
      const timeUs = timestamp ? microsFromIso(timestamp) : NaN;
      const message: SourceMessage = {
        id: id || `${channelId}/#${messages.length}`,
        channelId,
        timeUs,
        tie: snowflakeTie(id),
        userId,
        service: isSystem(m.type),
        text: lines.filter(Boolean).join('\n'),
        parts,
        edited: typeof m.timestampEdited === 'string',
      };
      const target = reference && text(reference.type) !== 'Forward' ? text(reference.messageId) : '';
      if (target) {
        message.replyToId = target;
        const where = text(reference?.channelId);
        if (where && where !== channelId && where !== parentId) message.replyElsewhere = true;
      }
      if (!Number.isFinite(timeUs)) message.skip = timestamp ? 'time-invalid' : 'time-missing';
      messages.push(message);
    }
  }
  if (!found)
    throw new ImportError('input.not-this-source', {
      source: 'DiscordChatExporter',
      expected: 'a JSON file with guild, channel and messages',
    });
  return { source: 'discord', channels: [...channels.values()], users: users.all(), messages, notices };
}
