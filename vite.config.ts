import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { graphDataPlugin } from './src/node/vite-plugin-graph-data.ts';

export default defineConfig({
  plugins: [svelte(), graphDataPlugin()],
  server: { port: 5173 },
  // A module worker, so that the engine can load graphology as a chunk of its own when needed.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // Cytoscape is most of the bundle and changes least: its own chunk caches apart from ours.
      output: {
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape/ },
            {
              name: 'graphology',
              test: /node_modules[\\/](graphology|mnemonist|obliterator|pandemonium|events)/,
            },
            { name: 'zod', test: /node_modules[\\/]zod/ },
            { name: 'svelte', test: /node_modules[\\/]svelte/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/ui/**', 'tests/state/**'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.ts', 'tests/state/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
