import { z } from 'zod';
import { MAX_UINT32 } from '../facts';

// No eval: the console runs under a Content-Security-Policy without 'unsafe-eval', where zod's JIT probe
// (`new Function`) is a reported violation. Its speed is not needed: long lists go through the compiled shape check.
z.config({ jitless: true });

/** What every documented field carries in `.meta()`: plain text for zod, markdown for the editor's hover. */
export interface FieldMeta {
  title?: string;
  description: string;
  markdownDescription?: string;
  examples?: unknown[];
  /** Where the fact comes from when the seed page and newer docs differ, or nobody settles it. */
  note?: string;
  [key: string]: unknown;
}

export function documented<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ markdownDescription: meta.description, ...meta }) as T;
}

export const uint32 = () =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be 0 or more' })
    .max(MAX_UINT32, { error: `must be at most ${MAX_UINT32} (a 32-bit unsigned integer)` });

/** Download flag of sound/file/video elements: only 2 (download from the URL) is valid in REST calls. */
export const downloadFlag = () =>
  z.literal(2, { error: 'must be 2: REST messages carry a URL, and 2 means "download from the URL"' });

export const nonNegativeInt = () =>
  z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be 0 or more' });
