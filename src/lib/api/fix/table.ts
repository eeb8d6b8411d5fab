/**
 * Which fixer answers which rule. A new rule with an unambiguous fix is one more line here; a fixer that does not
 * recognise its diagnostic (another field of a shared rule such as field-type) answers undefined and the next one
 * is asked.
 */
import { renameKey } from './rename';
import { keepLastDuplicate, removeComment, removeTrailingComma } from './syntax';
import { millisecondsToSeconds, sortMessages } from './time';
import { downloadFlag, freshRandom, removeRecentContactFlag, splitCalls, unquoteNumber } from './values';
import type { Fixer } from './workbench';

const firstOf =
  (...fixers: Fixer[]): Fixer =>
  (diagnostic, bench) => {
    for (const fixer of fixers) {
      const outcome = fixer(diagnostic, bench);
      if (outcome) return outcome;
    }
    return undefined;
  };

export const FIXERS: ReadonlyMap<string, Fixer> = new Map([
  ['json-comment', removeComment],
  ['json-trailing-comma', removeTrailingComma],
  ['json-duplicate-key', keepLastDuplicate],
  ['send-time-milliseconds', millisecondsToSeconds],
  ['send-time-order', sortMessages],
  ['random-duplicate', freshRandom],
  ['field-type', firstOf(freshRandom, unquoteNumber, downloadFlag)],
  ['field-range', freshRandom],
  ['field-value', firstOf(freshRandom, downloadFlag)],
  ['field-required', downloadFlag],
  ['recent-contact-flag-group-type', removeRecentContactFlag],
  ['unknown-key', renameKey],
  ['msg-list-count', splitCalls],
]);
