// @vitest-environment node
/**
 * The sandbox and the UserSig tools load lazily in the page and run headless in Node: their module graph must
 * not reach zod (the core's index does), and the start-up credentials module must import nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm;

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier);
        continue;
      }
      const base = resolve(dirname(file), specifier);
      const found = [`${base}.ts`, `${base}/index.ts`].find((candidate) => existsSync(candidate));
      if (!found) throw new Error(`cannot resolve ${specifier} from ${file}`);
      queue.push(found);
    }
  }
  return { files, packages };
}

describe('lean modules', () => {
  it('the sandbox imports no package (no zod), and not the core index', () => {
    const { files, packages } = graph('src/lib/sandbox/index.ts');
    expect([...packages]).toEqual([]);
    expect(files.has(resolve(ROOT, 'src/lib/api/index.ts'))).toBe(false);
    expect(files.has(resolve(ROOT, 'src/lib/api/usersig/index.ts'))).toBe(true);
  });

  it('the UserSig tools import no package', () => {
    expect([...graph('src/lib/api/usersig/index.ts').packages]).toEqual([]);
  });

  it('the credentials module imports nothing and stays small', () => {
    const { files } = graph('src/lib/sandbox/credentials.ts');
    expect(files.size).toBe(1);
    expect(readFileSync(resolve(ROOT, 'src/lib/sandbox/credentials.ts'), 'utf8').length).toBeLessThan(1500);
  });
});
