import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { SECURITY_HEADERS } from './src/node/security-headers.ts';
import { graphDataPlugin } from './src/node/vite-plugin-graph-data.ts';
import { precompressedPreview } from './src/node/precompressed.ts';

export { SECURITY_HEADERS } from './src/node/security-headers.ts';

/**
 * jsPDF imports html2canvas and DOMPurify (for `doc.html()`) and canvg (for `addSvgAsImage()`)
 * dynamically, and the bundler would ship all three, with canvg's core-js, though the page calls
 * neither: the PDF comes from svg2pdf.js. Each resolves here to a module that refuses to load,
 * so that a future call fails with a message that says why (docs/decisions.md).
 */
const LEFT_OUT_OF_JSPDF = ['html2canvas', 'dompurify', 'canvg'];

function leaveOutOfJspdf(): Plugin {
  const prefix = '\0entente-left-out:';
  return {
    name: 'entente:leave-out-of-jspdf',
    enforce: 'pre',
    resolveId(id, importer) {
      if (LEFT_OUT_OF_JSPDF.includes(id) && importer && /[\\/]jspdf[\\/]/.test(importer))
        return prefix + id;
      return null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const name = id.slice(prefix.length);
      const message = `${name} is left out of Entente's build: jsPDF needs it only for doc.html() or addSvgAsImage(), which Entente does not call (see vite.config.ts)`;
      return `throw new Error(${JSON.stringify(message)});`;
    },
  };
}

export default defineConfig({
  plugins: [svelte(), graphDataPlugin(), precompressedPreview(), leaveOutOfJspdf()],
  server: {
    port: 5173,
    headers: SECURITY_HEADERS,
    // The page's and the engine worker's modules transformed as the server starts, not when the
    // first load asks for them one import at a time: `npm start` opens the browser at once, and
    // that first load of the scale set came 0.3–1.3 s sooner (docs/performance.md).
    warmup: { clientFiles: ['./index.html', './src/main.ts', './src/ui/engine/engine.worker.ts'] },
  },
  preview: { headers: SECURITY_HEADERS },
  // A module worker, so that the engine can load graphology as a chunk of its own when needed.
  worker: { format: 'es' },
  // The dev server pre-bundles what the worker and the chunks loaded on first use import, not only
  // what the page imports at start: found later, a new dependency made Vite reload the open page
  // a second after it appeared (and, in a test, in the middle of an edit).
  optimizeDeps: { entries: ['index.html', 'src/ui/engine/engine.worker.ts'] },
  build: {
    target: 'es2022',
    // No source maps in the build that ships: the source is public, and the maps were 7.4 MB of
    // the 10 MB dist. `vite build --sourcemap` makes them for a debugging session
    // (docs/decisions.md).
    sourcemap: false,
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
