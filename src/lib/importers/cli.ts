/**
 * `migrate import <export…> [--from slack|telegram|discord|mattermost] --out <input.json> [options]`, headless.
 * Writes beside the output: the mapping (<out>.mapping.json, editable, read back with --mapping), the accounts to
 * create first (<out>.accounts.json: account_import and multiaccount_import bodies), and the accounting of every
 * source message (<out>.accounting.json); prints the accounting summary. Plain TypeScript: the file system comes in
 * through `io`, so tests call it directly and the page could too.
 */
import { formatSummary, printable } from './accounting';
import { asImportError, ImportError } from './errors';
import { importExport, type ImportRequest } from './index';
import { isTextFile } from './input';
import { describe } from './messages';
import { accountingChunks, documentChunks } from './serialize';
import { SOURCE_KINDS, type ContentOptions, type InputFile, type SourceKind } from './types';

export interface ImportIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes text, given whole or as chunks (large outputs come as chunks). */
  writeFile(path: string, data: string | Iterable<string>): Promise<void>;
  /** The files under a directory as paths relative to it; undefined when the path is not a directory. */
  listDirectory?(path: string): Promise<string[] | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

interface Parsed {
  exports: string[];
  out: string;
  mappingPath?: string;
  request: ImportRequest;
}

const ENUMS: Record<string, { key: keyof ContentOptions; values: readonly string[] }> = {
  '--service': { key: 'service', values: ['text', 'skip'] },
  '--attachments': { key: 'attachments', values: ['elements', 'text'] },
  '--stickers': { key: 'stickers', values: ['text', 'face'] },
};
const NUMBERS: Record<string, keyof ContentOptions> = {
  '--max-bytes': 'maxMessageBytes',
  '--face-index': 'faceIndex',
  '--excerpt': 'excerptLength',
};

function parseArgs(argv: string[]): Parsed {
  const args = argv[0] === 'import' ? argv.slice(1) : argv;
  const exports: string[] = [];
  const overrides: Partial<ContentOptions> = {};
  const defaults: { groupPrefix?: string; userPrefix?: string } = {};
  const request: ImportRequest = { overrides, defaults };
  let out: string | undefined;
  let mappingPath: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      exports.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(describe('cli.missing-value', { flag }));
      return v;
    };
    const integer = (v: string): number => {
      if (!/^\d{1,15}$/.test(v))
        throw new UsageError(describe('cli.bad-value', { flag, value: v, expected: 'a whole number' }));
      return Number(v);
    };
    if (flag === '--from') {
      const v = value();
      if (!(SOURCE_KINDS as readonly string[]).includes(v))
        throw new UsageError(
          describe('cli.bad-value', { flag, value: v, expected: SOURCE_KINDS.join(', ') }),
        );
      request.from = v as SourceKind;
    } else if (flag === '--out') out = value();
    else if (flag === '--mapping') mappingPath = value();
    else if (flag in ENUMS) {
      const { key, values } = ENUMS[flag];
      const v = value();
      if (!values.includes(v))
        throw new UsageError(describe('cli.bad-value', { flag, value: v, expected: values.join(' or ') }));
      (overrides as Record<string, unknown>)[key] = v;
    } else if (flag in NUMBERS) (overrides as Record<string, unknown>)[NUMBERS[flag]] = integer(value());
    else if (flag === '--media-base-url') overrides.mediaBaseUrl = value();
    else if (flag === '--no-reply-prefix') overrides.replyPrefix = false;
    else if (flag === '--mark-edited') overrides.markEdited = true;
    else if (flag === '--group-prefix') defaults.groupPrefix = value();
    else if (flag === '--user-prefix') defaults.userPrefix = value();
    else if (flag === '--max-inflated-bytes') request.limits = { maxInflatedBytes: integer(value()) };
    else if (flag === '--now') request.now = integer(value());
    else throw new UsageError(describe('cli.unknown-flag', { flag }));
  }
  if (exports.length === 0) throw new UsageError(describe('cli.no-export'));
  if (!out) throw new UsageError(describe('cli.no-out'));
  return { exports, out, mappingPath, request };
}

/** The files of each export argument: a directory's text files (relative paths), or the file itself. */
async function gather(paths: string[], io: ImportIo): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const path of paths) {
    const listed = io.listDirectory ? await io.listDirectory(path) : undefined;
    if (listed) {
      const base = path.replace(/[\\/]+$/, '');
      for (const rel of listed)
        if (isTextFile(rel) || /\.zip$/i.test(rel))
          files.push({ path: rel, read: () => io.readFile(`${base}/${rel}`) });
    } else {
      const name = path.replace(/\\/g, '/').split('/').pop() || path;
      files.push({ path: name, read: () => io.readFile(path) });
    }
  }
  return files;
}

/** Where the files beside the output go: input.json → input.mapping.json, input.accounts.json, … */
export function besideOutput(out: string, kind: 'mapping' | 'accounts' | 'accounting'): string {
  return /\.json$/i.test(out) ? `${out.slice(0, -5)}.${kind}.json` : `${out}.${kind}.json`;
}

export async function runImportCommand(argv: string[], io: ImportIo): Promise<number> {
  if (argv.some((a) => a === '--help' || a === '-h')) {
    io.stdout(`${describe('cli.usage')}\n`);
    return 0;
  }
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${printable(error.message)}\n${describe('cli.usage')}\n`);
    return 2;
  }
  try {
    const { exports, out, mappingPath, request } = parsed;
    if (mappingPath) {
      const text = new TextDecoder().decode(await io.readFile(mappingPath));
      const { parseJsonText } = await import('./json');
      request.mapping = parseJsonText(mappingPath, text).value;
    }
    const result = await importExport(await gather(exports, io), request);
    const files = {
      mapping: besideOutput(out, 'mapping'),
      accounts: besideOutput(out, 'accounts'),
      accounting: besideOutput(out, 'accounting'),
    };
    await io.writeFile(out, documentChunks(result.document));
    await io.writeFile(files.mapping, `${JSON.stringify(result.mapping, null, 2)}\n`);
    await io.writeFile(files.accounts, `${JSON.stringify(result.accounts, null, 2)}\n`);
    await io.writeFile(files.accounting, accountingChunks(result.accounting));
    const lines = formatSummary(result);
    lines.push(
      describe('summary.accounts', { count: result.accounts.accounts.length, file: files.accounts }),
    );
    lines.push(
      describe('summary.wrote', { files: [out, files.mapping, files.accounts, files.accounting].join(', ') }),
    );
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    const e = error instanceof ImportError ? error : asImportError(error);
    io.stderr(`${describe('cli.failed', { detail: printable(e.message) })}\n`);
    return 1;
  }
}
