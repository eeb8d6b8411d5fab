/** The run's progress on the terminal: one line rewritten in place on a TTY, a line every 5 s otherwise. */
import type { RunSnapshot } from '../lib/batch/runner';
import { cliMessage } from './messages';

const PERIOD_MS = 5000;
const TTY_PERIOD_MS = 100;

function eta(seconds: number | undefined): string {
  if (seconds === undefined) return '–';
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.ceil(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function progressText(snapshot: RunSnapshot): string {
  const { calls, messages } = snapshot;
  const tally = Object.entries(snapshot.byResult)
    .map(([code, count]) => `${code === '0' ? 'ok' : code} ${count}`)
    .join(', ');
  const retries = snapshot.retries > 0 ? `, retries ${snapshot.retries}` : '';
  return cliMessage('run.progress', {
    percent: calls.total === 0 ? '100.0' : ((100 * calls.done) / calls.total).toFixed(1),
    callsDone: calls.done,
    calls: calls.total,
    done: messages.done,
    messages: messages.total,
    rate: snapshot.ratePerSecond.toFixed(1),
    eta: eta(snapshot.etaSeconds),
    tally: `${tally || 'nothing yet'}${retries}`,
  });
}

export class ProgressLine {
  readonly #out: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  #last = 0;
  #drawn = false;

  constructor(out: NodeJS.WritableStream & { isTTY?: boolean }) {
    this.#out = out;
  }

  update(snapshot: RunSnapshot): void {
    const now = Date.now();
    const tty = this.#out.isTTY === true;
    if (now - this.#last < (tty ? TTY_PERIOD_MS : PERIOD_MS)) return;
    this.#last = now;
    this.#write(progressText(snapshot), tty);
  }

  finish(snapshot: RunSnapshot): void {
    this.#write(progressText(snapshot), this.#out.isTTY === true);
    if (this.#drawn) this.#out.write('\n');
    this.#drawn = false;
  }

  #write(text: string, tty: boolean): void {
    if (!tty) {
      this.#out.write(`${text}\n`);
      return;
    }
    const width = Math.max(20, (this.#out.columns ?? 120) - 1);
    this.#out.write(`\r\x1b[2K${text.slice(0, width)}`);
    this.#drawn = true;
  }
}
