/** English words of the console's reference area (see ./areas.ts). Ids are `component.purpose`. */
export const REFERENCE_EN = {} as const;
