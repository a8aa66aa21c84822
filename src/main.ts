// Wires data → state → UI: the graph-data folder of the build (or an import kept from an earlier
// visit), validated by the engine worker, becomes the session the page shows; data that cannot be
// fetched show why, with a Retry. In dev, editing a data file updates the page in place; an edit
// with errors lists them and keeps the last good view. Nothing else does this.
import { mount } from 'svelte';
import type loadShippedFiles from 'virtual:graph-data';
import { dropFirstPicture, takeEngineWorker, takeShippedFiles } from './early';
import { Session } from './state/session.svelte';
import Startup from './ui/Startup.svelte';
import { EngineClient } from './ui/engine/client';
import { importStore } from './ui/import/store';

const target = document.getElementById('app');
if (!target) throw new Error('Expected an element with id "app" in index.html');

const session = new Session({ engine: new EngineClient(takeEngineWorker), store: importStore });
mount(Startup, {
  target,
  props: {
    session,
    // The first try takes the data asked for at once (early.ts); each later try fetches them
    // again: a Retry needs no reload.
    start: async () => {
      try {
        await session.start(await takeShippedFiles(), location.search);
      } catch (error) {
        dropFirstPicture('now');
        throw error;
      }
      // The live graph takes the first picture's place once drawn; errors shown instead, at once.
      dropFirstPicture(session.explorer ? 'drawn' : 'now');
    },
  },
});

if (import.meta.hot) {
  import.meta.hot.on('entente:graph-data', (next: Awaited<ReturnType<typeof loadShippedFiles>>) => {
    // An edit's data errors are listed in the page; anything else fails here, in the console.
    session.useShippedFiles(next).catch((error: unknown) => console.error(error));
  });
}
