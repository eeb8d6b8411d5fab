/**
 * Text helpers: splitting over the byte budget without losing or breaking a character, and short excerpts.
 * Long texts are measured once and cut with a forward scan; grapheme boundaries come from Intl.Segmenter on a small
 * window around each cut, so a split never separates an emoji's parts or a letter from its accent.
 */
import { utf8ByteLength } from '../api/validate/size';

type Segmenter = { segment(text: string): Iterable<{ index: number }> };
let segmenter: Segmenter | null | undefined;

function graphemes(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
    segmenter = Ctor ? new Ctor(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter;
}

const encoder = new TextEncoder();
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A character that may join the one before it (marks, joiners, selectors, the two Lo spacing marks SARA AM,
 * Hangul, astral: emoji parts, flags). */
const MAY_JOIN = /[\p{M}\p{Cf}\u0E33\u0EB3\uFF9E\uFF9F\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\uD800-\uDFFF]/u;
/** A character that may join the one after it: format characters (ZWJ), marks (Indic viramas link conjuncts,
 * GB9c), the Prepend letters (GB9b), a lone first half of a surrogate pair. */
const MAY_LEAD =
  /[\p{M}\p{Cf}\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{113D1}\uD800-\uDBFF]/u;

/**
 * True when a grapheme boundary certainly falls before `text[at]`: neither neighbour can join the other and they
 * are not CR LF. That common case needs no segmenter, which costs far more than the rest of a message's work.
 */
export function certainBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const after = text[at];
  const low = isLow(text.charCodeAt(at - 1)) && at >= 2 && isHigh(text.charCodeAt(at - 2));
  const before = low ? text.slice(at - 2, at) : text[at - 1];
  return !MAY_JOIN.test(after) && !MAY_LEAD.test(before) && !(before === '\r' && after === '\n');
}

/** The last grapheme boundary in (start, end]; `end` itself when no boundary is found in the window. */
function graphemeBoundary(text: string, start: number, end: number): number {
  if (certainBoundary(text, end)) return end;
  const seg = graphemes();
  if (!seg) return end;
  const from = Math.max(start, end - 32);
  const window = text.slice(from, Math.min(text.length, end + 16));
  let best = -1;
  for (const { index } of seg.segment(window)) {
    const at = from + index;
    if (at > end) break;
    if (at > start) best = at;
  }
  return best > start ? best : end;
}

/** The last index of `code` in [floor, end), or -1: a bounded scan (lastIndexOf would run back to the start). */
function lastIn(text: string, code: number, floor: number, end: number): number {
  for (let i = end - 1; i >= floor; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/** Prefer to cut after a line break, else after a space, in the last eighth of the chunk. */
function softBoundary(text: string, start: number, end: number): number {
  const floor = start + Math.floor(((end - start) * 7) / 8);
  const newline = lastIn(text, 0x0a, floor, end);
  if (newline !== -1) return newline + 1;
  const space = lastIn(text, 0x20, floor, end);
  if (space !== -1) return space + 1;
  return end;
}

/**
 * Splits `text` into consecutive pieces of at most `budget` UTF-8 bytes each, whose concatenation is `text`
 * exactly. Cuts fall on a line break or space near the end of a piece where there is one, else on a grapheme
 * boundary, and never inside a surrogate pair. A budget under 4 bytes is taken as 4 (one character always fits).
 */
export function splitText(text: string, budget: number): string[] {
  if (utf8ByteLength(text) <= budget) return [text];
  const pieces: string[] = [];
  const limit = Math.max(4, budget);
  const buffer = new Uint8Array(limit);
  let start = 0;
  while (start < text.length) {
    // encodeInto reports how many UTF-16 units fit in `limit` bytes (natively; it never takes half a pair, and
    // a lone surrogate counts as the 3 bytes of U+FFFD). At most `limit` units can fit, so only those are looked at.
    const end = start + encoder.encodeInto(text.slice(start, start + limit), buffer).read;
    if (end >= text.length) {
      pieces.push(text.slice(start));
      break;
    }
    let cut = softBoundary(text, start, end);
    if (cut === end) cut = graphemeBoundary(text, start, end);
    if (isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))) cut--; // never split a pair
    if (cut <= start) cut = end;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  return pieces;
}

/** The first `length` characters of a text on one line, with … when cut; never cuts inside a grapheme. */
export function excerpt(text: string, length: number): string {
  const cap = length * 4 + 16;
  let head = text.length > cap ? text.slice(0, cap) : text;
  if (head.length < text.length && isHigh(head.charCodeAt(head.length - 1))) head = head.slice(0, -1);
  const line = head.replace(/\s+/g, ' ').trim();
  if (line.length <= length) return head.length < text.length ? `${line}…` : line;
  let cut = graphemeBoundary(line, 0, length);
  if (isLow(line.charCodeAt(cut)) && isHigh(line.charCodeAt(cut - 1))) cut--;
  return `${line.slice(0, cut).trimEnd()}…`;
}
