/** English words of the console's settings area (see ./areas.ts). Ids are `component.purpose`. */
export const SETTINGS_EN = {
  'context.legend': 'Context for the rules',
  'context.groupType': 'Group type',
  'context.groupTypeUnknown': 'Unknown (skip type rules)',
  'context.groupTypeNoted': '{type} ({note})',
  'context.createTime': 'Group creation time',
  'context.createHint': "Not set: messages are not checked against the group's creation.",
  'context.latestTime': 'Latest message time in the group',
  'context.latestHint': 'Not set: messages are not checked against what the group already holds.',
  'context.budget': 'Byte budget per message',
  'budget.option': '{label}: {note}',
  'context.now': '"Now" for the future-time rule',
  'context.liveClock': 'Live clock',
  'context.fixedTime': 'Fixed time',
  'context.fixedNow': 'Fixed now',

  'time.readout': '{value} s = {utc} = {local} (local)',
  'time.placeholder': 'Unix seconds, e.g. {example}',
  'time.unset': 'Not set: the rules that need it are skipped.',
  'time.outOfRange': 'out of range',
  'time.not-seconds': '"{text}" is not Unix seconds: type a whole number such as {example}.',
  'time.too-far': '{text} is too far in the future to be Unix seconds.',
  'time.milliseconds':
    '{text} is too far in the future to be Unix seconds. It looks like milliseconds: drop the last three digits.',

  'credentials.profile': 'Credential profile',
  'credentials.toggle': 'Credentials',
  'credentials.editorFailed': 'The credentials editor could not be loaded: {reason}',
  'credentials.tryAgain': 'Try again',
  'credentials.loading': 'Loading…',
  'credentials.warning':
    "The UserSig lets anyone call the API as your app's admin until it expires. It stays in this tab's memory unless you choose otherwise below, and is never put in the page URL, a share link or the history.",
  'credentials.name': 'Profile name',
  'credentials.nameNeeded': 'A profile needs a name: type at least one character.',
  'credentials.identifier': 'Admin identifier',
  'credentials.showUserSig': 'Show UserSig',
  'credentials.hideUserSig': 'Hide UserSig',
  'credentials.add': 'Add profile',
  'credentials.delete': 'Delete profile',
  'credentials.confirmDelete': 'Delete the profile "{name}" and its credentials?',
  'credentials.remember': 'Remember on this device (until the browser closes)',
  'credentials.keep':
    "Also keep after the browser closes (stored unencrypted in this browser's local storage)",
  'credentials.close': 'Close',
  'credentials.refused':
    'This browser refused to store the profiles (storage full or disabled): they are kept in memory only, and are lost when the tab closes.',
} as const;
