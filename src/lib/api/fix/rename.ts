/**
 * An unknown key that is a near miss of a field of its own object ("Sendtime", "Ramdom") is renamed. The renamed
 * value is checked from then on, so the rename is offered only when it brings no new error: checked by validating
 * the message alone (every rule but the time order and Random repeats looks at one message only; those two are
 * checked against the whole request here), or the whole text for the request's own fields.
 */
import type { Diagnostic } from '../types';
import { suggest } from '../validate/describe';
import { fromPointer, toPointer } from '../validate/pointer';
import { applyTextEdits } from './edits';
import { fieldsAt } from './fields';
import { sendTimeFits } from './time';
import { memberOf, nodeAt, type JsonNode } from './tree';
import type { TextEdit } from './types';
import { messagePath, offer, refuse, type Fixer, type Workbench } from './workbench';

const isUint32 = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffffff;

/** The first error of `after` that `before` does not have as often (by rule and pointer), if any. */
export function newError(before: readonly Diagnostic[], after: readonly Diagnostic[]): string | undefined {
  const counts = new Map<string, number>();
  for (const d of before)
    if (d.severity === 'error')
      counts.set(`${d.rule} ${d.pointer}`, (counts.get(`${d.rule} ${d.pointer}`) ?? 0) + 1);
  for (const d of after) {
    if (d.severity !== 'error') continue;
    const key = `${d.rule} ${d.pointer}`;
    const left = counts.get(key) ?? 0;
    if (left === 0) return d.rule;
    counts.set(key, left - 1);
  }
  return undefined;
}

/** A one-message request around a message's text, so the validator judges that message alone. */
const alone = (message: string) => `{"GroupId":"@TGS#2FIX","MsgList":[${message}]}`;

/** The rule of the error the rename would bring, or undefined when it brings none. */
function renameBreaks(
  bench: Workbench,
  pointer: string,
  value: JsonNode,
  edit: TextEdit,
): string | undefined {
  const { text, context } = bench;
  const message = messagePath(pointer);
  if (!message) {
    return newError(bench.diagnostics, bench.validate(applyTextEdits(text, [edit]), context).diagnostics);
  }
  if (message.rest === '/SendTime' && !sendTimeFits(bench, message.index, value.value))
    return 'send-time-order';
  if (message.rest === '/Random' && isUint32(value.value) && bench.randomInUse(value.value))
    return 'random-duplicate';
  const node = bench.messages![message.index].node;
  const own = text.slice(node.start, node.end);
  const before = bench.shared(
    `alone:${message.index}`,
    () => bench.validate(alone(own), context).diagnostics,
  );
  const renamed = applyTextEdits(own, [{ ...edit, offset: edit.offset - node.start }]);
  return newError(before, bench.validate(alone(renamed), context).diagnostics);
}

export const renameKey: Fixer = (diagnostic, bench) => {
  const path = fromPointer(diagnostic.pointer);
  if (path.length === 0) return undefined;
  const key = path[path.length - 1];
  const parentPointer = toPointer(path.slice(0, -1));
  const fields = fieldsAt(bench.tree, parentPointer);
  const object = nodeAt(bench.tree, parentPointer);
  if (!fields || object?.kind !== 'object') return undefined;
  const target = suggest(key, fields);
  if (!target || target === key) return undefined;
  // Per object, once: how often each key appears, and which unknown keys look like each field.
  const { counts, lookalikes } = bench.shared(`rename:${object.start}`, () => {
    const counts = new Map<string, number>();
    for (const entry of object.entries!) counts.set(entry.key!.name, (counts.get(entry.key!.name) ?? 0) + 1);
    const lookalikes = new Map<string, string[]>();
    for (const name of counts.keys()) {
      if (fields.includes(name)) continue;
      const field = suggest(name, fields);
      if (!field || field === name) continue;
      const names = lookalikes.get(field);
      if (names) names.push(name);
      else lookalikes.set(field, [name]);
    }
    return { counts, lookalikes };
  });
  if ((counts.get(key) ?? 0) > 1) return refuse('no-fix.rename-repeated', { from: key });
  if (counts.has(target)) return refuse('no-fix.rename-target-exists', { from: key, to: target });
  const rivals = lookalikes.get(target) ?? [];
  if (rivals.length > 1) {
    const keys = rivals.map((name) => JSON.stringify(name)).join(', ');
    return refuse('no-fix.rename-ambiguous', { to: target, keys });
  }
  const entry = memberOf(object, key)!;
  const edit: TextEdit = {
    offset: entry.key!.start,
    length: entry.key!.end - entry.key!.start,
    text: JSON.stringify(target),
  };
  const rule = renameBreaks(bench, toPointer([...path.slice(0, -1), target]), entry.node, edit);
  if (rule) return refuse('no-fix.rename-breaks', { to: target, rule });
  return offer('fix.rename-key', { from: key, to: target }, [edit]);
};
