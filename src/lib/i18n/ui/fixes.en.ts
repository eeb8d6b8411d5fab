/** English words of the console's fixes area (see ./areas.ts). Ids are `component.purpose`. */
export const FIXES_EN = {
  // The buttons beside a finding and at the top of the Diagnostics panel.
  'fix.button': 'Fix',
  'fix.button.several': 'Fix {n}',
  'fix.label': 'Fix: {title}',
  'fix.title.more': '{title} (and {n} more like it)',
  'fix-all.button': 'Fix all ({n})',
  'fix-all.too-large': 'Fixes are offered for documents up to {limit} characters: split this one first.',
  working: 'Working out the fixes…',

  // More than 7 messages: the request becomes several calls (SplitCalls.svelte).
  'split.button': 'Split into calls of 7',
  'split.title': {
    one: '{n} call of at most 7 messages',
    other: '{n} calls of at most 7 messages, to send in this order',
  },
  'split.hint':
    'Each call keeps GroupId, the flags, comments and layout. Open one in the editor to check and send it (Undo brings the whole request back), or copy it.',
  'split.stale': 'The text has changed since this split: split again to follow it.',
  'split.call': 'Call {number}: messages {first}–{last}',
  'split.open': 'Open in the editor',
  'split.copy': 'Copy',
  'split.copied': 'Copied.',
  'split.copy-failed': 'Could not copy: select the text and copy it by hand.',
  'split.close': 'Close',
  'split.list': 'Calls of the split',

  // What the last fix did, or why it did nothing (FixesState.notice).
  'notice.applied': {
    one: 'Applied {n} fix. Undo (Ctrl+Z or Cmd+Z) takes it back in one step.',
    other: 'Applied {n} fixes. Undo (Ctrl+Z or Cmd+Z) takes them all back in one step.',
  },
  'notice.nothing': 'Nothing to fix.',
  'notice.no-safe-fix': 'Nothing could be fixed without bringing a new error.',
  'notice.text-changed': 'The text changed since these fixes were worked out: nothing was applied.',
  'notice.not-offered': 'That fix is no longer offered: the text has changed since it was worked out.',
  'notice.failed': 'The fixes could not be applied ({reason}).',
} as const;

/** A notice of the fix command: its id and parameters, said in the page's language where it is shown. */
export type FixNoticeId = Extract<keyof typeof FIXES_EN, `notice.${string}`>;
