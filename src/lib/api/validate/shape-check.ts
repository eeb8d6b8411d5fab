/**
 * A yes/no checker compiled from the JSON Schema that zod generates, so zod stays the single source of truth.
 * It exists for speed: a 100,000-message export is checked with plain closures (no eval, so it also runs under a
 * strict Content-Security-Policy), and zod runs only on the messages it rejects, to say exactly why.
 * It must never accept what zod rejects; an unsupported keyword makes compilation fail, and the caller falls back
 * to zod for everything. (A zod `.refine()` would not show in the JSON Schema: the schemas here have none.)
 */

type Check = (value: unknown) => boolean;

interface Node {
  [keyword: string]: unknown;
}

const IGNORED = new Set([
  '$schema',
  'title',
  'description',
  'markdownDescription',
  'examples',
  'defaultSnippets',
  'note',
  'documentedForGroupImport',
  'default',
]);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function compileType(type: unknown): Check {
  switch (type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return (v) => typeof v === 'number' && Number.isSafeInteger(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'object':
      return isPlainObject;
    case 'array':
      return Array.isArray;
    case 'null':
      return (v) => v === null;
    default:
      throw new Error(`unsupported type ${String(type)}`);
  }
}

function compileObject(node: Node): Check {
  const properties = Object.entries((node.properties ?? {}) as Record<string, Node>).map(
    ([key, child]) => [key, compile(child)] as const,
  );
  const known = new Set(properties.map(([key]) => key));
  const required = (node.required ?? []) as string[];
  const closed = node.additionalProperties === false;
  if (node.additionalProperties !== undefined && !closed) throw new Error('unsupported additionalProperties');
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key of required) if (v[key] === undefined) return false;
    for (const [key, check] of properties) {
      const child = v[key];
      if (child !== undefined && !check(child)) return false;
    }
    if (closed) for (const key in v) if (!known.has(key)) return false;
    return true;
  };
}

/** oneOf of objects told apart by a `const` property: a lookup instead of trying each. */
function compileDiscriminated(options: Node[]): Check | undefined {
  const first = options[0]?.properties as Record<string, Node> | undefined;
  if (!first) return undefined;
  const key = Object.keys(first).find((k) =>
    options.every((o) => (o.properties as Record<string, Node> | undefined)?.[k]?.const !== undefined),
  );
  if (!key) return undefined;
  const byValue = new Map<unknown, Check>();
  for (const option of options)
    byValue.set((option.properties as Record<string, Node>)[key].const, compile(option));
  if (byValue.size !== options.length) return undefined;
  return (v) => isPlainObject(v) && (byValue.get(v[key])?.(v) ?? false);
}

export function compile(node: Node): Check {
  const checks: Check[] = [];
  for (const keyword of Object.keys(node)) {
    if (IGNORED.has(keyword)) continue;
    const value = node[keyword];
    switch (keyword) {
      case 'type':
        checks.push(compileType(value));
        break;
      case 'const':
        checks.push((v) => v === value);
        break;
      case 'enum':
        checks.push((v) => (value as unknown[]).includes(v));
        break;
      case 'minimum':
        checks.push((v) => typeof v !== 'number' || v >= (value as number));
        break;
      case 'maximum':
        checks.push((v) => typeof v !== 'number' || v <= (value as number));
        break;
      case 'minItems':
        checks.push((v) => !Array.isArray(v) || v.length >= (value as number));
        break;
      case 'maxItems':
        checks.push((v) => !Array.isArray(v) || v.length <= (value as number));
        break;
      case 'items': {
        const item = compile(value as Node);
        checks.push((v) => {
          if (!Array.isArray(v)) return true;
          for (let i = 0; i < v.length; i++) if (!item(v[i])) return false; // not every(): it skips holes
          return true;
        });
        break;
      }
      case 'properties':
      case 'required':
      case 'additionalProperties':
        if (keyword === 'properties' || !('properties' in node)) checks.push(compileObject(node));
        break;
      case 'oneOf':
      case 'anyOf': {
        const options = value as Node[];
        const discriminated = compileDiscriminated(options);
        if (discriminated) checks.push(discriminated);
        else {
          const alternatives = options.map(compile);
          // Only sound for oneOf when alternatives exclude each other, as consts and discriminated objects do.
          checks.push((v) => alternatives.some((check) => check(v)));
        }
        break;
      }
      default:
        throw new Error(`unsupported keyword ${keyword}`);
    }
  }
  if (checks.length === 1) return checks[0];
  return (v) => {
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}
