/**
 * The export as given: a dropped folder (a list of files with relative paths), a zip, or single files. Zips are
 * opened lazily (fflate loads only when a zip is given) and only the text files the readers need are inflated.
 */
import { asImportError, ImportError } from './errors';
import type { InputFile, ReadLimits } from './types';

export const DEFAULT_LIMITS: ReadLimits = {
  maxInflatedBytes: 2 * 1024 * 1024 * 1024,
  maxZipEntries: 1_000_000,
};

/** Files the readers look at; media and everything else is listed but never read. */
export const isTextFile = (path: string) => /\.(json|jsonl|ndjson)$/i.test(path);

export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .join('/');
}

export async function readBytes(file: InputFile): Promise<Uint8Array> {
  try {
    if (file.bytes) return file.bytes;
    if (file.read) return await file.read();
  } catch (error) {
    throw asImportError(error, file.path);
  }
  throw new ImportError('input.read-failed', { path: file.path, detail: 'no content was given' });
}

/** UTF-8 text of a file, BOM removed, malformed bytes as U+FFFD. */
export async function readText(file: InputFile): Promise<string> {
  const bytes = await readBytes(file);
  try {
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    throw asImportError(error, file.path);
  }
}

/** Expands zips among the given files into their entries (text files only) and normalizes every path. */
export async function expandInput(files: InputFile[], limits: ReadLimits): Promise<InputFile[]> {
  if (files.length === 0) throw new ImportError('input.empty');
  const out: InputFile[] = [];
  for (const file of files) {
    const path = normalizePath(file.path);
    const named = /\.zip$/i.test(path);
    if (named || (!isTextFile(path) && files.length === 1)) {
      const bytes = await readBytes(file);
      const zip = await import('./zip');
      if (named || zip.looksLikeZip(bytes)) {
        for (const entry of zip.openZip(bytes, limits, isTextFile)) out.push(entry);
        continue;
      }
      out.push({ path, bytes });
      continue;
    }
    out.push({ ...file, path });
  }
  return out;
}

/** The directory part of a path ('' at the top). */
export const dirname = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
export const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);
