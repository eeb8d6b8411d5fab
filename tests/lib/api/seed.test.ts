// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SEED_REQUEST_TEXT, SEED_RESPONSE_TEXT } from '../../../src/lib/api/seed';
import { validateImportRequest } from '../../../src/lib/api/validate';
import { parseImportResponse } from '../../../src/lib/api/response';
import { SEED_REQUEST } from './seed-fixture';

describe("the seed page's sample request, exactly as printed", () => {
  const report = validateImportRequest(SEED_REQUEST_TEXT, { now: 1_700_000_000 });

  it('is printed with its // comments', () => {
    expect(SEED_REQUEST_TEXT).toContain('"RecentContactFlag":1,// Means to trigger conversation update');
    expect(SEED_REQUEST_TEXT.match(/\/\/ /g)).toHaveLength(9);
  });

  it('has no errors: only comment warnings and the GroupId type hint', () => {
    expect(report.ok).toBe(true);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const rules = new Set(report.diagnostics.map((d) => d.rule));
    expect([...rules].sort()).toEqual(['group-id-type-hint', 'json-comment']);
    const comments = report.diagnostics.filter((d) => d.rule === 'json-comment');
    expect(comments).toHaveLength(9);
    for (const c of comments) {
      const covered = SEED_REQUEST_TEXT.slice(c.offset, c.offset + c.length);
      expect(covered).toMatch(/^\/\/ [^\n]*$/);
      expect(SEED_REQUEST_TEXT[c.offset + c.length]).toBe('\n');
    }
  });

  it('its body has no comments, parses with JSON.parse and is the request', () => {
    expect(report.body).not.toContain('//');
    const body = JSON.parse(report.body!);
    expect(report.request).toEqual(body);
    expect(body).toEqual(SEED_REQUEST);
  });

  it('becomes invalid in a context where its rules fail', () => {
    expect(validateImportRequest(SEED_REQUEST_TEXT, { now: 1620808101 }).ok).toBe(false);
    const community = validateImportRequest(SEED_REQUEST_TEXT, {
      now: 1_700_000_000,
      groupType: 'Community',
    });
    expect(community.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['recent-contact-flag-group-type', 'group-id-community-prefix']),
    );
  });
});

describe("the seed page's sample response", () => {
  it('joins to the sample request, trailing comma and all', () => {
    const request = validateImportRequest(SEED_REQUEST_TEXT, { now: 1_700_000_000 }).request;
    const response = parseImportResponse(SEED_RESPONSE_TEXT, request);
    expect(response.ok).toBe(true);
    expect(response.rows.map((r) => [r.index, r.message?.From_Account, r.MsgSeq, r.Result])).toEqual([
      [0, 'leckie', 1, 0],
      [1, 'peter', 2, 0],
    ]);
  });
});
