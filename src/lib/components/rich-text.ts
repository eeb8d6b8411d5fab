/**
 * Catalog messages with code or bold inside: the component passes the values to set apart wrapped by `code()` or
 * `strong()`, then renders `richParts(message)` (text, `<code>`, `<strong>`). The markers are control characters
 * that no catalog contains, so a translation may put the values wherever its word order wants them.
 */
const CODE = '\u0001';
const STRONG = '\u0002';

export type RichPart = { kind: 'text' | 'code' | 'strong'; text: string };

/** A parameter shown as code. */
export const code = (value: string | number): string => `${CODE}${value}${CODE}`;

/** A parameter shown in bold. */
export const strong = (value: string | number): string => `${STRONG}${value}${STRONG}`;

/** The parts of a rendered message: plain text, and the values wrapped by `code()` or `strong()`. */
export function richParts(message: string): RichPart[] {
  const parts: RichPart[] = [];
  let kind: RichPart['kind'] = 'text';
  let text = '';
  for (const char of message) {
    if (char !== CODE && char !== STRONG) {
      text += char;
      continue;
    }
    if (text) parts.push({ kind, text });
    text = '';
    const marked = char === CODE ? 'code' : 'strong';
    kind = kind === marked ? 'text' : marked;
  }
  if (text) parts.push({ kind, text });
  return parts;
}
