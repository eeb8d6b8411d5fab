/**
 * Typed message catalogs: one per language and feature, as plain TypeScript modules.
 *
 * A catalog is a flat record of message ids to templates. The English catalog is written `as const`, so each
 * template is a literal type and `ParamsOf` reads its `{placeholders}`: a call site that forgets a parameter,
 * or names one that does not exist, does not compile. Every other language's catalog must have the same ids
 * (`CatalogOf<typeof en>`, checked with `satisfies`), and a test checks that each of its templates uses the
 * same placeholders. Plural messages give one template per `Intl.PluralRules` category (`other` required).
 *
 * Interpolation is a single left-to-right scan (no regex over the template or the values), a value is never
 * re-scanned, and a name is looked up only as an own property, so `{__proto__}` is just a missing parameter.
 */

export type PluralTemplates = { readonly other: string } & {
  readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};
export type Template = string | PluralTemplates;
export type Catalog = { readonly [id: string]: Template };

/** The ids of `E` with the same kind of template (string or plural) in another language. */
export type CatalogOf<E extends Catalog> = {
  readonly [K in keyof E]: E[K] extends string ? string : PluralTemplates;
};

type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

type TemplateText<T> = T extends string ? T : T extends PluralTemplates ? T[keyof T] & string : never;

/** The parameters a message needs: one per placeholder; plural messages also take `count`. */
export type ParamsOf<T> = {
  readonly [P in PlaceholdersOf<TemplateText<T>>]: string | number;
} & (T extends string ? unknown : { readonly count: number });

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders from `params` (own properties only); an unknown `{name}` stays as written. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params || !template.includes('{')) return template;
  let out = '';
  let from = 0;
  for (;;) {
    const open = template.indexOf('{', from);
    if (open === -1) break;
    const close = template.indexOf('}', open + 1);
    if (close === -1) break;
    const name = template.slice(open + 1, close);
    // A placeholder is a plain name: `{` inside it means the first brace was text (e.g. a JSON example).
    if (name.includes('{') || !Object.hasOwn(params, name)) {
      out += template.slice(from, open + 1);
      from = open + 1;
      continue;
    }
    out += template.slice(from, open) + String(params[name]);
    from = close + 1;
  }
  return out + template.slice(from);
}

/** The placeholder names a template uses, in order of first use (for the catalogs' parity test). */
export function placeholdersOf(template: Template): string[] {
  const texts = typeof template === 'string' ? [template] : Object.values(template);
  const names = new Set<string>();
  for (const text of texts) {
    let from = 0;
    for (;;) {
      const open = text.indexOf('{', from);
      if (open === -1) break;
      const close = text.indexOf('}', open + 1);
      if (close === -1) break;
      const name = text.slice(open + 1, close);
      if (/^[A-Za-z_][\w.]*$/.test(name)) {
        names.add(name);
        from = close + 1;
      } else from = open + 1;
    }
  }
  return [...names];
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The template for `count` in `locale`: its plural category's form, else `other`. */
export function pluralTemplate(template: PluralTemplates, count: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count) as Exclude<Intl.LDMLPluralRule, 'other'>;
  return template[category] ?? template.other;
}

/** Renders message `id` of `catalog` with `params`; an id the catalog lacks renders as the id itself. */
export function renderMessage(catalog: Catalog, locale: string, id: string, params?: MessageParams): string {
  const template = Object.hasOwn(catalog, id) ? catalog[id] : undefined;
  if (template === undefined) return id;
  if (typeof template === 'string') return interpolate(template, params);
  const count = typeof params?.count === 'number' ? params.count : Number.NaN;
  return interpolate(pluralTemplate(template, count, locale), params);
}

/** A catalog's typed renderer: `t('id', { name: 1 })`, with ids and parameters checked by the compiler. */
export type Translate<E extends Catalog> = <K extends keyof E & string>(
  id: K,
  ...params: keyof ParamsOf<E[K]> extends never ? [params?: MessageParams] : [params: ParamsOf<E[K]>]
) => string;

export function translator<E extends Catalog>(catalog: CatalogOf<E> | E, locale: string): Translate<E> {
  return ((id: string, params?: MessageParams) =>
    renderMessage(catalog as Catalog, locale, id, params)) as Translate<E>;
}
