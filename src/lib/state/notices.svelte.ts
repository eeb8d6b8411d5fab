/**
 * The last thing the console has to tell the user, shown in one live region. A store that speaks the page's
 * language hands in its words as a function (`() => t('id', params)`): the text is said each time it is read,
 * so a notice on screen follows a language switch.
 */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

/** A notice's words: a fixed text, or a function that says it in the language in use. */
export type NoticeText = string | (() => string);

export class NoticeState {
  #current = $state.raw<{ kind: Notice['kind']; text: NoticeText } | undefined>(undefined);

  /** The notice shown, its text said now (reactive: reading it in a template follows the language). */
  get current(): Notice | undefined {
    const current = this.#current;
    if (!current) return undefined;
    return { kind: current.kind, text: typeof current.text === 'function' ? current.text() : current.text };
  }

  info(text: NoticeText): void {
    this.#current = { kind: 'info', text };
  }

  error(text: NoticeText): void {
    this.#current = { kind: 'error', text };
  }

  show(notice: { kind: Notice['kind']; text: NoticeText }): void {
    this.#current = { kind: notice.kind, text: notice.text };
  }

  clear(): void {
    this.#current = undefined;
  }
}
