/** English words of the console's diagnostics area (see ./areas.ts). Ids are `component.purpose`. */
export const DIAGNOSTICS_EN = {
  // What the panel found, counted over the whole document.
  'summary.checking': 'Checking…',
  'summary.clean': 'No problems found.',
  'summary.counts': '{errors}, {warnings}, {notes}',
  'summary.counts.checking': '{errors}, {warnings}, {notes} (checking…)',
  'summary.errors': { one: '{n} error', other: '{n} errors' },
  'summary.warnings': { one: '{n} warning', other: '{n} warnings' },
  'summary.notes': { one: '{n} note', other: '{n} notes' },

  // One finding.
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'finding.repeats': {
    one: '({n} place: click again for the next)',
    other: '({n} places: click again for the next)',
  },
  'finding.server-code': 'server would answer {code}',

  // The request's own findings, and one strip per message.
  'request.group': 'Request-level problems',
  'request.heading': 'Request',
  'message.group': 'Message {n}',
  'message.no-sender': '(no sender)',
  'message.no-send-time': '(no SendTime)',
  'message.status.ok': 'OK',
  'message.status.error': 'Errors',
  'message.status.warning': 'Warnings',
  'message.status.info': 'Notes',
  'message.meter': 'Message {n} size against the {budget}-byte budget',
  'message.bytes': '{bytes} / {budget} bytes counted (raw JSON {raw} bytes)',

  // What is not shown, and why.
  'more.messages':
    "Showing {shown} of {total} messages, those with problems first; the editor's markers show every problem.",
  'more.messages.listed':
    "Showing {shown} of {total} messages, those with problems first; the editor's markers show every listed problem.",
  'more.diagnostics':
    'This document has {total} diagnostics: the {listed} most severe are listed and marked, so the page stays responsive. Fix those and the next ones appear.',
  'more.no-strips':
    'Message strips are unavailable for this document ({reason}); the diagnostics do not depend on them.',

  // The SendTime timeline.
  'timeline.caption': 'SendTime timeline: {start} to {end}',
  'timeline.reference.group-created': 'group created',
  'timeline.reference.latest-message': 'latest message in group',
  'timeline.reference.now': 'now',
  'timeline.mark': '{label}: {time}',
  'timeline.problem.out-of-order': 'out of order',
  'timeline.problem.future': 'in the future',
  'timeline.problem.before-creation': 'before the group was created',
  'timeline.problem.before-latest': 'not after the latest message in the group',
  'timeline.problem.separator': ', ',
  'timeline.point': 'Message {n}, SendTime {sendTime} ({time})',
  'timeline.point.problems': 'Message {n}, SendTime {sendTime} ({time}): {problems}',
  'timeline.point.title': '#{n} {time}',
  'timeline.point.title.problems': '#{n} {time} · {problems}',
  'timeline.problems': 'Message {n}: {problems}',
} as const;
