// The benchmark's size figures: the gzipped JavaScript a production build makes the browser
// fetch at start, read from the build's index.html and its entry chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size (kB) of the scripts index.html loads at once, and of the engine worker. */
export function initialJs(outDir: string): { page: number; worker: number; cytoscape: number } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*modulepreload[^>]*href)="([^"]+\.js)"/g),
  ]
    .map((m) => m[1] ?? '')
    .filter(Boolean);
  const kb = (path: string) => gzipSync(readFileSync(join(outDir, path))).length / 1024;
  const page = scripts.reduce((sum, src) => sum + kb(src), 0);
  const entry = scripts[0] ?? '';
  const workerName = /assets\/engine\.worker-[\w-]+\.js/.exec(
    readFileSync(join(outDir, entry), 'utf8'),
  )?.[0];
  const cytoscape = scripts.find((s) => s.includes('cytoscape'));
  return {
    page,
    worker: workerName ? kb(workerName) : NaN,
    cytoscape: cytoscape ? kb(cytoscape) : NaN,
  };
}
