// Serves a graph-data folder to the app as the virtual module `virtual:graph-data`: the raw file
// texts, validated in the browser by the same loader as the CLI (so bad data shows its errors in
// the page). The folder is graph-data/ unless ENTENTE_DATA names another. In dev, editing a file
// reloads the page.
import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readGraphDataFolder } from './read-folder.ts';
import { SHIPPED_DATA } from './paths.ts';

const ID = 'virtual:graph-data';
const RESOLVED = `\0${ID}`;

export function graphDataPlugin(options: { dir?: string } = {}): Plugin {
  const dir = (): string => resolve(options.dir ?? process.env.ENTENTE_DATA ?? SHIPPED_DATA);
  return {
    name: 'entente-graph-data',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const files = readGraphDataFolder(dir()).filter((file) => !file.path.startsWith('schema/'));
      return `export default ${JSON.stringify(files)};`;
    },
    configureServer(server) {
      const folder = dir();
      server.watcher.add(folder);
      const onChange = (file: string): void => {
        if (!file.startsWith(folder + sep) || !file.endsWith('.json')) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
