/** English words of the page's frame: header, navigation, shortcuts, notices (see ./areas.ts). Ids are `component.purpose`. */
export const SHELL_EN = {
  'language.label': 'Language',
  'language.loading': 'Loading 中文…',
  'language.failed':
    'The Chinese words could not be loaded ({reason}). The console stays in English; try again.',
} as const;
