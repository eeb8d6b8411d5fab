import { z } from 'zod';
import type { Locale } from '../../i18n/locales';
import { ImportRequestSchema } from './request';
import { ELEMENT_SCHEMAS, GROUP_IMPORT_MSG_TYPES, type MsgType } from './elements';
import { catalogText, localizeSchema, type DocNode, type SchemaDocCatalog } from './doc-texts';

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

// ---- Languages --------------------------------------------------------------------------------------------

/** The docs of other languages, by doc key (see doc-texts.ts), once loaded. English is the schema's `.meta()`. */
const docCatalogs = new Map<Locale, SchemaDocCatalog>();
const localizedSchemas = new Map<Locale, Record<string, unknown>>();

/** Loads the schema docs of `locale` (once; its own chunk). English is built in. */
export async function loadSchemaDocs(locale: Locale): Promise<void> {
  if (locale === 'en' || docCatalogs.has(locale)) return;
  const { SCHEMA_DOCS_ZH_CN } = await import('../i18n/schema-docs-zh-CN');
  docCatalogs.set('zh-CN', SCHEMA_DOCS_ZH_CN);
}

/** True when the schema docs of `locale` are there (English always is). */
export function schemaDocsLoaded(locale: Locale): boolean {
  return locale === 'en' || docCatalogs.has(locale);
}

/** The catalog of `locale` when loaded; undefined for English (the schema itself) and a language not loaded. */
function docCatalog(locale: Locale | undefined): SchemaDocCatalog | undefined {
  return locale === undefined || locale === 'en' ? undefined : docCatalogs.get(locale);
}

/**
 * The request's JSON Schema with its docs (hovers, completions' documentation, snippets' labels) in `locale`,
 * made from the same schema as the English one; English until that language's docs are loaded
 * (`loadSchemaDocs`). Built once per language.
 */
export function localizedRequestJsonSchema(locale: Locale | undefined): Record<string, unknown> {
  const catalog = docCatalog(locale);
  if (!catalog || locale === undefined) return importRequestJsonSchema;
  let schema = localizedSchemas.get(locale);
  if (!schema) {
    schema = localizeSchema(importRequestJsonSchema as DocNode, catalog);
    localizedSchemas.set(locale, schema);
  }
  return schema;
}

/** The request's JSON Schema in `locale`, loading that language's docs first. */
export async function requestJsonSchema(locale: Locale): Promise<Record<string, unknown>> {
  await loadSchemaDocs(locale);
  return localizedRequestJsonSchema(locale);
}

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

/** A field's words in the catalog's language (its doc key is `prefix` + its pointer); the rest as it is. */
function localizeField(field: FieldDoc, catalog: SchemaDocCatalog | undefined, prefix: string): FieldDoc {
  const text = catalogText(catalog, prefix + field.pointer);
  if (!text) return field;
  return {
    ...field,
    description: text.description,
    markdown: text.markdown ?? text.description,
    ...(field.note !== undefined ? { note: text.note ?? field.note } : {}),
  };
}

/**
 * Every field of the request, in schema order, for the reference panel; its words in `locale` when that
 * language's docs are loaded (`loadSchemaDocs`), else English. Types and examples are the same in every language.
 */
export function fieldDocs(locale?: Locale): FieldDoc[] {
  const out: FieldDoc[] = [];
  collectFields(importRequestJsonSchema as JsonSchemaNode, '', out, true);
  const catalog = docCatalog(locale);
  return catalog ? out.map((field) => localizeField(field, catalog, '')) : out;
}

/** Every element type with its MsgContent fields; words in `locale` as for `fieldDocs`. */
export function elementDocs(locale?: Locale): ElementDoc[] {
  const catalog = docCatalog(locale);
  return (Object.keys(ELEMENT_SCHEMAS) as MsgType[]).map((msgType) => {
    const node = toDraft07(ELEMENT_SCHEMAS[msgType]);
    const fields: FieldDoc[] = [];
    const content = node.properties?.MsgContent;
    if (content) collectFields(content, '/MsgContent', fields, false);
    return {
      msgType,
      documentedForGroupImport: (GROUP_IMPORT_MSG_TYPES as readonly string[]).includes(msgType),
      description: catalogText(catalog, msgType)?.description ?? node.description ?? '',
      fields: catalog ? fields.map((field) => localizeField(field, catalog, msgType)) : fields,
      example: node.examples?.[0],
    };
  });
}
