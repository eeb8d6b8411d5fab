import { describe, expect, it, vi } from 'vitest';
import { LANGUAGE_KEY, LanguageState } from '../../../src/lib/state/language.svelte';
import { SHELL_EN } from '../../../src/lib/i18n/ui/shell.en';
import { UI_ZH_CN } from '../../../src/lib/i18n/ui/zh-CN';
import { diagnosticText, isCoreLocaleLoaded } from '../../../src/lib/api';
import { MemoryStorage } from '../persist/fake-storage';

const fakeStorage = (initial: Record<string, string> = {}) => new MemoryStorage(initial);

describe('LanguageState', () => {
  it('follows the browser on a first visit and does not store that', async () => {
    const storage = fakeStorage();
    const root = { lang: 'en' };
    const language = new LanguageState({ storage, languages: ['zh-Hans-CN', 'en'], root });
    await language.ready;
    expect(language.locale).toBe('zh-CN');
    expect(root.lang).toBe('zh-CN');
    expect(storage.getItem(LANGUAGE_KEY)).toBeNull();
    expect(isCoreLocaleLoaded('zh-CN')).toBe(true);
  });

  it('prefers a stored choice over the browser, and ignores a stored value that is not a language', async () => {
    const stored = fakeStorage({ [LANGUAGE_KEY]: 'en' });
    const a = new LanguageState({ storage: stored, languages: ['zh-CN'] });
    await a.ready;
    expect(a.locale).toBe('en');
    const junk = fakeStorage({ [LANGUAGE_KEY]: '__proto__' });
    const b = new LanguageState({ storage: junk, languages: ['fr', 'zh'] });
    await b.ready;
    expect(b.locale).toBe('zh-CN');
  });

  it('switches every translator at once and remembers the choice', async () => {
    const storage = fakeStorage();
    const language = new LanguageState({ storage, languages: ['en-GB'] });
    await language.ready;
    const t = language.translator('shell', SHELL_EN);
    expect(t('language.label')).toBe('Language');
    expect(await language.choose('zh-CN')).toBe(true);
    expect(t('language.label')).toBe(UI_ZH_CN.shell['language.label']);
    expect(storage.getItem(LANGUAGE_KEY)).toBe('zh-CN');
    await language.choose('en');
    expect(t('language.label')).toBe('Language');
    expect(storage.getItem(LANGUAGE_KEY)).toBe('en');
  });

  it('keeps its language when the other cannot load, and says why', async () => {
    const language = new LanguageState({
      storage: fakeStorage(),
      languages: ['en'],
      loadUi: () => Promise.reject(new Error('network down')),
    });
    await language.ready;
    expect(await language.choose('zh-CN')).toBe(false);
    expect(language.locale).toBe('en');
    expect(language.switching).toBeNull();
    expect(language.error).toBe('network down');
    const t = language.translator('shell', SHELL_EN);
    expect(t('language.failed', { reason: language.error ?? '' })).toContain('network down');
  });

  it('lets the later of two quick choices win', async () => {
    let release: () => void = () => {};
    const loadUi = vi.fn(
      () => new Promise<typeof UI_ZH_CN>((resolve) => (release = () => resolve(UI_ZH_CN))),
    );
    const language = new LanguageState({ storage: fakeStorage(), languages: ['en'], loadUi });
    await language.ready;
    const toChinese = language.choose('zh-CN');
    expect(language.switching).toBe('zh-CN');
    await language.choose('en');
    release();
    expect(await toChinese).toBe(false);
    expect(language.locale).toBe('en');
  });

  it('says core findings in the language in use once it is loaded', async () => {
    const language = new LanguageState({ storage: fakeStorage(), languages: ['zh'] });
    await language.ready;
    const finding = { message: 'x', messageId: 'json-nesting', params: { max: 256 } };
    expect(diagnosticText(finding, language.locale)).not.toBe('x');
  });

  it('formats numbers and dates in the language in use', async () => {
    const language = new LanguageState({ storage: fakeStorage(), languages: ['zh-CN'] });
    await language.ready;
    expect(language.number(1234567.5)).toBe(new Intl.NumberFormat('zh-CN').format(1234567.5));
    expect(language.dateTime(0, { timeZone: 'UTC', year: 'numeric', month: 'long' })).toBe('1970年1月');
    expect(language.dateTime(Number.NaN)).toBeUndefined();
  });
});
