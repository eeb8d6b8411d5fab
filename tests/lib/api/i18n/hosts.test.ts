// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HOSTS_EN } from '../../../../src/lib/api/i18n/hosts-en';
import { HOSTS_ZH_CN } from '../../../../src/lib/api/i18n/hosts-zh-CN';
import { loadCoreLocale } from '../../../../src/lib/api/i18n/registry';
import { REGIONS, checkCustomHost } from '../../../../src/lib/api/regions';
import { hostWords } from '../../../../src/lib/api/i18n/hosts';
import { regionText } from '../../../../src/lib/api/i18n/labels';
import { placeholdersOf } from '../../../../src/lib/i18n/catalog';

const CJK = /[\u4e00-\u9fff]/;

describe('the host check (and the region names) in both languages', () => {
  it('zh-CN has exactly the ids and placeholders of en, and Chinese in every text', () => {
    expect(Object.keys(HOSTS_ZH_CN).sort()).toEqual(Object.keys(HOSTS_EN).sort());
    for (const id of Object.keys(HOSTS_EN) as (keyof typeof HOSTS_EN)[]) {
      expect({ id, names: placeholdersOf(HOSTS_ZH_CN[id]).sort() }).toEqual({
        id,
        names: placeholdersOf(HOSTS_EN[id]).sort(),
      });
      expect({ id, chinese: CJK.test(HOSTS_ZH_CN[id]) }).toEqual({ id, chinese: true });
    }
  });

  it('names the regions as Tencent’s Chinese REST API page does (the core’s labels), English before zh-CN loads', async () => {
    expect(regionText(REGIONS[0], 'zh-CN').name).toBe(REGIONS[0].name);
    await loadCoreLocale('zh-CN');
    expect(REGIONS.map((region) => regionText(region, 'zh-CN').name)).toEqual([
      '中国',
      '新加坡',
      '首尔',
      '法兰克福',
      '孟买',
      '硅谷',
      '雅加达',
      '东京',
    ]);
  });

  it('says what is wrong with a host in Chinese, with its values, and English without a locale', async () => {
    expect(hostWords(undefined).locale).toBe('en');
    await loadCoreLocale('zh-CN');
    const english = checkCustomHost('bad_host.com');
    const chinese = checkCustomHost('bad_host.com', hostWords('zh-CN'));
    expect(english).toEqual({
      ok: false,
      message: expect.stringMatching(/^The host name part "bad_host" contains "_"/),
    });
    expect(chinese).toEqual({
      ok: false,
      message:
        '域名中的“bad_host”这一段含有“_”；只允许字母、数字、连字符和点。只需输入域名，例如 adminapisgp.im.qcloud.com。',
    });
    const pasted = checkCustomHost('https://relay.example/v4/x?usersig=SECRET', hostWords('zh-CN'));
    expect(pasted.ok && pasted.notes).toEqual([
      '已从粘贴的内容中取出域名 relay.example；路径和查询参数由控制台自行添加。',
      expect.stringMatching(/不是腾讯云 IM 的域名/),
    ]);
    expect(JSON.stringify(pasted)).not.toContain('SECRET');
  });
});
