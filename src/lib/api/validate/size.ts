// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: every ASCII character
const NON_ASCII = /[^\x00-\x7f]/;

/** UTF-8 length of a string, without allocating an encoded copy (strings may be megabytes long). */
export function utf8ByteLength(text: string): number {
  // Native scan for the common all-ASCII case; the loop starts at the first non-ASCII character.
  const first = text.search(NON_ASCII);
  if (first === -1) return text.length;
  let bytes = first;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes one leaf value counts for: strings by UTF-8 bytes, numbers by their decimal form. */
function leafBytes(value: unknown): number {
  if (typeof value === 'string') return utf8ByteLength(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).length;
  return 0;
}

/** Sum of every leaf inside a value. Flat objects (the usual MsgContent) take no allocation; nesting goes
 * onto an explicit stack, as a pasted payload may nest deeper than the call stack. */
function contentBytes(root: unknown): number {
  if (root === null || typeof root !== 'object') return leafBytes(root);
  let total = 0;
  let stack: unknown[] | undefined;
  let value: unknown = root;
  for (;;) {
    if (Array.isArray(value)) {
      for (const child of value) {
        if (child !== null && typeof child === 'object') (stack ??= []).push(child);
        else total += leafBytes(child);
      }
    } else {
      for (const key in value as Record<string, unknown>) {
        const child = (value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') (stack ??= []).push(child);
        else total += leafBytes(child);
      }
    }
    if (!stack || stack.length === 0) return total;
    value = stack.pop();
  }
}

/**
 * Size of a message as the service counts it: the sum over its elements of the values inside each `MsgContent`
 * (strings by their UTF-8 bytes, numbers by their decimal digits). `MsgType` and the JSON syntax do not count.
 * Anything that is not a message counts 0.
 */
export function messageByteSize(message: unknown): number {
  if (message === null || typeof message !== 'object') return 0;
  const body = (message as { MsgBody?: unknown }).MsgBody;
  if (!Array.isArray(body)) return 0;
  let total = 0;
  for (const element of body) {
    if (element !== null && typeof element === 'object' && 'MsgContent' in element) {
      total += contentBytes((element as { MsgContent: unknown }).MsgContent);
    }
  }
  return total;
}
