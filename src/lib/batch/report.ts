/**
 * The run's report: one row per input message (planned or not), as CSV (RFC 4180) and JSON, and a series of
 * results over time for a chart. Generators of text pieces: a million rows never sit in one string.
 */
import { explainCode } from '../api/codes';
import { diagnosticText, type Locale } from '../api/i18n/registry';
import { batchMessage } from './messages';
import type { BatchPlan, PlanProblem } from './plan-types';
import { MESSAGE_STATUS, STATUS_NAMES } from './progress';
import type { RunResults } from './run-state';

export interface ReportRow {
  /** Index of the message in the input, 0-based. */
  index: number;
  SourceId?: string;
  GroupId?: string;
  From_Account?: string;
  SendTime?: number;
  Random?: number;
  MsgSeq?: number;
  /** The per-message Result, the call's ErrorCode, or the code the service would answer a problem with. */
  Result?: number;
  status: (typeof STATUS_NAMES)[number] | 'problem';
  /** The problem's rule id, for messages the planner kept back. */
  rule?: string;
  explanation: string;
}

/**
 * The words of a report's explanation column: `say` gives a sentence of batch/messages.ts's ids in the reader's
 * language (undefined for an id it lacks), `locale` the language of the codes' and the engine's explanations. The
 * CLI's reports are English; the page passes its language.
 */
export interface ReportWords {
  say(id: string, params?: Record<string, string | number>): string | undefined;
  locale?: Locale;
}

const ENGLISH: ReportWords = { say: batchMessage };

function problemRow(problem: PlanProblem, words: ReportWords): ReportRow {
  const row: ReportRow = {
    index: problem.index,
    status: 'problem',
    rule: problem.rule,
    explanation:
      words.say(`problem.${problem.rule}`, problem.params) ??
      (problem.said && words.locale
        ? diagnosticText({ message: problem.detail ?? problem.rule, ...problem.said }, words.locale)
        : (problem.detail ?? problem.rule)),
  };
  if (problem.SourceId !== undefined) row.SourceId = problem.SourceId;
  if (problem.GroupId !== undefined) row.GroupId = problem.GroupId;
  if (problem.From_Account !== undefined) row.From_Account = problem.From_Account;
  if (problem.SendTime !== undefined) row.SendTime = problem.SendTime;
  if (problem.Random !== undefined) row.Random = problem.Random;
  if (problem.serverCode !== undefined) row.Result = problem.serverCode;
  return row;
}

function explain(status: number, result: number, words: ReportWords): string {
  switch (status) {
    case MESSAGE_STATUS.imported:
      return words.say('report.imported') as string;
    case MESSAGE_STATUS.unconfirmed:
      return words.say('report.unconfirmed') as string;
    case MESSAGE_STATUS.skipped:
      return `${words.say('report.skipped', { code: result })} ${explainCode(result, 'call', words.locale).meaning}`;
    case MESSAGE_STATUS.failed: {
      const explanation = explainCode(result, 'message', words.locale);
      return `${explanation.meaning} ${explanation.action}`;
    }
    default:
      return words.say('report.pending') as string;
  }
}

/** Every input message's row, in input order. */
export function* reportRows(
  plan: BatchPlan,
  results: RunResults,
  words: ReportWords = ENGLISH,
): Generator<ReportRow> {
  const position = new Int32Array(plan.inputCount).fill(-1);
  for (let p = 0; p < plan.messages.input.length; p++) position[plan.messages.input[p]] = p;
  let k = 0;
  for (let index = 0; index < plan.inputCount; index++) {
    while (k < plan.problems.length && plan.problems[k].index < index) k++;
    const p = position[index];
    if (p === -1) {
      const problem = plan.problems[k];
      if (problem && problem.index === index) yield problemRow(problem, words);
      continue;
    }
    const status = results.status[p];
    const group = plan.groups[groupOf(plan, p)];
    const row: ReportRow = {
      index,
      GroupId: group.GroupId,
      From_Account: plan.messages.from.at(p),
      SendTime: plan.messages.sendTime[p],
      Random: plan.messages.random[p],
      status: STATUS_NAMES[status],
      explanation: explain(status, results.result[p], words),
    };
    const source = plan.messages.sourceId?.at(p);
    if (source !== undefined) row.SourceId = source;
    if (results.msgSeq[p] >= 0) row.MsgSeq = results.msgSeq[p];
    if (results.result[p] >= 0) row.Result = results.result[p];
    yield row;
  }
}

function groupOf(plan: BatchPlan, position: number): number {
  // Groups hold consecutive positions: binary search on firstMessage.
  let lo = 0;
  let hi = plan.groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (plan.groups[mid].firstMessage <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo; // the last group starting at or before it: an empty group never is (the next starts there too)
}

export const CSV_COLUMNS = [
  'index',
  'SourceId',
  'GroupId',
  'From_Account',
  'SendTime',
  'Random',
  'MsgSeq',
  'Result',
  'status',
  'rule',
  'explanation',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds `"`, `,`, CR or LF, with its quotes doubled. Text from the input
 * (SourceId, GroupId, From_Account, explanations) that starts with = + - @ (or a tab or CR) gets a leading `'`:
 * spreadsheets would otherwise run it as a formula (CSV injection). Numbers are written as they are.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function* reportCsv(
  plan: BatchPlan,
  results: RunResults,
  words: ReportWords = ENGLISH,
): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  let chunk = '';
  let n = 0;
  for (const row of reportRows(plan, results, words)) {
    chunk += `${CSV_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
    if (++n % 1000 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

export function* reportJson(
  plan: BatchPlan,
  results: RunResults,
  words: ReportWords = ENGLISH,
): Generator<string> {
  const counts = results.counts();
  yield `{"planId":${JSON.stringify(plan.id)},"summary":${JSON.stringify({ ...counts, problems: plan.summary.problemMessages, inputMessages: plan.inputCount })},\n"rows":[`;
  let first = true;
  for (const row of reportRows(plan, results, words)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]}\n';
}

export interface SeriesBucket {
  /** Bucket start, clock ms. */
  start: number;
  successes: number;
  /** Failed messages by code ('unconfirmed' counts as a success, 'skipped' by its code). */
  failures: Record<string, number>;
  /** Settled messages per second in the bucket. */
  rate: number;
}

const NICE_BUCKETS_MS = [
  1000, 5000, 10_000, 30_000, 60_000, 300_000, 900_000, 3_600_000, 21_600_000, 86_400_000,
];

/** Results over time, in at most ~`maxBuckets` buckets of a round size, for the lead's chart. */
export function reportSeries(
  results: RunResults,
  maxBuckets = 200,
): { bucketMs: number; buckets: SeriesBucket[] } {
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < results.doneAt.length; p++) {
    if (results.status[p] === MESSAGE_STATUS.pending) continue;
    min = Math.min(min, results.doneAt[p]);
    max = Math.max(max, results.doneAt[p]);
  }
  if (min === Infinity) return { bucketMs: 1000, buckets: [] };
  const span = max - min + 1;
  const bucketMs =
    NICE_BUCKETS_MS.find((ms) => span / ms <= maxBuckets) ?? NICE_BUCKETS_MS[NICE_BUCKETS_MS.length - 1];
  const origin = Math.floor(min / bucketMs) * bucketMs;
  const buckets: SeriesBucket[] = [];
  for (let start = origin; start <= max; start += bucketMs)
    buckets.push({ start, successes: 0, failures: {}, rate: 0 });
  for (let p = 0; p < results.doneAt.length; p++) {
    const status = results.status[p];
    if (status === MESSAGE_STATUS.pending) continue;
    const bucket = buckets[Math.floor((results.doneAt[p] - origin) / bucketMs)];
    if (status === MESSAGE_STATUS.imported || status === MESSAGE_STATUS.unconfirmed) bucket.successes++;
    else {
      const key = String(results.result[p]);
      bucket.failures[key] = (bucket.failures[key] ?? 0) + 1;
    }
    bucket.rate += 1000 / bucketMs;
  }
  return { bucketMs, buckets };
}
