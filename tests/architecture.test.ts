// @vitest-environment node
// ARCHITECTURE.md's import rules, checked against the code: every file of each folder of src/lib imports only
// what the code map says that folder may import, and the code map names exactly the folders that exist.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const lib = new URL('src/lib/', root);

/** Each folder of src/lib and what it may import: other folders of src/lib, and packages. */
const MAY_IMPORT: Record<string, { folders: string[]; packages: RegExp }> = {
  api: { folders: ['i18n'], packages: /^(zod|jsonc-parser)$/ },
  checker: { folders: ['api'], packages: /^$/ },
  diagnostics: { folders: ['api', 'checker', 'i18n'], packages: /^$/ },
  format: { folders: ['i18n'], packages: /^$/ },
  clipboard: { folders: [], packages: /^$/ },
  lazy: { folders: ['api'], packages: /^$/ },
  persist: { folders: [], packages: /^$/ },
  history: { folders: ['api', 'persist', 'i18n'], packages: /^$/ },
  reference: { folders: ['api', 'i18n'], packages: /^$/ },
  snippets: { folders: ['api', 'i18n'], packages: /^jsonc-parser$/ },
  i18n: { folders: [], packages: /^$/ },
  send: { folders: ['api', 'i18n'], packages: /^$/ },
  share: { folders: ['api', 'send', 'i18n'], packages: /^$/ },
  sandbox: { folders: ['api', 'send', 'i18n'], packages: /^$/ },
  batch: { folders: ['api', 'send'], packages: /^(zod|node:fs(\/promises)?)$/ },
  importers: { folders: ['api', 'batch'], packages: /^fflate$/ },
  editor: { folders: ['api', 'snippets', 'i18n'], packages: /^monaco-editor(\/.*)?$/ },
  fixes: { folders: ['api', 'editor', 'i18n'], packages: /^$/ },
  state: {
    folders: [
      'api',
      'batch',
      'checker',
      'editor',
      'fixes',
      'history',
      'i18n',
      'lazy',
      'persist',
      'sandbox',
      'send',
      'share',
      'snippets',
    ],
    packages: /^svelte$/,
  },
  components: {
    folders: [
      'api',
      'batch',
      'clipboard',
      'diagnostics',
      'editor',
      'format',
      'history',
      'i18n',
      'lazy',
      'reference',
      'sandbox',
      'send',
      'state',
    ],
    packages: /^svelte(\/.*)?$/,
  },
};

function sourceFiles(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    /\.(ts|svelte)$/.test(name),
  );
}

/** Every module specifier a file imports (static, dynamic, type-only, re-exports). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'([^'\s|]+)'/g)) found.push(match[1]);
  return found;
}

describe('ARCHITECTURE.md: the import rules hold', () => {
  const folders = readdirSync(lib, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('the rules name exactly the folders of src/lib, and ARCHITECTURE.md maps each of them', () => {
    expect(Object.keys(MAY_IMPORT).sort()).toEqual(folders);
    const map = readFileSync(new URL('ARCHITECTURE.md', root), 'utf8');
    for (const folder of folders) expect(map).toContain(`src/lib/${folder}/`);
    for (const named of map.matchAll(/src\/lib\/([a-z-]+)\//g)) expect(folders).toContain(named[1]);
  });

  it.each(Object.keys(MAY_IMPORT))('src/lib/%s/ imports only what it may', (folder) => {
    const rule = MAY_IMPORT[folder];
    const dir = new URL(`${folder}/`, lib);
    const wrong: string[] = [];
    for (const file of sourceFiles(dir)) {
      const fileUrl = new URL(file, dir);
      for (const spec of specifiers(readFileSync(fileUrl, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = new URL(spec, fileUrl).pathname;
          if (!target.startsWith(lib.pathname)) {
            wrong.push(`${file}: ${spec} (outside src/lib)`);
            continue;
          }
          const top = target.slice(lib.pathname.length).split('/')[0];
          if (top !== folder && !rule.folders.includes(top)) wrong.push(`${file}: ${spec}`);
        } else if (!rule.packages.test(spec)) {
          wrong.push(`${file}: ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('only src/lib/editor/ imports monaco-editor, and nothing in src/lib imports src/server or src/cli', () => {
    for (const folder of Object.keys(MAY_IMPORT)) {
      if (folder === 'editor') continue;
      const dir = new URL(`${folder}/`, lib);
      for (const file of sourceFiles(dir)) {
        const specs = specifiers(readFileSync(new URL(file, dir), 'utf8'));
        expect(specs.filter((s) => s.startsWith('monaco-editor'))).toEqual([]);
        expect(specs.filter((s) => /(^|\/)(server|cli)\//.test(s))).toEqual([]);
      }
    }
  });
});
