// Serves a graph-data folder to the app as the virtual module `virtual:graph-data`: the raw file
// texts, validated in the browser by the same loader as the CLI (so bad data shows its errors in
// the page). The folder is graph-data/ unless ENTENTE_DATA names another. In dev, an edited file
// is sent to the open page, which updates in place.
import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readGraphDataFolder } from './read-folder.ts';
import { SHIPPED_DATA } from './paths.ts';

const ID = 'virtual:graph-data';
const RESOLVED = `\0${ID}`;

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
  const dir = (): string => folder;
  return {
    name: 'entente-graph-data',
    configResolved(config) {
      folder = resolve(options.dir ?? process.env.ENTENTE_DATA ?? SHIPPED_DATA);
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.server) return html;
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readGraphDataFolder(dir()).filter((file) => !file.path.startsWith('schema/'));
      if (!building)
        return `const files = ${JSON.stringify(files)};\nexport default async () => files;`;
      // In a build the data are an asset fetched at start, not JavaScript: the page's script stays
      // small and the data cache on their own (the name carries a hash of the content).
      const source = JSON.stringify(files);
      const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
      const fileName = `assets/graph-data-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source });
      return (
        `export default async () => {\n` +
        `  const response = await fetch(new URL(${JSON.stringify(fileName)}, document.baseURI));\n` +
        `  if (!response.ok) throw new Error('the server answered ' + response.status);\n` +
        `  return response.json();\n};`
      );
    },
    configureServer(server) {
      const folder = dir();
      server.watcher.add(folder);
      // An edit is sent to the open page, which validates it and shows it — or lists its errors
      // and keeps the last good view — without a reload. Reads are debounced, and the folder is
      // read once more shortly after, because editors save in bursts and a watcher can miss the
      // last write of one; only a folder that differs from the last one sent is sent.
      let lastSent = '';
      let soon: ReturnType<typeof setTimeout> | undefined;
      let later: ReturnType<typeof setTimeout> | undefined;
      const send = (): void => {
        let files;
        try {
          files = readGraphDataFolder(folder).filter((f) => !f.path.startsWith('schema/'));
        } catch {
          return; // the folder is being rewritten; the next read brings it
        }
        const text = JSON.stringify(files);
        if (text === lastSent) return;
        lastSent = text;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'custom', event: 'entente:graph-data', data: files });
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
      // The first page load reads the folder through the virtual module; remember what it holds.
      try {
        lastSent = JSON.stringify(
          readGraphDataFolder(folder).filter((f) => !f.path.startsWith('schema/')),
        );
      } catch {
        lastSent = '';
      }
    },
  };
}
