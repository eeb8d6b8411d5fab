/**
 * Realistic requests with injected mistakes, written out the way people write them (comments, trailing commas,
 * repeated keys, odd spacing, CRLF): the inputs of the fix properties.
 */
import fc from 'fast-check';
import type { GroupType } from '../../../../src/lib/api/types';
import { NOW, T0 } from './helpers';

/** An ordered JSON model: objects as member lists, so a key can repeat. */
export type Doc = string | number | boolean | null | { members: Array<[string, Doc]> } | { items: Doc[] };

type Json = unknown;

function model(value: Json): Doc {
  if (Array.isArray(value)) return { items: value.map(model) };
  if (value !== null && typeof value === 'object')
    return { members: Object.entries(value as Record<string, Json>).map(([k, v]) => [k, model(v)]) };
  return value as Doc;
}

/** A tiny deterministic generator for the many small choices of a layout. */
function chooser(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
  };
}

export interface Layout {
  seed: number;
  indent: '' | '  ' | '    ' | '\t';
  crlf: boolean;
  /** Chances of a comment before a member or item, of a trailing comma, of an earlier repeat of a key. */
  comments: number;
  trailingCommas: number;
  repeats: number;
}

const COMMENTS = ['// note', '/* note */', '/* two\n   lines */', '// 注释 😀'];

/** Writes a model as JSONC in the given layout. Iterative depth is small here: requests nest six levels. */
export function write(doc: Doc, layout: Layout): string {
  const pick = chooser(layout.seed);
  const eol = layout.crlf ? '\r\n' : '\n';
  const pretty = layout.indent !== '';
  const visit = (node: Doc, depth: number): string => {
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const pad = pretty ? eol + layout.indent.repeat(depth + 1) : pick.chance(0.5) ? ' ' : '';
    const close = pretty ? eol + layout.indent.repeat(depth) : '';
    const parts: string[] = [];
    const comment = () => {
      const text = pick.pick(COMMENTS);
      // A line comment needs the line to end after it.
      return text.startsWith('//')
        ? `${text}${eol}${pretty ? layout.indent.repeat(depth + 1) : ''}`
        : `${text} `;
    };
    const lead = () => (pick.chance(layout.comments) ? comment() : '');
    if ('items' in node) {
      for (const item of node.items) parts.push(lead() + visit(item, depth + 1));
    } else {
      for (const [key, value] of node.members) {
        if (pick.chance(layout.repeats))
          parts.push(
            `${lead()}${JSON.stringify(key)}: ${JSON.stringify(pick.pick([0, 'old', null, [], {}]))}`,
          );
        parts.push(
          `${lead()}${JSON.stringify(key)}${pick.pick([':', ': ', ' : '])}${visit(value, depth + 1)}`,
        );
      }
    }
    const [open, end] = 'items' in node ? ['[', ']'] : ['{', '}'];
    if (parts.length === 0) return open + end;
    const trailing = pick.chance(layout.trailingCommas) ? ',' : '';
    // A line comment at the end of the list must be followed by a line break before the closing bracket.
    const closing = close === '' && pick.chance(layout.comments) ? ` /* end */` : '';
    return `${open}${pad}${parts.join(',' + pad)}${trailing}${closing}${close}${end}`;
  };
  return visit(doc, 0);
}

const ELEMENTS = {
  text: (i: number) => ({ MsgType: 'TIMTextElem', MsgContent: { Text: `message ${i} 你好` } }),
  face: (i: number) => ({ MsgType: 'TIMFaceElem', MsgContent: { Index: i % 10, Data: 'smile' } }),
  location: () => ({
    MsgType: 'TIMLocationElem',
    MsgContent: { Desc: 'Shenzhen', Latitude: 22.5, Longitude: 113.9 },
  }),
  custom: (i: number) => ({ MsgType: 'TIMCustomElem', MsgContent: { Data: `{"n":${i}}`, Desc: 'order' } }),
  file: (i: number) => ({
    MsgType: 'TIMFileElem',
    MsgContent: { Url: `https://e.com/${i}.pdf`, UUID: `f${i}`, FileSize: 100, Download_Flag: 2 },
  }),
  video: (i: number) => ({
    MsgType: 'TIMVideoFileElem',
    MsgContent: {
      VideoUrl: `https://e.com/${i}.mp4`,
      VideoUUID: `v${i}`,
      VideoDownloadFlag: 2,
      ThumbUrl: `https://e.com/${i}.jpg`,
      ThumbUUID: `t${i}`,
      ThumbWidth: 720,
      ThumbHeight: 1280,
      ThumbDownloadFlag: 2,
    },
  }),
};
type ElementKind = keyof typeof ELEMENTS;

/** A mistake to inject into message `at` (taken modulo the message count). */
export type Mistake =
  | { kind: 'milliseconds'; at: number; extra: number }
  | { kind: 'swap'; at: number }
  | { kind: 'equal-time'; at: number }
  | { kind: 'random'; at: number; value: Json }
  | { kind: 'repeat-random'; at: number }
  | { kind: 'flag'; at: number; value: Json }
  | { kind: 'index-string'; at: number; text: string }
  | { kind: 'rename'; at: number; field: string; to: (key: string) => string }
  | { kind: 'recent-contact-flag' }
  | { kind: 'future'; at: number };

const nearMiss = fc.constantFrom(
  (key: string) => key.toLowerCase(),
  (key: string) => key[0].toLowerCase() + key.slice(1),
  (key: string) => key.slice(0, -1),
  (key: string) => key.slice(0, 2) + key[3] + key[2] + key.slice(4),
);

const mistake: fc.Arbitrary<Mistake> = fc.oneof(
  fc.record({ kind: fc.constant('milliseconds' as const), at: fc.nat(), extra: fc.nat({ max: 999 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('equal-time' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('random' as const),
    at: fc.nat(),
    value: fc.constantFrom<Json>('8912345', -1, 1.5, 2 ** 32, null, 'x'),
  }),
  fc.record({ kind: fc.constant('repeat-random' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flag' as const),
    at: fc.nat(),
    value: fc.constantFrom<Json>(0, 1, '2', null, undefined),
  }),
  fc.record({
    kind: fc.constant('index-string' as const),
    at: fc.nat(),
    text: fc.constantFrom('6', '06', '1.5', '-1', 'x'),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    field: fc.constantFrom(
      'From_Account',
      'SendTime',
      'Random',
      'MsgBody',
      'GroupId',
      'MsgList',
      'Text',
      'Data',
    ),
    to: nearMiss,
  }),
  fc.record({ kind: fc.constant('recent-contact-flag' as const) }),
  fc.record({ kind: fc.constant('future' as const), at: fc.nat() }),
);

export interface Case {
  text: string;
  context: { now: number; groupType?: GroupType; groupCreateTime?: number };
}

type Message = Record<string, Json> & {
  MsgBody: Array<{ MsgType: string; MsgContent: Record<string, Json> }>;
};

function inject(request: Record<string, Json>, messages: Message[], m: Mistake): void {
  if (m.kind === 'recent-contact-flag') {
    request.RecentContactFlag = 1;
    return;
  }
  const i = m.at % messages.length;
  const message = messages[i];
  // A renamed MsgBody or Text leaves nothing for later mistakes to change there.
  const element = Array.isArray(message.MsgBody) ? message.MsgBody[0] : undefined;
  const content: Record<string, Json> = element?.MsgContent ?? {};
  switch (m.kind) {
    case 'milliseconds':
      if (typeof message.SendTime === 'number') message.SendTime = message.SendTime * 1000 + m.extra;
      break;
    case 'swap':
      if (i + 1 < messages.length) [messages[i], messages[i + 1]] = [messages[i + 1], messages[i]];
      break;
    case 'equal-time':
      // Only where the previous message still has a SendTime (a rename may have taken it): never write undefined.
      if (i > 0 && typeof messages[i - 1].SendTime === 'number') message.SendTime = messages[i - 1].SendTime;
      break;
    case 'future':
      message.SendTime = NOW + 1000 + i;
      break;
    case 'random':
      message.Random = m.value;
      break;
    case 'repeat-random':
      if (i > 0) message.Random = messages[i - 1].Random ?? 5;
      break;
    case 'flag': {
      // The flags live in file and video elements: make this message carry one.
      if (!Array.isArray(message.MsgBody)) break;
      if (!('Download_Flag' in content) && !('ThumbDownloadFlag' in content))
        message.MsgBody[0] = ELEMENTS.file(i);
      const flagged = message.MsgBody[0].MsgContent;
      const field = 'Download_Flag' in flagged ? 'Download_Flag' : 'ThumbDownloadFlag';
      if (m.value === undefined) delete flagged[field];
      else flagged[field] = m.value;
      break;
    }
    case 'index-string':
      if (!Array.isArray(message.MsgBody)) break;
      message.MsgBody[0] = { MsgType: 'TIMFaceElem', MsgContent: { Index: m.text, Data: 'smile' } };
      break;
    case 'rename': {
      const holder: Record<string, Json> | undefined =
        m.field === 'GroupId' || m.field === 'MsgList'
          ? request
          : m.field === 'Text' || m.field === 'Data'
            ? content
            : message;
      if (!holder || !(m.field in holder)) break;
      const renamed = m.to(m.field);
      if (renamed === m.field || renamed in holder) break;
      // Keep the member's place: rebuild the object in order.
      const entries = Object.entries(holder).map(([k, v]) => [k === m.field ? renamed : k, v] as const);
      for (const key of Object.keys(holder)) delete holder[key];
      for (const [k, v] of entries) holder[k] = v;
      break;
    }
  }
}

/** Requests of `min` to `max` messages with up to four mistakes, in a random layout. */
export function requestCase(min = 1, max = 7): fc.Arbitrary<Case> {
  return fc
    .record({
      kinds: fc.array(
        fc.constantFrom<ElementKind>('text', 'text', 'face', 'location', 'custom', 'file', 'video'),
        {
          minLength: min,
          maxLength: max,
        },
      ),
      gaps: fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: max, maxLength: max }),
      randoms: fc.boolean(),
      mistakes: fc.array(mistake, { maxLength: 4 }),
      groupType: fc.constantFrom<GroupType | undefined>(undefined, 'Public', 'Community', 'Work'),
      created: fc.boolean(),
      layout: fc.record({
        seed: fc.integer(),
        indent: fc.constantFrom('' as const, '  ' as const, '    ' as const, '\t' as const),
        crlf: fc.boolean(),
        comments: fc.constantFrom(0, 0.1, 0.4),
        trailingCommas: fc.constantFrom(0, 0.2),
        repeats: fc.constantFrom(0, 0, 0.1),
      }),
    })
    .map(({ kinds, gaps, randoms, mistakes, groupType, created, layout }) => {
      let time = T0;
      const messages: Message[] = kinds.map((kind, i) => {
        time += gaps[i];
        const message: Message = { From_Account: `user${i}`, SendTime: time, MsgBody: [ELEMENTS[kind](i)] };
        if (randoms) message.Random = 1000 + i;
        return message;
      });
      const request: Record<string, Json> = {
        GroupId: groupType === 'Community' ? '@TGS#_c' : '@TGS#2C5SZEAEF',
        MsgList: messages,
      };
      for (const m of mistakes) inject(request, messages, m);
      const context: Case['context'] = { now: NOW, groupType };
      if (created) context.groupCreateTime = T0;
      return { text: write(model(request), layout), context };
    });
}
