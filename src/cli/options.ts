/** Command-line options of the migrate commands, and the credentials (from files or the environment only). */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REGIONS } from '../lib/api/regions';
import { generateUserSig } from '../lib/api/usersig';
import type { PlanOptions } from '../lib/batch/plan-types';
import { cliMessage } from './messages';

export class UsageError extends Error {}

const OPTIONS = {
  target: { type: 'string' },
  region: { type: 'string' },
  host: { type: 'string' },
  sdkappid: { type: 'string' },
  identifier: { type: 'string' },
  'usersig-file': { type: 'string' },
  'secret-key-file': { type: 'string' },
  // Refused with a message: a secret must never be an argument.
  usersig: { type: 'string' },
  'secret-key': { type: 'string' },
  report: { type: 'string' },
  export: { type: 'string' },
  rate: { type: 'string' },
  concurrency: { type: 'string' },
  'on-permanent-failure': { type: 'string' },
  restart: { type: 'boolean' },
  'group-id': { type: 'string' },
  'max-message-bytes': { type: 'string' },
  'max-request-bytes': { type: 'string' },
  'nudge-ties': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ParsedCommand {
  file?: string;
  values: { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };
}

export function parseCommand(argv: string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(
      cliMessage('error.bad-option', { detail: error instanceof Error ? error.message : String(error) }),
    );
  }
  for (const [option, env] of [
    ['usersig', 'TIM_USERSIG'],
    ['secret-key', 'TIM_SECRET_KEY'],
  ] as const)
    if (parsed.values[option] !== undefined)
      throw new UsageError(cliMessage('error.secret-on-command-line', { option, env }));
  return { file: parsed.positionals[0], values: parsed.values };
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(
      cliMessage('error.bad-option', { detail: `--${name} takes a positive number, not "${value}".` }),
    );
  return n;
}

export function planOptionsOf(values: ParsedCommand['values']): PlanOptions {
  return {
    defaultGroupId: values['group-id'],
    maxMessageBytes: number(values['max-message-bytes'], 'max-message-bytes'),
    maxRequestBytes: number(values['max-request-bytes'], 'max-request-bytes'),
    nudgeTies: values['nudge-ties'] === true,
    rate: number(values.rate, 'rate'),
  };
}

export function runNumbers(values: ParsedCommand['values']): { rate?: number; concurrency?: number } {
  return { rate: number(values.rate, 'rate'), concurrency: number(values.concurrency, 'concurrency') };
}

export interface Credentials {
  host: string;
  sdkAppId: string;
  identifier: string;
  userSig: string;
}

function secretFrom(file: string | undefined, env: string | undefined): string | undefined {
  if (file !== undefined) {
    try {
      return readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new UsageError(
        cliMessage('error.read-file', {
          path: file,
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }
  return env?.trim() || undefined;
}

/** Host and credentials for the direct target. The UserSig comes from a file or TIM_USERSIG, or is generated
 * from a SecretKey in a file or TIM_SECRET_KEY (valid 7 days: longer than any run). */
export async function credentialsOf(
  values: ParsedCommand['values'],
  env: NodeJS.ProcessEnv,
): Promise<Credentials> {
  let host = values.host;
  if (!host) {
    const id = values.region;
    if (!id) throw new UsageError(cliMessage('error.missing', { what: '--region (or --host)' }));
    const region = REGIONS.find((r) => r.id === id);
    if (!region)
      throw new UsageError(
        cliMessage('error.region', { region: id, regions: REGIONS.map((r) => r.id).join(', ') }),
      );
    host = region.host;
  }
  const sdkAppId = values.sdkappid ?? env.TIM_SDKAPPID;
  const identifier = values.identifier ?? env.TIM_IDENTIFIER;
  if (!sdkAppId) throw new UsageError(cliMessage('error.missing', { what: '--sdkappid' }));
  if (!identifier) throw new UsageError(cliMessage('error.missing', { what: '--identifier' }));
  let userSig = secretFrom(values['usersig-file'], env.TIM_USERSIG);
  if (!userSig) {
    const secretKey = secretFrom(values['secret-key-file'], env.TIM_SECRET_KEY);
    if (!secretKey)
      throw new UsageError(
        cliMessage('error.missing', {
          what: 'a UserSig (--usersig-file or TIM_USERSIG) or a SecretKey (--secret-key-file or TIM_SECRET_KEY)',
        }),
      );
    try {
      userSig = await generateUserSig({
        sdkAppId: Number(sdkAppId),
        identifier,
        secretKey,
        expireSeconds: 7 * 86400,
      });
    } catch (error) {
      throw new UsageError(
        cliMessage('error.usersig', { detail: error instanceof Error ? error.message : String(error) }),
      );
    }
  }
  return { host, sdkAppId, identifier, userSig };
}
