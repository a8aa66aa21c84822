// The preview server's answer for the build's data file when the browser takes gzip: the `.gz`
// the build wrote beside it (vite-plugin-graph-data.ts), as a static host would serve it, instead
// of Vite's compression of the 45 MB of a large data set at each request.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { SECURITY_HEADERS } from './security-headers.ts';

/** The build's data files: `assets/graph-data-<hash>.txt` under the base. */
const DATA_FILE = /^assets\/graph-data-[0-9a-f]+\.txt$/;

/** Whether the request says it takes gzip (`Accept-Encoding`, not refused with q=0). */
export function takesGzip(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip' && coding?.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Connect middleware: answers the data file from its `.gz` where there is one; else next(). */
export function precompressedData(outDir: string, base: string) {
  const root = normalize(outDir + sep);
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(base)) return next();
    const name = path.slice(base.length);
    if (!DATA_FILE.test(name) || !takesGzip(request.headers['accept-encoding'])) return next();
    const file = normalize(join(outDir, `${name}.gz`));
    if (!file.startsWith(root) || !existsSync(file)) return next();
    for (const [header, value] of Object.entries(SECURITY_HEADERS))
      response.setHeader(header, value);
    response.setHeader('Content-Type', 'text/plain; charset=utf-8');
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Vary', 'Accept-Encoding');
    response.setHeader('Content-Length', statSync(file).size);
    // The name carries a hash of the content: it never changes under the same name.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
  };
}

/** The middleware in `vite preview`, before Vite's own compression and static files. */
export function precompressedPreview(): Plugin {
  return {
    name: 'entente-precompressed-data',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use(precompressedData(outDir, server.config.base));
    },
  };
}
