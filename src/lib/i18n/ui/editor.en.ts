/** English words of the console's editor area (see ./areas.ts). Ids are `component.purpose`. */
export const EDITOR_EN = {} as const;
