// The first picture of a large data set: the figure the explorer's opening view exports (the
// default link: the first era, the ring, tie strength), worked out ahead — when the site is built,
// or when the dev server starts — from the same files, validated by the same loader. The page
// shows it while the engine worker reads and validates the data (100,000 relations: 2–3 s on two
// cores), then the live explorer replaces it (early.ts). Data that do not validate get no picture:
// the page shows their errors as before. tests/node/first-picture.test.ts holds the picture to the
// explorer's own for the same link.
import { analyzeWindow } from '../core/analysis/analysis';
import { defaultScoring } from '../core/analysis/scoring';
import type { Dataset } from '../core/data/dataset';
import type { DataFile } from '../core/data/load';
import { loadDataset } from '../core/data/load';
import { ALL_PARTS, figureOf } from '../core/scene/figure';
import { UPRIGHT_PHONE_SHAPE } from '../core/scene/figure-shapes';
import { bearingCircleLayout } from '../core/scene/layout';
import { isLargeGraph } from '../core/scene/picture';
import { buildScene, readyWindow, type Scene } from '../core/scene/scene';
import { figureSvg } from '../core/scene/svg';
import { timelineSpan } from '../core/time/span';
import { viewWindow, yearWindow } from '../core/time/time';

export interface FirstPicture {
  /** The figure, an SVG document (title, headline, graph, legend, caption, sources), 16:9. */
  readonly svg: string;
  /** The same figure 4:5, for a phone held upright (UPRIGHT_PHONE_MEDIA). */
  readonly tall: string;
  /** The links (`location.search`) the explorer opens on this view: where the page may show it. */
  readonly links: readonly string[];
}

/**
 * The opening view's figure for the files of a data folder, or null: for data the explorer opens
 * quickly anyway (not a large graph), and for data that do not validate (the page lists their
 * errors; no picture may show what the explorer will not).
 */
export function firstPicture(files: readonly DataFile[]): FirstPicture | null {
  const loaded = loadDataset(files);
  if (!loaded.ok) return null;
  const { dataset } = loaded;
  if (!isLargeGraph({ nodes: dataset.actors.length, edges: dataset.relations.length })) return null;
  const figure = figureOf(openingScene(dataset));
  const options = {
    parts: ALL_PARTS,
    background: 'white',
  } as const;
  return {
    svg: figureSvg(figure, options).svg,
    tall: figureSvg(figure, { ...options, shape: UPRIGHT_PHONE_SHAPE }).svg,
    links: openingLinks(dataset),
  };
}

/**
 * The links of the default view: none at all, and the one the explorer writes in the address bar
 * for it (the first era named, as state/url.ts writes it), which a reload or a shared link opens.
 */
export function openingLinks(dataset: Dataset): string[] {
  const first = dataset.views[0];
  return first ? ['', `?view=${encodeURIComponent(first.id).replace(/%2C/gi, ',')}`] : [''];
}

/**
 * What the explorer opened on the default link shows once its measures have come: the first
 * era (else the whole timeline), its camps lettered by the first era, the ring, tie strength,
 * the data's default reading, nothing hidden. These are the defaults of state/url.ts, read as
 * state/opening.ts reads a link — written again here, since Node-side code works over core only;
 * tests/state/first-picture.test.ts holds the figure to the explorer's own, to the byte.
 */
export function openingScene(dataset: Dataset): Scene {
  const first = dataset.views[0];
  const span = timelineSpan(dataset);
  const window = first ? viewWindow(first) : yearWindow(span.min, span.max);
  const scoring = defaultScoring(dataset);
  const current = analyzeWindow(dataset, window, {}, scoring);
  return buildScene({
    dataset,
    mode: 'single',
    current: readyWindow(first?.label ?? '', current),
    // The first era is also the reference: the same report.
    ...(first ? { reference: readyWindow(first.label, current) } : {}),
    positions: bearingCircleLayout(dataset.actors),
    layout: 'ring',
    edgeMode: 'ties',
    sizeBy: 'strength',
    selection: null,
    largeGraph: isLargeGraph({ nodes: dataset.actors.length, edges: dataset.relations.length }),
  });
}
