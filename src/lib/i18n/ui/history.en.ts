/** English words of the console's history area (see ./areas.ts). Ids are `component.purpose`. */
export const HISTORY_EN = {} as const;
