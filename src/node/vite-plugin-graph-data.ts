// Serves a graph-data folder to the app as the virtual module `virtual:graph-data`: a function
// that fetches the raw file texts, packed in one text (core/data/packed.ts) and handed to the
// engine worker as a Blob, validated there by the same loader as the CLI (so bad data shows its
// errors in the page). The folder is graph-data/ unless ENTENTE_DATA names
// another. A build emits the texts as a hashed asset; the dev server answers them as the folder
// holds them now (kept in memory while no file changes, ServedData), and sends an edited file to
// the open page, which updates in place.
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { DataFile } from '../core/data/load';
import { packDataFiles, unpackDataFiles } from '../core/data/packed.ts';
import { graphDataStamp, readGraphDataFolder } from './read-folder.ts';
import { SHIPPED_DATA } from './paths.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

const ID = 'virtual:graph-data';
const RESOLVED = `\0${ID}`;
/** Where the dev server answers the data, under its base; no file of the project can sit there. */
const DEV_PATH = '@entente/graph-data.txt';

/** The files the page gets: every JSON file of the folder but the JSON Schemas. */
function readData(folder: string): DataFile[] {
  return readGraphDataFolder(folder).filter((file) => !file.path.startsWith('schema/'));
}

/**
 * Data files at least this large (bytes) are neither preloaded nor read into an `ArrayBuffer` on
 * the page: the page takes them as a Blob, posted to the engine worker as a handle. Reading the
 * scale set's 40 MB with `Response.arrayBuffer()` held the page's main thread 0.4–0.6 s before
 * the worker could begin; `Response.blob()` keeps the bytes out of the page. A preloaded response
 * taken as a Blob failed in Chromium ("Failed to fetch", 3 loads in 4 of the scale set), so a
 * large file goes without the preload. Under the limit (the shipped data: under 1 MB) the bytes
 * are few and the preload starts them with the scripts: the shipped data's first frame came
 * 35–40 ms later (of 0.85 s) when taken as a Blob, so they stay bytes.
 */
export const BLOB_DATA_BYTES = 2 * 1024 * 1024;

/**
 * The module the page imports: one function that fetches the data, so that each try (a Retry)
 * fetches them again. `asBlob`: the answer as a Blob (large data, or the dev server's), posted to
 * the engine worker as a handle; otherwise its bytes, handed over (a preload's answer reliably
 * reads so). The dev server says why it failed (a folder that cannot
 * be read) in the answer's text, which the dev loader adds to the message; the build's loader has
 * no such answer to read.
 */
function loaderModule(url: string, withReason: boolean, asBlob: boolean): string {
  const failure = withReason
    ? `  if (!response.ok) {\n` +
      `    const reason = await response.text().catch(() => '');\n` +
      `    throw new Error('the server answered ' + response.status + (reason ? ': ' + reason : ''));\n` +
      `  }\n`
    : `  if (!response.ok) throw new Error('the server answered ' + response.status);\n`;
  return (
    `export default async () => {\n` +
    `  const response = await fetch(new URL(${JSON.stringify(url)}, document.baseURI));\n` +
    failure +
    `  return response.${asBlob ? 'blob' : 'arrayBuffer'}();\n};`
  );
}

/**
 * The Content-Security-Policy of the production build: scripts, styles, workers and connections
 * from the page's own origin only; no inline script and no eval; images also from data: and
 * blob: URLs (the PNG export draws through one). The dev server needs inline scripts for hot
 * reload, so the policy is added to the built page only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The dev server's answer for a data folder: its files packed as the build's asset, kept in
 * memory while no file changes (graphDataStamp: the files' sizes, times and inodes, looked up at
 * each request in well under a millisecond) and read again when one does. Reading and packing the
 * scale set (45 MB) at each request held the server's one thread 0.3–0.6 s while the page's
 * modules and the engine worker's script waited for it.
 */
export class ServedData {
  private kept: { readonly stamp: string; readonly body: Buffer } | undefined;

  constructor(private readonly folder: string) {}

  /** The packed files, as bytes (UTF-8); throws when the folder cannot be read. */
  body(): Buffer {
    const stamp = graphDataStamp(this.folder);
    if (this.kept?.stamp === stamp) return this.kept.body;
    const body = Buffer.from(packDataFiles(readData(this.folder)));
    // Stamped before the read: a file changed during it changes the next stamp, so it is read again.
    this.kept = { stamp, body };
    return body;
  }
}

export function graphDataPlugin(options: { dir?: string } = {}): Plugin {
  // Fixed when the config is resolved, so a server or build keeps the folder it started with.
  let folder = resolve(options.dir ?? process.env.ENTENTE_DATA ?? SHIPPED_DATA);
  let building = false;
  let base = '/';
  /** The build's data file the page asks for with its scripts (a small one), under the base. */
  let preloadUrl = '';
  const dir = (): string => folder;
  return {
    name: 'entente-graph-data',
    configResolved(config) {
      folder = resolve(options.dir ?? process.env.ENTENTE_DATA ?? SHIPPED_DATA);
      building = config.command === 'build';
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) return html;
        // The build's data are asked for with the page's scripts, not after them: the page's
        // fetch finds them under way (crossorigin: the credentials of a plain fetch, or it would
        // not match). Not in dev, whose answer may not be kept (no-store), so that a preload
        // finished before the page's fetch would be fetched again; not for large data either
        // (BLOB_DATA_BYTES).
        const preload = preloadUrl
          ? `\n    <link rel="preload" href="${preloadUrl}" as="fetch" crossorigin />`
          : '';
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />${preload}`,
        );
      },
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // In dev the data are fetched from the server as well, not inlined as JavaScript: a module
      // of 45 MB (the 100,000-relation scale set) took the page 20 s to parse and run.
      if (!building) return loaderModule(base + DEV_PATH, true, true);
      // In a build the data are an asset fetched at start, not JavaScript: the page's script stays
      // small and the data cache on their own (the name carries a hash of the content).
      const source = packDataFiles(readData(dir()));
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      const fileName = `assets/graph-data-${hash}.txt`;
      this.emitFile({ type: 'asset', fileName, source });
      // Compressed once here, as a static host serves it (nginx's gzip_static, most CDNs), rather
      // than at each request: compressing the scale set's 45 MB on the fly took the server about
      // 0.5 s, which the page waited for; the preview server serves this file (precompressed.ts).
      this.emitFile({
        type: 'asset',
        fileName: `${fileName}.gz`,
        source: gzipSync(source, { level: 9 }),
      });
      const large = Buffer.byteLength(source) >= BLOB_DATA_BYTES;
      preloadUrl = large ? '' : base + fileName;
      return loaderModule(fileName, false, large);
    },
    configureServer(server) {
      const folder = dir();
      const data = new ServedData(folder);
      // The data as the build's asset holds them, answered with what is on disk now and never
      // kept by the browser (no-store): a reload after an edit, or a Retry, gets the edit.
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (path !== base + DEV_PATH || (request.method !== 'GET' && request.method !== 'HEAD'))
          return next();
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          response.setHeader(name, value);
        response.setHeader('Cache-Control', 'no-store');
        let body;
        try {
          body = data.body();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          server.config.logger.error(`entente: the data folder cannot be read: ${message}`);
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(message);
          return;
        }
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.setHeader('Content-Length', body.length);
        response.end(request.method === 'HEAD' ? undefined : body);
      });
      server.watcher.add(folder);
      // An edit is sent to the open page, which validates it and shows it — or lists its errors
      // and keeps the last good view — without a reload. Reads are debounced, and the folder is
      // read once more shortly after, because editors save in bursts and a watcher can miss the
      // last write of one; only a folder that differs from the last one sent is sent. Read through
      // the same answer as the page's requests, so that an edit is read once, not once for the page
      // and again for its next request.
      let lastSent: Buffer | undefined;
      let soon: ReturnType<typeof setTimeout> | undefined;
      let later: ReturnType<typeof setTimeout> | undefined;
      const send = (): void => {
        let body;
        try {
          body = data.body();
        } catch {
          return; // the folder is being rewritten; the next read brings it
        }
        if (body === lastSent) return;
        const same = lastSent?.equals(body) ?? false;
        lastSent = body;
        if (same) return;
        const unpacked = unpackDataFiles(body.toString('utf8'));
        if (!unpacked.ok) return; // packed here a moment ago: cannot fail
        server.ws.send({ type: 'custom', event: 'entente:graph-data', data: unpacked.files });
      };
      const onChange = (file: string): void => {
        if (!file.startsWith(folder + sep) || !file.endsWith('.json')) return;
        clearTimeout(soon);
        clearTimeout(later);
        soon = setTimeout(send, 40);
        later = setTimeout(send, 600);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
      server.httpServer?.on('close', () => {
        clearTimeout(soon);
        clearTimeout(later);
      });
      // The first page load fetches the folder as it is now; remember what it holds (read once
      // here, and answered from memory while no file changes).
      try {
        lastSent = data.body();
      } catch {
        lastSent = undefined;
      }
    },
  };
}
