/**
 * Every sentence of the sandbox a person reads, keyed by a stable id: code produces `{ id, params }` and the
 * page renders it through a catalog. This is the English catalog; a translation adds an object of the same shape.
 * (ErrorInfo texts are the wire's, not the page's: see error-info.ts.)
 */

export const SANDBOX_MESSAGES = {
  // Managing groups
  'sandbox.group.id-empty': () => 'Give the group an ID.',
  'sandbox.group.id-charset': (p: { position: number; codePoint: string }) =>
    `Group IDs are printable ASCII only (space to ~): character ${p.codePoint} at position ${p.position} is not.`,
  'sandbox.group.id-length': (p: { bytes: number; max: number }) =>
    `This group ID is ${p.bytes} bytes; at most ${p.max} are allowed.`,
  'sandbox.group.id-community-prefix': () =>
    'Community group IDs start with @TGS#_: change the ID or the type.',
  'sandbox.group.id-community-only': () =>
    'IDs starting with @TGS#_ are for Community groups: change the ID or make the group a Community.',
  'sandbox.group.exists': (p: { groupId: string }) => `The sandbox already has a group ${p.groupId}.`,
  'sandbox.group.unknown': (p: { groupId: string }) => `The sandbox has no group ${p.groupId}.`,
  'sandbox.group.type': (p: { type: string }) =>
    `"${p.type}" is not a group type: use Private, Work, Public, ChatRoom, Meeting, AVChatRoom or Community.`,
  'sandbox.group.create-time': () => 'The creation time must be a whole number of Unix seconds, 0 or more.',

  // What the sandbox noticed during a call, beside its answer
  'sandbox.note.duplicate': (p: {
    index: number;
    from: string;
    random: number;
    msgSeq: number;
    seconds: number;
  }) =>
    `Message #${p.index} was dropped as a duplicate: ${p.from} sent Random ${p.random} ${p.seconds} s earlier ` +
    `(MsgSeq ${p.msgSeq}). The sandbox answers Result 0 with that first message's MsgSeq and MsgTime and stores ` +
    'nothing new. That is its reading: the docs say only that the later message is discarded, not what it returns.',
  'sandbox.note.unknown-group': (p: { groupId: string }) =>
    `The sandbox has no group ${p.groupId}. Add it (with its type and creation time) to import into it.`,
  'sandbox.note.legacy-usersig': () =>
    'The UserSig is a legacy ECDSA one. The sandbox read its fields but, like any signature, did not check it.',
  'sandbox.note.topic-created': (p: { topicId: string }) =>
    `Topic ${p.topicId} was new to the sandbox: it was created, with its own MsgSeq from 1.`,

  // The sandbox's readings where the docs are silent, for the Sandbox view
  'sandbox.reading.app': () =>
    'The sandbox is one app that answers to any SDKAppID and identifier. It decodes the UserSig (expired 70001, ' +
    'other identifier 70013, other SDKAppID 70014, not a UserSig 70003) but knows no SecretKey, so it never checks ' +
    'the signature and does not know who is an admin.',
  'sandbox.reading.credentials': () =>
    'No identifier, or no usersig parameter at all, answers 60004; a usersig parameter that is present but empty ' +
    'answers 70002 (UserSig length 0).',
  'sandbox.reading.order': () =>
    'A call is checked in this order: URL (60002), path (60009), sdkappid (60012, 60006), rate limit (60007), ' +
    'contenttype other than json (60002), identifier and ' +
    'UserSig (60004, 70002, 70003, 70013, 70014, 70001), JSON body (60003, also for nesting over 32 levels), fields and message count (10004), ' +
    'group ID (10015), group (10010), type (10007); then each message: SendTime (10004), size (80002), duplicate.',
  'sandbox.reading.duplicate': () =>
    'Two messages with the same sender and Random less than 5 minutes apart by SendTime: the later is dropped ' +
    'and answered Result 0 with the first one\u2019s MsgSeq and MsgTime.',
  'sandbox.reading.failed-message': () =>
    'A message that fails (10004, 80002) is answered with MsgSeq 0 and MsgTime equal to its SendTime, and is not ' +
    'stored, so it does not move the group\u2019s newest message time.',
  'sandbox.reading.size': (p: { bytes: number }) =>
    `Messages over ${p.bytes.toLocaleString('en-US')} bytes answer 80002, counted as the console counts them ` +
    '(the values inside MsgContent). Current docs say 12 KB; the sandbox takes 12,000 (the English page\u2019s ' +
    'figure and the stricter reading) unless set otherwise.',
  'sandbox.reading.not-modelled': () =>
    'Not modelled: accounts (any From_Account is accepted), restricted words (80001), unread counts, ' +
    'RecentContactFlag (accepted and ignored), the Community feature switch (11000).',
} satisfies Record<string, (params: never) => string>;

export type SandboxMessageId = keyof typeof SANDBOX_MESSAGES;

/** A message as data: its id and the parameters its sentence needs. */
export type SandboxMessage = {
  [K in SandboxMessageId]: Parameters<(typeof SANDBOX_MESSAGES)[K]>[0] extends undefined
    ? { id: K; params?: undefined }
    : { id: K; params: Parameters<(typeof SANDBOX_MESSAGES)[K]>[0] };
}[SandboxMessageId];

/** The ids of the sandbox's readings, in the order a Sandbox view would list them. */
export const SANDBOX_READINGS = [
  'sandbox.reading.app',
  'sandbox.reading.credentials',
  'sandbox.reading.order',
  'sandbox.reading.duplicate',
  'sandbox.reading.failed-message',
  'sandbox.reading.size',
  'sandbox.reading.not-modelled',
] as const satisfies readonly SandboxMessageId[];

/** The English sentence of a message. */
export function renderSandboxMessage(message: SandboxMessage): string {
  const render = SANDBOX_MESSAGES[message.id] as (params: unknown) => string;
  return render(message.params);
}
