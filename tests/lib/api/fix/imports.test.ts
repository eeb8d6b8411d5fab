// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const API = fileURLToPath(new URL('../../../../src/lib/api/', import.meta.url));
const FIX = join(API, 'fix');
/** The catalog runtime the core's words use (ARCHITECTURE.md: the core may import `i18n/`). */
const I18N = fileURLToPath(new URL('../../../../src/lib/i18n/', import.meta.url));

/** The modules a file imports for their values (type-only imports vanish from the build). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
    if (match[1]) continue;
    const specifier = match[2];
    found.push(specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier);
  }
  return found;
}

/** Every module reachable from `file` through value imports, as paths (or package names). */
function reachable(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    for (const target of valueImports(next)) {
      const path = !target.startsWith('/')
        ? target
        : existsSync(`${target}.ts`)
          ? `${target}.ts`
          : join(target, 'index.ts');
      if (seen.has(path)) continue;
      seen.add(path);
      if (path.startsWith('/')) stack.push(path);
    }
  }
  return seen;
}

describe('what the fixes pull in', () => {
  const modules = readdirSync(FIX).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

  it.each(modules)('%s is zod-free: only index.ts runs the validator', (name) => {
    const reached = [...reachable(join(FIX, name))];
    expect(reached.filter((m) => !m.startsWith('/'))).toEqual(
      reached.some((m) => m === 'jsonc-parser') ? ['jsonc-parser'] : [],
    );
    for (const module of reached.filter((m) => m.startsWith('/'))) {
      expect(module.startsWith(API) || module.startsWith(I18N), module).toBe(true);
      expect(module, `${name} reaches ${module}`).not.toMatch(
        /\/schema\/|\/validate\/index\.ts$|\/api\/index\.ts$/,
      );
    }
  });

  it('the guard itself sees a value import of zod through the validator', () => {
    expect([...reachable(join(FIX, 'index.ts'))]).toContain('zod');
  });
});
