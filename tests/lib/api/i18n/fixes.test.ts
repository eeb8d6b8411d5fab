// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIX_MESSAGES, renderFixMessage, type FixMessageId } from '../../../../src/lib/api/fix';
import { FIX_MESSAGES_ZH_CN } from '../../../../src/lib/api/i18n/fixes-zh-CN';
import { loadCoreLocale } from '../../../../src/lib/api/i18n/render';

const CJK = /[\u4e00-\u9fff]/;
/** One distinct value per parameter a fix message may take, to see each one come through. */
const PARAMS = {
  from: 'Frm',
  to: 'Tox',
  count: 2,
  moved: 3,
  key: 'Kay',
  removed: 4,
  value: 5,
  field: 'Fld',
  groupType: 'Community',
  messages: 8,
  calls: 6,
  perCall: 7,
  asSeconds: 'AsS',
  asMilliseconds: 'AsMs',
  created: 'Crt',
  latest: 'Lts',
  first: 11,
  second: 12,
  time: 13,
  keys: 'Kys',
  rule: 'Rul',
};

describe('fix titles and reasons in both languages', () => {
  it('before zh-CN is loaded, asking for it gives English', () => {
    expect(renderFixMessage('fix.remove-comment', {}, 'zh-CN')).toBe('Remove this comment');
  });

  it('zh-CN has exactly the ids of en', () => {
    expect(Object.keys(FIX_MESSAGES_ZH_CN).sort()).toEqual(Object.keys(FIX_MESSAGES).sort());
  });

  it.each(Object.keys(FIX_MESSAGES) as FixMessageId[])(
    '%s: both languages name the same values',
    async (id) => {
      await loadCoreLocale('zh-CN');
      const en = renderFixMessage(id, PARAMS);
      const zh = renderFixMessage(id, PARAMS, 'zh-CN');
      expect(zh).toMatch(CJK);
      expect(zh).not.toMatch(/undefined|NaN|\[object/);
      for (const value of Object.values(PARAMS)) {
        const shown = String(value);
        // A count may read as a word in English ("one"); every other value appears in both or in neither.
        if (typeof value === 'string') expect(zh.includes(shown), `${id}: ${shown}`).toBe(en.includes(shown));
      }
      expect(renderFixMessage(id, PARAMS, 'en')).toBe(en);
    },
  );
});
