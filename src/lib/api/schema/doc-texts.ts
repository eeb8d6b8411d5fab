/**
 * The schema's documentation by doc key, so that it can be said in another language. English is the zod schema's
 * own `.meta()` (read from its JSON Schema); another language is a catalog with the same keys
 * (`api/i18n/schema-docs-*.ts`) laid over it. Zod-free: it works on JSON Schema objects.
 *
 * A doc key is the JSON Pointer pattern of a documented node, with `-` for any array index: `''` is the request,
 * `/GroupId`, `/MsgList/-` a message, `/MsgList/-/MsgBody/-` an element. A named type (an element type) is
 * documented under its own name: `TIMTextElem`, `TIMTextElem/MsgContent/Text`.
 */

/** The words of one documented schema node (what a language's catalog gives for a doc key). */
export interface SchemaDocText {
  /** Plain text: the Reference panel, zod's description. */
  description: string;
  /** The editor's hover (markdown), when it says more than `description`. */
  markdown?: string;
  /** A title that is a word, not a type name (`Message`). */
  title?: string;
  /** Where a fact comes from when sources differ. */
  note?: string;
  /** The completion's label, when it is neither a type name nor the title. */
  snippetLabel?: string;
  /** The completion's description, when it is not `description`. */
  snippetDescription?: string;
}

export type SchemaDocCatalog = { readonly [key: string]: SchemaDocText };

/** A JSON Schema node, as far as its docs go. */
export interface DocNode {
  title?: string;
  description?: string;
  markdownDescription?: string;
  note?: string;
  defaultSnippets?: { label?: string; description?: string; body?: unknown }[];
  properties?: Record<string, DocNode>;
  items?: DocNode | DocNode[];
  oneOf?: DocNode[];
  anyOf?: DocNode[];
  [key: string]: unknown;
}

/** Type names (`TIMTextElem`, `TIMMsgElement`) are written as they are in every language. */
const TYPE_NAME = /^TIM[A-Za-z]+$/;

const wordTitle = (title: string | undefined): title is string =>
  title !== undefined && !TYPE_NAME.test(title);

/** Every node of `schema` with its doc key, parents first, in schema order. */
export function forEachDocNode(
  node: DocNode,
  key: string,
  visit: (node: DocNode, key: string) => void,
): void {
  visit(node, key);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    forEachDocNode(child, `${key}/${name}`, visit);
  }
  if (node.items && !Array.isArray(node.items)) forEachDocNode(node.items, `${key}/-`, visit);
  const alternatives = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
  alternatives.forEach((alternative, index) => {
    const named = alternative.title !== undefined && TYPE_NAME.test(alternative.title);
    forEachDocNode(alternative, named ? (alternative.title as string) : `${key}|${index}`, visit);
  });
}

/** The English words of one node, in the catalog's shape; undefined for a node without docs. */
export function docTextOf(node: DocNode): SchemaDocText | undefined {
  if (node.description === undefined) return undefined;
  const text: SchemaDocText = { description: node.description };
  if (node.markdownDescription !== undefined && node.markdownDescription !== node.description) {
    text.markdown = node.markdownDescription;
  }
  if (wordTitle(node.title)) text.title = node.title;
  if (node.note !== undefined) text.note = node.note;
  const snippet = node.defaultSnippets?.[0];
  if (snippet) {
    if (wordTitle(snippet.label) && snippet.label !== node.title) text.snippetLabel = snippet.label;
    if (snippet.description !== undefined && snippet.description !== node.description) {
      text.snippetDescription = snippet.description;
    }
  }
  return text;
}

/** The English docs of `schema` by doc key (the catalog every other language matches). */
export function docTextsOf(schema: DocNode, rootKey = ''): Map<string, SchemaDocText> {
  const texts = new Map<string, SchemaDocText>();
  forEachDocNode(schema, rootKey, (node, key) => {
    const text = docTextOf(node);
    if (text) texts.set(key, text);
  });
  return texts;
}

/** The catalog's words for `key`, when it has them (own keys only). */
export function catalogText(catalog: SchemaDocCatalog | undefined, key: string): SchemaDocText | undefined {
  return catalog && Object.hasOwn(catalog, key) ? catalog[key] : undefined;
}

/** Lays `text` over one node (in place): what a hover, a completion and the Reference panel read. */
function localizeNode(node: DocNode, text: SchemaDocText): void {
  const english = { description: node.description, title: node.title };
  node.description = text.description;
  if (node.markdownDescription !== undefined) node.markdownDescription = text.markdown ?? text.description;
  if (text.title !== undefined) node.title = text.title;
  if (text.note !== undefined) node.note = text.note;
  if (node.defaultSnippets) {
    node.defaultSnippets = node.defaultSnippets.map((snippet) => ({
      ...snippet,
      label: text.snippetLabel ?? (snippet.label === english.title ? node.title : snippet.label),
      description:
        text.snippetDescription ??
        (snippet.description === english.description ? text.description : snippet.description),
    }));
  }
}

/**
 * A copy of `schema` whose docs come from `catalog` (a key it lacks keeps its English); `schema` is left as it
 * is. Examples and values are not words: they stay.
 */
export function localizeSchema<T extends DocNode>(schema: T, catalog: SchemaDocCatalog, rootKey = ''): T {
  const copy = structuredClone(schema);
  forEachDocNode(copy, rootKey, (node, key) => {
    const text = catalogText(catalog, key);
    if (text && node.description !== undefined) localizeNode(node, text);
  });
  return copy;
}
