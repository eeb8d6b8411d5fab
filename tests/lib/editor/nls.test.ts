// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMonacoWords, useMonacoWords } from '../../../src/lib/editor/nls';

const MONACO = new URL('../../../node_modules/monaco-editor/esm/vs/', import.meta.url);
const monacoSource = (path: string) => readFileSync(new URL(path, MONACO), 'utf8');

/** Monaco's own `localize` (the function its widgets call), from the installed build. */
async function monacoLocalize(): Promise<(id: number, english: string) => string> {
  const nls = (await import(/* @vite-ignore */ new URL('nls.js', MONACO).href)) as {
    localize: (id: number, english: string) => string;
  };
  return nls.localize;
}

/** The id Monaco's build gave `english` in `file` (`localize(1019, "Find")`), found in its code. */
function messageId(file: string, pattern: RegExp): number {
  const match = pattern.exec(monacoSource(file));
  if (!match) throw new Error(`${pattern} not found in ${file}: Monaco changed, see src/lib/editor/nls.ts`);
  return Number(match[1]);
}

const FIND_WIDGET = 'editor/contrib/find/browser/findWidget.js';
const MARKER_HOVER = 'editor/contrib/hover/browser/markerHoverParticipant.js';
const SUGGEST_WIDGET = 'editor/contrib/suggest/browser/suggestWidget.js';

describe("Monaco's own words", () => {
  afterEach(() => useMonacoWords('en'));

  it("installs Monaco's Chinese table for zh-CN, and its English (built in) again for en", async () => {
    expect(globalThis._VSCODE_NLS_MESSAGES).toBeUndefined();
    await loadMonacoWords('zh-CN');
    const table = globalThis._VSCODE_NLS_MESSAGES;
    expect(Array.isArray(table)).toBe(true);
    expect(table!.length).toBeGreaterThan(1000);
    expect(globalThis._VSCODE_NLS_LANGUAGE).toBe('zh-cn');
    await loadMonacoWords('en');
    expect(globalThis._VSCODE_NLS_MESSAGES).toBeUndefined();
    expect(globalThis._VSCODE_NLS_LANGUAGE).toBeUndefined();
    // Back to Chinese without loading again: the same table.
    useMonacoWords('zh-CN');
    expect(globalThis._VSCODE_NLS_MESSAGES).toBe(table);
  });

  it("is numbered like the installed Monaco: the find widget's and the hover's ids say Chinese, then English", async () => {
    const localize = await monacoLocalize();
    const find = messageId(FIND_WIDGET, /NLS_FIND_INPUT_LABEL = localize\((\d+), "Find"\)/);
    const quickFix = messageId(MARKER_HOVER, /localize\((\d+), "Quick Fix\.\.\."\)/);
    const noResults = messageId(FIND_WIDGET, /NLS_NO_RESULTS = localize\((\d+), "No results"\)/);
    await loadMonacoWords('zh-CN');
    expect(localize(find, 'Find')).toBe('查找');
    expect(localize(quickFix, 'Quick Fix...')).toBe('快速修复...');
    expect(localize(noResults, 'No results')).toBe('无结果');
    useMonacoWords('en');
    expect(localize(find, 'Find')).toBe('Find');
    expect(localize(quickFix, 'Quick Fix...')).toBe('Quick Fix...');
  });

  // What nls.ts says cannot follow a switch: if Monaco starts wording these when shown, this fails; then the
  // comment there (and the e2e's expectations) should say they follow.
  it('what Monaco words when its modules are evaluated (stays until a reload) and what it words when shown', () => {
    const find = monacoSource(FIND_WIDGET);
    for (const label of [
      'NLS_FIND_INPUT_LABEL',
      'NLS_NO_RESULTS',
      'NLS_MATCHES_LOCATION',
      'NLS_CLOSE_BTN_LABEL',
    ])
      expect(find).toMatch(new RegExp(`^const ${label} = localize\\(`, 'm'));
    expect(monacoSource(SUGGEST_WIDGET)).toMatch(/^\s+static \{ this\.NO_SUGGESTIONS_MESSAGE = localize\(/m);
    // The hover's actions: in the method that renders them, so said in the language of the moment.
    const hover = monacoSource(MARKER_HOVER);
    expect(hover).toMatch(/^ {16,}label: localize\(\d+, "Quick Fix\.\.\."\)/m);
    expect(hover).toMatch(/^ {16,}label: localize\(\d+, "View Problem"\)/m);
  });
});

describe("Monaco's own words while the table loads", () => {
  afterEach(() => {
    vi.doUnmock('monaco-editor/nls/lang/zh-cn.js');
    vi.resetModules();
    globalThis._VSCODE_NLS_MESSAGES = undefined;
    globalThis._VSCODE_NLS_LANGUAGE = undefined;
  });

  /** A fresh nls.ts whose Chinese table (`['查找']`) loads when `arrive()` is called, or fails. */
  async function withSlowTable(outcome: 'load' | 'fail' = 'load') {
    let arrive!: () => void;
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    let loads = 0;
    vi.resetModules();
    vi.doMock('monaco-editor/nls/lang/zh-cn.js', async () => {
      loads += 1;
      await gate;
      if (outcome === 'fail') throw new Error('offline');
      globalThis._VSCODE_NLS_MESSAGES = ['查找'];
      globalThis._VSCODE_NLS_LANGUAGE = 'zh-cn';
      return {};
    });
    const nls = await import('../../../src/lib/editor/nls');
    return { nls, arrive, loads: () => loads };
  }

  it('a switch back to English before the table arrives wins: Monaco stays English, Chinese later without a load', async () => {
    const { nls, arrive, loads } = await withSlowTable();
    const toChinese = nls.loadMonacoWords('zh-CN');
    await nls.loadMonacoWords('en');
    arrive();
    await toChinese;
    expect(globalThis._VSCODE_NLS_MESSAGES).toBeUndefined();
    expect(globalThis._VSCODE_NLS_LANGUAGE).toBeUndefined();
    await nls.loadMonacoWords('zh-CN');
    expect(globalThis._VSCODE_NLS_MESSAGES).toEqual(['查找']);
    expect(loads()).toBe(1);
  });

  it('two switches to Chinese load the table once', async () => {
    const { nls, arrive, loads } = await withSlowTable();
    const first = nls.loadMonacoWords('zh-CN');
    const second = nls.loadMonacoWords('zh-CN');
    arrive();
    await Promise.all([first, second]);
    expect(globalThis._VSCODE_NLS_MESSAGES).toEqual(['查找']);
    expect(loads()).toBe(1);
  });

  it('a table that cannot load leaves Monaco English and rejects', async () => {
    const { nls, arrive } = await withSlowTable('fail');
    const toChinese = nls.loadMonacoWords('zh-CN');
    arrive();
    await expect(toChinese).rejects.toThrow();
    expect(globalThis._VSCODE_NLS_MESSAGES).toBeUndefined();
    expect(globalThis._VSCODE_NLS_LANGUAGE).toBeUndefined();
  });
});
