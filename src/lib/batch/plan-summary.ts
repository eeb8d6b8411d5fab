/** The plan at a glance, and the plan as JSON to export. */
import type { BatchPlan, PlanSummary } from './plan-types';

export function summarize(plan: BatchPlan, warningsByRule: Record<string, number>): PlanSummary {
  const problemsByRule: Record<string, number> = {};
  const problemInputs = new Set<number>();
  for (const p of plan.problems) {
    problemsByRule[p.rule] = (problemsByRule[p.rule] ?? 0) + 1;
    problemInputs.add(p.index);
  }
  const { sendTime, randomAssigned } = plan.messages;
  let first: number | undefined;
  let last: number | undefined;
  let assigned = 0;
  for (let p = 0; p < sendTime.length; p++) {
    if (first === undefined || sendTime[p] < first) first = sendTime[p];
    if (last === undefined || sendTime[p] > last) last = sendTime[p];
    assigned += randomAssigned[p];
  }
  const requests = plan.requests.count.length;
  return {
    inputMessages: plan.inputCount,
    plannedMessages: sendTime.length,
    problemMessages: problemInputs.size,
    groups: plan.groups.filter((g) => g.messageCount > 0).length,
    groupsNamed: plan.groups.length,
    requests,
    ...(first === undefined ? {} : { firstSendTime: first, lastSendTime: last }),
    problemsByRule,
    warningsByRule,
    randomsAssigned: assigned,
    adjustments: plan.adjustments.length,
    rate: plan.options.rate,
    estimatedSeconds: Math.ceil(requests / plan.options.rate),
  };
}

/**
 * The plan as JSON text, in pieces (a plan of a million messages is a large text: join the pieces into a Blob,
 * or write them to a file one by one). Requests list their messages by input index, with SendTime and Random.
 */
export function* exportPlanJson(plan: BatchPlan): Generator<string> {
  const { id, options, summary, adjustments } = plan;
  yield `{"id":${JSON.stringify(id)},"options":${JSON.stringify(options)},"summary":${JSON.stringify(summary)},`;
  yield `"groups":${JSON.stringify(plan.groups.map(({ head: _head, ...group }) => group))},\n"requests":[`;
  const { group, first, count, bytes } = plan.requests;
  for (let r = 0; r < count.length; r++) {
    const messages = [];
    for (let p = first[r]; p < first[r] + count[r]; p++)
      messages.push([plan.messages.input[p], plan.messages.sendTime[p], plan.messages.random[p]]);
    yield `${r > 0 ? ',\n' : '\n'}${JSON.stringify({ request: r, group: group[r], GroupId: plan.groups[group[r]].GroupId, bytes: bytes[r], messages })}`;
  }
  yield `],\n"problems":[`;
  for (let k = 0; k < plan.problems.length; k++)
    yield `${k > 0 ? ',\n' : '\n'}${JSON.stringify(plan.problems[k])}`;
  yield `],\n"adjustments":${JSON.stringify(adjustments)}}\n`;
}
