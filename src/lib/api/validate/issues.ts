import type { z } from 'zod';
import { MSG_TYPES } from '../schema/msg-types';
import { describeValue, suggest } from './describe';
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

function fieldName(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return 'The request';
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  object: 'an object',
  array: 'an array',
};

function typeHint(name: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
    return ' Write the number without quotes.';
  if (name === 'SendTime' && typeof value === 'string')
    return ' Use Unix seconds, e.g. 1620808101, not a date string.';
  return '';
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
  const error = (rule: string, message: string, serverCode = sendTimeCode): Finding[] => [
    { severity: 'error', rule, message, pointer, target: 'value', serverCode },
  ];
  // A literal or union with nothing to check is a missing field, not a wrong value (JSON has no undefined).
  const valueError = () =>
    value === undefined
      ? error('field-required', `${name} is required here: it ${issue.message}.`)
      : error('field-value', `${name} ${issue.message}; got ${describeValue(value)}.`);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const guess = suggestField(key, suggestions);
        return {
          severity: 'warning',
          rule: 'unknown-key',
          message: `Unknown field "${key}"${guess && guess !== key ? `: did you mean "${guess}"?` : ': the service does not know it; remove it.'}`,
          pointer: toPointer([...path, key]),
          target: 'key',
        };
      });
    case 'invalid_union':
      if (issue.discriminator === 'MsgType') {
        if (value === undefined)
          return error('field-required', 'MsgType is required: one of ' + MSG_TYPES.join(', ') + '.');
        if (typeof value !== 'string')
          return error('field-type', `MsgType must be a string, got ${describeValue(value)}.`);
        const guess = suggest(value, MSG_TYPES);
        return error(
          'msg-type-unknown',
          `"${value}" is not a message element type${guess ? `: did you mean "${guess}"?` : `. Group import takes TIMTextElem, TIMFaceElem, TIMLocationElem and TIMCustomElem.`}`,
          10004,
        );
      }
      return valueError();
    case 'invalid_type':
      if (value === undefined) return error('field-required', `${name} is required here.`);
      return error(
        'field-type',
        `${name} must be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(value)}.${typeHint(name, value)}`,
      );
    case 'too_big':
    case 'too_small':
      if (pointer === '/MsgList') {
        return error(
          'msg-list-count',
          issue.code === 'too_big'
            ? `MsgList has ${Array.isArray(value) ? value.length : '?'} messages: one call takes at most 7. Split them into calls of 7 (the batch planner does it).`
            : 'MsgList is empty: one call takes 1 to 7 messages.',
          10004,
        );
      }
      if (path[path.length - 1] === 'MsgBody')
        return error('msg-body-empty', 'MsgBody is empty: a message needs at least one element.');
      return error('field-range', `${name} ${issue.message}; got ${describeValue(value)}.`);
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
