/**
 * `npm run migrate -- <command> …`: the headless side of the batch feature (tsx runs this TypeScript as is).
 * Commands live in one table; another feature adds its own with `registerCommand`. `import` (the importers,
 * loaded only when used) writes the input that `plan` and `run` read.
 */
import { pathToFileURL } from 'node:url';
import { planCommand, runCommand, type CliIo } from './commands';
import { cliMessage } from './messages';
import { UsageError } from './options';

/** `import`: src/lib/importers' command over the file system, printing to this run's streams. */
async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const [{ runImportCommand }, { nodeImportIo }] = await Promise.all([
    import('../lib/importers/cli'),
    import('./import-io'),
  ]);
  return runImportCommand(argv, {
    ...nodeImportIo,
    stdout: (text) => io.out.write(text),
    stderr: (text) => io.err.write(text),
  });
}

export interface CliCommand {
  summary: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export const COMMANDS = new Map<string, CliCommand>([
  ['plan', { summary: 'read and plan an export', run: planCommand }],
  ['run', { summary: 'plan and send an export, resuming where it stopped', run: runCommand }],
  ['import', { summary: 'convert a Slack, Telegram, Discord or Mattermost export', run: importCommand }],
]);

export function registerCommand(name: string, command: CliCommand): void {
  COMMANDS.set(name, command);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out.write(`${cliMessage('usage')}\n`);
    return name ? 0 : 1;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err.write(`${cliMessage('error.unknown-command', { command: name })}\n${cliMessage('usage')}\n`);
    return 1;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const interrupted = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  main(process.argv.slice(2), {
    out: process.stdout,
    err: process.stderr,
    env: process.env,
    interrupted,
  }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(70);
    },
  );
}
