import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { relayPlugin } from './src/server/vite-plugin.ts';

/**
 * Monaco's JSON language imports `internal/common/workers.js` for one small function, and that module also
 * imports every editor contribution: it would undo src/lib/editor/features.ts. Serve our copy of the function
 * (src/lib/editor/worker-client.ts) instead. Only imports from inside monaco-editor are redirected.
 */
function monacoWorkerClient(): Plugin {
  const replacement = fileURLToPath(new URL('./src/lib/editor/worker-client.ts', import.meta.url));
  return {
    name: 'monaco-worker-client',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/monaco-editor/')) return null;
      return source.endsWith('/internal/common/workers.js') ? replacement : null;
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build can be served from any sub-path.
  base: './',
  // relayPlugin: `/relay/{host}/v4/...` in `vite dev` and `vite preview` (src/server/relay.ts).
  plugins: [monacoWorkerClient(), svelte(), svelteTesting(), relayPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // No polyfill for <link rel="modulepreload"> in the start-up chunk: every browser the target allows but
    // Safari 16 supports it, and without it a lazy chunk's dependencies load one after the other, not never.
    modulePreload: { polyfill: false },
    // Monaco's lazy chunk is large by nature; the start-up budget is checked by tests/perf/build-report.mjs.
    chunkSizeWarningLimit: 4096,
    // One start-up file: left alone, the bundler cuts Svelte's runtime, the catalog runtime and the preload helper
    // (shared by the entry and lazy chunks) into three more start-up files, ~1.5 kB gzip more than one file
    // (measured with `npm run build:report`). Lazy chunks import them from the entry instead.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'index',
              test: (id: string) =>
                id.endsWith('/src/main.ts') ||
                id.includes('/node_modules/svelte/src/') ||
                id.includes('/src/lib/i18n/catalog.ts') ||
                id.includes('preload-helper'),
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
