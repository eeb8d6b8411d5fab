import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { EditorOptions } from '../../../src/lib/editor/types';
import { FixesState } from '../../../src/lib/state/fixes.svelte';
import { Workspace } from '../../../src/lib/state/workspace.svelte';
import EditorPane from '../../../src/lib/components/EditorPane.svelte';
import { languageContext } from '../../../src/lib/components/language';
import { LanguageState } from '../../../src/lib/state/language.svelte';

const fake = vi.hoisted(() => {
  const state: { options?: EditorOptions; element?: HTMLElement; fail?: Error } = {};
  const handle = {
    getValue: () => state.options?.value ?? '',
    setValue: () => {},
    applyEdits: () => {},
    getCursorOffset: () => 0,
    reveal: () => {},
    setMarkers: () => {},
    setTheme: (_theme: string) => {},
    setLocale: (_locale: string) => {},
    format: () => {},
    focus: () => {},
    dispose: () => {},
  };
  return { state, handle };
});

vi.mock('../../../src/lib/editor', () => ({
  createEditor: (element: HTMLElement, options: EditorOptions) => {
    if (fake.state.fail) throw fake.state.fail;
    fake.state.element = element;
    fake.state.options = options;
    return fake.handle;
  },
}));

function makeWorkspace(onSend = vi.fn()) {
  return new Workspace({ text: '{"GroupId": "g"}', onSend, validation: { createWorker: () => undefined } });
}

describe('EditorPane', () => {
  it("hands the editor's code actions (fix requests) to the fixes, and offers none without them", async () => {
    fake.state.fail = undefined;
    const workspace = makeWorkspace();
    const fixes = new FixesState(workspace);
    const run = vi.spyOn(fixes, 'run').mockResolvedValue(true);
    const first = render(EditorPane, { workspace, theme: 'light', fixes });
    await waitFor(() => expect(workspace.editorReady).toBe(true));
    fake.state.options!.onFix!({ kind: 'all' });
    expect(run).toHaveBeenCalledExactlyOnceWith({ kind: 'all' });
    first.unmount();
    render(EditorPane, { workspace, theme: 'light' });
    await waitFor(() => expect(workspace.editorReady).toBe(true));
    expect(fake.state.options!.onFix).toBeUndefined();
    workspace.dispose();
  });

  it('shows the text read-only at once, then hands over to the editor', async () => {
    fake.state.fail = undefined;
    const workspace = makeWorkspace();
    render(EditorPane, { workspace, theme: 'dark' });
    expect(screen.getByLabelText(/read-only until the editor loads/)).toHaveTextContent('{"GroupId": "g"}');
    await waitFor(() => expect(workspace.editorReady).toBe(true));
    expect(screen.queryByLabelText(/read-only until the editor loads/)).not.toBeInTheDocument();
    expect(fake.state.element).toBe(screen.getByTestId('monaco-host'));
    expect(fake.state.options).toMatchObject({ value: '{"GroupId": "g"}', theme: 'dark' });
    workspace.dispose();
  });

  it('wires typing to the workspace, Ctrl+Enter to send, and the theme prop to the editor', async () => {
    fake.state.fail = undefined;
    const onSend = vi.fn();
    const workspace = makeWorkspace(onSend);
    const setTheme = vi.spyOn(fake.handle, 'setTheme');
    const { rerender } = render(EditorPane, { workspace, theme: 'light' });
    await waitFor(() => expect(workspace.editorReady).toBe(true));
    fake.state.options!.onChange('{"GroupId": "h"}');
    expect(workspace.text).toBe('{"GroupId": "h"}');
    fake.state.options!.onSend();
    expect(onSend).toHaveBeenCalledTimes(1);
    await rerender({ workspace, theme: 'dark' });
    expect(setTheme).toHaveBeenLastCalledWith('dark');
    workspace.dispose();
  });

  describe('on a small screen (the stacked layout)', () => {
    const queries: string[] = [];
    const smallScreen = () =>
      vi.stubGlobal('matchMedia', (query: string) => {
        queries.push(query);
        return { matches: query === '(max-width: 900px)' } as MediaQueryList;
      });
    afterEach(() => vi.unstubAllGlobals());

    it('keeps the read-only text until the first tap, then loads the editor', async () => {
      fake.state.fail = undefined;
      smallScreen();
      const workspace = makeWorkspace();
      render(EditorPane, { workspace, theme: 'light' });
      expect(queries).toContain('(max-width: 900px)');
      expect(screen.getByText('Tap or press a key to start the editor.')).toBeInTheDocument();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(workspace.editorReady).toBe(false);
      const text = screen.getByLabelText(/read-only until the editor loads/);
      expect(text).toHaveTextContent('{"GroupId": "g"}');
      await fireEvent.pointerDown(text);
      await waitFor(() => expect(workspace.editorReady).toBe(true));
      expect(screen.queryByText('Tap or press a key to start the editor.')).not.toBeInTheDocument();
      workspace.dispose();
    });

    it('loads on a key pressed anywhere', async () => {
      fake.state.fail = undefined;
      smallScreen();
      const workspace = makeWorkspace();
      render(EditorPane, { workspace, theme: 'light' });
      await fireEvent.keyDown(document.body, { key: 'Tab' });
      await waitFor(() => expect(workspace.editorReady).toBe(true));
      workspace.dispose();
    });

    it('stops waiting when it goes away before any interaction', async () => {
      fake.state.fail = undefined;
      fake.state.element = undefined;
      smallScreen();
      const added = vi.spyOn(window, 'addEventListener');
      const removed = vi.spyOn(window, 'removeEventListener');
      const workspace = makeWorkspace();
      const { unmount } = render(EditorPane, { workspace, theme: 'light' });
      const waits = added.mock.calls.filter(([type]) => type === 'pointerdown' || type === 'keydown');
      expect(waits.map(([type]) => type)).toEqual(['pointerdown', 'keydown']);
      unmount();
      for (const [type, listener] of waits) expect(removed).toHaveBeenCalledWith(type, listener, true);
      await fireEvent.pointerDown(document.body);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fake.state.element).toBeUndefined();
      added.mockRestore();
      removed.mockRestore();
      workspace.dispose();
    });
  });

  it('keeps the text visible and says so when the editor cannot load', async () => {
    fake.state.fail = new Error('chunk missing');
    const workspace = makeWorkspace();
    render(EditorPane, { workspace, theme: 'light' });
    await screen.findByText(/The editor could not load \(chunk missing\)/);
    expect(screen.getByLabelText(/read-only until the editor loads/)).toHaveTextContent('{"GroupId": "g"}');
    expect(workspace.editorReady).toBe(false);
    workspace.dispose();
  });

  describe('in zh-CN', () => {
    async function chinese() {
      const language = new LanguageState({ storage: undefined, languages: ['zh-CN'] });
      await language.ready;
      return language;
    }

    it('creates the editor in Chinese and tells it when the language switches back to English', async () => {
      fake.state.fail = undefined;
      const language = await chinese();
      const workspace = makeWorkspace();
      const setLocale = vi.spyOn(fake.handle, 'setLocale');
      render(EditorPane, { props: { workspace, theme: 'light' }, context: languageContext(language) });
      expect(screen.getByLabelText('请求包体（编辑器加载前为只读）')).toHaveTextContent('{"GroupId": "g"}');
      await waitFor(() => expect(workspace.editorReady).toBe(true));
      const options = fake.state.options!;
      expect(options.locale).toBe('zh-CN');
      expect(options.t!('editor.ariaLabel')).toBe('请求包体（JSON）。按 Ctrl+Enter 或 Cmd+Enter 发送。');
      expect(setLocale).toHaveBeenLastCalledWith('zh-CN');
      await language.choose('en');
      await waitFor(() => expect(setLocale).toHaveBeenLastCalledWith('en'));
      // The editor's translator follows the page: its own words are English now.
      expect(options.t!('editor.ariaLabel')).toBe('Request body (JSON). Ctrl+Enter or Cmd+Enter sends.');
      setLocale.mockRestore();
      workspace.dispose();
    });

    it('says why the editor could not load in Chinese, then in English after a switch', async () => {
      fake.state.fail = new Error('chunk missing');
      const language = await chinese();
      const workspace = makeWorkspace();
      render(EditorPane, { props: { workspace, theme: 'light' }, context: languageContext(language) });
      const error = await screen.findByText(
        '编辑器无法加载（chunk missing）。下方文本就是您的请求；请刷新页面重试。',
      );
      await language.choose('en');
      expect(error).toHaveTextContent(/^The editor could not load \(chunk missing\)/);
      expect(screen.getByLabelText(/read-only until the editor loads/)).toHaveTextContent('{"GroupId": "g"}');
      workspace.dispose();
    });
  });
});
