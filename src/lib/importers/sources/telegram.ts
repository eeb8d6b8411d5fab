/**
 * Telegram Desktop's "Export chat history" / "Export Telegram data" in JSON, as its writer produces it
 * (telegramdesktop/tdesktop, Telegram/SourceFiles/export/output/export_output_json.cpp):
 * - result.json is one chat `{name, type, id, messages}` when a single chat was exported, else the whole account
 *   `{about, personal_information, …, chats: {about, list: [chat…]}, left_chats: {about, list}}` (writeDialogStart,
 *   validateDialogsMode). Chat types: saved_messages, replies, personal_chat, bot_chat, private_group,
 *   private_supergroup, public_supergroup, private_channel, public_channel.
 * - A message: `id` (number), `type` "message" | "service" | "unsupported" (unsupported: only id and type), `date`
 *   (QDateTime local time, ISO without an offset: it runs backwards at a daylight-saving change, so it is never
 *   used) and `date_unixtime` (seconds as a *string*, SerializeDateRaw; absent in exports made before 2021),
 *   `edited` / `edited_unixtime`.
 * - Messages: `from` (the peer's name, or null when it has none: deleted accounts) and `from_id` ("user123",
 *   "channel123", "chat123"), `author` (channel signature), `forwarded_from`, `reply_to_message_id` (+
 *   `reply_to_peer_id` when the reply is to another chat), `via_bot`.
 *   Service messages: `actor`, `actor_id`, `action` (create_group, invite_members, pin_message…), with `title`,
 *   `members` (names), `message_id`…
 * - `text`: a string when it is one plain part, else an array of strings and `{type, text}` objects (link,
 *   text_link + href, mention, mention_name + user_id, custom_emoji + document_id, bold, pre + language…).
 *   `text_entities`: the same parts, always as objects (plain parts typed "plain").
 * - Media: `photo` (a relative path, or "(File not included. …)" / "(File unavailable…)" / "(File exceeds maximum
 *   size…)"), `photo_file_size`, `width`, `height`; documents `file` (same), `file_name`, `file_size`,
 *   `media_type` (sticker + sticker_emoji, voice_message, video_message, animation, video_file, audio_file),
 *   `mime_type`, `duration_seconds`; `location_information` {latitude, longitude}, `place_name`, `address`;
 *   `contact_information`; `poll` {question, answers[{text, voters}]}.
 * - Control characters other than \n \r \t are written as `\xHH`, which JSON does not allow (repaired on read).
 * - The writer streams the file (writeDialogSlice): nothing bounds its size, so it is read item by item.
 */
import { ImportError, notice } from '../errors';
import { basename, isTextFile, readBytes } from '../input';
import { streamJson } from '../json-stream';
import { describe, hasMessage } from '../messages';
import type { ContentPart, InputFile, SourceChannel, SourceExport, SourceMessage } from '../types';
import { isRecord, text, UserBook } from './common';

const SHAPE = 'result.json written by Telegram Desktop (Export chat history, format JSON)';

function channelKind(type: string): SourceChannel['kind'] {
  if (type === 'public_supergroup' || type === 'public_channel') return 'public';
  if (type === 'personal_chat' || type === 'bot_chat' || type === 'saved_messages') return 'direct';
  return 'private';
}

/** A text value (string, or array of strings and entity objects) as readable text. */
export function telegramText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  let out = '';
  for (const part of value) {
    if (typeof part === 'string') out += part;
    else if (isRecord(part)) {
      const t = text(part.text);
      const type = part.type;
      if (type === 'text_link' && typeof part.href === 'string' && part.href !== t)
        out += t ? `${t} (${part.href})` : part.href;
      else if (type === 'mention_name' && t && !t.startsWith('@')) out += `@${t}`;
      else out += t;
    }
  }
  return out;
}

/** A media path, or why the export left the file out ("(File not included…)"). */
function mediaPath(value: unknown): { path?: string; omitted?: string } {
  if (typeof value !== 'string' || value === '') return {};
  if (value.startsWith('(')) return { omitted: describe('content.file-not-exported') };
  return { path: value };
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function parts(m: Record<string, unknown>): ContentPart[] {
  const out: ContentPart[] = [];
  if (m.photo !== undefined) {
    const { path, omitted } = mediaPath(m.photo);
    out.push({
      kind: 'image',
      name: path ? basename(path) : undefined,
      path,
      omitted,
      width: num(m.width),
      height: num(m.height),
      size: num(m.photo_file_size),
    });
  }
  if (m.file !== undefined) {
    const { path, omitted } = mediaPath(m.file);
    const name = text(m.file_name) || (path ? basename(path) : undefined);
    const media = m.media_type;
    const size = num(m.file_size);
    if (media === 'sticker') out.push({ kind: 'sticker', emoji: text(m.sticker_emoji) || undefined });
    else if (media === 'voice_message')
      out.push({ kind: 'voice', name, path, omitted, size, seconds: num(m.duration_seconds) });
    else if (typeof m.mime_type === 'string' && m.mime_type.startsWith('image/') && media === undefined)
      out.push({ kind: 'image', name, path, omitted, size, width: num(m.width), height: num(m.height) });
    else out.push({ kind: 'file', name, path, omitted, size });
  }
  const location = m.location_information;
  if (isRecord(location) && num(location.latitude) !== undefined && num(location.longitude) !== undefined) {
    const description = [text(m.place_name), text(m.address)].filter(Boolean).join(', ');
    out.push({
      kind: 'location',
      latitude: location.latitude as number,
      longitude: location.longitude as number,
      ...(description ? { description } : {}),
    });
  }
  return out;
}

/** Lines for content that has no element: polls, contacts, forwarded-from. */
function extraLines(m: Record<string, unknown>): string[] {
  const lines: string[] = [];
  if (isRecord(m.poll)) {
    const answers = Array.isArray(m.poll.answers)
      ? m.poll.answers
          .map((a) => (isRecord(a) ? text(a.text) : ''))
          .filter(Boolean)
          .join(' / ')
      : '';
    lines.push(describe('content.poll', { question: text(m.poll.question), answers }));
  }
  if (isRecord(m.contact_information)) {
    const c = m.contact_information;
    const name = [text(c.first_name), text(c.last_name)].filter(Boolean).join(' ');
    lines.push(describe('content.contact', { name, phone: text(c.phone_number) }));
  }
  return lines;
}

function serviceText(m: Record<string, unknown>, actor: string): string {
  const action = text(m.action);
  const key = `action.${action}`;
  const readable = hasMessage(key) ? describe(key) : action.replace(/_/g, ' ');
  const members = Array.isArray(m.members)
    ? m.members.map((x) => (typeof x === 'string' ? x : describe('content.deleted-account')))
    : [];
  const detail = [
    text(m.title),
    text(m.new_title),
    members.join(', '),
    text(m.information_text),
    telegramText(m.text),
  ]
    .filter(Boolean)
    .join(' · ');
  if (!action && text(m.information_text)) return `${actor} ${text(m.information_text)}`;
  return describe('content.service', { actor, action: readable, detail });
}

interface Chat {
  id: string;
  tie: number;
}

const isMessages = (path: string[]) =>
  (path.length === 1 && path[0] === 'messages') ||
  (path.length === 4 &&
    (path[0] === 'chats' || path[0] === 'left_chats') &&
    path[1] === 'list' &&
    path[3] === 'messages');
const isChatList = (path: string[]) =>
  path.length === 2 && (path[0] === 'chats' || path[0] === 'left_chats') && path[1] === 'list';

const chatName = (owner: Record<string, unknown>, id: string) =>
  text(owner.name) || (owner.type === 'saved_messages' ? 'Saved Messages' : id);

/** One message object as the reader's common shape, or undefined for a repeat of one already read. */
function toMessage(
  raw: Record<string, unknown>,
  chat: Chat,
  users: UserBook,
  ids: Set<string>,
): SourceMessage | undefined {
  // Known field names only: none of them is on Object.prototype, so hostile keys never matter here.
  const msgId = typeof raw.id === 'number' || typeof raw.id === 'string' ? String(raw.id) : `#${chat.tie}`;
  const id = `${chat.id}/${msgId}`;
  if (ids.has(id)) return undefined;
  ids.add(id);
  chat.tie++;
  const service = raw.type === 'service';
  const stamp = raw.date_unixtime;
  const timeUs =
    typeof stamp === 'string' && /^\d{1,12}$/.test(stamp)
      ? Number(stamp) * 1e6
      : typeof stamp === 'number'
        ? stamp * 1e6
        : NaN;
  const who = service ? raw.actor : raw.from;
  const whoId = service ? raw.actor_id : raw.from_id;
  const deleted = who === null;
  const name = typeof who === 'string' ? who : undefined;
  const userKey =
    typeof whoId === 'string' && whoId !== ''
      ? whoId
      : typeof whoId === 'number'
        ? `user${whoId}`
        : undefined;
  const userId =
    userKey !== undefined
      ? users.seen(userKey, name ?? (deleted ? describe('content.deleted-account') : undefined), { deleted })
      : undefined;
  let body = service
    ? serviceText(raw, name ?? describe('content.deleted-account'))
    : telegramText(raw.text ?? raw.text_entities);
  if (!service) {
    const extra = extraLines(raw);
    if (extra.length > 0) body = body ? `${body}\n${extra.join('\n')}` : extra.join('\n');
    if (raw.forwarded_from !== undefined) {
      const from =
        typeof raw.forwarded_from === 'string' ? raw.forwarded_from : describe('content.deleted-account');
      const line = describe('content.forwarded', { from });
      body = body ? `${line}\n${body}` : line;
    }
  }
  const message: SourceMessage = {
    id,
    channelId: chat.id,
    timeUs,
    tie: chat.tie,
    userId,
    service,
    text: body,
    parts: service ? [] : parts(raw),
    edited: raw.edited !== undefined || raw.edited_unixtime !== undefined,
  };
  const reply = raw.reply_to_message_id;
  if (typeof reply === 'number' || typeof reply === 'string') {
    message.replyToId = `${chat.id}/${reply}`;
    if (raw.reply_to_peer_id !== undefined) message.replyElsewhere = true;
  }
  if (raw.type === 'unsupported') message.skip = 'unsupported';
  else if (!Number.isFinite(timeUs)) message.skip = 'time-missing';
  return message;
}

/**
 * Reads result.json with streamJson: each message is parsed alone, so a whole-account export larger than one
 * JavaScript string can hold still reads, and the file's messages never exist as one object tree. A chat's id is
 * the `id` written before its `messages` (as the writer orders them), else chat1, chat2…
 */
export async function readTelegram(files: InputFile[]): Promise<SourceExport> {
  const candidates = files.filter((f) => basename(f.path).toLowerCase() === 'result.json');
  const chosen = candidates.length > 0 ? candidates : files.filter((f) => isTextFile(f.path));
  if (chosen.length === 0)
    throw new ImportError('input.not-this-source', { source: 'Telegram', expected: 'result.json' });
  const notices: SourceExport['notices'] = [];
  const users = new UserBook();
  const channels = new Map<string, SourceChannel>();
  const messages: SourceMessage[] = [];
  const ids = new Set<string>();
  let localOnly = 0;
  let counter = 0;
  for (const file of chosen) {
    const chats = new Map<Record<string, unknown>, Chat>();
    let shaped = false;
    const chatOf = (owner: Record<string, unknown>): Chat => {
      let chat = chats.get(owner);
      if (!chat) {
        counter++;
        const id =
          typeof owner.id === 'number' || typeof owner.id === 'string' ? String(owner.id) : `chat${counter}`;
        chat = { id, tie: 0 };
        chats.set(owner, chat);
      }
      return chat;
    };
    const register = (owner: Record<string, unknown>) => {
      const chat = chatOf(owner);
      channels.set(chat.id, {
        id: chat.id,
        name: chatName(owner, chat.id),
        kind: channelKind(text(owner.type)),
      });
    };
    const bytes = await readBytes(file);
    const result = streamJson(
      bytes,
      file.path,
      {
        streams: (path) => {
          if (isMessages(path) || isChatList(path)) shaped = true;
          return isMessages(path);
        },
        item: (raw, owner) => {
          if (!isRecord(raw)) return;
          const chat = chatOf(owner);
          if (!channels.has(chat.id)) register(owner);
          const message = toMessage(raw, chat, users, ids);
          if (!message) return;
          if (message.skip === 'time-missing' && typeof raw.date === 'string') localOnly++;
          messages.push(message);
        },
        ownerEnd: register,
      },
      true,
    );
    if (!result.rootIsObject || !shaped)
      throw new ImportError('json.shape', { path: file.path, expected: SHAPE });
    if (result.repaired) notices.push(notice('notice.telegram-repaired-escapes', { path: file.path }));
  }
  if (localOnly > 0) notices.push(notice('notice.telegram-local-dates', { count: localOnly }));
  return { source: 'telegram', channels: [...channels.values()], users: users.all(), messages, notices };
}
