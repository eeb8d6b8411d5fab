/** English words of the page's frame: header, navigation, shortcuts, notices (see ./areas.ts). Ids are `component.purpose`. */
export const SHELL_EN = {
  'language.label': 'Language',
  'language.loading': 'Loading 中文…',
  'language.failed':
    'The Chinese words could not be loaded ({reason}). The console stays in English; try again.',

  'app.shareLink': 'Share link',
  'app.editor': 'Request editor',
  'app.panels': 'Panels',
  'app.sandboxFailed': 'The sandbox could not be loaded: {reason}',
  'app.sandboxLoading': 'Loading the sandbox…',
  'app.tryAgain': 'Try again',
  'app.shortcutsFailed': 'The keyboard shortcuts could not be shown ({reason}).',
  'panel.diagnostics': 'Diagnostics',
  'panel.request': 'Request',
  'panel.response': 'Response',
  'panel.reference': 'Reference',
  'panel.history': 'History',
  'panel.sandbox': 'Sandbox',
  'panel.usersig': 'UserSig',
  'panel.batch': 'Batch',
  'lazyPanel.failed': 'This panel could not be loaded: {reason}',
  'lazyPanel.loading': 'Loading…',
  'lazyPanel.show': 'Show {title}',

  'header.title': 'Group Import Console',
  'header.send': 'Send',
  'header.format': 'Format',
  'header.share': 'Share',
  'header.shortcuts': 'Keyboard shortcuts',
  'header.shortcutsTitle': 'Keyboard shortcuts (?)',

  'region.label': 'Region',
  'region.option': '{name}: {host}',
  'region.backup': '{name} (backup): {host}',
  'region.custom': 'Custom host…',
  'region.customLabel': 'Custom host',
  'region.goesTo': 'Requests go to https://{host}/.',

  'target.label': 'Target',
  'target.sandbox': 'Sandbox',
  'target.direct': 'Direct',
  'target.relay': 'Relay',

  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'shortcuts.keys': 'Keys',
  'shortcuts.action': 'Action',
  'shortcuts.send': 'Send: build the request from the editor',
  'shortcuts.format': 'Format the document (in the editor)',
  'shortcuts.suggest': 'Suggest fields, values and templates (in the editor)',
  'shortcuts.next': 'Go to the next problem (in the editor)',
  'shortcuts.show': 'Show this sheet (outside text fields and the editor)',
  'shortcuts.close': 'Close this sheet',
  'shortcuts.closeButton': 'Close',

  'linkPrompt.hostName': "Use the shared link's host?",
  'linkPrompt.asks':
    'The shared link asks to send requests to {host}, which is not one of Tencent’s IM hosts.',
  'linkPrompt.carries':
    ' Requests carry your SDKAppID, admin identifier and UserSig: use it only for a relay you trust.',
  'linkPrompt.until': ' Until you choose, requests go to {host}.',
  'linkPrompt.use': 'Use {host}',
  'linkPrompt.keep': 'Keep my host',
  'linkPrompt.previous': 'Previous document',
  'linkPrompt.replaced': 'The shared link replaced the document you had open.',
  'linkPrompt.restore': 'Restore previous document',
  'linkPrompt.keepShared': 'Keep the shared document',
  'host.chosen': 'the host you chose',
  'host.yours': 'your host',
  'list.separator': ', ',

  'share.copied': 'Share link copied. It holds the request and settings, never credentials.',
  'share.made': 'Share link made: copy it from the field below the header.',
  'share.makeFailed': 'The share link could not be made ({reason}).',
  'share.openFailed': 'The share link could not be opened ({reason}). Reload the page to try again.',
  'share.noCompression': 'This browser cannot compress the share link (no CompressionStream).',
  'share.damaged':
    'This share link is damaged or incomplete, so the default document is shown. Ask for the link again, copied whole.',
  'share.tooLarge':
    'This share link holds more than {max} characters, more than the console opens from a link, so the default document is shown. Share a smaller document.',
  'share.version':
    'This share link was made by another version of the console (format {version}), so the default document is shown.',
  'share.opened': 'Opened the shared request and its settings.',
  'share.openedIgnoring':
    'Opened the shared request; these settings were unusable and left as they were: {ignored}.',
  'share.ignoredRegion': 'region "{value}"',
  'share.ignoredHost': 'custom host "{value}"',
  'share.pendingHost':
    ' The link asks to send requests to {host}, which is not a Tencent host: requests still go to {current} unless you accept it below.',
  'share.replaced': ' It replaced the document you had open: "Restore previous document" brings it back.',
  'share.restored': 'Restored the document the shared link had replaced.',
  'share.accepted': 'Requests now go to {host}, as the shared link asked.',
  'share.rejected': 'Kept {current}; {host} was not used.',

  'draft.tooLarge':
    'This document is too large to keep across reloads: save it to a file if you need it later.',
  'draft.refused':
    'This browser refused to keep the document across reloads: save it to a file if you need it later.',

  'send.badHost': 'Nothing was built: the custom host is not valid. {reason}',
  'validation.crashed':
    'Validation stopped: the browser ended the checker, most likely because this document is too large for its memory. Split the document, or edit it to try again.',
  'validation.failed': 'Validation could not run: {detail}',
  'send.notChecked': 'Nothing was built: the current text could not be checked. {reason}',
  'send.built': 'Request built: see the Request panel.',
  'send.builtWithout': 'Request built without {missing}: fill them in under Credentials.',
  'send.sentWithout': ' It was sent without {missing}: fill them in under Credentials.',
  'send.identifier': 'admin identifier',
  'send.pending': " It goes to {host}: the shared link's host {pending} is not in use unless you accept it.",
  'send.answered': '{target} answered HTTP {status} in {ms} ms: see the Response panel.',
  'send.failed': 'Sending failed ({kind}).',
  'send.explained': '{title}: {what} {todo}',
} as const;
