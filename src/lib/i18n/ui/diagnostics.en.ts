/** English words of the console's diagnostics area (see ./areas.ts). Ids are `component.purpose`. */
export const DIAGNOSTICS_EN = {} as const;
