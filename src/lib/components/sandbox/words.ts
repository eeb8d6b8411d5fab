/**
 * The Sandbox view's words: the sandbox area's translator, and the sandbox's messages ({ id, params } data from
 * the sandbox or SandboxState) said in the page's language. Call during component initialisation; what it
 * returns reads the language when called, so a template that calls it follows a switch without remounting.
 */
import type { GroupType } from '../../api/types';
import { SANDBOX_EN } from '../../i18n/ui/sandbox.en';
import { sandboxMessageText, type SandboxMessage } from '../../sandbox/messages';
import { useLanguage } from '../language';

/** Stands where a value set in <code> goes in a rendered sentence (a private-use character: no text has it). */
export const CODE_SLOT = '\uE000';

export function useSandboxWords() {
  const language = useLanguage();
  const t = language.translator('sandbox', SANDBOX_EN);
  return {
    language,
    t,
    /** A message of the sandbox in the page's language. */
    say: (message: SandboxMessage) => sandboxMessageText(message, language.locale, t),
    /** A group type's option label (the type's name; in Chinese with Tencent's name for it). */
    typeLabel: (type: GroupType) => t(`type.${type}`),
  };
}
