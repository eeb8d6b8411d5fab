import { describe, expect, it } from 'vitest';
import { validateImportRequest } from '../../../src/lib/api';
import { MISTAKES } from '../../../src/lib/reference/mistakes';

// A fixed "now" (2023-11-14) so the examples' times (May 2021, year 2100) stay past and future for good.
const NOW = 1700000000;

describe('common mistakes gallery', () => {
  it('has unique ids and covers the issue’s list', () => {
    expect(new Set(MISTAKES.map((mistake) => mistake.id)).size).toBe(MISTAKES.length);
    expect(MISTAKES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(MISTAKES.map((mistake) => [mistake.id, mistake] as const))(
    '%s yields exactly its rule and server code',
    (_id, mistake) => {
      const report = validateImportRequest(mistake.text, {
        now: NOW,
        maxMessageBytes: 8000,
        ...mistake.context,
      });
      const rules = [...new Set(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule))];
      expect(rules).toEqual([mistake.expectRule]);
      const hit = report.diagnostics.find((d) => d.rule === mistake.expectRule);
      expect(hit?.serverCode).toBe(mistake.expectServerCode);
    },
  );
});
