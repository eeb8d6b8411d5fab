/**
 * Sentences of the core's newer modules, by stable id: code produces ids and parameters, and a catalog per
 * language (`i18n/json-problems-en.ts`, `i18n/json-problems-zh-CN.ts`) turns them into words.
 */
import { JSON_PROBLEMS_EN } from './i18n/json-problems-en';
import { coreCatalogs, renderCoreMessage, type Locale } from './i18n/registry';
import type { JsonProblem } from './safe-json';

/** A JSON problem's message id and parameters. */
export function jsonProblemParams(p: JsonProblem): {
  id: keyof typeof JSON_PROBLEMS_EN;
  params: Record<string, string | number>;
} {
  const params: Record<string, string | number> = { line: p.line, column: p.column };
  switch (p.id) {
    case 'too-long':
      params.chars = (p.chars ?? 0).toLocaleString('en-US');
      params.maxChars = (p.maxChars ?? 0).toLocaleString('en-US');
      break;
    case 'too-deep':
      params.maxDepth = p.maxDepth ?? 0;
      break;
    case 'unexpected-character':
      params.found = p.found ?? '@character';
      if (p.found?.startsWith('U+')) return { id: 'unexpected-character.invisible', params };
      break;
    case 'not-json-literal':
      params.found = p.found ?? '@this';
      break;
    case 'invalid-number':
      params.number = JSON.stringify(p.found ?? '');
      break;
    case 'control-character':
      params.found = p.found ?? '@invisible';
      break;
    case 'expected-comma-or-close':
    case 'unexpected-end':
      params.close = p.close ?? '}';
      break;
  }
  return { id: p.id, params };
}

/** What is wrong with a JSON text and what to do, in `locale` when its catalogs are loaded, else English. */
export function jsonProblemMessage(problem: JsonProblem, locale?: Locale): string {
  const { id, params } = jsonProblemParams(problem);
  const catalogs = coreCatalogs(locale);
  return catalogs
    ? renderCoreMessage(catalogs.jsonProblems, locale as string, id, params)
    : renderCoreMessage(JSON_PROBLEMS_EN, 'en', id, params);
}
