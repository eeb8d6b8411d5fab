/** The last thing the console has to tell the user, shown in one live region. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export class NoticeState {
  #current = $state<Notice | undefined>(undefined);

  get current(): Notice | undefined {
    return this.#current;
  }

  info(text: string): void {
    this.#current = { kind: 'info', text };
  }

  error(text: string): void {
    this.#current = { kind: 'error', text };
  }

  show(notice: Notice): void {
    this.#current = { ...notice };
  }

  clear(): void {
    this.#current = undefined;
  }
}
