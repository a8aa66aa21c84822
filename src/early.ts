// What the page starts before the app's modules have loaded: the shipped data's download, the
// engine worker, and a large data set's first picture. index.html runs this module first; it
// imports almost nothing, so it runs as soon as it arrives, while main.ts's module graph (Svelte,
// Cytoscape, the app) still loads. In the dev
// server, whose modules come one by one, that graph took 2.2–2.5 s of the scale set's start before
// the data were asked for; a large build's data file, not preloaded (vite-plugin-graph-data.ts),
// was asked for only once the page's scripts had run.
import loadShippedFiles, { firstPicture } from 'virtual:graph-data';
import { engineWorker } from './ui/engine/engine-worker';
import { UPRIGHT_PHONE_MEDIA } from './core/scene/figure-shapes';
import { showFirstPicture, type FirstPictureView } from './ui/first-picture';
import { importStore } from './ui/import/store';

type Files = ReturnType<typeof loadShippedFiles>;

let data: Files | undefined = loadShippedFiles();
// A failure is the app's to show, when it takes the data (main.ts): not an unhandled rejection.
data.catch(() => undefined);
let worker: Worker | undefined = engineWorker();
// A large data set's picture of the opening view while the worker reads the data: only on the
// links of that view, which is what it shows (ui/first-picture.ts); 4:5 on a phone held upright,
// where the 16:9 figure would be a strip across the screen (the build preloads the same one).
const picture: FirstPictureView | undefined =
  firstPicture !== null && firstPicture.links.includes(location.search)
    ? showFirstPicture(
        matchMedia(UPRIGHT_PHONE_MEDIA).matches ? firstPicture.tall : firstPicture.url,
        importStore.has(),
      )
    : undefined;

/** The first picture, if one is shown, makes way for the explorer: at once, or once it is drawn. */
export function dropFirstPicture(when: 'now' | 'drawn'): void {
  if (when === 'now') picture?.drop();
  else picture?.dropWhenDrawn();
}

/** The first try's data, asked for at once; each later try (a Retry) fetches them again. */
export function takeShippedFiles(): Files {
  const first = data;
  data = undefined;
  return first ?? loadShippedFiles();
}

/** The engine worker started at once, then a new one at each restart. */
export function takeEngineWorker(): Worker {
  const first = worker;
  worker = undefined;
  return first ?? engineWorker();
}
