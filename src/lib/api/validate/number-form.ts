/**
 * How a SendTime was written. JSON.parse reads `1.0e3`, `-0` and `1620808101.0` as the whole numbers 1000, 0 and
 * 1620808101, so the schema sees integers; whether the service's own JSON reader does is unconfirmed. Only the
 * raw text shows the form, so this rule reads it.
 */
import { MAX_MESSAGES_PER_CALL } from '../facts';
import { say } from '../i18n/render';
import type { Finding } from './finding';
import { locatePointers } from './locate';

const PLAIN_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** A number token written as a plain integer (and not as `-0`). Tokens are short: the test is cheap. */
function isPlainInteger(raw: string): boolean {
  return raw !== '-0' && PLAIN_INTEGER.test(raw);
}

/**
 * Whether any `"SendTime"` key in the text has a value that is not a plain integer: a linear scan with indexOf,
 * so that long lists pay for the exact search below only when there is something to find. (A key spelt with
 * escapes, `"Send\u0054ime"`, escapes this scan; short lists are always searched exactly.)
 */
function mayHaveOddForm(text: string): boolean {
  const key = '"SendTime"';
  const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) {
    let i = at + key.length;
    while (isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 58) continue; // ':'
    i++;
    while (isSpace(text.charCodeAt(i))) i++;
    // A plain integer: an optional minus, digits without a leading zero, then no '.', 'e' or 'E'.
    let k = i;
    if (text.charCodeAt(k) === 45) k++;
    const first = k;
    while (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    const digits = k - first;
    const next = text.charCodeAt(k);
    if (digits === 0) continue; // not a number: the schema speaks
    const leadingZero = digits > 1 && text.charCodeAt(first) === 48;
    const minusZero = digits === 1 && text.charCodeAt(first) === 48 && first > i;
    if (leadingZero || minusZero || next === 46 || next === 101 || next === 69) return true;
  }
  return false;
}

export function sendTimeFormRules(source: string, messages: unknown): Finding[] {
  if (!Array.isArray(messages)) return [];
  const pointers: string[] = [];
  for (let i = 0; i < messages.length; i++) {
    const time = (messages[i] as { SendTime?: unknown } | null)?.SendTime;
    if (typeof time === 'number' && Number.isInteger(time)) pointers.push(`/MsgList/${i}/SendTime`);
  }
  if (pointers.length === 0) return [];
  if (messages.length > MAX_MESSAGES_PER_CALL && !mayHaveOddForm(source)) return [];
  const locate = locatePointers(source, pointers);
  const out: Finding[] = [];
  for (const pointer of pointers) {
    const { range, exact } = locate(pointer);
    if (!exact || range.container) continue;
    const raw = source.slice(range.start, range.end);
    if (isPlainInteger(raw)) continue;
    const index = Number(pointer.split('/')[2]);
    const value = (messages[index] as { SendTime: number }).SendTime;
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    out.push({
      severity: 'warning',
      rule: 'send-time-number-form',
      ...say('send-time-number-form', { shown, value }),
      pointer,
      target: 'value',
    });
  }
  return out;
}
