/**
 * The importers' public face. Each source's reader, and fflate for zips, load on first use (dynamic import), so
 * nothing here weighs on the page's start-up. Two steps for the page (read, then plan with the mapping the user
 * edited) and one for the command (importExport).
 */
import { ImportError } from './errors';
import { basename, DEFAULT_LIMITS, expandInput, isTextFile, readBytes } from './input';
import { applyMapping, mappingProblems, type MappingDefaults } from './mapping';
import { planImport, type PlanOptions } from './convert';
import { describe } from './messages';
import type { ContentOptions, ImportResult, InputFile, ReadLimits, SourceExport, SourceKind } from './types';

export * from './types';
export { ImportError } from './errors';
export { describe, IMPORT_MESSAGES, type MessageId } from './messages';
export {
  defaultMapping,
  applyMapping,
  mappingProblems,
  DEFAULT_CONTENT,
  type MappingDefaults,
} from './mapping';
export { planImport, type PlanOptions } from './convert';
export { checkAccounting, formatSummary } from './accounting';
export { splitText } from './text';

const READERS: Record<SourceKind, () => Promise<(files: InputFile[]) => Promise<SourceExport>>> = {
  slack: async () => (await import('./sources/slack')).readSlack,
  telegram: async () => (await import('./sources/telegram')).readTelegram,
  discord: async () => (await import('./sources/discord')).readDiscord,
  mattermost: async () => (await import('./sources/mattermost')).readMattermost,
};

/** Which tool wrote the export: from its file names, else from the start of its first JSON file. */
export async function detectSource(files: InputFile[]): Promise<SourceKind | undefined> {
  const names = files.map((f) => basename(f.path).toLowerCase());
  if (names.includes('channels.json') || names.includes('users.json') || names.includes('org_users.json'))
    return 'slack';
  if (names.includes('result.json')) return 'telegram';
  if (names.some((n) => n.endsWith('.jsonl') || n.endsWith('.ndjson'))) return 'mattermost';
  const first = files.find((f) => isTextFile(f.path));
  if (!first) return undefined;
  const bytes = await readBytes(first);
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/"guild"\s*:/.test(head) && /"channel"\s*:/.test(head)) return 'discord';
  if (/"date_unixtime"|"personal_information"|"chats"\s*:/.test(head)) return 'telegram';
  if (/"type"\s*:\s*"version"/.test(head)) return 'mattermost';
  return undefined;
}

export interface ReadRequest {
  from?: SourceKind;
  limits?: Partial<ReadLimits>;
}

/** Reads an export (folder files, a zip, or single files) into the importers' common shape. */
export async function readExport(input: InputFile[], request: ReadRequest = {}): Promise<SourceExport> {
  const limits = { ...DEFAULT_LIMITS, ...request.limits };
  const files = await expandInput(input, limits);
  const from = request.from ?? (await detectSource(files));
  if (!from) throw new ImportError('input.unknown-source');
  const read = await READERS[from]();
  return read(files);
}

export interface ImportRequest extends ReadRequest, PlanOptions {
  /** A mapping as JSON (from a previous run, maybe edited); channels and people it does not name get defaults. */
  mapping?: unknown;
  defaults?: MappingDefaults;
  /** Content options that win over the mapping's (the command's flags). */
  overrides?: Partial<ContentOptions>;
}

/** Reads the export, applies the mapping, and plans every message: the command's one call. */
export async function importExport(input: InputFile[], request: ImportRequest = {}): Promise<ImportResult> {
  const exp = await readExport(input, request);
  let mapping = applyMapping(request.mapping, exp, request.defaults);
  if (request.overrides) {
    mapping = { ...mapping, content: { ...mapping.content, ...request.overrides } };
    const problems = mappingProblems(mapping);
    if (problems.length > 0)
      throw new ImportError('mapping.invalid', {
        count: problems.length,
        first: describe(problems[0].id, problems[0].params),
      });
  }
  return planImport(exp, mapping, request);
}
