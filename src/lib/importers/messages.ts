/**
 * Every sentence the importers produce, keyed by a stable id: errors, notices, the accounting summary, and the
 * text that goes into imported messages (reply prefixes, attachment lines, service events). Code produces ids and
 * params; a translation is a second catalog of the same shape.
 */

const n = (value: number) => value.toLocaleString('en-US');
const size = (bytes: number | undefined) =>
  bytes === undefined
    ? ''
    : bytes < 1024
      ? `${bytes} B`
      : bytes < 1024 * 1024
        ? `${(bytes / 1024).toFixed(1)} KB`
        : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (value: number, one: string, many: string) => `${n(value)} ${value === 1 ? one : many}`;
const named = (name: string | undefined) => (name ? ` ${name}` : '');
const tail = (url: string | undefined) => (url ? ` ${url}` : '');

export const IMPORT_MESSAGES = {
  // Reading the export
  'input.empty': () => 'No files were given: choose the export folder, its zip, or its main file.',
  'input.unknown-source': () =>
    'Could not tell which tool wrote this export. Give the source (--from slack, telegram, discord or mattermost).',
  'input.not-this-source': (p: { source: string; expected: string }) =>
    `This does not look like a ${p.source} export: ${p.expected} was not found. Check the source, or give the export's own folder or zip.`,
  'input.file-too-large': (p: { path: string }) =>
    `${p.path} is too large to read as one text. Split the export (most tools can export by date range) and import the parts.`,
  'input.read-failed': (p: { path: string; detail: string }) => `Could not read ${p.path}: ${p.detail}.`,
  'json.syntax': (p: { path: string; line: number; column: number; detail: string }) =>
    `${p.path} is not valid JSON (line ${p.line}, column ${p.column}: ${p.detail}). Was the export interrupted? Export again, or give the right file.`,
  'json.shape': (p: { path: string; expected: string }) =>
    `${p.path} is JSON, but not what this tool writes: expected ${p.expected}.`,
  'zip.damaged': (p: { detail: string }) =>
    `The zip is damaged (${p.detail}). Download the export again, or unzip it and give the folder.`,
  'zip.unsafe-path': (p: { name: string }) =>
    `The zip holds an entry named "${p.name}", which points outside the archive. No export tool writes such names: this zip was not made by the export tool, so it is refused.`,
  'zip.too-large': (p: { limit: number }) =>
    `The zip would inflate to more than ${size(p.limit)} (the limit that keeps a zip bomb from filling memory). Unzip it yourself and give the folder, or import the export in parts.`,
  'zip.too-many-entries': (p: { limit: number }) =>
    `The zip holds more than ${n(p.limit)} entries: too many to read.`,
  'zip.encrypted': (p: { name: string }) =>
    `${p.name} in the zip is encrypted: unzip it with its password first.`,
  'zip.method': (p: { name: string; method: number }) =>
    `${p.name} in the zip uses compression method ${p.method}; only stored and deflated entries can be read. Unzip it and give the folder.`,

  // Notices about a readable export
  'notice.slack-private-urls': () =>
    'Slack file URLs (url_private) open only with a Slack token: imported image and file messages will not load for members unless the files are moved somewhere public. Choose "attachments as text" to keep only their names and links.',
  'notice.telegram-local-dates': (p: { count: number }) =>
    `${count(p.count, 'message has', 'messages have')} only Telegram's local "date" (no "date_unixtime"): that time has no offset and runs backwards at daylight-saving changes, so they are skipped. Export again with a current Telegram Desktop.`,
  'notice.telegram-repaired-escapes': (p: { path: string }) =>
    `${p.path} has \\x escapes (Telegram Desktop writes control characters so); they were read as the characters they stand for.`,
  'notice.mattermost-no-version': () =>
    'The Mattermost file does not start with a version line; it was read anyway.',
  'notice.unknown-folder': (p: { folder: string }) =>
    `The folder ${p.folder} is not listed in channels.json, groups.json, mpims.json or dms.json: it is imported as a channel of that name.`,
  'notice.create-time-late': (p: { group: string; createTime: number; first: number }) =>
    `The CreateTime ${p.createTime} of ${p.group} is not before its first message (${p.first}): messages before it are skipped.`,
  'notice.duplicate-group': (p: { group: string; channels: string }) =>
    `${p.channels} all go into ${p.group}: their messages are merged in time order.`,
  'notice.channel-without-messages': (p: { count: number }) =>
    `${count(p.count, 'channel has', 'channels have')} no messages: nothing from ${p.count === 1 ? 'it' : 'them'} is planned.`,

  // The mapping
  'mapping.not-object': () =>
    'The mapping must be a JSON object as the import wrote it (version, groups, users, content).',
  'mapping.version': () => 'The mapping has an unknown version: only version 1 exists.',
  'mapping.source': (p: { mapping: string; source: string }) =>
    `The mapping is for a ${p.mapping} export, but this export is from ${p.source}.`,
  'mapping.group-id': (p: { source: string; detail: string }) => `Group of ${p.source}: ${p.detail}`,
  'mapping.from-account': (p: { source: string; detail: string }) => `Sender ${p.source}: ${p.detail}`,
  'mapping.field': (p: { field: string; expected: string }) =>
    `The mapping's ${p.field} must be ${p.expected}.`,
  'mapping.group-id-reserved': () =>
    'GroupIds starting with @TGS# are generated by Tencent IM; a custom GroupId must not start so (only Community groups use @TGS#_).',
  'mapping.avchatroom': () => 'AVChatRoom groups cannot import messages (10007): choose another group type.',
  'mapping.account-empty': () => 'From_Account is empty: give a UserID.',
  'mapping.account-length': (p: { bytes: number }) =>
    `From_Account is ${p.bytes} bytes; UserIDs are at most 32 bytes.`,
  'mapping.invalid': (p: { count: number; first: string }) =>
    `The mapping has ${n(p.count)} problem${p.count === 1 ? '' : 's'}; the first: ${p.first}`,

  // Text that goes into imported messages
  'content.reply': (p: { who: string; excerpt: string }) => `↪ reply to ${p.who}: ${p.excerpt}`,
  'content.reply-missing': () => '↪ reply to a message that is not in the export',
  'content.reply-elsewhere': () => '↪ reply to a message in another chat',
  'content.reply-deleted': () => '↪ reply to a deleted message',
  'content.edited': () => '(edited)',
  'content.image': (p: { name?: string; url?: string; size?: number }) =>
    `[image${named(p.name)}${p.size ? `, ${size(p.size)}` : ''}]${tail(p.url)}`,
  'content.file': (p: { name?: string; url?: string; size?: number }) =>
    `[file${named(p.name)}${p.size ? `, ${size(p.size)}` : ''}]${tail(p.url)}`,
  'content.voice': (p: { name?: string; url?: string; seconds?: number }) =>
    `[voice message${p.seconds ? `, ${p.seconds} s` : ''}${named(p.name)}]${tail(p.url)}`,
  'content.sticker': (p: { emoji?: string; name?: string }) => `[sticker${named(p.emoji)}${named(p.name)}]`,
  'content.location': (p: { latitude: number; longitude: number; description?: string }) =>
    `[location${named(p.description)}: ${p.latitude}, ${p.longitude}]`,
  'content.omitted': (p: { kind: string; name?: string; why: string }) =>
    `[${p.kind}${named(p.name)}: ${p.why}]`,
  'content.forwarded': (p: { from: string }) => `Forwarded from ${p.from}:`,
  'content.poll': (p: { question: string; answers: string }) => `📊 ${p.question}: ${p.answers}`,
  'content.contact': (p: { name: string; phone: string }) =>
    `[contact ${p.name}${p.phone ? ` ${p.phone}` : ''}]`,
  'content.embed': (p: { text: string }) => `▌${p.text}`,
  'content.service': (p: { actor: string; action: string; detail: string }) =>
    `${p.actor} ${p.action}${p.detail ? `: ${p.detail}` : ''}`,
  'content.deleted-account': () => 'Deleted Account',
  'content.unknown-sender': () => 'Unknown sender',
  'content.file-deleted': () => 'deleted in the source',
  'content.file-hidden': () => 'hidden by the plan limit of the source workspace',
  'content.file-not-exported': () => 'not included in the export',

  // Telegram service actions (export_output_json.cpp pushAction names), as they read in an imported message
  'action.create_group': () => 'created the group',
  'action.create_channel': () => 'created the channel',
  'action.edit_group_title': () => 'changed the title',
  'action.edit_group_photo': () => 'changed the photo',
  'action.delete_group_photo': () => 'removed the photo',
  'action.invite_members': () => 'added',
  'action.remove_members': () => 'removed',
  'action.join_group_by_link': () => 'joined by an invite link',
  'action.join_group_by_request': () => 'joined after a request',
  'action.migrate_to_supergroup': () => 'upgraded the group to a supergroup',
  'action.migrate_from_group': () => 'upgraded this group from',
  'action.pin_message': () => 'pinned a message',
  'action.clear_history': () => 'cleared the history',
  'action.phone_call': () => 'called',
  'action.group_call': () => 'started a voice chat',
  'action.invite_to_group_call': () => 'invited to the voice chat',
  'action.group_call_scheduled': () => 'scheduled a voice chat',
  'action.set_messages_ttl': () => 'set messages to delete automatically',
  'action.topic_created': () => 'created the topic',
  'action.topic_edit': () => 'changed the topic',
  'action.edit_chat_theme': () => 'changed the chat theme',
  'action.take_screenshot': () => 'took a screenshot',
  'action.score_in_game': () => 'scored in a game',
  'action.joined_telegram': () => 'joined Telegram',

  // Accounting
  'summary.head': (p: {
    source: string;
    messages: number;
    channels: number;
    output: number;
    groups: number;
  }) =>
    `${p.source}: ${count(p.messages, 'source message', 'source messages')} in ${count(p.channels, 'channel', 'channels')} → ${count(p.output, 'message', 'messages')} for ${count(p.groups, 'group', 'groups')}`,
  'summary.totals': (p: { planned: number; split: number; parts: number; skipped: number }) =>
    `planned ${n(p.planned)} · split ${n(p.split)} (into ${n(p.parts)} messages) · skipped ${n(p.skipped)}`,
  'summary.adjusted': (p: { count: number }) =>
    `${count(p.count, 'SendTime', 'SendTimes')} moved forward to keep each group strictly ascending (listed in the accounting file)`,
  'summary.channels': () => 'Per channel:',
  'summary.channel': (p: {
    name: string;
    group: string;
    source: number;
    messages: number;
    skipped: number;
  }) => `  ${p.name} → ${p.group}: ${n(p.source)} source, ${n(p.messages)} messages, ${n(p.skipped)} skipped`,
  'summary.reasons': () => 'Skipped, by reason:',
  'summary.reason': (p: { reason: string; count: number; meaning: string }) =>
    `  ${p.reason}: ${n(p.count)} (${p.meaning})`,
  'summary.accounts': (p: { count: number; file: string }) =>
    `${count(p.count, 'account', 'accounts')} must exist before the import: import them first with ${p.file}`,
  'summary.wrote': (p: { files: string }) => `Wrote ${p.files}`,
  'summary.notice': (p: { text: string }) => `note: ${p.text}`,

  'reason.service-skipped': () => 'service messages, skipped as chosen',
  'reason.deleted-tombstone': () => 'deleted messages that the export keeps only as a thread marker',
  'reason.unsupported': () => 'messages the export tool could not write',
  'reason.empty': () => 'nothing left to import: no text, attachment or sticker',
  'reason.time-missing': () => 'no usable time in the export',
  'reason.time-invalid': () => 'a time the export gives but that is not a valid date',
  'reason.time-future': () => 'a time not earlier than now, which import refuses',
  'reason.before-group-creation': () => "earlier than the group's CreateTime in the mapping",
  'reason.channel-excluded': () => 'in a channel left out in the mapping',
  'reason.event-record': () => 'edit or delete events, not messages',

  // The command
  'cli.usage': () =>
    'Usage: npm run migrate -- import <export…> [--from slack|telegram|discord|mattermost] --out <input.json> [--mapping <mapping.json>] [--group-prefix P] [--user-prefix P] [--max-bytes N] [--service text|skip] [--attachments elements|text] [--media-base-url URL] [--stickers text|face] [--face-index N] [--excerpt N] [--no-reply-prefix] [--mark-edited] [--max-inflated-bytes N] [--now <unix seconds>]',
  'cli.missing-value': (p: { flag: string }) => `${p.flag} needs a value.`,
  'cli.unknown-flag': (p: { flag: string }) => `Unknown option ${p.flag}.`,
  'cli.bad-value': (p: { flag: string; value: string; expected: string }) =>
    `${p.flag} ${p.value}: expected ${p.expected}.`,
  'cli.no-export': () => 'Give the export to read: its folder, its zip or its main file.',
  'cli.no-out': () => 'Give --out <input.json>: where to write the batch input.',
  'cli.failed': (p: { detail: string }) => `Import failed: ${p.detail}`,
} as const;

export type MessageId = keyof typeof IMPORT_MESSAGES;
export type MessageParams = Record<string, string | number | undefined>;

export const hasMessage = (id: string): id is MessageId => Object.hasOwn(IMPORT_MESSAGES, id);

/** The English sentence for an id and its params. */
export function describe(id: MessageId, params: MessageParams = {}): string {
  return (IMPORT_MESSAGES[id] as (p: MessageParams) => string)(params);
}
