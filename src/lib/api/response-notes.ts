/**
 * The notes the response reader makes (a note on the whole answer, or on one message's result): each carries its
 * message id and parameters, so the page says it in the language in use, and its English text. Zod-free and
 * small: the Response panel renders notes with it without loading the reader.
 */
import type { Catalog } from '../i18n/catalog';
import { JSON_PROBLEMS_EN } from './i18n/json-problems-en';
import { coreCatalogs, renderCoreMessage, type Locale, type MessageParams } from './i18n/registry';
import { RESPONSE_EN, type ResponseMessageId } from './i18n/response-en';
import { jsonProblemParams } from './messages';
import type { JsonProblem } from './safe-json';

export type { ResponseMessageId };

export interface ResponseNote {
  messageId: ResponseMessageId;
  params: MessageParams;
  /** The note in English. */
  message: string;
  /** For `not-json`: the reader's problem, said in the note's language as its `problem` parameter. */
  jsonProblem?: JsonProblem;
}

function render(
  catalogs: { readonly response: Catalog; readonly jsonProblems: Catalog },
  locale: string,
  messageId: ResponseMessageId,
  params: MessageParams,
  jsonProblem: JsonProblem | undefined,
): string {
  let filled = params;
  if (jsonProblem) {
    const json = jsonProblemParams(jsonProblem);
    filled = { ...params, problem: renderCoreMessage(catalogs.jsonProblems, locale, json.id, json.params) };
  }
  return renderCoreMessage(catalogs.response, locale, messageId, filled);
}

const ENGLISH = { response: RESPONSE_EN, jsonProblems: JSON_PROBLEMS_EN };

/** A note, with its English text (the reader makes every note with this). */
export function responseNote(
  messageId: ResponseMessageId,
  params: MessageParams = {},
  jsonProblem?: JsonProblem,
): ResponseNote {
  const message = render(ENGLISH, 'en', messageId, params, jsonProblem);
  return jsonProblem ? { messageId, params, message, jsonProblem } : { messageId, params, message };
}

/** The text of a note in `locale` when its catalogs are loaded (`loadCoreLocale`), else its English one. */
export function responseNoteText(note: ResponseNote, locale: Locale | undefined): string {
  const catalogs = coreCatalogs(locale);
  if (!catalogs) return note.message;
  return render(catalogs, locale as string, note.messageId, note.params, note.jsonProblem);
}
