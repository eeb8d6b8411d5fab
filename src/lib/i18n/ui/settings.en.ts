/** English words of the console's settings area (see ./areas.ts). Ids are `component.purpose`. */
export const SETTINGS_EN = {} as const;
