/** English words of the console's response area (see ./areas.ts). Ids are `component.purpose`. */
export const RESPONSE_EN = {
  // The panel: the text to explain.
  'panel.heading': 'Response',
  'panel.text-label': 'Response JSON',
  'panel.placeholder': 'For example:',
  'panel.empty':
    "Paste the JSON that {api} answered. Each message's result is then explained next to the message it belongs to.",
  'panel.too-large':
    'This response is {size}, over the {limit} limit of this panel: it is shown raw below, not explained. A real {api} response is a few hundred bytes; check that you pasted the right text.',
  'panel.parsing': 'Reading the response…',
  'panel.unavailable.load':
    'The response parser could not be loaded: {detail}. Reload the page and paste the response again; the raw text is kept below.',
  'panel.unavailable.parse':
    'The response parser failed on this text: {detail}. Reload the page and paste the response again; the raw text is kept below.',
  'panel.raw': 'Raw response ({size})',
  'panel.raw-label': 'Raw response',
  'size.bytes': '{n} bytes',
  'size.kb': '{n} KB',
  'size.mb': '{n} MB',

  // The verdict and the call's status.
  'results.unreadable': 'This response cannot be explained:',
  'results.ok': 'Every message was imported.',
  'results.failed-rows': '{failed} of {total} messages were not imported: see each message below.',
  'results.failed': 'The import did not succeed: see below.',
  'results.notes': 'Notes on this response:',
  'results.missing': '(missing or invalid)',
  'results.empty': '(empty)',
  'results.category': '({category})',
  'results.meaning': 'Meaning',
  'results.meaning.unknown': '{meaning} (code not in this console’s list)',
  'results.action': 'What to do',
  'results.action.retryable': '{action} Retrying later may succeed.',

  // The kinds of code (explainCode's category).
  'category.success': 'success',
  'category.group service': 'group service',
  'category.REST API': 'REST API',
  'category.account & UserSig': 'account & UserSig',
  'category.content check': 'content check',
  'category.message service': 'message service',
  'category.unknown': 'unknown range',
  'category.not a code': 'not a code',

  // The result per message.
  'messages.heading': 'Result per message',
  'messages.only-problems': 'Only the {n} not imported',
  'messages.failed-first': 'Messages not imported come first.',
  'messages.more': 'Show the other {n} messages',
  'verdict.failed': 'Not imported',
  'verdict.missing': 'No result',
  'verdict.imported': 'Imported',
  'card.label': 'Message #{n}: {verdict}',
  'card.sender-unknown': 'sender unknown',
  'card.what-to-do': 'What to do:',
} as const;
