// Serves a graph-data folder to the app as the virtual module `virtual:graph-data`: a function
// that fetches the raw file texts, packed in one text (core/data/packed.ts) and handed to the
// engine worker as a Blob, validated there by the same loader as the CLI (so bad data shows its
// errors in the page). The folder is graph-data/ unless ENTENTE_DATA names
// another. A build emits the texts as a hashed asset; the dev server answers them as the folder
// holds them now (kept in memory while no file changes, ServedData), and sends an edited file to
// the open page, which updates in place. A large data set also gets its first picture (the figure
// of the explorer's opening view, first-picture.ts), which the page shows while the worker reads
// the data: emitted by the build, worked out by the dev server when it starts.
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { packDataFiles, unpackDataFiles } from '../core/data/packed.ts';
import { SHIPPED_DATA } from './paths.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { UPRIGHT_PHONE_MEDIA } from '../core/scene/figure-shapes.ts';
import { answerPicture, BLOB_DATA_BYTES, picturer, readData, ServedData } from './served-data.ts';

export { BLOB_DATA_BYTES, ServedData } from './served-data.ts';

const ID = 'virtual:graph-data';
const RESOLVED = `\0${ID}`;
/** Where the dev server answers the data, under its base; no file of the project can sit there. */
const DEV_PATH = '@entente/graph-data.txt';
/** Where the dev server answers a large data set's first picture (first-picture.ts), and 4:5. */
const DEV_PICTURE_PATH = '@entente/first-picture.svg';
const DEV_TALL_PICTURE_PATH = '@entente/first-picture-tall.svg';

/** A first picture as the page learns of it: its two shapes' addresses and the links it shows on. */
interface PictureModule {
  readonly url: string;
  readonly tall: string;
  readonly links: readonly string[];
}

/**
 * The module the page imports: one function that fetches the data, so that each try (a Retry)
 * fetches them again. `asBlob`: the answer as a Blob (large data, or the dev server's), posted to
 * the engine worker as a handle; otherwise its bytes, handed over (a preload's answer reliably
 * reads so). The dev server says why it failed (a folder that cannot
 * be read) in the answer's text, which the dev loader adds to the message; the build's loader has
 * no such answer to read.
 */
function loaderModule(
  url: string,
  withReason: boolean,
  asBlob: boolean,
  picture: PictureModule | null,
): string {
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
    `  return response.${asBlob ? 'blob' : 'arrayBuffer'}();\n};\n` +
    `export const firstPicture = ${JSON.stringify(picture)};\n`
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

export function graphDataPlugin(options: { dir?: string } = {}): Plugin {
  // Fixed when the config is resolved, so a server or build keeps the folder it started with.
  let folder = resolve(options.dir ?? process.env.ENTENTE_DATA ?? SHIPPED_DATA);
  let building = false;
  let base = '/';
  /** The build's data file the page asks for with its scripts (a small one), under the base. */
  let preloadUrl = '';
  /** The build's first picture of a large data set (16:9, 4:5), asked for with the scripts. */
  let pictureUrls: { readonly url: string; readonly tall: string } | null = null;
  const dir = (): string => folder;
  let note: (line: string) => void = () => undefined;
  /** The dev server's data (configureServer). */
  let served: ServedData | undefined;
  return {
    name: 'entente-graph-data',
    configResolved(config) {
      note = (line) => config.logger.info(line);
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
        const preload =
          (preloadUrl
            ? `\n    <link rel="preload" href="${preloadUrl}" as="fetch" crossorigin />`
            : '') +
          (pictureUrls
            ? // Each where the page shows it (early.ts): the 4:5 one on a phone held upright.
              `\n    <link rel="preload" href="${pictureUrls.url}" as="image" media="not all and ${UPRIGHT_PHONE_MEDIA}" />` +
              `\n    <link rel="preload" href="${pictureUrls.tall}" as="image" media="${UPRIGHT_PHONE_MEDIA}" />`
            : '');
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />${preload}`,
        );
      },
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // In dev the data are fetched from the server as well, not inlined as JavaScript: a module
      // of 45 MB (the 100,000-relation scale set) took the page 20 s to parse and run. A folder
      // that cannot be read has no picture; the data's request says why.
      if (!building) {
        const picture = (await served?.picture().catch(() => null)) ?? null;
        return loaderModule(
          base + DEV_PATH,
          true,
          true,
          picture && {
            url: base + DEV_PICTURE_PATH,
            tall: base + DEV_TALL_PICTURE_PATH,
            links: picture.links,
          },
        );
      }
      // In a build the data are an asset fetched at start, not JavaScript: the page's script stays
      // small and the data cache on their own (the name carries a hash of the content).
      const files = readData(dir());
      const source = packDataFiles(files);
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
      // A large data set's first picture, shown while the worker reads the data (first-picture.ts).
      const picture = large ? await picturer(note).then((make) => make(files)) : null;
      const emit = (name: string, svg: string): string => {
        const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
        const assetName = `assets/${name}-${hash}.svg`;
        this.emitFile({ type: 'asset', fileName: assetName, source: svg });
        return assetName;
      };
      const shapes = picture && {
        url: emit('first-picture', picture.svg),
        tall: emit('first-picture-tall', picture.tall),
      };
      pictureUrls = shapes && { url: base + shapes.url, tall: base + shapes.tall };
      return loaderModule(
        fileName,
        false,
        large,
        picture && shapes && { ...shapes, links: picture.links },
      );
    },
    async configureServer(server) {
      const folder = dir();
      const data = new ServedData(folder, () => picturer(note));
      served = data;
      const pictures = [base + DEV_PICTURE_PATH, base + DEV_TALL_PICTURE_PATH];
      // The data as the build's asset holds them, answered with what is on disk now and never
      // kept by the browser (no-store): a reload after an edit, or a Retry, gets the edit.
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const asked = path === base + DEV_PATH || pictures.includes(path);
        if (!asked || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          response.setHeader(name, value);
        response.setHeader('Cache-Control', 'no-store');
        if (pictures.includes(path)) {
          const tall = path === pictures[1];
          answerPicture(data, request.method, response, tall).catch(() => response.end());
          return;
        }
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
      // A large folder's first picture is worked out now, before the server listens, so that no
      // page request waits for it (the server's start takes that much longer; bench/open-figures.ts).
      await data.picture().catch(() => null);
    },
  };
}
