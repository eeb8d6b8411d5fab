/**
 * Reads a batch file or pasted text into a BatchInput: one slot per input message, in input order, whatever the
 * form (see types.ts). Untrusted text: every value goes through `readJson`, keys are never copied by assignment,
 * nothing recurses into the values, and nothing that cannot be read is dropped without a problem naming it.
 */
import { GROUP_TYPES } from '../api/types';
import { isJsonObject, own, readJson } from './json';
import type { BatchGroup } from './types';

export interface BatchInputGroup extends BatchGroup {
  TopicId?: string;
  /** From a request body: applies to every call for this group. */
  RecentContactFlag?: unknown;
}

/** A problem found while reading: `index` names the message slot it is about, if any. */
export interface LoadProblem {
  rule:
    | 'input-empty'
    | 'input-json-syntax'
    | 'input-root-type'
    | 'input-too-large'
    | 'ndjson-line-syntax'
    | 'request-msglist-type'
    | 'document-messages-type'
    | 'document-groups-type'
    | 'document-group-invalid';
  params: Record<string, string | number>;
  index?: number;
}

export interface BatchInputKinds {
  /** Messages given as MsgList items (with their GroupId), not inside a request body. */
  messages: number;
  /** import_group_msg request bodies. */
  requests: number;
  /** BatchDocuments `{groups, messages}`. */
  documents: number;
  /** The text was NDJSON (one value per line). */
  ndjson: boolean;
}

export interface BatchInput {
  /** One slot per input message, in input order: objects as read (routing fields included), or whatever else
   * the slot held (the planner reports it); `undefined` for an NDJSON line that could not be read. */
  messages: unknown[];
  /** Groups the input describes (a document's `groups`, or a request body's GroupId, TopicId, RecentContactFlag). */
  groups: BatchInputGroup[];
  problems: LoadProblem[];
  kinds: BatchInputKinds;
  /** GroupId for messages that carry none (an option of the load). */
  defaultGroupId?: string;
}

export interface LoadOptions {
  /** The GroupId of every message that has none. */
  groupId?: string;
  /** Force a form; default: detected from the text. */
  format?: 'auto' | 'json' | 'ndjson';
}

/** Collects values into a BatchInput. One instance per load; used by the whole-text and the streaming paths. */
export class BatchInputBuilder {
  readonly #input: BatchInput;

  constructor(options: LoadOptions = {}) {
    this.#input = {
      messages: [],
      groups: [],
      problems: [],
      kinds: { messages: 0, requests: 0, documents: 0, ndjson: false },
      defaultGroupId: options.groupId,
    };
  }

  get messageCount(): number {
    return this.#input.messages.length;
  }

  problem(problem: LoadProblem): void {
    this.#input.problems.push(problem);
  }

  markNdjson(): void {
    this.#input.kinds.ndjson = true;
  }

  /** A whole JSON text's root value. */
  addRoot(value: unknown): void {
    if (Array.isArray(value)) {
      // A message array is kept as it is (no copy of a million references) when every item is a message.
      if (this.#input.messages.length === 0 && !value.some(isRequestBody)) {
        this.#input.messages = value;
        this.#input.kinds.messages += value.length;
        return;
      }
      for (let i = 0; i < value.length; i++) this.#addItem(value[i]);
    } else if (isJsonObject(value)) this.#addObject(value);
    else this.problem({ rule: 'input-root-type', params: { type: typeName(value) } });
  }

  /** One NDJSON line's value. `line` is 1-based. */
  addLine(value: unknown): void {
    if (isJsonObject(value)) this.#addObject(value);
    else this.#addItem(value); // a slot the planner reports (a message must be an object)
  }

  /** An NDJSON line that is not JSON: it still takes a message slot, so it is counted and reported. */
  addUnreadableLine(line: number, detail: string): void {
    const index = this.#input.messages.length;
    this.#input.messages.push(undefined);
    this.#input.kinds.messages++;
    this.problem({ rule: 'ndjson-line-syntax', params: { line, detail }, index });
  }

  finish(): BatchInput {
    return this.#input;
  }

  #addObject(value: Record<string, unknown>): void {
    if (isRequestBody(value)) this.#addRequest(value);
    else if (isDocument(value)) this.#addDocument(value);
    else this.#addItem(value);
  }

  #addItem(value: unknown): void {
    if (isRequestBody(value)) return this.#addRequest(value);
    this.#input.messages.push(value);
    this.#input.kinds.messages++;
  }

  #addRequest(body: Record<string, unknown>): void {
    const request = this.#input.kinds.requests++;
    const list = own(body, 'MsgList');
    const GroupId = own(body, 'GroupId');
    const TopicId = own(body, 'TopicId');
    const flag = own(body, 'RecentContactFlag');
    if (typeof GroupId === 'string') {
      const group: BatchInputGroup = { GroupId };
      if (typeof TopicId === 'string') group.TopicId = TopicId;
      if (flag !== undefined) group.RecentContactFlag = flag;
      this.#input.groups.push(group);
    }
    if (!Array.isArray(list)) {
      this.problem({ rule: 'request-msglist-type', params: { request: request + 1, type: typeName(list) } });
      return;
    }
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      // Spread defines keys (CreateDataProperty): a "__proto__" key stays an own key.
      this.#input.messages.push(
        isJsonObject(item) ? { ...item, GroupId, ...(TopicId === undefined ? {} : { TopicId }) } : item,
      );
    }
  }

  #addDocument(doc: Record<string, unknown>): void {
    this.#input.kinds.documents++;
    const groups = own(doc, 'groups');
    if (groups !== undefined && !Array.isArray(groups)) {
      this.problem({ rule: 'document-groups-type', params: { type: typeName(groups) } });
    } else if (Array.isArray(groups)) {
      for (let i = 0; i < groups.length; i++) {
        const group = readGroup(groups[i]);
        if (group) this.#input.groups.push(group);
        else this.problem({ rule: 'document-group-invalid', params: { position: i + 1 } });
      }
    }
    const messages = own(doc, 'messages') as unknown[];
    if (this.#input.messages.length === 0) {
      this.#input.messages = messages;
      this.#input.kinds.messages += messages.length;
    } else for (let i = 0; i < messages.length; i++) this.#addItem(messages[i]);
  }
}

function isRequestBody(value: unknown): value is Record<string, unknown> {
  return isJsonObject(value) && Object.hasOwn(value, 'MsgList');
}

function isDocument(value: Record<string, unknown>): boolean {
  return Array.isArray(own(value, 'messages')) && !Object.hasOwn(value, 'From_Account');
}

const GROUP_TYPES_KNOWN: ReadonlySet<string> = new Set(GROUP_TYPES);

/** A document's group entry; undefined when it has no string GroupId or a field of the wrong type. */
function readGroup(value: unknown): BatchInputGroup | undefined {
  if (!isJsonObject(value)) return undefined;
  const GroupId = own(value, 'GroupId');
  const Type = own(value, 'Type');
  const CreateTime = own(value, 'CreateTime');
  const Name = own(value, 'Name');
  if (typeof GroupId !== 'string') return undefined;
  if (Type !== undefined && !GROUP_TYPES_KNOWN.has(Type as string)) return undefined;
  if (CreateTime !== undefined && !(typeof CreateTime === 'number' && Number.isSafeInteger(CreateTime)))
    return undefined;
  const group: BatchInputGroup = { GroupId };
  if (Type !== undefined) group.Type = Type as BatchGroup['Type'];
  if (CreateTime !== undefined) group.CreateTime = CreateTime as number;
  if (typeof Name === 'string') group.Name = Name;
  return group;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Splits NDJSON text that arrives in chunks into lines and reads each one. Lines may end in LF or CRLF; blank
 * lines are skipped; a line that is not JSON takes a message slot and a problem.
 */
export class NdjsonReader {
  readonly #builder: BatchInputBuilder;
  #pending = '';
  #line = 0;

  constructor(builder: BatchInputBuilder) {
    this.#builder = builder;
    builder.markNdjson();
  }

  push(chunk: string): void {
    let text = this.#pending + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      this.#readLine(text.slice(start, end));
      start = end + 1;
    }
    text = text.slice(start);
    this.#pending = text;
  }

  end(): void {
    if (this.#pending !== '') this.#readLine(this.#pending);
    this.#pending = '';
  }

  #readLine(raw: string): void {
    this.#line++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const read = readJson(line);
    if (read.ok) this.#builder.addLine(read.value);
    else this.#builder.addUnreadableLine(this.#line, read.error.detail);
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end === -1 ? text : text.slice(0, end);
}

/**
 * How a text should be read: `json` (one value), `ndjson` (one value per line), decided from its start alone so
 * a stream can decide before it has read everything. A text starting with `[` is one JSON array; a first line
 * that is a whole JSON value (and not the start of a pretty-printed one) makes NDJSON.
 */
export function detectFormat(start: string, complete: boolean): 'json' | 'ndjson' | 'undecided' {
  const text = stripBom(start).trimStart();
  if (text === '') return complete ? 'json' : 'undecided';
  if (text[0] === '[') return 'json';
  const newline = text.indexOf('\n');
  if (newline === -1 && !complete) return 'undecided';
  const line = firstLine(text).trim();
  if (line !== '' && readJson(line).ok) return 'ndjson';
  return 'json';
}

/** Reads a whole text (pasted, or a file already in memory). Never throws. */
export function loadBatchText(text: string, options: LoadOptions = {}): BatchInput {
  const builder = new BatchInputBuilder(options);
  const body = stripBom(text);
  if (body.trim() === '') {
    builder.problem({ rule: 'input-empty', params: {} });
    return builder.finish();
  }
  const format = options.format && options.format !== 'auto' ? options.format : detectFormat(body, true);
  if (format === 'ndjson') {
    const whole = readJson(body);
    // One JSON value written on one line is both; reading it whole keeps a big message array uncopied.
    if (whole.ok && firstLine(body.trim()) === body.trim()) builder.addRoot(whole.value);
    else {
      const reader = new NdjsonReader(builder);
      reader.push(body);
      reader.end();
    }
    return builder.finish();
  }
  const read = readJson(body);
  if (read.ok) builder.addRoot(read.value);
  else
    builder.problem({
      rule: 'input-json-syntax',
      params: {
        detail: read.error.detail,
        ...(read.error.offset === undefined ? {} : { offset: read.error.offset }),
      },
    });
  return builder.finish();
}
