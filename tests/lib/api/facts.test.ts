// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as facts from '../../../src/lib/api/facts';
import {
  BYTE_BUDGETS,
  DEFAULT_MAX_MESSAGE_BYTES,
  GROUP_TYPE_NOTES,
  MAX_CALLS_PER_SECOND,
  MAX_MESSAGES_PER_CALL,
  MAX_UINT32,
  SEVERITIES,
  SEVERITY_RANK,
  countBySeverity,
  emptySeverityCounts,
  failedRows,
  systemClock,
  totalCount,
} from '../../../src/lib/api/facts';
import * as core from '../../../src/lib/api';
import { QUERY_PARAMETERS } from '../../../src/lib/api/query-parameters';
import { GROUP_TYPES } from '../../../src/lib/api/types';

describe('facts', () => {
  it('are the documented figures (TENCENT-IM §1, §4)', () => {
    expect(MAX_MESSAGES_PER_CALL).toBe(7);
    expect(MAX_CALLS_PER_SECOND).toBe(200);
    expect(MAX_UINT32).toBe(2 ** 32 - 1);
    expect(DEFAULT_MAX_MESSAGE_BYTES).toBe(8000);
    expect(BYTE_BUDGETS.map((b) => [b.bytes, b.label])).toEqual([
      [8000, '8,000 bytes'],
      [12000, '12,000 bytes'],
      [12288, '12,288 bytes'],
    ]);
    expect(BYTE_BUDGETS[0].bytes).toBe(DEFAULT_MAX_MESSAGE_BYTES);
  });

  it('name only group types that exist, and AVChatRoom with its refusal code', () => {
    for (const type of Object.keys(GROUP_TYPE_NOTES)) expect(GROUP_TYPES).toContain(type);
    expect(GROUP_TYPE_NOTES.AVChatRoom).toMatch(/10007/);
  });

  it('document each query parameter of the endpoint, in URL order', () => {
    expect(QUERY_PARAMETERS.map((p) => p.name)).toEqual([
      'sdkappid',
      'identifier',
      'usersig',
      'random',
      'contenttype',
    ]);
    expect(QUERY_PARAMETERS.find((p) => p.name === 'random')?.meaning).toMatch(/0\.\.4294967295/);
  });

  it('are all exported by the core index too', () => {
    for (const [name, value] of Object.entries(facts)) expect(core[name as keyof typeof core]).toBe(value);
  });

  it('the module imports no zod (the page loads it at start-up)', () => {
    const read = (name: string) =>
      readFileSync(new URL(`../../../src/lib/api/${name}`, import.meta.url), 'utf8');
    for (const text of ['facts.ts', 'context.ts', 'query-parameters.ts'].map(read)) {
      const imports = [...text.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
      expect(imports.every((path) => ['./types', './facts'].includes(path))).toBe(true);
    }
  });
});

describe('the page copies no fact', () => {
  // The figures of this module, as the page would write them in code or text.
  const COPIES = [
    /\b8_?000\b/,
    /\b12_?000\b/,
    /\b12_?288\b/,
    /=\s*1_?000_?000\b/,
    /\b4294967295\b/,
    /\b200 calls\b/,
  ];
  const FOLDERS = ['components', 'state', 'checker', 'diagnostics', 'format', 'lazy', 'clipboard'];

  it.each(FOLDERS)('src/lib/%s/ reads the figures from the core', (folder) => {
    const dir = new URL(`../../../src/lib/${folder}/`, import.meta.url);
    // Subfolders too (components/sandbox/): every source file under the folder.
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
      /\.(ts|svelte)$/.test(name),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      for (const copy of COPIES) expect({ name, copy: copy.test(text) }).toEqual({ name, copy: false });
    }
  });
});

describe('failedRows', () => {
  it('keeps the rows with a Result other than 0, in order', () => {
    const rows = [{ Result: 0 }, { Result: 10004, id: 'a' }, {}, { Result: 80002, id: 'b' }];
    expect(failedRows(rows)).toEqual([rows[1], rows[3]]);
    expect(failedRows([])).toEqual([]);
    expect(failedRows([{}, { Result: 0 }])).toEqual([]);
  });
});

describe('severity counts', () => {
  it('counts each severity, the most severe ranked first', () => {
    expect(SEVERITIES).toEqual(['error', 'warning', 'info']);
    expect(SEVERITIES.map((s) => SEVERITY_RANK[s])).toEqual([0, 1, 2]);
    expect(emptySeverityCounts()).toEqual({ error: 0, warning: 0, info: 0 });
    const counts = countBySeverity([{ severity: 'warning' }, { severity: 'error' }, { severity: 'warning' }]);
    expect(counts).toEqual({ error: 1, warning: 2, info: 0 });
    expect(totalCount(counts)).toBe(3);
    expect(totalCount(countBySeverity([]))).toBe(0);
  });

  it('gives a fresh object each time', () => {
    const a = emptySeverityCounts();
    a.error = 5;
    expect(emptySeverityCounts().error).toBe(0);
  });
});

describe('systemClock', () => {
  it('reads whole Unix seconds from Date.now', () => {
    const before = Math.floor(Date.now() / 1000);
    const now = systemClock();
    expect(Number.isInteger(now)).toBe(true);
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });
});
