/**
 * The one lazy-loading convention: a module that is not needed at start-up is wrapped in `lazy(() => import(...))`
 * (a static string, so Vite splits it into its own chunk) and loaded on first use with `load()`. Panels use it
 * through `LazyPanel.svelte`; any module may use it directly. Loading twice shares one request; a failed load
 * (offline after an update) is forgotten, so the next `load()` tries again.
 */
export type LazyStage = 'idle' | 'loading' | 'ready' | 'failed';

export class Lazy<T> {
  #stage = $state<LazyStage>('idle');
  #value = $state.raw<T | undefined>(undefined);
  #error = $state<string | undefined>(undefined);
  #pending: Promise<T> | undefined;
  readonly #loader: () => Promise<T>;

  constructor(loader: () => Promise<T>) {
    this.#loader = loader;
  }

  get stage(): LazyStage {
    return this.#stage;
  }

  /** The loaded module, once `stage` is `ready`. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Why the last load failed, in words. */
  get error(): string | undefined {
    return this.#error;
  }

  /** Starts (or joins) the load; resolves with the module, rejects when it failed (also kept in `error`). */
  load(): Promise<T> {
    if (this.#pending) return this.#pending;
    this.#stage = 'loading';
    this.#error = undefined;
    this.#pending = this.#loader().then(
      (value) => {
        this.#value = value;
        this.#stage = 'ready';
        return value;
      },
      (error: unknown) => {
        this.#pending = undefined;
        this.#error = error instanceof Error ? error.message : String(error);
        this.#stage = 'failed';
        throw error;
      },
    );
    return this.#pending;
  }
}

/** `lazy(() => import('./Module'))`: a module loaded on first use (see Lazy). */
export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  return new Lazy(loader);
}
