import { z } from 'zod';
import { resolveContext, type ResolvedContext, type ValidationContext } from '../context';
import { MAX_MESSAGES_PER_CALL, SEVERITY_RANK } from '../facts';
import { ImportMessageSchema, ImportRequestSchema, type ImportRequest } from '../schema/request';
import type { Diagnostic } from '../types';
import { diagnosticText, say, type Locale } from '../i18n/render';
import type { Finding } from './finding';
import { groupIdRules, topicIdRules } from './ids';
import { mapZodIssues } from './issues';
import { locatePointers } from './locate';
import { messageRules } from './messages';
import { sendTimeFormRules } from './number-form';
import { parseRequestText } from './parse';
import { compile } from './shape-check';

export { messageByteSize, utf8ByteLength } from './size';
export { MAX_FROM_ACCOUNT_BYTES } from './messages';
export { MAX_GROUP_ID_BYTES, MAX_TOPIC_ID_BYTES } from './ids';

export interface ValidationReport {
  /** No error-severity diagnostic. */
  ok: boolean;
  /** The request, when it matches the schema. */
  request?: ImportRequest;
  /** The parsed JSON, whatever its shape (absent on syntax errors). */
  value?: unknown;
  /** What would be sent: the text without comments and trailing commas. */
  body?: string;
  diagnostics: Diagnostic[];
}

let messageShapeCheck: ((message: unknown) => boolean) | undefined | null;

/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an argument, and past
 * ~120,000 findings (a long export with one mistake per message) that overflows the stack.
 */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/** Every item is checked (no length bounds): only the messages the shape check rejected are handed to it. */
const MessageListSchema = z.array(ImportMessageSchema);

/**
 * zod's issues for each message of a long list; the compiled shape check spares zod the valid ones, and the
 * rejected ones go to zod in one call (one error object, not one per message: 130,000 of those cost seconds).
 */
function messageIssues(list: unknown[]): z.core.$ZodIssue[] {
  if (messageShapeCheck === undefined) {
    try {
      messageShapeCheck = compile(z.toJSONSchema(ImportMessageSchema, { target: 'draft-07' }) as never);
    } catch {
      messageShapeCheck = null; // cannot compile: zod checks every message
    }
  }
  const rejected: unknown[] = [];
  const indices: number[] = [];
  for (let i = 0; i < list.length; i++) {
    if (messageShapeCheck?.(list[i])) continue;
    rejected.push(list[i]);
    indices.push(i);
  }
  if (rejected.length === 0) return [];
  const result = MessageListSchema.safeParse(rejected);
  if (result.success) return [];
  const issues: z.core.$ZodIssue[] = [];
  for (const issue of result.error.issues) {
    const [position, ...rest] = issue.path; // a path is a few segments
    issues.push({ ...issue, path: ['MsgList', indices[position as number], ...rest] });
  }
  return issues;
}

/**
 * A TopicId, or a GroupId starting `@TGS#_`, means a Community group even where the user has not set the group
 * type (TENCENT-IM §5): the Community rules then apply as warnings. Other prefixes are only hints.
 */
function inferredCommunity(value: Record<string, unknown>, context: ResolvedContext): string | undefined {
  if (context.groupType !== undefined) return undefined;
  if (typeof value.TopicId === 'string') return 'topic-id';
  if (typeof value.GroupId === 'string' && value.GroupId.startsWith('@TGS#_')) return 'tgs-prefix';
  return undefined;
}

function requestRules(value: Record<string, unknown>, context: ResolvedContext, source: string): Finding[] {
  const out: Finding[] = [];
  if (context.groupType === 'AVChatRoom') {
    out.push({
      severity: 'error',
      rule: 'group-type-avchatroom',
      ...say('group-type-avchatroom'),
      pointer: '/GroupId',
      target: 'value',
      serverCode: 10007,
    });
  }
  if (
    value.RecentContactFlag !== undefined &&
    (context.groupType === 'AVChatRoom' || context.groupType === 'Community')
  ) {
    out.push({
      severity: 'error',
      rule: 'recent-contact-flag-group-type',
      ...say('recent-contact-flag-group-type', { type: context.groupType }),
      pointer: '/RecentContactFlag',
      target: 'key',
    });
  }
  const community = value.RecentContactFlag !== undefined ? inferredCommunity(value, context) : undefined;
  if (community) {
    out.push({
      severity: 'warning',
      rule: 'recent-contact-flag-group-type',
      ...say('recent-contact-flag-group-type.inferred', { reason: community }),
      pointer: '/RecentContactFlag',
      target: 'key',
    });
  }
  if (context.groupType === 'Community') {
    out.push({
      severity: 'info',
      rule: 'community-feature',
      ...say('community-feature'),
      pointer: '/GroupId',
      target: 'value',
    });
  }
  appendAll(out, groupIdRules(value.GroupId, context));
  appendAll(out, topicIdRules(value.TopicId, value.GroupId, context));
  appendAll(out, messageRules(value.MsgList, context));
  appendAll(out, sendTimeFormRules(source, value.MsgList));
  return out;
}

function place(text: string, findings: Finding[], repeatsKeys: boolean): Diagnostic[] {
  const locate = locatePointers(
    text,
    findings.map((f) => f.pointer),
    repeatsKeys,
  );
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const { target } = finding;
    const { range, exact } = locate(finding.pointer);
    const wantsKey = target === 'key' || range.container || !exact;
    let offset = range.start;
    let length = range.end - range.start;
    if (wantsKey && range.keyStart !== undefined && range.keyEnd !== undefined) {
      offset = range.keyStart;
      length = range.keyEnd - range.keyStart;
    } else if (range.container && (wantsKey || !exact)) {
      length = Math.min(1, length); // the opening bracket of an array element: its whole span is too loud
    }
    offset = Math.min(Math.max(0, offset), text.length);
    length = Math.max(0, Math.min(length, text.length - offset));
    const { severity, rule, message, messageId, params, pointer, serverCode } = finding;
    const diagnostic: Diagnostic = { severity, rule, message, messageId, params, pointer, offset, length };
    if (serverCode !== undefined) diagnostic.serverCode = serverCode;
    out.push(diagnostic);
  }
  return out;
}

function run(text: string, context: ResolvedContext): ValidationReport {
  const parsed = parseRequestText(text);
  if (parsed.value === undefined) return { ok: false, diagnostics: parsed.diagnostics };
  // `source` is the text with a leading byte-order mark blanked: same offsets, readable by the locator.
  const { value, body, source } = parsed;
  const findings: Finding[] = [];
  let request: ImportRequest | undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    findings.push({
      severity: 'error',
      rule: 'root-type',
      ...say('root-type', {
        kind: Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : String(value),
      }),
      pointer: '',
      target: 'value',
    });
  } else {
    const result = ImportRequestSchema.safeParse(value);
    if (result.success) request = result.data;
    else appendAll(findings, mapZodIssues(result.error.issues, value));
    const list = (value as { MsgList?: unknown }).MsgList;
    if (Array.isArray(list) && list.length > MAX_MESSAGES_PER_CALL) {
      // zod stops at the failed length check; the messages themselves still deserve every check.
      appendAll(findings, mapZodIssues(messageIssues(list), value));
    }
    appendAll(findings, requestRules(value as Record<string, unknown>, context, source));
  }
  const repeatsKeys = parsed.diagnostics.some((d) => d.rule === 'json-duplicate-key');
  const diagnostics = parsed.diagnostics.slice();
  if (findings.length > 0) appendAll(diagnostics, place(source, findings, repeatsKeys));
  diagnostics.sort((a, b) => a.offset - b.offset || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { ok: !diagnostics.some((d) => d.severity === 'error'), request, value, body, diagnostics };
}

export interface ValidateOptions {
  /**
   * The language of the diagnostics' `message` (default English). Another language's text comes from its
   * catalogs, which load on demand: `await loadCoreLocale(locale)` first, else the text stays English.
   */
  locale?: Locale;
}

/** Says each diagnostic in `locale` (when loaded), in place; `messageId` and `params` stay. */
export function localizeDiagnostics(diagnostics: Diagnostic[], locale: Locale | undefined): Diagnostic[] {
  if (locale === undefined || locale === 'en') return diagnostics;
  for (const diagnostic of diagnostics) diagnostic.message = diagnosticText(diagnostic, locale);
  return diagnostics;
}

/**
 * Checks a request text against every documented rule of import_group_msg. Never throws: whatever the input, the
 * answer is a report whose diagnostics point at ranges inside the text.
 */
export function validateImportRequest(
  text: string,
  context?: ValidationContext,
  options?: ValidateOptions,
): ValidationReport {
  const report = validateInEnglish(text, context);
  localizeDiagnostics(report.diagnostics, options?.locale);
  return report;
}

function validateInEnglish(text: string, context?: ValidationContext): ValidationReport {
  if (typeof text !== 'string') {
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          rule: 'input-type',
          ...say('input-type'),
          pointer: '',
          offset: 0,
          length: 0,
        },
      ],
    };
  }
  try {
    return run(text, resolveContext(context));
  } catch (error) {
    return {
      ok: false,
      diagnostics: [
        {
          severity: 'error',
          rule: 'internal',
          ...say('internal', { error: error instanceof Error ? error.message : String(error) }),
          pointer: '',
          offset: 0,
          length: Math.min(1, text.length),
        },
      ],
    };
  }
}
