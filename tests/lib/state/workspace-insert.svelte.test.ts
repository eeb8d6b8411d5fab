// Workspace.insertTemplate never throws into the UI: a hostile document or a failing editor becomes the notice.
import { describe, expect, it, vi } from 'vitest';
import type { EditorHandle } from '../../../src/lib/editor/types';
import { Workspace } from '../../../src/lib/state/workspace.svelte';

function workspace(text: string) {
  return new Workspace({ text, validation: { debounceMs: 0, createWorker: () => undefined } });
}

const compactDeep = (levels: number) =>
  `{"GroupId":"g","X":${'['.repeat(levels)}${']'.repeat(levels)},"MsgList":[{"From_Account":"a","SendTime":1,"MsgBody":[]}]}`;

describe('Workspace.insertTemplate on hostile input', () => {
  it.each([101, 6_000])('a compact document %d levels deep: a notice, the text unchanged', async (levels) => {
    const text = compactDeep(levels);
    const ws = workspace(text);
    await expect(ws.insertTemplate('TIMTextElem')).resolves.toBeUndefined();
    expect(ws.notice).toMatch(/nests deeper than 24 levels/);
    expect(ws.text).toBe(text);
    await expect(ws.insertTemplate('message')).resolves.toBeUndefined();
    expect(ws.notice).toMatch(/nests deeper/);
    ws.dispose();
  });

  it('an editor that throws: a notice, not an exception', async () => {
    const text = compactDeep(1);
    const ws = workspace(text);
    const failing = {
      getValue: () => text,
      setValue: vi.fn(),
      applyEdits: () => {
        throw new Error('model disposed');
      },
      getCursorOffset: () => 0,
      reveal: vi.fn(),
      setMarkers: vi.fn(),
      setTheme: vi.fn(),
      setLocale: vi.fn(),
      format: vi.fn(),
      focus: vi.fn(),
      dispose: vi.fn(),
    } satisfies EditorHandle;
    ws.attachEditor(failing);
    await expect(ws.insertTemplate('TIMTextElem')).resolves.toBeUndefined();
    expect(ws.notice).toMatch(/could not be inserted \(model disposed\)/);
    ws.dispose();
  });
});
