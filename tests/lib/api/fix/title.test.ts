// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixesFor } from '../../../../src/lib/api/fix';
import { renderFixMessage } from '../../../../src/lib/api/fix/messages';
import { fixTitleText } from '../../../../src/lib/api/fix/title';
import { loadCoreLocale } from '../../../../src/lib/api/i18n/registry';

const TEXT = `{
  // a comment
  "GroupId": "g",
  "MsgList": [
    { "From_Acount": "amy", "SendTime": 1620808101000, "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": "hi" } }] },
  ]
}`;

describe('fixTitleText', () => {
  it('says every fix title as renderFixMessage does, in English and (once loaded) in Chinese', async () => {
    const fixes = fixesFor(TEXT, { now: 1_700_000_000 });
    expect(fixes.length).toBeGreaterThan(2);
    for (const fix of fixes) {
      expect(fixTitleText(fix, 'en')).toBe(fix.title);
      // Not loaded yet: the English title.
      expect(fixTitleText(fix, 'zh-CN')).toBe(fix.title);
    }
    await loadCoreLocale('zh-CN');
    for (const fix of fixes) {
      const zh = fixTitleText(fix, 'zh-CN');
      expect(zh).toBe(renderFixMessage(fix.titleId, fix.titleParams, 'zh-CN'));
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('imports no English catalog (the Diagnostics panel uses it at start-up)', () => {
    const source = readFileSync(new URL('../../../../src/lib/api/fix/title.ts', import.meta.url), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(valueImports).toEqual(['../i18n/registry']);
  });
});
