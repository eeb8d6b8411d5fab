/**
 * Words for the core's findings: a diagnostic carries a message id and its parameters, and a catalog per
 * language turns them into a sentence. `say` gives a finding its English words; the registry of other languages
 * and `diagnosticText` are in `./registry.ts` (re-exported here).
 */
import { DIAGNOSTICS_EN, type DiagnosticMessageId } from './diagnostics-en';
import { renderCoreMessage, type MessageParams } from './registry';

export * from './registry';

/** The parts of a finding that say what is wrong: its message id, parameters, and the English text. */
export interface Said {
  messageId: DiagnosticMessageId;
  params: MessageParams;
  message: string;
}

/** A finding's words in English, with the id and parameters to say it in another language. */
export function say(messageId: DiagnosticMessageId, params: MessageParams = {}): Said {
  return { messageId, params, message: renderCoreMessage(DIAGNOSTICS_EN, 'en', messageId, params) };
}
