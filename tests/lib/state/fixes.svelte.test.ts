import { describe, expect, it, vi, type Mock } from 'vitest';
import { validateImportRequest, type Diagnostic } from '../../../src/lib/api';
import type { EditorHandle } from '../../../src/lib/editor/types';
import { NOT_OFFERED, TEXT_CHANGED } from '../../../src/lib/fixes/run';
import { FixesState, type FixesOptions } from '../../../src/lib/state/fixes.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import { renderMessage } from '../../../src/lib/i18n/catalog';
import { FIXES_EN } from '../../../src/lib/i18n/ui/fixes.en';
import { MESSY, MIXED, NOW } from '../fixes/messy';

function setup(text: string, options: FixesOptions = {}) {
  const workspace = new Workspace({ text, validation: { debounceMs: 0, createWorker: () => undefined } });
  workspace.setContext({ now: NOW });
  const fixes = new FixesState(workspace, options);
  return { workspace, fixes };
}

/** The last notice, in the words the Diagnostics panel shows in English. */
const noticeText = (fixes: FixesState) =>
  fixes.notice && renderMessage(FIXES_EN, 'en', fixes.notice.id, fixes.notice.params);

/** Waits for the report of the current text. */
async function settled(workspace: Workspace) {
  await vi.waitFor(() => expect(workspace.reportIsCurrent && !workspace.validating).toBe(true));
}

function fakeEditor(text: string): { [K in keyof EditorHandle]: Mock<EditorHandle[K]> } {
  return {
    getValue: vi.fn(() => text),
    setValue: vi.fn<EditorHandle['setValue']>(),
    applyEdits: vi.fn<EditorHandle['applyEdits']>(),
    getCursorOffset: vi.fn(() => 0),
    reveal: vi.fn<EditorHandle['reveal']>(),
    setMarkers: vi.fn<EditorHandle['setMarkers']>(),
    setTheme: vi.fn<EditorHandle['setTheme']>(),
    setLocale: vi.fn<EditorHandle['setLocale']>(),
    format: vi.fn<EditorHandle['format']>(),
    focus: vi.fn<EditorHandle['focus']>(),
    dispose: vi.fn<EditorHandle['dispose']>(),
  };
}

const errorCounts = (diagnostics: readonly Diagnostic[]) => {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) if (d.severity === 'error') counts[d.rule] = (counts[d.rule] ?? 0) + 1;
  return counts;
};

describe('FixesState', () => {
  it("offers the fixes of the current text's report, by diagnostic, and none while a newer text waits", async () => {
    const { workspace, fixes } = setup(MIXED);
    await settled(workspace);
    expect(fixes.available.map((f) => f.rule)).toEqual([
      'send-time-milliseconds',
      'field-type',
      'unknown-key',
      'random-duplicate',
      'json-trailing-comma',
      'json-comment',
    ]);
    expect(fixes.count).toBe(6);
    expect(fixes.tooLarge).toBe(false);
    const ms = workspace.report.diagnostics.find((d) => d.rule === 'send-time-milliseconds')!;
    const required = workspace.report.diagnostics.find((d) => d.rule === 'field-required')!;
    expect(fixes.fixesFor([ms, required])).toEqual([
      expect.objectContaining({
        title: 'Convert SendTime from milliseconds to seconds: 1620808101000 → 1620808101',
      }),
    ]);
    workspace.editorChanged(`${MIXED} `);
    expect(fixes.count).toBe(0);
    expect(fixes.fixesFor([ms])).toEqual([]);
    await settled(workspace);
    expect(fixes.count).toBe(6);
    workspace.dispose();
  });

  it('is honest on the page: each fix applied alone removes its finding and brings no new error', async () => {
    const probe = setup(MIXED);
    await settled(probe.workspace);
    const offered = probe.fixes.available.map((f) => ({
      rule: f.rule,
      pointer: f.pointer,
      offset: f.offset,
    }));
    probe.workspace.dispose();
    expect(offered).toHaveLength(6);
    for (const target of offered) {
      const { workspace, fixes } = setup(MIXED);
      await settled(workspace);
      const before = errorCounts(workspace.report.diagnostics);
      const fix = fixes.available.find((f) => f.rule === target.rule && f.offset === target.offset)!;
      expect(await fixes.run({ kind: 'one', fix })).toBe(true);
      expect(noticeText(fixes)).toMatch(/^Applied 1 fix\./);
      await settled(workspace);
      const after = workspace.report.diagnostics;
      expect(after.some((d) => d.rule === target.rule && d.pointer === target.pointer)).toBe(false);
      for (const [rule, count] of Object.entries(errorCounts(after)))
        expect(count, `${target.rule}: ${rule}`).toBeLessThanOrEqual(before[rule] ?? 0);
      workspace.dispose();
    }
  });

  it('Fix all: milliseconds, order, comments and trailing commas fixed as one editor edit that Undo reverses', async () => {
    const { workspace, fixes } = setup(MESSY);
    const editor = fakeEditor(MESSY);
    workspace.attachEditor(editor);
    await settled(workspace);
    expect(fixes.count).toBe(5);
    expect(await fixes.run({ kind: 'all' })).toBe(true);
    expect(editor.applyEdits).toHaveBeenCalledTimes(1);
    const [edits] = editor.applyEdits.mock.calls[0];
    expect(edits).toHaveLength(1);
    // The one edit, reversed, gives the original back: what one Ctrl+Z does in Monaco.
    const [{ offset, length, text }] = edits;
    const fixed = workspace.text;
    expect(
      fixed.slice(0, offset) + MESSY.slice(offset, offset + length) + fixed.slice(offset + text.length),
    ).toBe(MESSY);
    await settled(workspace);
    expect(workspace.report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(validateImportRequest(fixed, { now: NOW }).ok).toBe(true);
    expect(fixed).toContain('"SendTime": 1620808101,');
    expect(fixed.indexOf('"bob"')).toBeLessThan(fixed.indexOf('"amy"'));
    expect(noticeText(fixes)).toBe(
      'Applied 5 fixes. Undo (Ctrl+Z or Cmd+Z) takes them all back in one step.',
    );
    expect(fixes.count).toBe(0);
    expect(await fixes.run({ kind: 'all' })).toBe(false);
    expect(noticeText(fixes)).toBe('Nothing to fix.');
    workspace.dispose();
  });

  it('fixes every finding of one kind together, in one step', async () => {
    const { workspace, fixes } = setup(MESSY);
    const editor = fakeEditor(MESSY);
    workspace.attachEditor(editor);
    await settled(workspace);
    expect(await fixes.run({ kind: 'rule', rule: 'json-comment' })).toBe(true);
    expect(editor.applyEdits).toHaveBeenCalledTimes(1);
    expect(editor.applyEdits.mock.calls[0][0]).toHaveLength(2);
    expect(workspace.text).not.toMatch(/\/\//);
    expect(noticeText(fixes)).toMatch(/^Applied 2 fixes\./);
    await settled(workspace);
    expect(workspace.report.diagnostics.map((d) => d.rule)).not.toContain('json-comment');
    expect(workspace.report.diagnostics.map((d) => d.rule)).toContain('json-trailing-comma');
    workspace.dispose();
  });

  it('applies a shared fix once: the two milliseconds findings share one convert-and-sort edit list', async () => {
    const { workspace, fixes } = setup(MESSY);
    await settled(workspace);
    const shared = fixes.available.filter((f) => f.rule === 'send-time-milliseconds');
    expect(shared).toHaveLength(2);
    expect(await fixes.run({ kind: 'some', fixes: shared })).toBe(true);
    await settled(workspace);
    expect(workspace.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(workspace.text.indexOf('"bob"')).toBeLessThan(workspace.text.indexOf('"amy"'));
    workspace.dispose();
  });

  it('refuses a fix of an older text, and says so', async () => {
    const { workspace, fixes } = setup(MIXED);
    await settled(workspace);
    const old = fixes.available[0];
    workspace.setText(MIXED.replace('"hi"', '"hello"'));
    await settled(workspace);
    expect(await fixes.run({ kind: 'one', fix: old })).toBe(false);
    expect(fixes.notice).toBe(NOT_OFFERED);
    expect(workspace.text).toContain('"hello"');
    workspace.editorChanged(`${workspace.text} `);
    expect(await fixes.run({ kind: 'all' })).toBe(false);
    expect(fixes.notice).toBe(TEXT_CHANGED);
    workspace.dispose();
  });

  it('applies nothing when the text changes while the command loads', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { workspace, fixes } = setup(MESSY, {
      load: async () => {
        await gate;
        return import('../../../src/lib/fixes/run');
      },
    });
    await settled(workspace);
    const running = fixes.run({ kind: 'all' });
    expect(fixes.busy).toBe(true);
    workspace.editorChanged(`${MESSY}\n`);
    release();
    expect(await running).toBe(false);
    expect(fixes.busy).toBe(false);
    expect(fixes.notice).toBe(TEXT_CHANGED);
    expect(workspace.text).toBe(`${MESSY}\n`);
    workspace.dispose();
  });

  it('says why when the fix command cannot load, can dismiss it, and loads again on the next try', async () => {
    const load = vi
      .fn<NonNullable<FixesOptions['load']>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockImplementation(() => import('../../../src/lib/fixes/run'));
    const { workspace, fixes } = setup(MESSY, { load });
    await settled(workspace);
    expect(await fixes.run({ kind: 'all' })).toBe(false);
    expect(noticeText(fixes)).toBe('The fixes could not be applied (offline).');
    expect(workspace.text).toBe(MESSY);
    fixes.dismissNotice();
    expect(fixes.notice).toBeUndefined();
    expect(await fixes.run({ kind: 'all' })).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
    expect(await fixes.run({ kind: 'rule', rule: 'nothing' })).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
    workspace.dispose();
  });

  it('says when the text is too large for fixes', async () => {
    const big = MESSY.replace('// exported from the old chat', `// ${'x'.repeat(200_001)}`);
    const { workspace, fixes } = setup(big);
    await settled(workspace);
    expect(workspace.report.diagnostics.length).toBeGreaterThan(0);
    expect(fixes.tooLarge).toBe(true);
    expect(fixes.count).toBe(0);
    workspace.dispose();
  });
});
