import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  interpolate,
  placeholdersOf,
  pluralTemplate,
  renderMessage,
  translator,
  type CatalogOf,
} from '../../../src/lib/i18n/catalog';
import { detectLocale, isLocale } from '../../../src/lib/i18n/locales';

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones as written', () => {
    expect(interpolate('SendTime {value} is after {limit}.', { value: 5, limit: 'now' })).toBe(
      'SendTime 5 is after now.',
    );
    expect(interpolate('Keep {missing} as is', { other: 1 })).toBe('Keep {missing} as is');
  });

  it('treats __proto__ and inherited names as missing parameters', () => {
    expect(interpolate('a {__proto__} b {toString}', {})).toBe('a {__proto__} b {toString}');
  });

  it('never rescans a value: a value holding a placeholder stays literal', () => {
    expect(interpolate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });

  it('keeps braces that are text, such as a JSON example', () => {
    expect(interpolate('Write {"SendTime": {value}}', { value: 1 })).toBe('Write {"SendTime": 1}');
    expect(interpolate('open { only', { only: 1 })).toBe('open { only');
  });

  it('is linear on hostile templates', () => {
    const template = '{'.repeat(200_000) + '}';
    const started = performance.now();
    interpolate(template, { x: 1 });
    placeholdersOf(template);
    // Loose bound: a quadratic scan of 200k characters would take many seconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('equals the template when every value is its own placeholder (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.string()), (template, params) => {
        const out = interpolate(template, params);
        expect(typeof out).toBe('string');
      }),
    );
  });
});

describe('placeholdersOf', () => {
  it('lists names in order of first use, across plural forms', () => {
    expect(placeholdersOf('{a} and {b} and {a}')).toEqual(['a', 'b']);
    expect(placeholdersOf({ one: '{count} message in {group}', other: '{count} messages' })).toEqual([
      'count',
      'group',
    ]);
    expect(placeholdersOf('{"json": 1}')).toEqual([]);
  });
});

describe('plurals', () => {
  const forms = { one: '{count} message', other: '{count} messages' };
  it('picks the category of the locale', () => {
    expect(interpolate(pluralTemplate(forms, 1, 'en'), { count: 1 })).toBe('1 message');
    expect(interpolate(pluralTemplate(forms, 2, 'en'), { count: 2 })).toBe('2 messages');
    expect(pluralTemplate({ other: '{count} 条消息' }, 1, 'zh-CN')).toBe('{count} 条消息');
  });
});

describe('translator', () => {
  const en = {
    send: 'Send',
    'sent.count': { one: 'Sent {count} message to {group}', other: 'Sent {count} messages to {group}' },
    hello: 'Hello {name}',
  } as const;
  const zh = {
    send: '发送',
    'sent.count': { other: '已向 {group} 发送 {count} 条消息' },
    hello: '你好，{name}',
  } satisfies CatalogOf<typeof en>;

  it('renders with typed ids and parameters', () => {
    const t = translator<typeof en>(en, 'en');
    expect(t('send')).toBe('Send');
    expect(t('hello', { name: 'Ann' })).toBe('Hello Ann');
    expect(t('sent.count', { count: 1, group: 'g' })).toBe('Sent 1 message to g');
    const tz = translator<typeof en>(zh, 'zh-CN');
    expect(tz('sent.count', { count: 3, group: 'g' })).toBe('已向 g 发送 3 条消息');
  });

  it('renders an unknown id as the id (never throws)', () => {
    expect(renderMessage(en, 'en', 'nope')).toBe('nope');
    expect(renderMessage(en, 'en', '__proto__')).toBe('__proto__');
  });
});

describe('detectLocale', () => {
  it('picks Chinese for any zh tag and English otherwise', () => {
    expect(detectLocale(['zh-CN', 'en'])).toBe('zh-CN');
    expect(detectLocale(['zh'])).toBe('zh-CN');
    expect(detectLocale(['zh-Hans-SG'])).toBe('zh-CN');
    expect(detectLocale(['de-DE', 'zh_TW'])).toBe('zh-CN');
    expect(detectLocale(['en-GB', 'zh-CN'])).toBe('en');
    expect(detectLocale(['fr'])).toBe('en');
    expect(detectLocale([])).toBe('en');
    expect(detectLocale(undefined)).toBe('en');
  });

  it('knows its locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('zh')).toBe(false);
  });
});
