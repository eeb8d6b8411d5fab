/** Every line the migrate CLI prints, keyed by id (see src/lib/batch/messages.ts for the batch's own). */
type Params = Record<string, string | number>;
const n = (value: unknown) => Number(value ?? 0).toLocaleString('en-US');
const s = (value: unknown) => String(value ?? '');

export const CLI_MESSAGES = {
  usage: () =>
    [
      'Usage: npm run migrate -- <command> <file> [options]',
      '',
      'Commands:',
      '  plan <file>   read and plan an export: calls, messages, groups, problems (--export <plan.json>)',
      '  run <file>    plan and send it; resumes from the state file next to the input',
      '  import <export…> --out <input.json> [--from slack|telegram|discord|mattermost]',
      '                convert an export (folder, zip or files) into that input; writes the mapping,',
      '                the accounts to create and the accounting beside it (import --help for its options)',
      '',
      'Options of run:',
      '  --target direct|sandbox   direct (default) or a dry run against an in-memory sandbox',
      '  --region <id>             cn, sgp, kr, ger, ind, usa, idn, jpn (or --host <host>)',
      '  --sdkappid <n> --identifier <admin>',
      '  --usersig-file <path>     a file holding the UserSig (or TIM_USERSIG in the environment)',
      '  --secret-key-file <path>  a file holding the SecretKey: a UserSig is generated (or TIM_SECRET_KEY)',
      '  --report <file.json>      default: <file>.report.json; a .csv is written beside it',
      '  --rate <calls/s>          default 100, at most 200;  --concurrency <groups>  default 8',
      '  --on-permanent-failure continue|stop   --restart (forget saved progress)',
      'Options of both: --group-id <id> (for messages without one), --max-message-bytes <n>,',
      '  --max-request-bytes <n>, --nudge-ties (move equal SendTimes to the next free second)',
      'Credentials are never taken on the command line: use the files or TIM_USERSIG / TIM_SECRET_KEY',
      '(and TIM_SDKAPPID / TIM_IDENTIFIER if you like).',
    ].join('\n'),
  'error.unknown-command': (p: Params) => `Unknown command "${s(p.command)}".`,
  'error.no-file': () => 'Give the export file to read.',
  'error.bad-option': (p: Params) => `${s(p.detail)}`,
  'error.secret-on-command-line': (p: Params) =>
    `--${s(p.option)} would put a secret on the command line (shell history, process list). Put it in a file (--${s(p.option)}-file) or the ${s(p.env)} environment variable.`,
  'error.missing': (p: Params) => `Missing ${s(p.what)}.`,
  'error.region': (p: Params) => `Unknown region "${s(p.region)}": one of ${s(p.regions)}.`,
  'error.read-file': (p: Params) => `Cannot read ${s(p.path)}: ${s(p.detail)}`,
  'error.state-mismatch': (p: Params) =>
    `${s(p.path)} holds the progress of another plan (${s(p.saved)}): the input or the options changed. Use --restart to forget it (messages already imported stay imported), or restore the input.`,
  'error.usersig': (p: Params) => `Cannot make a UserSig: ${s(p.detail)}`,
  'error.file-problems': (p: Params) => `The input could not be read: ${s(p.detail)}`,
  'plan.summary': (p: Params) =>
    `${n(p.calls)} calls, ${n(p.messages)} messages, ${n(p.groups)} groups, ${n(p.problems)} problems (of ${n(p.input)} input messages).`,
  'plan.span': (p: Params) =>
    `SendTime from ${s(p.first)} to ${s(p.last)}; at ${n(p.rate)} calls/s at least ${s(p.duration)}.`,
  'plan.problem-rule': (p: Params) => `  ${s(p.rule)}: ${n(p.count)}`,
  'plan.exported': (p: Params) => `Plan written to ${s(p.path)}.`,
  'run.resuming': (p: Params) =>
    `Resuming: ${n(p.done)} of ${n(p.total)} messages already settled (${s(p.path)}).`,
  'run.dry-run': (p: Params) =>
    `Dry run against an in-memory sandbox holding ${n(p.groups)} groups (nothing leaves this machine).`,
  'run.progress': (p: Params) =>
    `${s(p.percent)}% ${n(p.callsDone)}/${n(p.calls)} calls · ${n(p.done)}/${n(p.messages)} messages · ${s(p.rate)} calls/s · ETA ${s(p.eta)} · ${s(p.tally)}`,
  'run.interrupted': () => 'Interrupted: progress is saved; run the same command again to resume.',
  'run.stopped': (p: Params) => `Stopped: ${s(p.reason)}`,
  'run.summary': (p: Params) =>
    `Imported ${n(p.imported)} of ${n(p.input)} messages (${n(p.unconfirmed)} of them unconfirmed), failed ${n(p.failed)}, skipped ${n(p.skipped)}, problems ${n(p.problems)}, pending ${n(p.pending)}.`,
  'run.report': (p: Params) => `Report: ${s(p.json)} and ${s(p.csv)}`,
} as const;

export function cliMessage(id: keyof typeof CLI_MESSAGES, params: Params = {}): string {
  return (CLI_MESSAGES[id] as (p: Params) => string)(params);
}
