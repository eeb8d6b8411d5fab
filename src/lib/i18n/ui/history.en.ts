/** English words of the console's history area (see ./areas.ts). Ids are `component.purpose`. */
export const HISTORY_EN = {
  'list.title': 'History',
  'list.note': 'The last {count} requests built, kept in this browser without credentials.',
  'list.empty': 'No request built yet.',
  'list.group': 'GroupId {group}',
  'list.answered': '{target}: HTTP {status}, {ms} ms',
  'list.failed': '{target}: failed ({failure}), {ms} ms',
  'list.builtOnly': 'built only',
  'list.openLabel': 'Open the request of {time} in the editor',
  'list.open': 'Open',
  'list.clear': 'Clear history',
  'store.tabOnly': ' History is kept for this tab only: this browser refused to store it.',
  'store.full': {
    one: ' Storage is full: history keeps the last request.',
    other: ' Storage is full: history keeps the last {count} requests.',
  },
  'store.reopened': 'Reopened the request of {time}.',
  'store.cleared': 'History cleared.',
} as const;
