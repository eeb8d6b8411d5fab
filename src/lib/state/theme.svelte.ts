/** Light, dark or system theme. The choice (not a secret) is remembered in localStorage. */
import { browserStorage, readItem, writeItem, type KeyValueStorage } from '../persist/storage';

export const THEME_KEY = 'group-import-console.theme';
/** The choices, in the switch's order; their names are the page's words (`theme.<choice>` in i18n/ui/shell). */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type ResolvedTheme = 'light' | 'dark';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value);
}

export interface ThemeStateOptions {
  storage?: KeyValueStorage;
  /** `window.matchMedia` or a stand-in; absent (jsdom, old browsers) means "light" for system. */
  matchMedia?: (query: string) => MediaQueryList;
}

export class ThemeState {
  #choice = $state<ThemeChoice>('system');
  #systemDark = $state(false);
  #resolved: ResolvedTheme = $derived(
    this.#choice === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#choice,
  );

  readonly #storage: KeyValueStorage | undefined;
  #query: MediaQueryList | undefined;
  readonly #onChange = (event: MediaQueryListEvent) => {
    this.#systemDark = event.matches;
  };

  /** What the user chose: light, dark, or the system's. */
  get choice(): ThemeChoice {
    return this.#choice;
  }

  /** The system prefers dark. */
  get systemDark(): boolean {
    return this.#systemDark;
  }

  /** The theme in effect. */
  get resolved(): ResolvedTheme {
    return this.#resolved;
  }

  constructor(options: ThemeStateOptions = {}) {
    this.#storage = 'storage' in options ? options.storage : browserStorage('local');
    const stored = readItem(this.#storage, THEME_KEY);
    if (isThemeChoice(stored)) this.#choice = stored;
    const matchMedia =
      'matchMedia' in options
        ? options.matchMedia
        : typeof window !== 'undefined' && typeof window.matchMedia === 'function'
          ? window.matchMedia.bind(window)
          : undefined;
    this.#query = matchMedia?.('(prefers-color-scheme: dark)');
    this.#systemDark = this.#query?.matches ?? false;
    this.#query?.addEventListener?.('change', this.#onChange);
  }

  set(choice: ThemeChoice): void {
    if (!isThemeChoice(choice)) return;
    this.#choice = choice;
    writeItem(this.#storage, THEME_KEY, choice);
  }

  dispose(): void {
    this.#query?.removeEventListener?.('change', this.#onChange);
    this.#query = undefined;
  }
}
