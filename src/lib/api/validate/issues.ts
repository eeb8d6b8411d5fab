import type { z } from 'zod';
import { MSG_TYPES } from '../schema/msg-types';
import { MAX_MESSAGES_PER_CALL, MAX_UINT32 } from '../facts';
import { DIAGNOSTICS_EN } from '../i18n/diagnostics-en';
import { say, type MessageParams, type Said } from '../i18n/render';
import { suggest, valueParams } from './describe';
import type { Finding } from './finding';
import { toPointer, type PathSegment } from './pointer';

/** Every field name the schema knows, for "did you mean" on unknown keys. */
const KNOWN_FIELDS = [
  'GroupId',
  'RecentContactFlag',
  'TopicId',
  'MsgList',
  'From_Account',
  'SendTime',
  'Random',
  'MsgBody',
  'MsgType',
  'MsgContent',
  'Text',
  'Index',
  'Data',
  'Desc',
  'Latitude',
  'Longitude',
  'Ext',
  'Sound',
  'Url',
  'UUID',
  'Size',
  'Second',
  'Download_Flag',
  'ImageFormat',
  'ImageInfoArray',
  'Type',
  'Width',
  'Height',
  'URL',
  'FileSize',
  'FileName',
  'VideoUrl',
  'VideoUUID',
  'VideoSize',
  'VideoSecond',
  'VideoFormat',
  'VideoDownloadFlag',
  'ThumbUrl',
  'ThumbUUID',
  'ThumbSize',
  'ThumbWidth',
  'ThumbHeight',
  'ThumbFormat',
  'ThumbDownloadFlag',
];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** The field a path ends at; `@request` (a term: "The request") when it names none. */
function fieldName(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '@request';
}

/** A hint term (`term.hint.*`) for a value of the wrong type, or '' for none. */
function typeHint(name: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return 'unquote';
  if (name === 'SendTime' && typeof value === 'string') return 'unix-seconds';
  return '';
}

const MUST_PREFIX = 'term.must.';

/** The schema's wordings of a constraint (`error:` in schema/*.ts) by their text, to their term slugs. */
const MUST_SLUGS: ReadonlyMap<string, string> = new Map(
  Object.keys(DIAGNOSTICS_EN)
    .filter((id) => id.startsWith(MUST_PREFIX))
    .map((id) => {
      const text = DIAGNOSTICS_EN[id as keyof typeof DIAGNOSTICS_EN] as string;
      const english = text
        .replace('{maxUint32}', String(MAX_UINT32))
        .replace('{maxMessages}', String(MAX_MESSAGES_PER_CALL));
      return [english, id.slice(MUST_PREFIX.length)];
    }),
);

/** A zod issue's wording as parameters: a term slug when the schema's text is known, else the text itself. */
function mustParams(message: string): MessageParams {
  return {
    must: MUST_SLUGS.get(message) ?? message,
    maxUint32: MAX_UINT32,
    maxMessages: MAX_MESSAGES_PER_CALL,
  };
}

/** "Did you mean" per unknown key, computed once per validation: a long export repeats the same mistake. */
type Suggestions = Map<string, string | undefined>;

function suggestField(key: string, cache: Suggestions): string | undefined {
  if (cache.has(key)) return cache.get(key);
  const guess = suggest(key, KNOWN_FIELDS);
  cache.set(key, guess);
  return guess;
}

function mapIssue(issue: z.core.$ZodIssue, root: unknown, suggestions: Suggestions): Finding[] {
  const path = issue.path as PathSegment[];
  const pointer = toPointer(path);
  const value = valueAt(root, path);
  const name = fieldName(path);
  // A SendTime the service cannot read fails that message with 10004, as the time rules do.
  const sendTimeCode =
    path.length === 3 && path[0] === 'MsgList' && path[2] === 'SendTime' ? 10004 : undefined;
  const error = (rule: string, said: Said, serverCode = sendTimeCode): Finding[] => [
    { severity: 'error', rule, ...said, pointer, target: 'value', serverCode },
  ];
  // A literal or union with nothing to check is a missing field, not a wrong value (JSON has no undefined).
  const valueError = () =>
    value === undefined
      ? error('field-required', say('field-required.must', { field: name, ...mustParams(issue.message) }))
      : error(
          'field-value',
          say('field-value', { field: name, ...mustParams(issue.message), ...valueParams(value) }),
        );
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const guess = suggestField(key, suggestions);
        return {
          severity: 'warning',
          rule: 'unknown-key',
          ...(guess && guess !== key
            ? say('unknown-key', { key, guess })
            : say('unknown-key.remove', { key })),
          pointer: toPointer([...path, key]),
          target: 'key',
        };
      });
    case 'invalid_union':
      if (issue.discriminator === 'MsgType') {
        if (value === undefined)
          return error('field-required', say('field-required.msg-type', { types: MSG_TYPES.join(', ') }));
        if (typeof value !== 'string')
          return error('field-type', say('field-type.msg-type', valueParams(value)));
        const guess = suggest(value, MSG_TYPES);
        return error(
          'msg-type-unknown',
          guess ? say('msg-type-unknown', { value, guess }) : say('msg-type-unknown.list', { value }),
          10004,
        );
      }
      return valueError();
    case 'invalid_type':
      if (value === undefined) return error('field-required', say('field-required', { field: name }));
      return error(
        'field-type',
        say('field-type', {
          field: name,
          expected: issue.expected,
          ...valueParams(value),
          hint: typeHint(name, value),
        }),
      );
    case 'too_big':
    case 'too_small':
      if (pointer === '/MsgList') {
        return error(
          'msg-list-count',
          issue.code === 'too_big'
            ? say('msg-list-count', { count: Array.isArray(value) ? value.length : '?' })
            : say('msg-list-count.empty'),
          10004,
        );
      }
      if (path[path.length - 1] === 'MsgBody') return error('msg-body-empty', say('msg-body-empty'));
      return error(
        'field-range',
        say('field-range', { field: name, ...mustParams(issue.message), ...valueParams(value) }),
      );
    default:
      return valueError();
  }
}

export function mapZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): Finding[] {
  const suggestions: Suggestions = new Map();
  const out: Finding[] = [];
  for (const issue of issues) for (const finding of mapIssue(issue, root, suggestions)) out.push(finding);
  return out;
}
