// Builds the production app twice — on the shipped data and on a broken data set — serves each on
// a free port, and hands the URLs and the Chromium path to the browser tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../src/node/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    shippedUrl: string;
    brokenUrl: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function buildAndServe(dataDir: string, outDir: string): Promise<PreviewServer> {
  const previous = process.env.ENTENTE_DATA;
  process.env.ENTENTE_DATA = dataDir;
  try {
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (previous === undefined) delete process.env.ENTENTE_DATA;
    else process.env.ENTENTE_DATA = previous;
  }
  const port = await freePort();
  return preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const work = mkdtempSync(join(tmpdir(), 'entente-e2e-'));
  const shipped = await buildAndServe(join(ROOT, 'graph-data'), join(work, 'shipped'));
  const broken = await buildAndServe(
    join(ROOT, 'tests/fixtures/four-errors'),
    join(work, 'broken'),
  );
  const url = (server: PreviewServer): string => {
    const found = server.resolvedUrls?.local[0];
    if (!found) throw new Error('Expected the preview server to report its URL');
    return found;
  };
  project.provide('chromiumPath', chromiumPath);
  project.provide('shippedUrl', url(shipped));
  project.provide('brokenUrl', url(broken));
  return async () => {
    await Promise.all([shipped.close(), broken.close()]);
    rmSync(work, { recursive: true, force: true });
  };
}
