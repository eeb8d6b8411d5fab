// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codesEnCatalog, codeTextsEn, explainCode, KNOWN_CODES } from '../../../../src/lib/api/codes';
import { codeCatalog } from '../../../../src/lib/api/i18n/code-texts';
import { CODES_ZH_CN } from '../../../../src/lib/api/i18n/codes-zh-CN';
import { isCoreLocaleLoaded, loadCoreLocale } from '../../../../src/lib/api/i18n/render';
import { placeholdersOf } from '../../../../src/lib/i18n/catalog';

const CJK = /[\u4e00-\u9fff]/;
const ZH_CATALOG = codeCatalog(CODES_ZH_CN);
const CODES_EN_CATALOG = codesEnCatalog();
const CODES_EN = codeTextsEn();

describe('explainCode in both languages', () => {
  it('asks for zh-CN before it is loaded: English, the same as without a locale', () => {
    expect(isCoreLocaleLoaded('zh-CN')).toBe(false);
    expect(explainCode(10004, 'call', 'zh-CN')).toEqual(explainCode(10004));
  });

  it('zh-CN explains exactly the codes, per-message Results and ranges en does: no missing or extra key', () => {
    expect(Object.keys(ZH_CATALOG).sort()).toEqual(Object.keys(CODES_EN_CATALOG).sort());
    expect(Object.keys(CODES_ZH_CN.codes).map(Number)).toEqual(KNOWN_CODES);
    const messageResults = (texts: typeof CODES_EN) =>
      Object.entries(texts.codes)
        .filter(([, text]) => text.asMessageResult)
        .map(([code]) => code);
    expect(messageResults(CODES_ZH_CN)).toEqual(messageResults(CODES_EN));
  });

  it.each(Object.keys(CODES_EN_CATALOG))('%s: same placeholders in both languages', (id) => {
    expect(placeholdersOf(ZH_CATALOG[id]).sort()).toEqual(placeholdersOf(CODES_EN_CATALOG[id]).sort());
  });

  it.each(KNOWN_CODES)(
    '%i: meaning and action in both languages, as ErrorCode and as Result',
    async (code) => {
      await loadCoreLocale('zh-CN');
      for (const source of ['call', 'message'] as const) {
        const en = explainCode(code, source);
        const zh = explainCode(code, source, 'zh-CN');
        expect(en.meaning).not.toMatch(CJK);
        expect(zh.meaning).toMatch(CJK);
        expect(zh.action).toMatch(CJK);
        expect(zh.meaning).not.toBe(en.meaning);
        // Everything but the words is the same.
        expect({ ...zh, meaning: '', action: '' }).toEqual({ ...en, meaning: '', action: '' });
        expect(explainCode(code, source, 'en')).toEqual(en);
      }
    },
  );

  it('a per-message Result says the narrower thing in Chinese too', async () => {
    await loadCoreLocale('zh-CN');
    expect(explainCode(10004, 'message', 'zh-CN').meaning).toBe(
      '该消息未导入:它的 SendTime(消息发送时间)非法。',
    );
    expect(explainCode(10004, 'call', 'zh-CN').meaning).toContain('参数非法');
    expect(explainCode(10006, 'call', 'zh-CN').action).toContain('200 次/秒');
  });

  it('codes outside the table: ranges, codes outside every range and non-codes, in Chinese with the code', async () => {
    await loadCoreLocale('zh-CN');
    for (const code of [10999, 60999, 70999, 80999, 90999]) {
      const zh = explainCode(code, 'call', 'zh-CN');
      expect(zh.known).toBe(false);
      expect(zh.meaning).toMatch(/本控制台没有收录该错误码/);
      expect(zh.category).toBe(explainCode(code).category);
    }
    expect(explainCode(123456, 'call', 'zh-CN').meaning).toBe(
      '错误码 123456 不在腾讯云即时通信 IM 文档列出的范围内。',
    );
    expect(explainCode(123456).meaning).toBe('Code 123456 is outside the ranges Tencent IM documents.');
    expect(explainCode(-1, 'call', 'zh-CN').meaning).toBe(
      '-1 不是即时通信 IM 的错误码:错误码是从 0 开始的整数。',
    );
    expect(explainCode(1.5).meaning).toBe('1.5 is not an IM error code: codes are whole numbers from 0 up.');
  });
});
