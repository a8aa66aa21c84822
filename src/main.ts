// Wires data → state → UI: loads the graph-data folder bundled at build time, validates it, and
// mounts the explorer on it (with the view the URL asks for), or the error list when it is
// invalid. Nothing else does this.
import { mount } from 'svelte';
import files from 'virtual:graph-data';
import { loadDataset } from './core/load';
import { Explorer } from './state/explorer.svelte';
import App from './ui/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('Expected an element with id "app" in index.html');

const result = loadDataset(files);
mount(App, {
  target,
  props: result.ok
    ? { explorer: new Explorer(result.dataset, location.search) }
    : { errors: result.errors },
});
