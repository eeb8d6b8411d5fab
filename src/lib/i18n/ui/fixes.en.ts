/** English words of the console's fixes area (see ./areas.ts). Ids are `component.purpose`. */
export const FIXES_EN = {} as const;
