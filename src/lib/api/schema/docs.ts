import { z } from 'zod';
import { ImportRequestSchema } from './request';
import { ELEMENT_SCHEMAS, GROUP_IMPORT_MSG_TYPES, type MsgType } from './elements';

/** JSON Schema (draft-07) node, as far as the docs need it. */
interface JsonSchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  examples?: unknown[];
  note?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  oneOf?: JsonSchemaNode[];
  anyOf?: JsonSchemaNode[];
  [key: string]: unknown;
}

const toDraft07 = (schema: z.ZodType) => z.toJSONSchema(schema, { target: 'draft-07' }) as JsonSchemaNode;

/**
 * The request's JSON Schema for Monaco's JSON service: completions, hover (markdownDescription) and snippets
 * (defaultSnippets) all come from the zod schema's `.meta()`.
 */
export const importRequestJsonSchema: Record<string, unknown> = toDraft07(ImportRequestSchema);

export interface FieldDoc {
  /** JSON Pointer pattern; `-` stands for any array index. */
  pointer: string;
  name: string;
  type: string;
  required: boolean;
  description: string;
  markdown: string;
  examples: unknown[];
  note?: string;
}

export interface ElementDoc {
  msgType: MsgType;
  documentedForGroupImport: boolean;
  description: string;
  fields: FieldDoc[];
  example: unknown;
}

function typeLabel(node: JsonSchemaNode): string {
  const alternatives = node.oneOf ?? node.anyOf;
  if (alternatives) {
    const consts = alternatives.map((a) => a.const).filter((c) => c !== undefined);
    if (consts.length === alternatives.length) return consts.map((c) => JSON.stringify(c)).join(' | ');
    return alternatives.map((a) => a.title ?? typeLabel(a)).join(' | ');
  }
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.type === 'array' && node.items) return `${node.items.title ?? typeLabel(node.items)}[]`;
  const base = Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? 'any');
  const range =
    node.minimum !== undefined && node.maximum !== undefined && Math.abs(node.maximum) < 1e15
      ? ` ${node.minimum}..${node.maximum}`
      : '';
  return base + range;
}

function collectFields(node: JsonSchemaNode, prefix: string, out: FieldDoc[], stopAtElements: boolean): void {
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const pointer = `${prefix}/${name}`;
    out.push({
      pointer,
      name,
      type: typeLabel(child),
      required: required.has(name),
      description: child.description ?? '',
      markdown: child.markdownDescription ?? child.description ?? '',
      examples: child.examples ?? [],
      note: child.note,
    });
    if (child.properties) collectFields(child, pointer, out, stopAtElements);
    const items = child.items;
    if (items?.properties) collectFields(items, `${pointer}/-`, out, stopAtElements);
    // MsgBody items are the element union: documented on their own in elementDocs().
  }
}

/** Every field of the request, in schema order, for the reference panel. */
export function fieldDocs(): FieldDoc[] {
  const out: FieldDoc[] = [];
  collectFields(importRequestJsonSchema as JsonSchemaNode, '', out, true);
  return out;
}

/** Every element type with its MsgContent fields. */
export function elementDocs(): ElementDoc[] {
  return (Object.keys(ELEMENT_SCHEMAS) as MsgType[]).map((msgType) => {
    const node = toDraft07(ELEMENT_SCHEMAS[msgType]);
    const fields: FieldDoc[] = [];
    const content = node.properties?.MsgContent;
    if (content) collectFields(content, '/MsgContent', fields, false);
    return {
      msgType,
      documentedForGroupImport: (GROUP_IMPORT_MSG_TYPES as readonly string[]).includes(msgType),
      description: node.description ?? '',
      fields,
      example: node.examples?.[0],
    };
  });
}
