/** Copying text for the inspector panels. Plain TS: the component decides what to show. */

/**
 * `kind` says why for the page to word it in its language (`detail`: the browser's own words, if any); `reason`
 * is the same in English, for logs and tests.
 */
export type CopyOutcome =
  { ok: true } | { ok: false; kind: 'unavailable' | 'refused'; detail?: string; reason: string };

/** The part of the Clipboard API we use; injectable so tests can exercise refusal. */
export interface TextClipboard {
  writeText(text: string): Promise<void>;
}

function defaultClipboard(): TextClipboard | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.clipboard;
}

/**
 * Writes `text` to the clipboard. Never throws: browsers refuse the Clipboard API on insecure origins, in
 * frames without permission, or when the page lacks focus, and the caller then offers a manual copy.
 */
export async function copyText(
  text: string,
  clipboard: TextClipboard | undefined = defaultClipboard(),
): Promise<CopyOutcome> {
  if (!clipboard || typeof clipboard.writeText !== 'function') {
    return { ok: false, kind: 'unavailable', reason: 'This browser gives the page no clipboard access.' };
  }
  try {
    await clipboard.writeText(text);
    return { ok: true };
  } catch (error) {
    // DOMException is not an Error everywhere (jsdom, older engines): read its message duck-typed.
    const message = (error as { message?: unknown } | null)?.message;
    const detail = typeof message === 'string' && message ? message : undefined;
    return {
      ok: false,
      kind: 'refused',
      ...(detail === undefined ? {} : { detail }),
      reason: `The browser refused to write to the clipboard${detail === undefined ? '' : ` (${detail})`}.`,
    };
  }
}
