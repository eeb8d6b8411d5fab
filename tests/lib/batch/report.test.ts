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
