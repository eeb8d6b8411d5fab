/** How the Batch view says the loader's and planner's problems (ids of batch/messages.ts) in the page's language. */
import type { MessageParams, Translate } from '../../i18n/catalog';
import { BATCH_EN } from '../../i18n/ui/batch.en';
import type { Locale } from '../../i18n/locales';
import { diagnosticText } from '../../api/i18n/registry';

export type BatchT = Translate<typeof BATCH_EN>;
type Say = (id: string, params?: MessageParams) => string;

/** A load or plan problem: the batch catalog's sentence, or the engine's own `detail` for an engine rule. */
export function problemText(
  t: BatchT,
  problem: {
    rule: string;
    params: MessageParams;
    detail?: string;
    said?: { messageId: string; params: MessageParams };
  },
  locale?: Locale,
): string {
  const say = t as unknown as Say;
  const { rule, params } = problem;
  if (rule === 'send-time-tie')
    return say(params.nextTaken === undefined ? 'problem.send-time-tie' : 'problem.send-time-tie-taken', {
      ...params,
      previous: Number(params.previous) + 1,
    });
  if (rule === 'random-duplicate')
    return say('problem.random-duplicate', { ...params, first: Number(params.first) + 1 });
  const id = `problem.${rule}`;
  if (Object.hasOwn(BATCH_EN, id)) return say(id, params);
  if (problem.said) return diagnosticText({ message: problem.detail ?? rule, ...problem.said }, locale);
  return problem.detail ?? rule;
}

/** Why a run stopped (an id of batch/messages.ts and its parameters). */
export function stopText(t: BatchT, reason: { id: string; params: MessageParams }): string {
  const say = t as unknown as Say;
  const params = { ...reason.params };
  if (reason.id === 'stop.permanent-failure') params.request = Number(params.request) + 1;
  if (reason.id === 'stop.configuration') params.detail = String(params.code || params.detail || '');
  return Object.hasOwn(BATCH_EN, reason.id) ? say(reason.id, params) : say('stop.other', { id: reason.id });
}

/** Saves text pieces as a file the browser downloads (a Blob URL, revoked once the download has started). */
export function download(name: string, pieces: Iterable<string>, type: string): void {
  const parts: string[] = [];
  for (const piece of pieces) parts.push(piece);
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
