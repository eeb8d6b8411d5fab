/**
 * The words of `explainCode` in one language, in the shape of the codes table: each code's meaning and action
 * (and, for a per-message `Result`, the narrower ones), each range's, and the two answers for a code outside
 * the table. `codeCatalog` flattens them to catalog ids (`code.<n>.meaning`, `code.<n>.message.action`,
 * `range.<from>.meaning`, `not-a-code.meaning`…) for the parity test and the lookup.
 */
import type { Catalog } from '../../i18n/catalog';

export interface CodeText {
  readonly meaning: string;
  readonly action: string;
}

export interface CodeTexts {
  readonly codes: Readonly<Record<number, CodeText & { readonly asMessageResult?: CodeText }>>;
  readonly ranges: Readonly<Record<number, CodeText>>;
  /** `{code}`: what was given. */
  readonly notACode: CodeText;
  /** `{code}`: the code. */
  readonly outside: CodeText;
}

export function codeCatalog(texts: CodeTexts): Catalog {
  const out: Record<string, string> = {};
  const put = (prefix: string, text: CodeText) => {
    out[`${prefix}.meaning`] = text.meaning;
    out[`${prefix}.action`] = text.action;
  };
  for (const [code, text] of Object.entries(texts.codes)) {
    put(`code.${code}`, text);
    if (text.asMessageResult) put(`code.${code}.message`, text.asMessageResult);
  }
  for (const [from, text] of Object.entries(texts.ranges)) put(`range.${from}`, text);
  put('not-a-code', texts.notACode);
  put('outside', texts.outside);
  return out;
}
