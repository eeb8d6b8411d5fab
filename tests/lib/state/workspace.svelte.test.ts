import { describe, expect, it, onTestFinished, vi, type Mock } from 'vitest';
import { parse } from 'jsonc-parser';
import { DEFAULT_MAX_MESSAGE_BYTES, SEED_REQUEST_TEXT } from '../../../src/lib/api';
import type { EditorHandle } from '../../../src/lib/editor/types';
import { applyTextEdits } from '../../../src/lib/snippets';
import { LIVE_CLOCK_RECHECK_MS, Workspace } from '../../../src/lib/state/workspace.svelte';

const ORDERED = JSON.stringify(
  {
    GroupId: '@TGS#2C5SZEAEF',
    MsgList: [
      {
        From_Account: 'amy',
        SendTime: 1620808101,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'a' } }],
      },
      {
        From_Account: 'bob',
        SendTime: 1620808102,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'b' } }],
      },
    ],
  },
  null,
  2,
);
type Req = { MsgList: { From_Account: string; SendTime: number; Random?: number; MsgBody: unknown[] }[] };

function workspace(text = ORDERED, onSend?: () => void) {
  return new Workspace({ text, onSend, validation: { debounceMs: 0, createWorker: () => undefined } });
}

function fakeEditor(text: string, cursor = 0): { [K in keyof EditorHandle]: Mock<EditorHandle[K]> } {
  return {
    getValue: vi.fn(() => text),
    setValue: vi.fn<EditorHandle['setValue']>(),
    applyEdits: vi.fn<EditorHandle['applyEdits']>(),
    getCursorOffset: vi.fn(() => cursor),
    reveal: vi.fn<EditorHandle['reveal']>(),
    setMarkers: vi.fn<EditorHandle['setMarkers']>(),
    setTheme: vi.fn<EditorHandle['setTheme']>(),
    setLocale: vi.fn<EditorHandle['setLocale']>(),
    format: vi.fn<EditorHandle['format']>(),
    focus: vi.fn<EditorHandle['focus']>(),
    dispose: vi.fn<EditorHandle['dispose']>(),
  };
}

describe('Workspace validation', () => {
  it("starts with the core's default byte budget and the live clock", () => {
    const ws = workspace();
    expect(ws.context).toEqual({ maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES });
    ws.dispose();
  });

  it('validates the first text and every change, with message summaries', async () => {
    const ws = workspace();
    await vi.waitFor(() => expect(ws.messages).toHaveLength(2));
    expect(ws.report.ok).toBe(true);
    expect(ws.messages.map((m) => m.sender)).toEqual(['amy', 'bob']);
    ws.setText(ORDERED.replace('1620808102', '1620808100'));
    await vi.waitFor(() => expect(ws.report.diagnostics.map((d) => d.rule)).toContain('send-time-order'));
    expect(ws.report.diagnostics.find((d) => d.rule === 'send-time-order')?.serverCode).toBe(10004);
    expect(ws.messages[1].timing.outOfOrder).toBe(true);
    expect(ws.validating).toBe(false);
    ws.dispose();
  });

  it('revalidates at once when the context changes', async () => {
    const ws = workspace();
    await vi.waitFor(() => expect(ws.report.ok).toBe(true));
    ws.setContext({ now: 1620808101 });
    expect(ws.context.now).toBe(1620808101);
    await vi.waitFor(() => expect(ws.report.diagnostics.map((d) => d.rule)).toContain('send-time-future'));
    ws.setContext({ now: undefined, groupCreateTime: 1620808101 });
    await vi.waitFor(() => {
      const rules = ws.report.diagnostics.map((d) => d.rule);
      expect(rules).toContain('send-time-before-group-creation');
      expect(rules).not.toContain('send-time-future');
    });
    ws.dispose();
  });

  it('gives the editor the markers of the validated text, with the fixes of that text', async () => {
    const ws = workspace();
    const editor = fakeEditor(ORDERED);
    ws.attachEditor(editor);
    const unsorted = ORDERED.replace('1620808102', '1620808100');
    ws.setText(unsorted);
    await vi.waitFor(() =>
      expect(editor.setMarkers).toHaveBeenLastCalledWith(
        expect.arrayContaining([expect.objectContaining({ rule: 'send-time-order' })]),
        { text: unsorted, fixes: [expect.objectContaining({ rule: 'send-time-order', kind: 'edit' })] },
      ),
    );
    expect(ws.fixes).toEqual([expect.objectContaining({ rule: 'send-time-order' })]);
    ws.dispose();
  });

  it('applies edits computed on the current text as one editor edit, and refuses them on changed text', async () => {
    const ws = workspace();
    const editor = fakeEditor(ORDERED);
    ws.attachEditor(editor);
    const edit = { offset: ORDERED.indexOf('"amy"'), length: 5, text: '"ann"' };
    expect(ws.applyEdits([edit], ORDERED.replace('amy', 'x'))).toBe(false);
    expect(ws.applyEdits([], ORDERED)).toBe(false);
    expect(editor.applyEdits).not.toHaveBeenCalled();
    expect(ws.applyEdits([edit], ORDERED)).toBe(true);
    expect(editor.applyEdits).toHaveBeenCalledExactlyOnceWith([edit]);
    expect(ws.text).toBe(ORDERED.replace('"amy"', '"ann"'));
    await vi.waitFor(() => expect(ws.messages.map((m) => m.sender)).toEqual(['ann', 'bob']));
    ws.dispose();
  });

  it('applies edits once when the editor echoes its change back first (as Monaco does)', () => {
    const ws = workspace();
    const editor = fakeEditor(ORDERED);
    // Monaco reports its own change (onChange) before applyEdits returns.
    editor.applyEdits.mockImplementation((edits) => ws.editorChanged(applyTextEdits(ws.text, edits)));
    ws.attachEditor(editor);
    expect(ws.applyEdits([{ offset: 1, length: 0, text: ' ' }], ORDERED)).toBe(true);
    expect(ws.text).toBe(`{ ${ORDERED.slice(1)}`);
    ws.dispose();
  });
});

describe('Workspace templates', () => {
  it('inserts an element into the message under the editor cursor, as an undoable editor edit', async () => {
    const ws = workspace();
    const editor = fakeEditor(ORDERED, ORDERED.indexOf('"amy"'));
    ws.attachEditor(editor);
    await ws.insertTemplate('TIMLocationElem');
    const value = parse(ws.text) as Req;
    expect(value.MsgList[0].MsgBody).toHaveLength(2);
    expect(value.MsgList[0].MsgBody[1]).toMatchObject({ MsgType: 'TIMLocationElem' });
    expect(editor.applyEdits).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ text: expect.stringContaining('TIMLocationElem') })]),
      expect.objectContaining({ offset: expect.any(Number), length: expect.any(Number) }),
    );
    expect(ws.notice).toBeUndefined();
    ws.dispose();
  });

  it('without an editor, inserts into the last message and reveals it once the editor comes', async () => {
    const ws = workspace();
    await ws.insertTemplate('TIMTextElem');
    expect((parse(ws.text) as Req).MsgList[1].MsgBody).toHaveLength(2);
    const editor = fakeEditor(ORDERED);
    ws.attachEditor(editor);
    expect(editor.setValue).toHaveBeenCalledWith(ws.text);
    expect(editor.reveal).toHaveBeenCalledTimes(1);
    ws.dispose();
  });

  it('says what is wrong and keeps the text when it cannot insert', async () => {
    const broken = '{"MsgList": [ {"From_Account": "a", ';
    const ws = workspace(broken);
    await ws.insertTemplate('TIMTextElem');
    expect(ws.text).toBe(broken);
    expect(ws.notice).toMatch(/not valid JSON yet/);
    await ws.insertTemplate('no-such-template');
    expect(ws.notice).toBe('There is no template "no-such-template".');
    ws.dismissNotice();
    expect(ws.notice).toBeUndefined();
    ws.dispose();
  });

  it('asks before a whole request replaces the text; cancel keeps it, confirm replaces it', async () => {
    const ws = workspace();
    await ws.insertTemplate('request');
    expect(ws.pendingReplacement?.label).toBe('Whole request');
    expect(ws.text).toBe(ORDERED);
    ws.cancelReplacement();
    expect(ws.pendingReplacement).toBeUndefined();
    expect(ws.text).toBe(ORDERED);
    await ws.insertTemplate('request');
    ws.confirmReplacement();
    expect(ws.text).not.toBe(ORDERED);
    expect(parse(ws.text)).toHaveProperty('MsgList');
    ws.dispose();
  });

  it('fills an empty document with a request without asking', async () => {
    const ws = workspace('');
    await ws.insertTemplate('request');
    expect(ws.pendingReplacement).toBeUndefined();
    expect(parse(ws.text)).toHaveProperty('GroupId');
    ws.dispose();
  });

  it('appends the next message: same sender, SendTime + 1, a fresh uint32 Random', async () => {
    const ws = workspace();
    await ws.appendNextMessage();
    const messages = (parse(ws.text) as Req).MsgList;
    expect(messages).toHaveLength(3);
    expect(messages[2]).toMatchObject({ From_Account: 'bob', SendTime: 1620808103 });
    expect(
      Number.isInteger(messages[2].Random) && messages[2].Random! >= 0 && messages[2].Random! <= 0xffffffff,
    ).toBe(true);
    ws.dispose();
  });
});

describe('Workspace template planner and formatter, loaded on first use', () => {
  it('loads them once, on the first command that needs them, not at start-up', async () => {
    const load = vi.fn(() => import('../../../src/lib/snippets'));
    const ws = new Workspace({
      text: ORDERED,
      validation: { debounceMs: 0, createWorker: () => undefined },
      loadSnippets: load,
    });
    expect(load).not.toHaveBeenCalled();
    await Promise.all([ws.insertTemplate('TIMTextElem'), ws.appendNextMessage()]);
    await ws.format();
    expect(load).toHaveBeenCalledTimes(1);
    const messages = (parse(ws.text) as Req).MsgList;
    expect(messages).toHaveLength(3);
    expect(messages[1].MsgBody).toHaveLength(2);
    ws.dispose();
  });

  it('says so in the notice when they cannot load, keeps the text, and tries again next time', async () => {
    const load = vi
      .fn<() => Promise<typeof import('../../../src/lib/snippets')>>()
      .mockRejectedValue(new Error('offline'));
    const ws = new Workspace({
      text: ORDERED,
      validation: { debounceMs: 0, createWorker: () => undefined },
      loadSnippets: load,
    });
    await expect(ws.insertTemplate('TIMTextElem')).resolves.toBeUndefined();
    expect(ws.notice).toBe('The template could not be inserted (offline).');
    await ws.appendNextMessage();
    expect(ws.notice).toBe('The next message could not be appended (offline).');
    await ws.format();
    expect(ws.notice).toBe('The document could not be formatted (offline).');
    expect(ws.text).toBe(ORDERED);
    load.mockImplementation(() => import('../../../src/lib/snippets'));
    await ws.appendNextMessage();
    expect(ws.notice).toBeUndefined();
    expect((parse(ws.text) as Req).MsgList).toHaveLength(3);
    ws.dispose();
  });

  it('formats through the editor when it attached while the formatter was loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const ws = new Workspace({
      text: '{"GroupId":"g"}',
      validation: { debounceMs: 0, createWorker: () => undefined },
      loadSnippets: async () => {
        await gate;
        return import('../../../src/lib/snippets');
      },
    });
    const formatting = ws.format();
    const editor = fakeEditor('{"GroupId":"g"}');
    ws.attachEditor(editor);
    release();
    await formatting;
    expect(editor.format).toHaveBeenCalledTimes(1);
    expect(ws.text).toBe('{"GroupId":"g"}');
    ws.dispose();
  });
});

describe('Workspace current report', () => {
  it('validates at once, skipping the debounce, when a command needs the report of the current text', async () => {
    const ws = new Workspace({
      text: ORDERED,
      validation: { debounceMs: 60_000, createWorker: () => undefined },
    });
    await vi.waitFor(() => expect(ws.reportIsCurrent).toBe(true));
    const changed = ORDERED.replace('"b"', '"c"');
    ws.setText(changed);
    expect(ws.reportIsCurrent).toBe(false);
    const validation = await ws.currentValidation();
    expect(validation).toMatchObject({ ok: true, text: changed, report: { body: changed } });
    expect(ws.reportIsCurrent).toBe(true);
    ws.dispose();
  });

  it('tells waiting commands why when validation cannot run, never handing them an older report', async () => {
    const { runValidation } = await import('../../../src/lib/checker/run');
    const ws = new Workspace({
      text: ORDERED,
      validation: {
        createWorker: () => undefined,
        inline: async (text, context) => {
          if (text.includes('"boom"')) throw new Error('core missing');
          return runValidation(text, context);
        },
      },
    });
    expect(await ws.currentValidation()).toMatchObject({ ok: true, report: { body: ORDERED } });
    const failing = ORDERED.replace('"b"', '"boom"');
    ws.setText(failing);
    const validation = await ws.currentValidation();
    expect(validation).toEqual({
      ok: false,
      reason: 'Validation could not run: core missing',
      text: failing,
    });
    expect(ws.validationError).toBe('Validation could not run: core missing');
    // The report in hand still describes the older text: it is not current, so nobody builds from it.
    expect(ws.report.body).toBe(ORDERED);
    expect(ws.reportIsCurrent).toBe(false);
    ws.dispose();
  });
});

describe('Workspace commands', () => {
  it('formats through the editor, or the text alone before the editor loads', async () => {
    const ws = workspace('{"GroupId":"g","MsgList":[]}');
    await ws.format();
    expect(ws.text).toBe('{\n  "GroupId": "g",\n  "MsgList": []\n}');
    const editor = fakeEditor(ws.text);
    ws.attachEditor(editor);
    await ws.format();
    expect(editor.format).toHaveBeenCalledTimes(1);
    ws.dispose();
  });

  it('forwards reveal to the editor and send to onSend', () => {
    const onSend = vi.fn();
    const ws = workspace(SEED_REQUEST_TEXT, onSend);
    const editor = fakeEditor(SEED_REQUEST_TEXT);
    ws.attachEditor(editor);
    ws.reveal(10, 5);
    expect(editor.reveal).toHaveBeenCalledWith(10, 5);
    ws.send();
    expect(onSend).toHaveBeenCalledTimes(1);
    ws.detachEditor();
    expect(ws.editorReady).toBe(false);
    ws.dispose();
  });
});

describe('Workspace text from outside the editor', () => {
  it('shows a document set from outside (example, history, share link) in the editor', () => {
    const ws = workspace();
    const editor = fakeEditor(ORDERED);
    ws.attachEditor(editor);
    editor.setValue.mockClear();
    ws.setText('{"GroupId":"from-history"}');
    expect(ws.text).toBe('{"GroupId":"from-history"}');
    expect(editor.setValue).toHaveBeenCalledWith('{"GroupId":"from-history"}');
    ws.dispose();
  });

  it('does not echo the editor’s own changes back into it', () => {
    const ws = workspace();
    const editor = fakeEditor(ORDERED);
    ws.attachEditor(editor);
    editor.setValue.mockClear();
    ws.editorChanged('{"GroupId":"typed"}');
    expect(ws.text).toBe('{"GroupId":"typed"}');
    expect(editor.setValue).not.toHaveBeenCalled();
    ws.dispose();
  });
});

describe('Workspace with the live clock', () => {
  it('checks a future SendTime again as time passes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    onTestFinished(() => void vi.useRealTimers());
    let now = 1_620_808_000; // 101 s before the SendTime below
    const text = JSON.stringify({
      GroupId: 'g',
      MsgList: [
        {
          From_Account: 'a',
          SendTime: 1_620_808_101,
          MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }],
        },
      ],
    });
    const ws = new Workspace({
      text,
      validation: { debounceMs: 0, createWorker: () => undefined, clock: () => now },
    });
    const future = () => ws.report.diagnostics.some((d) => d.rule === 'send-time-future');
    await vi.waitFor(() => expect(future()).toBe(true));
    now = 1_620_808_200;
    vi.advanceTimersByTime(LIVE_CLOCK_RECHECK_MS);
    await vi.waitFor(() => expect(future()).toBe(false));
    ws.dispose();
  });
});
