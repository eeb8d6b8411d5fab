import { describe, expect, it } from 'vitest';
import { THEME_KEY, ThemeState } from '../../../src/lib/state/theme.svelte';
import { MemoryStorage } from '../persist/fake-storage';

/** A media query whose answer the test flips. */
function fakeMedia(dark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const query = {
    matches: dark,
    addEventListener: (_: string, fn: (event: MediaQueryListEvent) => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: (event: MediaQueryListEvent) => void) => listeners.delete(fn),
  } as unknown as MediaQueryList;
  return {
    matchMedia: () => query,
    flip(next: boolean) {
      for (const fn of listeners) fn({ matches: next } as MediaQueryListEvent);
    },
    listeners,
  };
}

describe('theme', () => {
  it('follows the system by default', () => {
    const media = fakeMedia(true);
    const theme = new ThemeState({ storage: new MemoryStorage(), matchMedia: media.matchMedia });
    expect(theme.choice).toBe('system');
    expect(theme.resolved).toBe('dark');
    media.flip(false);
    expect(theme.resolved).toBe('light');
  });

  it('an explicit choice wins over the system and is remembered', () => {
    const media = fakeMedia(true);
    const store = new MemoryStorage();
    const theme = new ThemeState({ storage: store, matchMedia: media.matchMedia });
    theme.set('light');
    expect(theme.resolved).toBe('light');
    expect(store.items.get(THEME_KEY)).toBe('light');
    const again = new ThemeState({ storage: store, matchMedia: media.matchMedia });
    expect(again.choice).toBe('light');
  });

  it('ignores a corrupt stored value and unknown choices', () => {
    const theme = new ThemeState({
      storage: new MemoryStorage({ [THEME_KEY]: 'neon' }),
      matchMedia: undefined,
    });
    expect(theme.choice).toBe('system');
    theme.set('neon' as never);
    expect(theme.choice).toBe('system');
  });

  it.each([
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['a quoted choice', '"dark"'],
    ['a padded choice', ' dark'],
    ['400,000 characters', 'dark'.repeat(100_000)],
  ])('ignores a hostile stored value (%s)', (_label, value) => {
    const theme = new ThemeState({
      storage: new MemoryStorage({ [THEME_KEY]: value }),
      matchMedia: undefined,
    });
    expect(theme.choice).toBe('system');
  });

  it('is light for "system" where matchMedia is missing', () => {
    expect(new ThemeState({ storage: undefined, matchMedia: undefined }).resolved).toBe('light');
  });

  it('stops listening when disposed', () => {
    const media = fakeMedia(false);
    const theme = new ThemeState({ storage: new MemoryStorage(), matchMedia: media.matchMedia });
    expect(media.listeners.size).toBe(1);
    theme.dispose();
    expect(media.listeners.size).toBe(0);
  });
});
