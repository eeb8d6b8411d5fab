/** Explanations of the codes Tencent IM answers with: what happened and what to do next. */
import { ACCOUNT_CONTENT_MESSAGE_CODES } from './codes-table-account';
import { GROUP_AND_REST_CODES, type CodeEntry } from './codes-table';
import { interpolate, type Catalog } from '../i18n/catalog';
import { codeCatalog, type CodeTexts } from './i18n/code-texts';
import { coreCatalogs, type Locale } from './i18n/registry';

const CODE_TABLE: Readonly<Record<number, CodeEntry>> = {
  ...GROUP_AND_REST_CODES,
  ...ACCOUNT_CONTENT_MESSAGE_CODES,
};

export type CodeCategory =
  | 'success'
  | 'group service'
  | 'REST API'
  | 'account & UserSig'
  | 'content check'
  | 'message service'
  | 'unknown'
  | 'not a code';

export interface CodeExplanation {
  code: number;
  meaning: string;
  action: string;
  category: CodeCategory;
  /** True when the code is in the table; false when the answer comes from its range only. */
  known: boolean;
  /** True when sending the same call again later can succeed without changing it. */
  retryable: boolean;
}

/**
 * Where the code was seen: the call's `ErrorCode`, or one message's `Result` in `ImportMsgResult`
 * (10004, 80001 and 80002 say something narrower there).
 */
export type CodeSource = 'call' | 'message';

export const KNOWN_CODES: number[] = Object.keys(CODE_TABLE)
  .map(Number)
  .sort((a, b) => a - b);

interface CodeRange {
  from: number;
  to: number;
  category: CodeCategory;
  meaning: string;
  action: string;
}

const SEE_ERROR_INFO = 'Read ErrorInfo for details.';

const RANGES: readonly CodeRange[] = [
  {
    from: 10000,
    to: 11999,
    category: 'group service',
    meaning: 'An error of the group service that this console has no entry for.',
    action: `${SEE_ERROR_INFO} Check GroupId, the group type and that the group exists (import_group first).`,
  },
  {
    from: 60000,
    to: 69999,
    category: 'REST API',
    meaning: 'A public REST API error that this console has no entry for.',
    action: `${SEE_ERROR_INFO} Check the URL, sdkappid, identifier and the region host.`,
  },
  {
    from: 70000,
    to: 79999,
    category: 'account & UserSig',
    meaning: 'An account or UserSig error that this console has no entry for.',
    action: `${SEE_ERROR_INFO} Check that identifier is an app admin and generate a new UserSig for it.`,
  },
  {
    from: 80000,
    to: 89999,
    category: 'content check',
    meaning: 'A content check error that this console has no entry for.',
    action: `${SEE_ERROR_INFO} Check the message content against the app's moderation rules and size limit.`,
  },
  {
    from: 90000,
    to: 99999,
    category: 'message service',
    meaning: 'An error of the message service that this console has no entry for.',
    action: `${SEE_ERROR_INFO} Check the request body; retry later if ErrorInfo mentions an internal error.`,
  },
];

/**
 * The English words of `explainCode`, in the shape every language's `CodeTexts` has. Built on first use (no
 * top-level calls: the page imports the index, and this must tree-shake away from its start-up chunk).
 */
export function codeTextsEn(): CodeTexts {
  return {
    codes: CODE_TABLE,
    ranges: Object.fromEntries(RANGES.map(({ from, meaning, action }) => [from, { meaning, action }])),
    notACode: NOT_A_CODE,
    outside: OUTSIDE,
  };
}

const NOT_A_CODE = {
  meaning: '{code} is not an IM error code: codes are whole numbers from 0 up.',
  action: 'Read ErrorCode from the response as a whole number (e.g. 10004) and look it up again.',
};

const OUTSIDE = {
  meaning: 'Code {code} is outside the ranges Tencent IM documents.',
  action:
    'Read ErrorInfo for details and check that the URL points at a Tencent IM host: another server may have ' +
    'answered.',
};

let enCatalog: Catalog | undefined;

/** `codeTextsEn()` as a flat catalog (`code.<n>.meaning`…), as the other languages' are. */
export function codesEnCatalog(): Catalog {
  enCatalog ??= codeCatalog(codeTextsEn());
  return enCatalog;
}

function categoryOf(code: number): CodeCategory {
  if (code === 0) return 'success';
  return RANGES.find((range) => code >= range.from && code <= range.to)?.category ?? 'unknown';
}

/**
 * What `code` means and what to do, in `locale` when its catalogs are loaded (`loadCoreLocale`), else English.
 * `source`: the call's `ErrorCode`, or one message's `Result` (narrower words for 0, 10004, 80001, 80002).
 */
export function explainCode(code: number, source: CodeSource = 'call', locale?: Locale): CodeExplanation {
  const en = codesEnCatalog();
  const catalog = coreCatalogs(locale)?.codes ?? en;
  const words = (id: string, params?: Record<string, string>) => ({
    meaning: interpolate(String(catalog[`${id}.meaning`] ?? en[`${id}.meaning`]), params),
    action: interpolate(String(catalog[`${id}.action`] ?? en[`${id}.action`]), params),
  });
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 0) {
    return {
      code,
      ...words('not-a-code', { code: String(code) }),
      category: 'not a code',
      known: false,
      retryable: false,
    };
  }
  const entry = Object.hasOwn(CODE_TABLE, code) ? CODE_TABLE[code] : undefined;
  if (entry) {
    const asMessage = source === 'message' && entry.asMessageResult !== undefined;
    return {
      code,
      ...words(asMessage ? `code.${code}.message` : `code.${code}`),
      category: categoryOf(code),
      known: true,
      retryable: entry.retryable,
    };
  }
  const range = RANGES.find((candidate) => code >= candidate.from && code <= candidate.to);
  if (range) {
    return {
      code,
      ...words(`range.${range.from}`),
      category: range.category,
      known: false,
      retryable: false,
    };
  }
  return {
    code,
    ...words('outside', { code: String(code) }),
    category: 'unknown',
    known: false,
    retryable: false,
  };
}
