/**
 * English words of the Batch view: loading a whole export, its plan, the run and the report (see ./areas.ts).
 * The loader's, planner's and runner's sentences (src/lib/batch/messages.ts ids) are said here in the page's
 * language: `problem.*` and `stop.*` keep those ids. Ids are `component.purpose`.
 */
export const BATCH_EN = {
  'panel.title': 'Batch',
  'panel.intro':
    'Import a whole export: read and planned in this page, sent in calls of at most 7 messages, each group in time order, at the rate you choose. Progress is saved in this browser after every answered call: after a reload, load the same export again to resume.',
  'panel.loading': 'Loading the Batch view…',
  'panel.failed': 'The Batch view could not be loaded: {reason}',
  'panel.retry': 'Try again',

  'load.title': 'Load',
  'load.file': 'Export file',
  'load.formats':
    'A JSON array of messages (MsgList items, each with its GroupId), one or more import_group_msg request bodies, NDJSON of messages, or a document of “groups” and “messages”; up to 200 MB.',
  'load.drop': 'Drop an export file here',
  'load.paste': 'Or paste an export',
  'load.pasteLoad': 'Load the pasted text',
  'load.pasteEmpty': 'Paste an export first.',
  'load.busy': 'A run is under way: cancel it before loading another export.',
  'load.progress': 'Reading the export',
  'load.read': '{loaded} of {total} read',
  'load.readSome': '{loaded} read',
  'load.phase.parse': 'Parsing the JSON…',
  'load.phase.plan': 'Planning the calls…',
  'load.phase.pack': 'Finishing the plan…',
  'load.cancel': 'Cancel loading',
  'load.cancelled': 'Loading cancelled: nothing was planned.',
  'load.failed':
    'The export could not be read ({reason}). Check that it is one of the forms above and not cut short, then load it again.',
  'load.nothing': 'Nothing to import in this input:',
  'load.nothingHint': 'Fix the input and load it again.',
  'load.fileProblems': 'Read with these problems:',
  'load.loaded': { one: 'Loaded {name}: {n} message.', other: 'Loaded {name}: {n} messages.' },
  'load.pasted': 'the pasted text',

  'problem.input-empty': 'The input is empty: choose a file or paste an export.',
  'problem.input-json-syntax':
    'The input is not JSON ({detail}). Give a JSON array of messages, request bodies, NDJSON (one JSON value per line) or a document of “groups” and “messages”.',
  'problem.input-root-type':
    'The input is a JSON {type}: give an array of messages, a request body or a document of “groups” and “messages”.',
  'problem.input-too-large':
    'The input is too large to read at once: save it as NDJSON (one message per line).',
  'problem.ndjson-line-syntax': 'Line {line} is not JSON ({detail}): fix or remove that line.',
  'problem.request-msglist-type':
    'Request body {request} has no MsgList array (it has {type}): it holds no message to import.',
  'problem.document-messages-type': 'The document’s “messages” is not an array.',
  'problem.document-groups-type': 'The document’s “groups” is {type}, not an array: it is ignored.',
  'problem.document-group-invalid':
    'Group {position} of the document needs a string GroupId, a known Type and a whole-number CreateTime: it is ignored.',
  'problem.message-not-object':
    'This message is {type}, not an object with From_Account, SendTime and MsgBody.',
  'problem.group-id-missing': 'This message has no GroupId: add one, or give a GroupId for every message.',
  'problem.group-id-type': 'GroupId is {type}, not a string.',
  'problem.topic-id-type': 'TopicId is {type}, not a string.',
  'problem.send-time-tie':
    'Same SendTime ({sendTime}) as input message #{previous} of the same group: times must strictly ascend, so the service would refuse the later one (10004). Give it another second.',
  'problem.send-time-tie-taken':
    'Same SendTime ({sendTime}) as input message #{previous} of the same group, and the next second ({nextTaken}) is taken too: give it a free time by hand.',
  'problem.random-duplicate':
    'Same sender and Random ({Random}) as input message #{first} within five minutes: the service would drop this one as a duplicate. Remove its Random (the planner then derives one) or change it.',
  'problem.request-too-large':
    'Alone in a request this message makes a body of {bytes} bytes, over the request budget of {budget}: shorten it.',

  'plan.title': 'Plan',
  'plan.figures': 'The plan at a glance',
  'plan.messages': 'Messages to send',
  'plan.messagesValue': '{planned} of {input}',
  'plan.groups': 'Groups',
  'plan.requests': 'Calls',
  'plan.span': 'Time span',
  'plan.spanValue': '{first} to {last}',
  'plan.randoms': 'Randoms derived',
  'plan.duration': 'Estimated duration',
  'plan.durationValue': 'at least {duration} at {rate} calls/s',
  'plan.problems': {
    one: '{n} message will not be sent',
    other: '{n} messages will not be sent',
  },
  'plan.noProblems': 'Every message can be sent as it is.',
  'plan.rule': 'Rule',
  'plan.count': 'Messages',
  'plan.examples': 'Messages',
  'plan.example': 'Input message #{n}: {text}',
  'plan.more': { one: '…and {n} more', other: '…and {n} more' },
  'plan.serverCode': 'The service would answer {code}.',
  'plan.export': 'Export the plan (JSON)',

  'run.title': 'Run',
  'run.target.sandbox': 'Target: the sandbox in this page (nothing leaves the page).',
  'run.target.direct': 'Target: Tencent Cloud IM, directly, as the profile “{profile}”.',
  'run.target.relay': 'Target: Tencent Cloud IM, through the relay, as the profile “{profile}”.',
  'run.targetHint': 'The target and the profile are the page’s: change them in the header.',
  'run.sandboxNote': 'The sandbox lives in this page: after a reload it holds only what was sent since.',
  'run.settings': 'Run settings',
  'run.rate': 'Calls per second (1 to {max})',
  'run.concurrency': 'Groups at once (1 to {max})',
  'run.onFailure': 'After a permanent failure',
  'run.onFailure.continue': 'Go on with the other messages',
  'run.onFailure.stop': 'Stop the run',
  'run.start': 'Start',
  'run.resume': 'Resume',
  'run.pause': 'Pause',
  'run.cancel': 'Cancel',
  'run.restart': 'Start over',
  'run.saved':
    'Saved progress of this plan: {done} of {total} messages settled. Resume goes on from there; Start over forgets it and sends every message again.',
  'run.progress': 'Messages settled',
  'run.progressValue': '{done} of {total} messages settled, {calls} of {callsTotal} calls',
  'run.rateValue': '{rate} calls/s',
  'run.eta': 'about {duration} left',
  'run.retries': { one: '{count} retry', other: '{count} retries' },
  'run.status.idle': 'Not started.',
  'run.status.loading': 'Reading saved progress…',
  'run.status.running': 'Running.',
  'run.status.pausing': 'Pausing: waiting for the calls in flight…',
  'run.status.paused': 'Paused.',
  'run.status.stopping': 'Stopping…',
  'run.status.done': 'Done: every planned message is settled.',
  'run.status.incomplete':
    'Finished with messages left to send (their retries ran out): resume to try them again.',
  'run.status.stopped': 'Stopped.',
  'run.status.cancelled': 'Cancelled: progress is saved, resume goes on from there.',
  'run.tally': 'Results by code',
  'run.tallyCode': 'Result',
  'run.tallyMeaning': 'Meaning',
  'run.tallyCount': 'Messages',
  'run.code.unconfirmed': 'unconfirmed',
  'run.code.unconfirmedMeaning':
    'The call’s answer was lost; sent again with the same Random, the service answered 10004: most likely imported.',
  'run.code.skipped': 'skipped',
  'run.code.skippedMeaning': 'Not sent: an earlier call showed the group cannot import.',

  'stop.permanent-failure':
    'Stopped after a permanent failure ({code}) in call {request}, as asked. Fix the cause, then resume.',
  'stop.credentials':
    'Stopped: the service refused the credentials ({code}). Give a valid identifier and UserSig, then resume: the refused call is sent again.',
  'stop.configuration':
    'Stopped: the target cannot take the calls ({detail}). Check the host, SDKAppID and target, then resume.',
  'stop.http-status': 'Stopped: the host answered HTTP {status}. Check the host and the target, then resume.',
  'stop.store-failed':
    'Stopped: progress could not be saved ({detail}). Free some space, then resume: nothing is sent while progress cannot be saved.',
  'stop.store-open-failed': 'Saved progress could not be read ({detail}).',
  'stop.other': 'Stopped ({id}).',

  // The downloaded report's explanation column (batch/report.ts).
  'file.imported': 'Imported.',
  'file.unconfirmed':
    'Its call’s answer was lost; sent again with the same Random, the service answered that the group already has a message at or after this time (10004). It was most likely imported by the lost call; its MsgSeq is unknown: check with group_msg_get_simple.',
  'file.skipped': 'Not sent: an earlier call showed this group cannot import ({code}).',
  'file.pending': 'Not sent yet: resume the run.',
  'report.title': 'Report',
  'report.intro':
    'One row per input message: its index, GroupId, From_Account, SendTime, Random, MsgSeq, Result and an explanation.',
  'report.csv': 'Download the report (CSV)',
  'report.json': 'Download the report (JSON)',
  'report.chart': 'Results over time',
  'report.chartCaption': 'Messages settled per {bucket}: imported, and failed by code.',
  'report.none': 'No results yet.',
  'report.time': 'From',
  'report.imported': 'Imported',
  'report.failed': 'Failed (by code)',
  'report.rate': 'Messages/s',
  'report.failure': '{code}: {count}',
  'report.noFailure': 'none',
} as const;
