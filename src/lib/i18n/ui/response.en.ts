/** English words of the console's response area (see ./areas.ts). Ids are `component.purpose`. */
export const RESPONSE_EN = {} as const;
