/**
 * English words of the console's sandbox area (see ./areas.ts). Ids are `component.purpose`.
 *
 * Two kinds of words live here. The Sandbox view's own (`view.*`, `add.*`, `item.*`, `messages.*`, `offer.*`,
 * `type.*`), and the sandbox's explanations (`group.*`, `note.*`, `reading.*`, `load.*`): the sentences the
 * embedded sandbox (src/lib/sandbox/messages.ts) makes as `{ id: 'sandbox.<id>', params }` data. The sandbox's
 * ErrorInfo texts are not here: they are wire data and stay English, as Tencent's server sends them.
 * `{api}`, `{groupId}` in `messages.*`, `offer.*` and `view.intro` mark where a value is set in <code>.
 */
export const SANDBOX_EN = {
  // The sandbox's explanations: managing groups (SandboxChange.message)
  'group.id-empty': 'Give the group an ID.',
  'group.id-charset':
    'Group IDs are printable ASCII only (space to ~): character {codePoint} at position {position} is not.',
  'group.id-length': 'This group ID is {bytes} bytes; at most {max} are allowed.',
  'group.id-community-prefix': 'Community group IDs start with @TGS#_: change the ID or the type.',
  'group.id-community-only':
    'IDs starting with @TGS#_ are for Community groups: change the ID or make the group a Community.',
  'group.exists': 'The sandbox already has a group {groupId}.',
  'group.unknown': 'The sandbox has no group {groupId}.',
  'group.type':
    '"{type}" is not a group type: use Private, Work, Public, ChatRoom, Meeting, AVChatRoom or Community.',
  'group.create-time': 'The creation time must be a whole number of Unix seconds, 0 or more.',

  // The sandbox's explanations: what it noticed during a call, beside its answer
  'note.duplicate':
    'Message #{index} was dropped as a duplicate: {from} sent Random {random} {seconds} s earlier (MsgSeq {msgSeq}). The sandbox answers Result 0 with that first message’s MsgSeq and MsgTime and stores nothing new. That is its reading: the docs say only that the later message is discarded, not what it returns.',
  'note.unknown-group':
    'The sandbox has no group {groupId}. Add it (with its type and creation time) to import into it.',
  'note.legacy-usersig':
    'The UserSig is a legacy ECDSA one. The sandbox read its fields but, like any signature, did not check it.',
  'note.topic-created': 'Topic {topicId} was new to the sandbox: it was created, with its own MsgSeq from 1.',

  // The sandbox's explanations: its readings where the docs are silent
  'reading.app':
    'The sandbox is one app that answers to any SDKAppID and identifier. It decodes the UserSig (expired 70001, other identifier 70013, other SDKAppID 70014, not a UserSig 70003) but knows no SecretKey, so it never checks the signature and does not know who is an admin.',
  'reading.credentials':
    'No identifier, or no usersig parameter at all, answers 60004; a usersig parameter that is present but empty answers 70002 (UserSig length 0).',
  'reading.order':
    'A call is checked in this order: URL (60002), path (60009), sdkappid (60012, 60006), rate limit (60007), contenttype other than json (60002), identifier and UserSig (60004, 70002, 70003, 70013, 70014, 70001), JSON body (60003, also for nesting over {depth} levels), fields and message count (10004), group ID (10015), group (10010), type (10007); then each message: SendTime (10004), size (80002), duplicate.',
  'reading.duplicate':
    'Two messages with the same sender and Random less than 5 minutes apart by SendTime: the later is dropped and answered Result 0 with the first one’s MsgSeq and MsgTime.',
  'reading.failed-message':
    'A message that fails (10004, 80002) is answered with MsgSeq 0 and MsgTime equal to its SendTime, and is not stored, so it does not move the group’s newest message time.',
  'reading.size':
    'Messages over {bytes} bytes answer 80002, counted as the console counts them (the values inside MsgContent). Current docs say 12 KB; the sandbox takes {defaultBytes} (the English page’s figure and the stricter reading) unless set otherwise.',
  'reading.not-modelled':
    'Not modelled: accounts (any From_Account is accepted), restricted words (80001), unread counts, RecentContactFlag (accepted and ignored), the Community feature switch (11000).',

  // The sandbox's explanations: the page's sandbox did not load (SandboxState)
  'load.failed': 'The sandbox could not be loaded: {reason}',

  // SandboxView
  'view.title': 'Sandbox',
  'view.intro':
    'A stand-in for Tencent IM inside this page: Send with the target Sandbox is answered here, as the real {api} would answer, and nothing leaves the page. It keeps its groups and messages until the page is reloaded.',
  'view.try-again': 'Try again',
  'view.loading': 'Loading the sandbox…',
  'view.groups': 'Groups',
  'view.no-groups': 'No groups: every call answers 10010 until one is added.',
  'view.reset': 'Reset the sandbox',
  'view.reset-note': 'Back to its starting groups, every stored message gone.',
  'view.reset-done': 'The sandbox is back to its starting groups, with no messages.',
  'view.readings': 'How the sandbox reads the docs',

  // Group types in the type selects (the value sent stays the type's name)
  'type.Private': 'Private',
  'type.Work': 'Work',
  'type.Public': 'Public',
  'type.ChatRoom': 'ChatRoom',
  'type.Meeting': 'Meeting',
  'type.AVChatRoom': 'AVChatRoom',
  'type.Community': 'Community',

  // SandboxAddGroup
  'add.title': 'Add a group',
  'add.group-id': 'Group ID',
  'add.type': 'Type',
  'add.created': 'Created',
  'add.created-hint': 'Give the creation time: imported messages must be later.',
  'add.created-missing': 'Give the creation time in Unix seconds.',
  'add.submit': 'Add group',
  'add.added': 'Added the group {groupId}.',

  // SandboxGroupItem
  'item.messages': { one: '{n} message', other: '{n} messages' },
  'item.topics': { one: ', {n} topic', other: ', {n} topics' },
  'item.type': 'Type',
  'item.created': 'Created',
  'item.created-missing': 'A group needs a creation time: type Unix seconds.',
  'item.remove': 'Remove',
  'item.remove-label': 'Remove the group {groupId}',
  'item.stored': 'Stored messages ({n})',

  // SandboxMessages: a group's messages read back as group_msg_get_simple answers them
  'messages.read': 'Read',
  'messages.group-itself': 'the group itself',
  'messages.topic': 'topic {topicId}',
  'messages.loading': 'Loading…',
  'messages.answer-failed': '{api} answers ErrorCode {code}: {info}',
  'messages.empty': 'No messages stored.',
  'messages.list': 'Stored messages of {groupId}',
  'messages.local-time': 'local time {time}',
  'messages.older': 'Older messages',
  'messages.newest': 'Newest',
  'messages.raw': 'As {api} answers',

  // SandboxGroupOffer: under a 10010 answer from the sandbox
  'offer.prompt':
    'The sandbox has no group {groupId}. It can add one (a {type} group created just before this call’s first message), so that the same call succeeds when sent again.',
  'offer.add': 'Add {groupId} to the sandbox',
  'offer.added':
    'The sandbox now has the group {groupId}, created just before this call’s first message. Send again to import into it.',
  'offer.failed': 'The group could not be added: {reason}',
} as const;
