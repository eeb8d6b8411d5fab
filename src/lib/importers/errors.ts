import { describe, type MessageId, type MessageParams } from './messages';
import type { ImportNotice } from './types';

/** A problem that stops the import: a stable id and its params (the sentence is in messages.ts). */
export class ImportError extends Error {
  readonly id: MessageId;
  readonly params: MessageParams;
  constructor(id: MessageId, params: MessageParams = {}) {
    super(describe(id, params));
    this.name = 'ImportError';
    this.id = id;
    this.params = params;
  }
}

export const notice = (id: MessageId, params: MessageParams = {}): ImportNotice => ({ id, params });

/** Any thrown value as an ImportError: the reader's own, or an unexpected failure named as such. */
export function asImportError(error: unknown, path = 'the export'): ImportError {
  if (error instanceof ImportError) return error;
  // V8's words for a string or buffer past its maximum length: the file is too large to hold as one text.
  if (error instanceof RangeError && /string length|allocation|buffer/i.test(error.message))
    return new ImportError('input.file-too-large', { path });
  return new ImportError('input.read-failed', {
    path,
    detail: error instanceof Error ? error.message : String(error),
  });
}
