// @vitest-environment node
/**
 * What only a click needs stays out of the start-up chunk: the start-up modules reach the lazy parts only by a
 * dynamic import() (through lazy()), never by a static import that would pull them into start-up.
 * `npm run build:report` measures the result; this names the seams.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (path: string) => readFileSync(new URL(`../../../src/${path}`, import.meta.url), 'utf8');

/** Specifiers of the imports that stay in the built code (not `import type`, not dynamic `import()`). */
const staticImports = (text: string) =>
  [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
const dynamicImports = (text: string) => [
  ...new Set([...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1])),
];

describe('start-up seams', () => {
  it('the workspace takes only snippets/edits statically (it imports nothing); the planner loads lazily', () => {
    expect(staticImports(source('lib/snippets/edits.ts'))).toEqual([]);
    const workspace = source('lib/state/workspace.svelte.ts');
    expect(staticImports(workspace).filter((spec) => /snippets|jsonc-parser/.test(spec))).toEqual([
      '../snippets/edits',
    ]);
    expect(dynamicImports(workspace)).toEqual(['../snippets']);
  });

  it('ShareState checks the hash prefix itself and loads making and reading links lazily', () => {
    const share = source('lib/state/share.svelte.ts');
    expect(staticImports(share).filter((spec) => spec.startsWith('../share/'))).toEqual([
      '../share/settings',
    ]);
    expect(dynamicImports(share)).toEqual(['../share/share']);
    expect(
      staticImports(source('lib/share/settings.ts')).filter((spec) => !spec.startsWith('../api/')),
    ).toEqual([]);
  });

  it('the credentials selector loads its editor on first open', () => {
    const selector = source('lib/components/CredentialProfiles.svelte');
    expect(staticImports(selector).filter((spec) => spec.includes('CredentialEditor'))).toEqual([]);
    expect(dynamicImports(selector)).toEqual(['./CredentialEditor.svelte']);
  });

  it('the page loads the keyboard shortcut sheet when first asked for', () => {
    const app = source('App.svelte');
    expect(staticImports(app).filter((spec) => spec.includes('ShortcutSheet'))).toEqual([]);
    expect(dynamicImports(app)).toEqual(['./lib/components/ShortcutSheet.svelte']);
  });
});

describe('the UserSig tools', () => {
  it('reach start-up only through dynamic imports: the store, the views and the panel', () => {
    const app = source('lib/state/app.svelte.ts');
    expect(staticImports(app).filter((spec) => spec.includes('usersig'))).toEqual([]);
    expect(dynamicImports(app)).toContain('./usersig.svelte');
    expect(dynamicImports(source('lib/components/usersig/views.ts'))).toEqual(['./index']);
    const seam = source('lib/components/UserSigSeam.svelte');
    expect(staticImports(seam).filter((spec) => spec.includes('usersig'))).toEqual(['./usersig/views']);
    expect(staticImports(source('lib/components/usersig/views.ts'))).toEqual(['../../lazy/lazy.svelte']);
    for (const file of ['App.svelte', 'lib/components/DiagnosticsPanel.svelte', 'lib/components/panels.ts']) {
      expect(
        staticImports(source(file)).filter((spec) => /usersig\/(?!views)|api\/usersig/.test(spec)),
        file,
      ).toEqual([]);
    }
  });
});
