// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadBatchText } from '../../../src/lib/batch/load';
import { planBatch } from '../../../src/lib/batch/plan';
import {
  csvField,
  CSV_COLUMNS,
  reportCsv,
  reportJson,
  reportRows,
  reportSeries,
} from '../../../src/lib/batch/report';
import { createBatchRunner } from '../../../src/lib/batch/runner';
import { createSandboxTransport } from '../../../src/lib/sandbox';
import { buildRequest, instant, messages, NOW, sandboxFor, T0, text } from './helpers';

async function finishedRun(records: unknown[]) {
  const plan = planBatch(loadBatchText(JSON.stringify(records)), { now: NOW });
  const sandbox = sandboxFor(plan);
  const runner = createBatchRunner({
    plan,
    transport: createSandboxTransport(sandbox),
    buildRequest,
    ...instant(),
  });
  await runner.start();
  return { plan, results: runner.results };
}

describe('csvField', () => {
  it('quotes per RFC 4180 and neutralises formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    for (const start of ['+1', '-1+2', '@SUM(A1)', '\tx']) expect(csvField(start)).toBe(`'${start}`);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(undefined)).toBe('');
  });
});

describe('report', () => {
  it('has one row per input message, in input order, that a CSV parser reads back exactly', async () => {
    const hostile = {
      GroupId: 'group-0',
      From_Account: '=cmd|"/c calc"!A1',
      SendTime: T0 + 1,
      MsgBody: text('x'),
      SourceId: 'a,"b"\nc',
    };
    const records = [
      ...messages(2, 4),
      hostile,
      { GroupId: 'group-0', From_Account: 'x', SendTime: 'bad', MsgBody: [] },
    ];
    const { plan, results } = await finishedRun(records);
    const rows = [...reportRows(plan, results)];
    expect(rows.map((r) => r.index)).toEqual(records.map((_, i) => i));
    const csv = Papa.parse<Record<string, string>>([...reportCsv(plan, results)].join(''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.errors).toEqual([]);
    expect(csv.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(csv.data).toHaveLength(records.length);
    expect(csv.data[8]).toMatchObject({
      From_Account: `'=cmd|"/c calc"!A1`,
      SourceId: 'a,"b"\nc',
      status: 'imported',
      Result: '0',
    });
    expect(csv.data[9]).toMatchObject({ status: 'problem', rule: 'field-type', Result: '10004' });
    expect(csv.data[0]).toMatchObject({ GroupId: 'group-0', MsgSeq: '1', explanation: 'Imported.' });
    const json = JSON.parse([...reportJson(plan, results)].join(''));
    expect(json.rows).toHaveLength(records.length);
    expect(json.summary).toMatchObject({ imported: 9, problems: 1, inputMessages: 10 });
  });

  it('builds a series of results over time in round buckets', async () => {
    const { results } = await finishedRun(messages(3, 10));
    const { bucketMs, buckets } = reportSeries(results);
    expect(bucketMs).toBe(1000);
    expect(buckets.reduce((n, b) => n + b.successes, 0)).toBe(30);
    expect(buckets.every((b) => Object.keys(b.failures).length === 0)).toBe(true);
  });
});

describe("the report's explanations in the reader's language", () => {
  it('says imported messages and planner problems in the words given, and codes in their locale', async () => {
    const { loadCoreLocale } = await import('../../../src/lib/api/i18n/registry');
    const { translator } = await import('../../../src/lib/i18n/catalog');
    const { BATCH_ZH_CN } = await import('../../../src/lib/i18n/ui/batch.zh-CN');
    const { BATCH_EN } = await import('../../../src/lib/i18n/ui/batch.en');
    await loadCoreLocale('zh-CN');
    const t = translator<typeof BATCH_EN>(BATCH_ZH_CN, 'zh-CN') as unknown as (
      id: string,
      params?: Record<string, string | number>,
    ) => string;
    const words = {
      say: (id: string, params?: Record<string, string | number>) => {
        const key = id.startsWith('report.') ? `file.${id.slice(7)}` : id;
        return Object.hasOwn(BATCH_EN, key) ? t(key, params) : undefined;
      },
      locale: 'zh-CN' as const,
    };
    const { plan, results } = await finishedRun([
      ...messages(1, 3),
      { GroupId: 'g', From_Account: 'a', SendTime: NOW + 3600, MsgBody: text('future') },
    ]);
    const rows = [...reportRows(plan, results, words)];
    const english = [...reportRows(plan, results)];
    expect(rows.map((r) => r.status)).toEqual(english.map((r) => r.status));
    for (const row of rows) expect(row.explanation).toMatch(/[\u4e00-\u9fff]/);
    for (const row of english) expect(row.explanation).not.toMatch(/[\u4e00-\u9fff]/);
    expect(rows.map((r) => r.status)).toEqual(['imported', 'imported', 'imported', 'problem']);
    for (const row of rows.filter((r) => r.status === 'imported')) expect(row.explanation).toBe('已导入。');
  });
});
