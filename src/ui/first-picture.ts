// A large data set's first picture (node/first-picture.ts) over the page while the engine worker
// reads and validates the data: the figure of the explorer's opening view, worked out from the
// same files ahead of time. Shown only where it is what the explorer will open on — the default
// link, with no import kept from an earlier visit to show instead — and taken away once the live
// graph is whole on screen (its ties drawn too), or at once when the explorer does not open (the
// page's errors must not be hidden). Plain DOM, no Svelte: it shows before the app's modules run.

/** The live graph is on screen with its ties (render/graph-view.ts). */
const GRAPH_COMPLETE = 'entente:graph-complete';
/** How long the picture waits for the live graph once the explorer is up, at most. */
const DRAWN_WAIT_MS = 3000;

export interface FirstPictureView {
  /** Takes the picture away now. */
  drop(): void;
  /** Takes the picture away once the live graph is whole on screen (or after DRAWN_WAIT_MS). */
  dropWhenDrawn(): void;
}

/** Resolves once a performance mark of this name exists, or after `ms`. */
function marked(name: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(name).length > 0) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(name).length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, ms);
  });
}

/**
 * Shows the picture at `url` (relative to the page) once it is decoded, unless `kept` says an
 * earlier visit's import will be shown instead. Marks `entente:first-picture` at its first frame.
 */
export function showFirstPicture(url: string, kept: Promise<boolean>): FirstPictureView {
  const box = document.createElement('div');
  box.dataset.testid = 'first-picture';
  box.setAttribute('role', 'status');
  // Styled here (the CSP allows styles set from a script, not inline style attributes): the
  // app's stylesheet may not have loaded yet.
  Object.assign(box.style, {
    position: 'fixed',
    inset: '0',
    zIndex: '1000',
    overflow: 'auto',
    boxSizing: 'border-box',
    padding: '0.6rem 1rem',
    background: '#fff',
    color: '#222',
    font: '15px/1.4 system-ui, sans-serif',
    visibility: 'hidden',
  });
  const note = document.createElement('p');
  note.textContent =
    'Reading the data: the explorer opens in a moment. Until then, its opening view as a ' +
    'picture, worked out from the same data ahead of time.';
  Object.assign(note.style, { margin: '0 0 0.5rem' });
  const img = document.createElement('img');
  img.alt = 'The opening view of the data as a figure: title, graph, legend and sources.';
  Object.assign(img.style, {
    display: 'block',
    maxWidth: '100%',
    maxHeight: 'calc(100vh - 3.5rem)',
    margin: '0 auto',
  });
  img.src = new URL(url, document.baseURI).href;
  box.append(note, img);
  document.body.append(box);

  // The page under the picture is not painted while it shows (it is laid out, so the graph gets
  // its size): painting the explorer as it starts, under a picture that hides it, cost the live
  // graph 0.2–0.3 s of the scale set's start on two cores.
  const app = document.getElementById('app');
  let dropped = false;
  const drop = (): void => {
    if (dropped) return;
    dropped = true;
    box.remove();
    if (app) app.style.visibility = '';
  };
  Promise.all([img.decode(), kept]).then(([, isKept]) => {
    if (dropped) return;
    if (isKept) return drop();
    box.style.visibility = 'visible';
    if (app) app.style.visibility = 'hidden';
    requestAnimationFrame(() => performance.mark('entente:first-picture'));
  }, drop); // a picture that cannot be fetched or decoded: none
  return {
    drop,
    dropWhenDrawn() {
      marked(GRAPH_COMPLETE, DRAWN_WAIT_MS).then(drop, drop);
    },
  };
}
