// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/lib/api';
import { collapseRepeats } from '../../../src/lib/diagnostics/groups';

describe('collapseRepeats', () => {
  const at = (offset: number, message = 'Comments are not JSON', rule = 'json-comment'): Diagnostic => ({
    severity: 'warning',
    rule,
    message,
    pointer: '',
    offset,
    length: 2,
  });

  it('shows a diagnostic repeated in several places once, keeping every place in order', () => {
    const collapsed = collapseRepeats([
      at(5),
      at(40),
      at(9, 'Trailing comma', 'json-trailing-comma'),
      at(80),
    ]);
    expect(collapsed.map((c) => [c.diagnostic.rule, c.occurrences.map((o) => o.offset)])).toEqual([
      ['json-comment', [5, 40, 80]],
      ['json-trailing-comma', [9]],
    ]);
  });

  it('keeps diagnostics with different messages apart', () => {
    expect(collapseRepeats([at(1, 'a'), at(2, 'b')])).toHaveLength(2);
  });
});
