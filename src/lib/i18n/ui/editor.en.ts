/** English words of the console's editor area (see ./areas.ts). Ids are `component.purpose`. */
export const EDITOR_EN = {
  // EditorPane.svelte
  'pane.loadError':
    'The editor could not load ({reason}). The text below is your request; reload the page to try again.',
  'pane.tapToStart': 'Tap or press a key to start the editor.',
  'pane.loading': 'Loading editor…',
  'pane.checking': 'Checking…',
  'pane.fallbackLabel': 'Request body (read-only until the editor loads)',

  // The Monaco editor (src/lib/editor/)
  'editor.ariaLabel': 'Request body (JSON). Ctrl+Enter or Cmd+Enter sends.',
  'editor.sendAction': 'Send request',
  'marker.serverCode': '{message} (server code {code})',
  'fix.allOfKind': 'Fix all of this kind ({count})',
  'fix.all': 'Fix all ({count})',
  'completion.elementDetail': 'import_group_msg element template',
  'completion.messageDetail': 'import_group_msg message template',
  'completion.requestDetail': 'import_group_msg request template',

  // "Append next message": the palette's button and the editor's completion
  'nextMessage.label': 'Append next message',
  'nextMessage.title': 'Same sender as the last message, SendTime + 1, a fresh Random',

  // SnippetPalette.svelte
  'palette.label': 'Templates',
  'palette.elements': 'Elements (into the current message’s MsgBody)',
  'palette.messages': 'Messages (appended to MsgList)',
  'palette.request': 'Whole request',
  'palette.replaceLabel': 'Replace the document?',
  'palette.replaceText':
    '“{label}” replaces the whole document. You can bring your text back with Ctrl+Z (Cmd+Z) in the editor.',
  'palette.replace': 'Replace document',
  'palette.keep': 'Keep my text',
  'palette.dismiss': 'Dismiss',

  // The workspace's notices (state/workspace.svelte.ts)
  'notice.noTemplate': 'There is no template "{id}".',
  'notice.insertFailed': 'The template could not be inserted ({reason}).',
  'notice.appendFailed': 'The next message could not be appended ({reason}).',
  'notice.formatFailed': 'The document could not be formatted ({reason}).',

  // Why a template was not inserted (snippets/insert.ts)
  'insert.tooDeep':
    'The document nests deeper than {max} levels (at line {line}, column {column}); a request nests 8. ' +
    'Templates are not inserted into it: fix the brackets first. Your text was not changed.',
  'insert.failed': 'The template could not be inserted ({reason}). Your text was not changed.',
  'insert.notJson':
    'The document is not valid JSON yet ({error} at line {line}, column {column}). Fix that first, then insert ' +
    'the template again; your text was not changed.',
  'insert.noMessage':
    'There is no message to put the element in: insert a message first (MsgList is empty or missing).',
  'insert.messageNotObject': 'Message {n} is not an object, so it has no MsgBody to add to.',
  'insert.msgBodyNotArray': 'MsgBody of message {n} is not an array: make it [ ] first.',
  'insert.emptyDocument':
    'The document is empty: insert a whole request first, then add messages to its MsgList.',
  'insert.notObject': 'The document is not a JSON object, so it has no MsgList to add to.',
  'insert.msgListNotArray': 'MsgList is not an array: make it [ ] first.',
  'insert.unreadable': 'The document could not be read ({reason}).',
} as const;
