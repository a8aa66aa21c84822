// Builds the production app on a data folder and serves it on a free local port: for the
// browser tests and the benchmark, which must measure what users get.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { precompressedPreview } from '../../src/node/precompressed';
import { SECURITY_HEADERS } from '../../src/node/security-headers';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
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

export async function buildApp(dataDir: string, outDir: string): Promise<void> {
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
}

export async function serveBuild(outDir: string): Promise<PreviewServer> {
  const port = await freePort();
  return preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    // The data file compressed at build time, as `npm run preview` serves it.
    plugins: [precompressedPreview()],
    // The project's config is not read here (configFile: false), so its headers are set again.
    preview: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      open: false,
      headers: { ...SECURITY_HEADERS },
    },
  });
}

export async function buildAndServe(dataDir: string, outDir: string): Promise<PreviewServer> {
  await buildApp(dataDir, outDir);
  return serveBuild(outDir);
}

export function urlOf(server: PreviewServer): string {
  const found = server.resolvedUrls?.local[0];
  if (!found) throw new Error('Expected the preview server to report its URL');
  return found;
}
