/** English words of the console's sandbox area (see ./areas.ts). Ids are `component.purpose`. */
export const SANDBOX_EN = {} as const;
