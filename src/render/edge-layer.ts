// The ties of a large graph drawn by our own canvas under Cytoscape's nodes, where Cytoscape would
// draw on the 2D canvas: Cytoscape strokes each edge on its own and restyles, measures and
// projects every edge a step changes (190–260 ms a step for 4,400 ties), where this layer strokes
// one path per batch (edge-batches.ts, edge-draw.ts) — in a worker that owns the canvas where the
// browser allows (edge-layer.worker.ts), so that rasterising them costs the page nothing, else on
// the page. It follows Cytoscape's pan and zoom, redraws once a frame at most, and answers which
// tie is under a point for hover and tap (on the page, from what it sent). The actors' bodies are
// drawn over the ties here too (node-marks.ts); Cytoscape keeps each actor as an element with a
// see-through body, for its name, the focus ring and hit testing.
import type { Core, Position } from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { Point } from '../core/scene/layout';
import {
  batchEdges,
  hitEdge,
  sameEdges,
  type Batch,
  type EdgeBatches,
  type LayerEdge,
} from './edge-batches';
import { drawLayer, type LayerView } from './edge-draw';
import type { EdgePainterMessage } from './edge-layer.worker';
import { nodeMarks, sameNodes, type NodeMark } from './node-marks';

/** Pointer slack round a line, in screen pixels: thin lines are hard to hit otherwise. */
const SLACK_PX = 4;

export interface EdgeHit {
  readonly id: string;
  readonly tie: string;
}

export interface EdgeLayer {
  /** Shows these ties (the picture's edges) between these actors (their definitions). */
  set(edges: readonly LayerEdge[], nodes: readonly ElementDefinition[]): void;
  /** The tie under a point of the container (rendered pixels), if any. */
  hit(at: Position): EdgeHit | null;
  /** What is drawn, for tests and the benchmark: the ties' batches, and the actors. */
  readonly drawn: EdgeBatches & { readonly nodes: readonly NodeMark[] };
  destroy(): void;
}

/** For tests, which cannot reach the view: the layer on its container, as Cytoscape's `_cyreg`. */
export interface WithEdgeLayer {
  _ententeEdges?: EdgeLayer;
}

export { dashOnScreen, MIN_DASH_PERIOD_PX } from './edge-draw';

/** Rasterises the batches at a viewport, on the page or in a worker. */
interface Painter {
  /** `drawn` only when it changed since the last call. */
  paint(drawn: Drawn | null, view: LayerView): void;
  destroy(): void;
}

function pagePainter(canvas: HTMLCanvasElement, painted: () => void): Painter | null {
  const context = canvas.getContext('2d');
  if (!context) return null;
  let drawn: Drawn = { batches: [], nodes: [] };
  return {
    paint(next, view) {
      if (next) drawn = next;
      if (canvas.width !== view.width) canvas.width = view.width;
      if (canvas.height !== view.height) canvas.height = view.height;
      drawLayer(context, drawn.batches, drawn.nodes, view);
      painted();
    },
    destroy() {},
  };
}

/**
 * The canvas handed to a worker that draws it (edge-layer.worker.ts), where the browser can:
 * rasterising thousands of strokes then costs the page's main thread nothing. `failed` runs if
 * the worker stops; the canvas is then the worker's for good, and the layer takes a new one.
 */
function workerPainter(
  canvas: HTMLCanvasElement,
  failed: () => void,
  painted: () => void,
): Painter | null {
  if (typeof Worker === 'undefined' || typeof canvas.transferControlToOffscreen !== 'function')
    return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./edge-layer.worker.ts', import.meta.url), { type: 'module' });
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({ canvas: offscreen } satisfies EdgePainterMessage, [offscreen]);
  } catch {
    return null;
  }
  worker.onerror = (event) => {
    event.preventDefault();
    failed();
  };
  worker.onmessageerror = failed;
  worker.onmessage = painted;
  return {
    paint(drawn, view) {
      worker.postMessage((drawn ? { ...drawn, view } : { view }) satisfies EdgePainterMessage);
    },
    destroy() {
      worker.terminate();
    },
  };
}

function samePositions(a: ReadonlyMap<string, Point>, b: ReadonlyMap<string, Point>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (!q || q.x !== p.x || q.y !== p.y) return false;
  }
  return true;
}

/** Where each actor is, from the node definitions. */
function positionsOf(nodes: readonly ElementDefinition[]): Map<string, Point> {
  const at = new Map<string, Point>();
  for (const n of nodes) if (n.position) at.set(String(n.data.id), n.position);
  return at;
}

/** What the painter draws. */
interface Drawn {
  readonly batches: readonly Batch[];
  readonly nodes: readonly NodeMark[];
}

/**
 * Puts the layer in `container` under Cytoscape's canvases. `headless` keeps what would be drawn
 * (for hit testing and tests) without a canvas, as jsdom has none.
 */
export function createEdgeLayer(
  cy: Core,
  container: HTMLElement,
  options: {
    readonly dashes: boolean;
    readonly headless?: boolean;
    /** Called once, when the ties are first drawn on screen (by the worker or the page). */
    readonly onPainted?: () => void;
  },
): EdgeLayer {
  let told = false;
  const painted = (): void => {
    if (told) return;
    told = true;
    options.onPainted?.();
  };
  let edges = batchEdges([], new Map(), options);
  let nodes: readonly NodeMark[] = [];
  let shown: readonly LayerEdge[] = [];
  let shownNodes: readonly ElementDefinition[] = [];
  let shownAt: ReadonlyMap<string, Point> = new Map();
  const newCanvas = (): HTMLCanvasElement => {
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.layer = 'ties';
    // Cytoscape's own canvases come after, in a positioned box, and so are drawn over this one.
    Object.assign(canvas.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      pointerEvents: 'none',
    });
    container.prepend(canvas);
    return canvas;
  };
  const size = { width: 0, height: 0 };
  let frame = 0;
  let canvas = options.headless ? null : newCanvas();
  let painter: Painter | null = null;
  /** Whether the painter lacks the current batches. */
  let unsent = true;
  const redraw = (): void => {
    frame = 0;
    if (!canvas || !painter || cy.destroyed()) return;
    // Pixel ratio 1, as Cytoscape draws a large graph.
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (width !== size.width || height !== size.height) {
      size.width = width;
      size.height = height;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const view = { width, height, zoom: cy.zoom(), pan: cy.pan() };
    painter.paint(unsent ? { batches: edges.batches, nodes } : null, view);
    unsent = false;
  };
  const schedule = (): void => {
    if (!frame && canvas) frame = requestAnimationFrame(redraw);
  };
  /**
   * Drawn on the page, new ties are drawn a frame after Cytoscape draws the actors they go with,
   * not in the same frame: each takes 5–12 ms on the scale set, and apart neither frame runs late.
   * A worker draws them while the page draws the actors. (A pan or zoom redraws at once, so that
   * lines and actors move together.)
   */
  const scheduleNext = (): void => {
    if (frame || !canvas) return;
    if (canvas.dataset.painter === 'worker') return schedule();
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(redraw);
    });
  };
  /** On the page from now on: the worker stopped, and its canvas is lost to the page. */
  const paintOnPage = (): void => {
    painter?.destroy();
    canvas?.remove();
    canvas = newCanvas();
    canvas.dataset.painter = 'page';
    painter = pagePainter(canvas, painted);
    unsent = true;
    size.width = size.height = 0;
    schedule();
  };
  if (canvas) {
    painter = workerPainter(canvas, paintOnPage, painted);
    canvas.dataset.painter = painter ? 'worker' : 'page';
    painter ??= pagePainter(canvas, painted);
  }
  cy.on('viewport resize', schedule);

  const layer: EdgeLayer = {
    set(next, actors) {
      // The same ties again (the worker's answer for the window redraws nothing that changed).
      const sameActors = sameNodes(shownNodes, actors);
      const positions = sameActors ? shownAt : positionsOf(actors);
      const sameTies = sameEdges(shown, next) && samePositions(shownAt, positions);
      if (sameActors && sameTies) return;
      if (!sameActors) nodes = nodeMarks(actors);
      if (!sameTies) edges = batchEdges(next, positions, options);
      shown = next;
      shownNodes = actors;
      shownAt = positions;
      unsent = true;
      scheduleNext();
    },
    hit(at) {
      const zoom = cy.zoom();
      const pan = cy.pan();
      const point = { x: (at.x - pan.x) / zoom, y: (at.y - pan.y) / zoom };
      const i = hitEdge(edges, point, SLACK_PX / zoom);
      return i < 0 ? null : { id: edges.ids[i] ?? '', tie: edges.ties[i] ?? '' };
    },
    get drawn() {
      return { ...edges, nodes };
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      cy.off('viewport resize', schedule);
      painter?.destroy();
      canvas?.remove();
      delete (container as WithEdgeLayer)._ententeEdges;
    },
  };
  (container as WithEdgeLayer)._ententeEdges = layer;
  return layer;
}
