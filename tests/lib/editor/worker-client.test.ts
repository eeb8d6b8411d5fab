// src/lib/editor/worker-client.ts replaces a module inside monaco-editor (see vite.config.ts). These checks read
// the installed package, so moving the monaco-editor pin fails here, not silently in the bundle or at run time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const monaco = (path: string) =>
  readFileSync(resolve(__dirname, '../../../node_modules/monaco-editor/esm/vs', path), 'utf8');

describe('worker-client stands in for monaco-editor internal/common/workers.js', () => {
  const original = monaco('internal/common/workers.js');

  it('replaces a module that exports createWebWorker alone, besides importing every contribution', () => {
    expect(original).toMatch(/^export \{ createWebWorker \};$/m);
    expect(original).toContain("import '../../editor/contrib/suggest/browser/suggestController.js';");
    expect(original).toContain("import '../../editor/browser/widget/diffEditor/diffEditor.contribution.js';");
  });

  it('does what the original does with the worker: the same two messages, then editor.createWebWorker', () => {
    expect(original).toContain('monacoEnvironment.getWorker("workerMain.js", label)');
    expect(original).toMatch(/w\.postMessage\("ignore"\);\s*w\.postMessage\(opts\.createData\);/);
    expect(original).toMatch(/editor\.createWebWorker\(\{\s*worker,\s*host: opts\.host,\s*keepIdleModels/);
  });

  it('is still reached by the path the redirect matches, from the JSON language', () => {
    expect(monaco('languages/features/json/workerManager.js')).toContain(
      "from '../../../internal/common/workers.js'",
    );
  });
});
