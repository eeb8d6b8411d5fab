import { describe, expect, it } from 'vitest';
import { fixesFor, validateImportRequest, type Fix } from '../../../src/lib/api';
import { applyEdits, changedMiddle, editsTogether, fixAllEdits } from '../../../src/lib/fixes/apply';
import { MESSY, MIXED, NOW } from './messy';

const context = { now: NOW };

describe('editsTogether', () => {
  it('joins fixes that do not clash and keeps the text outside their edits', () => {
    const fixes = fixesFor(MIXED, context);
    const edits = editsTogether(MIXED, context, fixes);
    const fixed = applyEdits(MIXED, edits);
    expect(validateImportRequest(fixed, context).diagnostics.filter((d) => d.severity !== 'info')).toEqual(
      [],
    );
    expect(fixed).toContain('"Index": 3');
    expect(fixed).toContain('"From_Account": "bob"');
  });

  it('applies a shared edit list once', () => {
    const shared = fixesFor(MESSY, context).filter((f) => f.rule === 'send-time-milliseconds');
    expect(shared[0].edits).toBe(shared[1].edits);
    expect(editsTogether(MESSY, context, shared)).toBe(shared[0].edits);
  });

  it('leaves out a fix whose edits overlap an earlier one, or insert where another edit starts', () => {
    const at = (offset: number, length: number, text: string): Fix => ({
      kind: 'edit',
      rule: 'json-comment',
      pointer: '',
      offset,
      length,
      title: 't',
      titleId: 'fix.remove-comment',
      edits: [{ offset, length, text }],
    });
    const text = '{"GroupId": "abcdef", "MsgList": []}';
    const a = text.indexOf('a');
    expect(editsTogether(text, context, [at(a, 3, 'x'), at(a + 2, 3, 'y')])).toEqual([
      { offset: a, length: 3, text: 'x' },
    ]);
    expect(editsTogether(text, context, [at(a, 3, 'x'), at(a + 3, 0, 'y')])).toEqual([
      { offset: a, length: 3, text: 'x' },
    ]);
    expect(editsTogether(text, context, [at(a, 1, 'x'), at(a + 2, 1, 'y')])).toEqual([
      { offset: a, length: 1, text: 'x' },
      { offset: a + 2, length: 1, text: 'y' },
    ]);
    expect(editsTogether(text, context, [])).toEqual([]);
  });

  it('falls back to the first fix when the fixes together would bring a new error', () => {
    // Each edit alone is harmless; together they empty GroupId's value: a new error.
    const text = '{"GroupId": "ab", "MsgList": []}';
    const a = text.indexOf('ab');
    const one = (offset: number): Fix => ({
      kind: 'edit',
      rule: 'json-comment',
      pointer: '',
      offset,
      length: 1,
      title: 't',
      titleId: 'fix.remove-comment',
      edits: [{ offset, length: 1, text: '' }],
    });
    const before = validateImportRequest(text, context).diagnostics.filter((d) => d.severity === 'error');
    const both = applyEdits(text, [...one(a).edits, ...one(a + 1).edits]);
    expect(
      validateImportRequest(both, context).diagnostics.filter((d) => d.severity === 'error').length,
    ).toBeGreaterThan(before.length);
    expect(editsTogether(text, context, [one(a), one(a + 1)])).toEqual(one(a).edits);
  });
});

describe('fixAllEdits', () => {
  it('gives one edit from the first to the last changed character', () => {
    const { edits, applied } = fixAllEdits(MESSY, context);
    expect(applied).toBe(5);
    expect(edits).toHaveLength(1);
    const fixed = applyEdits(MESSY, edits);
    expect(validateImportRequest(fixed, context).diagnostics.filter((d) => d.severity !== 'info')).toEqual(
      [],
    );
    const [edit] = edits;
    expect(MESSY[edit.offset]).not.toBe(fixed[edit.offset]);
    expect(MESSY[edit.offset + edit.length - 1]).not.toBe(fixed[edit.offset + edit.text.length - 1]);
  });

  it('gives no edit when nothing can be fixed', () => {
    expect(fixAllEdits('{"GroupId": "g", "MsgList": []}', context)).toEqual({ edits: [], applied: 0 });
    expect(fixAllEdits('not json', context)).toEqual({ edits: [], applied: 0 });
  });

  it('never cuts a surrogate pair at either end of its edit', () => {
    // U+1F600 and U+1F601 share their high surrogate; U+1F600 and U+1F200 their low one.
    expect(changedMiddle('a\u{1F600}b', 'a\u{1F601}b')).toEqual({ offset: 1, length: 2, text: '\u{1F601}' });
    expect(changedMiddle('a\u{1F600}b', 'a\u{1F200}b')).toEqual({ offset: 1, length: 2, text: '\u{1F200}' });
    expect(changedMiddle('abc', 'abc')).toEqual({ offset: 3, length: 0, text: '' });
    expect(changedMiddle('aXa', 'a')).toEqual({ offset: 1, length: 2, text: '' });
  });
});
