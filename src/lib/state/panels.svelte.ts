/**
 * The panels beside the editor: which one is active, which have been opened (a lazy panel loads on its first
 * open: see LazyPanel.svelte), and the one scroll that showing a panel asks for.
 */
export const PANEL_IDS = [
  'diagnostics',
  'request',
  'response',
  'reference',
  'history',
  'sandbox',
  'usersig',
  'batch',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/** A request to bring a panel into view; `seq` tells two requests for the same panel apart. */
export interface ScrollRequest {
  id: PanelId;
  smooth: boolean;
  seq: number;
}

export class PanelState {
  #active = $state<PanelId>('diagnostics');
  // Diagnostics is part of the start-up page: it is open from the start.
  #opened = $state<Record<PanelId, boolean>>({
    diagnostics: true,
    request: false,
    response: false,
    reference: false,
    history: false,
    sandbox: false,
    usersig: false,
    batch: false,
  });
  #scroll = $state.raw<ScrollRequest | undefined>(undefined);
  #seq = 0;

  get active(): PanelId {
    return this.#active;
  }

  /** The last scroll asked for: the page scrolls once per request (App.svelte). */
  get scrollRequest(): ScrollRequest | undefined {
    return this.#scroll;
  }

  isOpen(id: PanelId): boolean {
    return this.#opened[id];
  }

  /** Makes `id` the active panel, opens it (loading it if lazy) and asks for one scroll to it. */
  show(id: PanelId, options: { smooth?: boolean } = {}): void {
    this.#active = id;
    this.open(id);
    this.#scroll = { id, smooth: options.smooth ?? false, seq: ++this.#seq };
  }

  /** Opens `id` without moving the page (it came into view, or its placeholder's button was pressed). */
  open(id: PanelId): void {
    if (!this.#opened[id]) this.#opened[id] = true;
  }
}
