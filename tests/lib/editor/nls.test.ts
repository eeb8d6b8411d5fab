// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { loadMonacoWords, useMonacoWords } from '../../../src/lib/editor/nls';

describe("Monaco's own words", () => {
  afterEach(() => useMonacoWords('en'));

  it("installs Monaco's Chinese table for zh-CN, and its English (built in) again for en", async () => {
    expect(globalThis._VSCODE_NLS_MESSAGES).toBeUndefined();
    await loadMonacoWords('zh-CN');
    const table = globalThis._VSCODE_NLS_MESSAGES;
    expect(Array.isArray(table)).toBe(true);
    expect(table!.length).toBeGreaterThan(1000);
    expect(table!.some((message) => message === '查找')).toBe(true);
    expect(globalThis._VSCODE_NLS_LANGUAGE).toBe('zh-cn');
    await loadMonacoWords('en');
    expect(globalThis._VSCODE_NLS_MESSAGES).toBeUndefined();
    expect(globalThis._VSCODE_NLS_LANGUAGE).toBeUndefined();
    // Back to Chinese without loading again: the same table.
    useMonacoWords('zh-CN');
    expect(globalThis._VSCODE_NLS_MESSAGES).toBe(table);
  });
});
