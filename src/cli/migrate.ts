/**
 * `npm run migrate -- <command> …`: the headless side of the batch feature (tsx runs this TypeScript as is).
 * Commands live in one table; another feature adds its own with `registerCommand` — the importers add
 * `import` there (src/lib/importers/ exports `runImportCommand(argv)`; see the hook below).
 */
import { pathToFileURL } from 'node:url';
import { planCommand, runCommand, type CliIo } from './commands';
import { cliMessage } from './messages';
import { UsageError } from './options';

export interface CliCommand {
  summary: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export const COMMANDS = new Map<string, CliCommand>([
  ['plan', { summary: 'read and plan an export', run: planCommand }],
  ['run', { summary: 'plan and send an export, resuming where it stopped', run: runCommand }],
  // Hook for the importers: ['import', { summary: 'convert a Slack/Telegram/… export', run: (argv) => runImportCommand(argv) }]
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
