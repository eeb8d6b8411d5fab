import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { relayPlugin } from './src/server/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs: the build can be served from any sub-path.
  base: './',
  // relayPlugin: `/relay/{host}/v4/...` in `vite dev` and `vite preview` (src/server/relay.ts).
  plugins: [svelte(), svelteTesting(), relayPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco's lazy chunk is large by nature; the start-up budget is checked by tests/perf/build-report.mjs.
    chunkSizeWarningLimit: 4096,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
