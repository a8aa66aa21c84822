// Wires data → state → UI: the graph-data folder bundled at build time (or an import kept from an
// earlier visit) becomes the session the page shows. In dev, editing a data file updates the page
// in place; an edit with errors lists them and keeps the last good view. Nothing else does this.
import { mount } from 'svelte';
import files from 'virtual:graph-data';
import { Session } from './state/session.svelte';
import App from './ui/App.svelte';
import { runImport } from './ui/import/run-import';
import { importStore } from './ui/import/store';

const target = document.getElementById('app');
if (!target) throw new Error('Expected an element with id "app" in index.html');

const session = new Session(files, { importer: runImport, store: importStore }, location.search);
await session.restoreSaved(location.search);
mount(App, { target, props: { session } });

if (import.meta.hot) {
  import.meta.hot.on('entente:graph-data', (next: typeof files) => session.useShippedFiles(next));
}
