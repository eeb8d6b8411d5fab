/**
 * What a source message's content becomes: its text (with the reply prefix, attachment lines and edit mark) as a
 * TIMTextElem, and each attachment, sticker or location as an element where every required field can be filled
 * (TENCENT-IM.md §2: image URL, UUID, Width, Height; file and sound Url, UUID, Download_Flag 2), else as a text
 * line naming it. Nothing is dropped without a line saying what it was.
 */
import { elementUuid } from './ids';
import { describe } from './messages';
import type { ContentOptions, ContentPart, SourceKind, SourceMessage } from './types';

export interface MsgElement {
  MsgType: string;
  MsgContent: Record<string, unknown>;
}

export interface BuiltContent {
  text: string;
  elements: MsgElement[];
}

const isUint = (n: number | undefined): n is number =>
  n !== undefined && Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

function imageFormat(name: string): number {
  const ext = /\.([A-Za-z0-9]{1,5})(?:[?#].*)?$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'jpg' || ext === 'jpeg') return 1;
  if (ext === 'gif') return 2;
  if (ext === 'png') return 3;
  if (ext === 'bmp') return 4;
  return 255;
}

/** An absolute http(s) URL for a part: its own, or its export path under the media base URL. */
export function partUrl(part: { url?: string; path?: string }, options: ContentOptions): string | undefined {
  if (part.url && /^https?:\/\//i.test(part.url)) return part.url;
  const path = part.path ?? (part.url && !/^[a-z][a-z0-9+.-]*:/i.test(part.url) ? part.url : undefined);
  if (!path || !options.mediaBaseUrl) return undefined;
  const base = options.mediaBaseUrl.replace(/\/+$/, '');
  return `${base}/${path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/')}`;
}

function partElement(part: ContentPart, options: ContentOptions, source: SourceKind): MsgElement | string {
  switch (part.kind) {
    case 'location':
      if (Math.abs(part.latitude) <= 90 && Math.abs(part.longitude) <= 180)
        return {
          MsgType: 'TIMLocationElem',
          MsgContent: { Desc: part.description ?? '', Latitude: part.latitude, Longitude: part.longitude },
        };
      return describe('content.location', part);
    case 'sticker':
      if (options.stickers === 'face')
        return {
          MsgType: 'TIMFaceElem',
          MsgContent: { Index: options.faceIndex, Data: part.emoji ?? part.name ?? '' },
        };
      return describe('content.sticker', { emoji: part.emoji, name: part.name });
    default:
      break;
  }
  const kind = part.kind;
  if (part.omitted) {
    const label = kind === 'image' ? 'image' : kind === 'voice' ? 'voice message' : 'file';
    return describe('content.omitted', { kind: label, name: part.name, why: part.omitted });
  }
  const url = partUrl(part, options);
  const size = isUint(part.size) ? part.size : undefined;
  if (!url || options.attachments === 'text') {
    const shown = url ?? part.url ?? part.path;
    if (kind === 'image') return describe('content.image', { name: part.name, url: shown, size });
    if (kind === 'voice')
      return describe('content.voice', { name: part.name, url: shown, seconds: part.seconds });
    return describe('content.file', { name: part.name, url: shown, size });
  }
  const uuid = elementUuid(source, url);
  if (kind === 'image' && isUint(part.width) && isUint(part.height) && part.width > 0 && part.height > 0) {
    const info = (Type: number) => ({
      Type,
      ...(size !== undefined ? { Size: size } : {}),
      Width: part.width,
      Height: part.height,
      URL: url,
    });
    return {
      MsgType: 'TIMImageElem',
      MsgContent: {
        UUID: uuid,
        ImageFormat: imageFormat(part.name ?? url),
        ImageInfoArray: [info(1), info(2), info(3)],
      },
    };
  }
  if (kind === 'voice')
    return {
      MsgType: 'TIMSoundElem',
      MsgContent: {
        Url: url,
        UUID: uuid,
        ...(size !== undefined ? { Size: size } : {}),
        ...(isUint(part.seconds) ? { Second: part.seconds } : {}),
        Download_Flag: 2,
      },
    };
  return {
    MsgType: 'TIMFileElem',
    MsgContent: {
      Url: url,
      UUID: uuid,
      ...(size !== undefined ? { FileSize: size } : {}),
      ...(part.name ? { FileName: part.name } : {}),
      Download_Flag: 2,
    },
  };
}

/** The text and elements of a message; `prefix` is the reply line, when there is one. */
export function buildContent(
  message: SourceMessage,
  prefix: string | undefined,
  options: ContentOptions,
  source: SourceKind,
): BuiltContent {
  // A prefix or an edit mark alone is not content: a message with no text and no parts stays empty.
  if (message.text === '' && message.parts.length === 0) return { text: '', elements: [] };
  const lines: string[] = [];
  if (prefix) lines.push(prefix);
  let body = message.text;
  if (options.markEdited && message.edited)
    body = body ? `${body} ${describe('content.edited')}` : describe('content.edited');
  if (body) lines.push(body);
  const elements: MsgElement[] = [];
  for (const part of message.parts) {
    const built = partElement(part, options, source);
    if (typeof built === 'string') lines.push(built);
    else elements.push(built);
  }
  return { text: lines.join('\n'), elements };
}
