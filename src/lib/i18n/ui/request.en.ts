/** English words of the console's request area (see ./areas.ts). Ids are `component.purpose`. */
export const REQUEST_EN = {} as const;
