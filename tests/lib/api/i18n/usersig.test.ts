// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { USERSIG_MESSAGES_ZH_CN } from '../../../../src/lib/api/i18n/usersig-zh-CN';
import { loadCoreLocale } from '../../../../src/lib/api/i18n/registry';
import {
  decodeUserSig,
  renderUserSigMessage,
  USERSIG_MESSAGES,
  type UserSigMessage,
  type UserSigMessageId,
} from '../../../../src/lib/api/usersig';

const CJK = /[\u4e00-\u9fff]/;
/** One distinct value per parameter a UserSig message may take, to see each one come through. */
const PARAMS = {
  type: 'a number',
  length: 123457,
  max: 16384,
  character: 'U+0020',
  position: 17,
  field: 'TLS.Fld',
};

const message = (id: UserSigMessageId) => ({ id, params: PARAMS }) as unknown as UserSigMessage;

describe('UserSig messages in both languages', () => {
  it('zh-CN has exactly the ids of en', () => {
    expect(Object.keys(USERSIG_MESSAGES_ZH_CN).sort()).toEqual(Object.keys(USERSIG_MESSAGES).sort());
  });

  it('before zh-CN is loaded, asking for it gives English', async () => {
    const decoded = await decodeUserSig('');
    if (decoded.ok) throw new Error('decoded');
    expect(renderUserSigMessage(decoded.message, 'zh-CN')).toBe(decoded.error);
  });

  it.each(Object.keys(USERSIG_MESSAGES) as UserSigMessageId[])(
    '%s: both languages name the same values',
    async (id) => {
      await loadCoreLocale('zh-CN');
      const en = renderUserSigMessage(message(id));
      const zh = renderUserSigMessage(message(id), 'zh-CN');
      expect(zh).toMatch(CJK);
      expect(zh).not.toMatch(/undefined|NaN|\[object/);
      expect(zh).not.toMatch(/[,:;]\s*$/);
      for (const value of [PARAMS.character, PARAMS.position, PARAMS.field]) {
        expect(zh.includes(String(value)), `${id}: ${value}`).toBe(en.includes(String(value)));
      }
      expect(renderUserSigMessage(message(id), 'en')).toBe(en);
    },
  );

  it('says a decoding failure in Chinese once loaded, with the character and position', async () => {
    await loadCoreLocale('zh-CN');
    const decoded = await decodeUserSig('eJy ab');
    if (decoded.ok) throw new Error('decoded');
    expect(renderUserSigMessage(decoded.message, 'zh-CN')).toBe(
      '第 4 个字符 U+0020 不可能出现在 UserSig 中（UserSig 只含字母、数字和 * - _）。请检查是否连同空格、引号或换行一起复制了。',
    );
  });
});
